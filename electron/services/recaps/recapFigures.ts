// The figures of a month, a quarter or a year of the site's time zone, computed from this kiosk's
// SQLite (every kiosk holds the site's visits and reservations): the sum of the period's days
// (recapDays.ts keeps the figures of each day that is over), the month's users named and sorted,
// and the complaints, equipment problems and IKM of the period. Plans asserted in
// test/db/recaps.queryPlans.test.ts.
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
import { reportDays, type ReportDay } from './recapDays';
import { problemsByCategory } from './recapInventory';

const HOUR = 3_600_000;
const MIN = 60_000;

/**
 * The month's users with their names (empty once erased), in the list's order: the days' rows
 * summed in the core, handed to SQLite as JSON to be joined to the visitors by key and sorted.
 */
export const NAMED_USERS = `SELECT vr.full_name AS name, json_extract(u.value, '$[1]'), json_extract(u.value, '$[2]')
  FROM json_each(?) u JOIN visitors vr ON vr.id = json_extract(u.value, '$[0]')
  ORDER BY vr.full_name COLLATE NOCASE, vr.id`;
/** Different visitors who came (the quarter and the year count them without listing them). */
export const PERIOD_VISITORS = `SELECT count(DISTINCT r.visitor_id) FROM reservations r
  WHERE r.day >= ? AND r.day <= ? AND r.status IN ('checked_in', 'completed')`;
const PERIOD_COMPLAINTS = `SELECT count(*) AS filed, coalesce(sum(status = 'closed'), 0) AS closed
  FROM complaints WHERE filed_at >= ? AND filed_at < ?`;

const round1 = (n: number) => Math.round(n * 10) / 10;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The period's days with their instants and weekdays, in the site's zone. */
function daysOf(from: string, to: string, timeZone: string) {
  const days: (ReportDay & { weekday: number; month: number })[] = [];
  const firstMonth = Number(from.slice(5, 7));
  for (let d = from; d <= to; d = addDays(d, 1))
    days.push({
      day: d,
      ...localDayRange(d, timeZone),
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

  const today = localDay(now, tz);
  const counted = reportDays(db, days, today, tz, now, options.withUsers);

  const perDay = new Array<number>(days.length).fill(0);
  const firstMonth = Number(from.slice(5, 7));
  const perMonth = new Array<number>(Number(to.slice(5, 7)) - firstMonth + 1).fill(0);
  const perHour = new Array<number>(24).fill(0);
  const heatMs = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const desks = new Map<number, { visits: number; minutes: number }>();
  let visits = 0;
  let closedCount = 0;
  let closedMinutes = 0;
  let visitMinutes = 0;
  let overstays = 0;
  let withoutConfirmation = 0;
  let deskProblems = 0;
  let reservations = 0;
  let noShows = 0;
  // The trend's buckets: the days of a month, else the months of the period.
  const byDay = kind === 'month';
  const buckets = byDay ? days.length : perMonth.length;
  const bucketStay = Array.from({ length: buckets }, () => ({ closed: 0, minutes: 0 }));
  const bucketBooked = Array.from({ length: buckets }, () => ({ reservations: 0, noShows: 0 }));
  const users = new Map<string, [string, number, number]>();

  counted.forEach(({ figures: f, users: dayUsers }, i) => {
    const day = days[i]!;
    visits += f.visits;
    perDay[i] = f.visits;
    perMonth[day.month]! += f.visits;
    closedCount += f.closed;
    closedMinutes += f.closedMinutes;
    visitMinutes += f.visitMinutes;
    overstays += f.overstays;
    withoutConfirmation += f.withoutConfirmation;
    deskProblems += f.deskProblems;
    reservations += f.reservations;
    noShows += f.noShows;
    const stay = bucketStay[byDay ? i : day.month]!;
    stay.closed += f.closed;
    stay.minutes += f.closedMinutes;
    const booked = bucketBooked[byDay ? i : day.month]!;
    booked.reservations += f.reservations;
    booked.noShows += f.noShows;
    for (let h = 0; h < 24; h++) {
      perHour[h]! += f.perHour[h]!;
      heatMs[day.weekday]![h]! += f.heatMs[h]!;
    }
    for (const [number, n, minutes] of f.desks) {
      const desk = desks.get(number) ?? { visits: 0, minutes: 0 };
      desk.visits += n;
      desk.minutes += minutes;
      desks.set(number, desk);
    }
    for (const [visitor, n, minutes] of dayUsers ?? []) {
      const user = users.get(visitor);
      if (user) {
        user[1] += n;
        user[2] += minutes;
      } else users.set(visitor, [visitor, n, minutes]);
    }
  });

  // Occupancy is the average number of desks in use: the time in the slot over the slot's hour,
  // over the number of such weekdays in the period.
  const weekdaysInPeriod = new Array<number>(7).fill(0);
  for (const d of days) weekdaysInPeriod[d.weekday]!++;
  const heat = heatMs.map((hours, w) =>
    hours.map((ms) => (weekdaysInPeriod[w] ? round1(ms / HOUR / weekdaysInPeriod[w]!) : 0)),
  );

  let openMinutes = 0;
  let openDays = 0;
  for (const d of days) {
    if (!isServiceDay(d.day, cal)) continue;
    openDays++;
    const b = dayBounds(d.day, cal);
    openMinutes += (b.closesAt - b.opensAt) / MIN;
  }

  const userRows = options.withUsers
    ? (prepared(db, NAMED_USERS)
        .raw()
        .all(JSON.stringify([...users.values()])) as [string, number, number][])
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
