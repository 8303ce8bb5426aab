// The figures of a month, a quarter or a year of the site's time zone, computed from this kiosk's
// SQLite (every kiosk holds the site's visits and reservations). The hot queries read the covering
// index visits_recap and the (day, status) index of reservations (0016_recaps.sql; plans asserted in
// test/db/recaps.queryPlans.test.ts). Local hours come from each day's start, computed once a day,
// not from a time-zone formatter per visit: a year is a quarter of a million visits.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { RulesSettings } from '../../../shared/contract';
import {
  recapPeriodDays,
  recapPeriodKey,
  type RecapFigures,
  type RecapPeriodKind,
} from '../../../shared/recaps/figures';
import {
  addDays,
  dayBounds,
  isServiceDay,
  isoWeekdayOf,
  localDay,
  localDayRange,
} from '../../../shared/rules/siteCalendar';
import type { SurveyPeriod } from '../../../shared/survey/period';
import { activeDeskCount } from '../places/places';
import { surveyReport } from '../survey/surveyQueries';
import { problemsByCategory } from './recapInventory';

const HOUR = 3_600_000;
const MIN = 60_000;

export const PERIOD_VISITS = `SELECT v.started_at, v.ends_at, v.closed_at, v.close_kind, v.desk_number,
    v.problems <> '[]' AS problem
  FROM visits v WHERE v.started_at >= ? AND v.started_at < ? ORDER BY v.started_at`;
/**
 * Reservations of the period's days, a row a day, in one pass over the covering (day, status)
 * index. A day already over whose bookings still say 'booked' had no-shows the monitor has not
 * marked yet: they count as no-shows.
 */
export const PERIOD_RESERVATIONS = `SELECT r.day, count(*) AS total, sum(r.status = 'cancelled') AS cancelled,
    sum(r.status = 'no_show') AS noShows, sum(r.status = 'booked') AS booked
  FROM reservations r WHERE r.day >= ? AND r.day <= ? GROUP BY r.day`;
/**
 * The month's users: visits and minutes per visitor (each visit's minutes floored, as the totals
 * count them), the name beside (empty once erased), in the list's order.
 */
export const PERIOD_USERS = `SELECT vr.full_name AS name, u.visits, u.minutes FROM (
    SELECT r.visitor_id, count(*) AS visits,
      sum(CAST(max(0, coalesce(v.closed_at, min(v.ends_at, :now)) - v.started_at) AS INTEGER) / 60000) AS minutes
    FROM visits v JOIN reservations r ON r.id = v.reservation_id
    WHERE v.started_at >= :start AND v.started_at < :end
    GROUP BY r.visitor_id) u
  JOIN visitors vr ON vr.id = u.visitor_id
  ORDER BY vr.full_name COLLATE NOCASE, u.visitor_id`;
/** Different visitors who came (the quarter and the year count them without listing them). */
export const PERIOD_VISITORS = `SELECT count(DISTINCT r.visitor_id) FROM reservations r
  WHERE r.day >= ? AND r.day <= ? AND r.status IN ('checked_in', 'completed')`;
const PERIOD_COMPLAINTS = `SELECT count(*) AS filed, coalesce(sum(status = 'closed'), 0) AS closed
  FROM complaints WHERE filed_at >= ? AND filed_at < ?`;

/** started_at, ends_at, closed_at, close_kind, desk_number, problem (raw rows: no objects). */
type VisitRow = [number, number, number | null, string | null, number, 0 | 1];

const round1 = (n: number) => Math.round(n * 10) / 10;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The period's days with their start instants and weekdays, in the site's zone. */
function daysOf(from: string, to: string, timeZone: string) {
  const days: { day: string; start: number; weekday: number; month: number }[] = [];
  const firstMonth = Number(from.slice(5, 7));
  for (let d = from; d <= to; d = addDays(d, 1))
    days.push({
      day: d,
      start: localDayRange(d, timeZone).start,
      weekday: isoWeekdayOf(d) - 1,
      month: Number(d.slice(5, 7)) - firstMonth,
    });
  return days;
}

export interface FigureOptions {
  /** Leave the list of users out (the quarterly and yearly reports count users, they do not list them). */
  readonly withUsers: boolean;
}

export function computeRecapFigures(
  db: Db,
  rules: RulesSettings,
  kind: RecapPeriodKind,
  period: SurveyPeriod,
  now: number,
  options: FigureOptions = { withUsers: kind === 'month' },
): RecapFigures {
  const cal = rules.calendar;
  const tz = cal.timeZone;
  const { from, to } = recapPeriodDays(period);
  const days = daysOf(from, to, tz);
  const start = days[0]!.start;
  const end = localDayRange(to, tz).end;

  const perDay = new Array<number>(days.length).fill(0);
  const firstMonth = Number(from.slice(5, 7));
  const perMonth = new Array<number>(Number(to.slice(5, 7)) - firstMonth + 1).fill(0);
  const perHour = new Array<number>(24).fill(0);
  const heatMinutes = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const desks = new Map<number, { visits: number; minutes: number }>();
  let visits = 0;
  let closedCount = 0;
  let closedMinutes = 0;
  let visitMinutes = 0;
  let overstays = 0;
  let withoutConfirmation = 0;
  let deskProblems = 0;
  // The trend's buckets: the days of a month, else the months of the period.
  const byDay = kind === 'month';
  const buckets = byDay ? days.length : perMonth.length;
  const bucketStay = Array.from({ length: buckets }, () => ({ closed: 0, minutes: 0 }));
  const bucketBooked = Array.from({ length: buckets }, () => ({ reservations: 0, noShows: 0 }));

  let di = 0;
  for (const [startedAt, endsAt, closedAt, closeKind, deskNumber, problem] of prepared(db, PERIOD_VISITS)
    .raw()
    .all(start, end) as VisitRow[]) {
    while (di + 1 < days.length && days[di + 1]!.start <= startedAt) di++;
    const day = days[di]!;
    visits++;
    perDay[di]!++;
    perMonth[day.month]!++;
    const until = closedAt ?? Math.min(endsAt, now);
    const minutes = Math.max(0, Math.floor((until - startedAt) / MIN));
    visitMinutes += minutes;
    if (closedAt !== null) {
      closedCount++;
      closedMinutes += minutes;
      const b = bucketStay[byDay ? di : day.month]!;
      b.closed++;
      b.minutes += minutes;
    }
    if ((closedAt ?? now) > endsAt) overstays++;
    if (closeKind === 'left_without_checkout' || closeKind === 'auto_limit') withoutConfirmation++;
    if (problem) deskProblems++;
    const desk = desks.get(deskNumber) ?? { visits: 0, minutes: 0 };
    desk.visits++;
    desk.minutes += minutes;
    desks.set(deskNumber, desk);
    // Local hour from the day's start; the occupancy adds the minutes spent in each hour slot.
    const startHour = Math.floor((startedAt - day.start) / HOUR);
    if (startHour >= 0 && startHour < 24) perHour[startHour]!++;
    for (let t = startedAt; t < until;) {
      const h = Math.floor((t - day.start) / HOUR);
      if (h >= 24) break;
      const slotEnd = Math.min(until, day.start + (h + 1) * HOUR);
      heatMinutes[day.weekday]![h]! += (slotEnd - t) / MIN;
      t = slotEnd;
    }
  }

  // Occupancy is the average number of desks in use: minutes in the slot over the slot's minutes,
  // over the number of such weekdays in the period.
  const weekdaysInPeriod = new Array<number>(7).fill(0);
  for (const d of days) weekdaysInPeriod[d.weekday]!++;
  const heat = heatMinutes.map((hours, w) =>
    hours.map((m) => (weekdaysInPeriod[w] ? round1(m / 60 / weekdaysInPeriod[w]!) : 0)),
  );

  let openMinutes = 0;
  let openDays = 0;
  for (const d of days) {
    if (!isServiceDay(d.day, cal)) continue;
    openDays++;
    const b = dayBounds(d.day, cal);
    openMinutes += (b.closesAt - b.opensAt) / MIN;
  }

  const lastOver = addDays(localDay(now, tz), -1);
  const dayIndex = new Map(days.map((d, i) => [d.day, i]));
  let reservations = 0;
  let noShows = 0;
  for (const [day, total, cancelled, marked, stillBooked] of prepared(db, PERIOD_RESERVATIONS)
    .raw()
    .all(from, to) as [string, number, number, number, number][]) {
    const came = total - cancelled;
    const missed = marked + (day <= lastOver ? stillBooked : 0);
    reservations += came;
    noShows += missed;
    const i = dayIndex.get(day)!;
    const b = bucketBooked[byDay ? i : days[i]!.month]!;
    b.reservations += came;
    b.noShows += missed;
  }

  const userRows = options.withUsers
    ? (prepared(db, PERIOD_USERS).raw().all({ start, end, now }) as [string, number, number][])
    : null;
  const visitorCount = userRows
    ? userRows.length
    : (prepared(db, PERIOD_VISITORS).pluck().get(from, to) as number);

  const complaints = prepared(db, PERIOD_COMPLAINTS).get(start, end) as { filed: number; closed: number };
  const problems = problemsByCategory(db, start, end);
  const survey = surveyReport(
    db,
    rules,
    { serviceId: 'coworking', period: recapPeriodKey(period), population: null },
    now,
  ).view.index;

  return {
    v: 1,
    periodKind: kind,
    period: recapPeriodKey(period),
    from,
    to,
    timeZone: tz,
    computedAt: now,
    totals: {
      visits,
      visitors: visitorCount,
      visitMinutes: Math.round(visitMinutes),
      averageStayMinutes: closedCount ? Math.round(closedMinutes / closedCount) : null,
      overstays,
      reservations,
      noShows,
      noShowRate: reservations ? round4(Math.min(1, noShows / reservations)) : null,
      closedWithoutConfirmation: withoutConfirmation,
      deskProblems,
      equipmentProblems: problems.reduce((s, [, n]) => s + n, 0),
      complaintsFiled: complaints.filed,
      complaintsClosed: complaints.closed,
      desksTotal: activeDeskCount(db),
      openDays,
    },
    perDay,
    perMonth,
    trend: {
      stay: bucketStay.map((b) => (b.closed ? Math.round(b.minutes / b.closed) : null)),
      noShowRate: bucketBooked.map((b) =>
        b.reservations ? round4(Math.min(1, b.noShows / b.reservations)) : null,
      ),
    },
    perHour,
    heat,
    desks: [...desks]
      .sort((a, b) => a[0] - b[0])
      .map(([desk, d]) => [
        desk,
        d.visits,
        Math.round(d.minutes),
        openMinutes ? round4(Math.min(1, d.minutes / openMinutes)) : 0,
      ]),
    problemsByCategory: problems,
    ikm: survey ? { value: survey.ikm, grade: survey.grade, respondents: survey.total } : null,
    users: userRows,
  };
}
