// The recap's figures a day at a time. A report of a month, a quarter or a year is the sum of its
// days; a day that is over no longer changes unless its records do, so its figures are kept in
// recap_days (0018_recap_days.sql) the first time a report needs them, and the triggers there drop
// them when a visit or reservation of that day changes. Today and the days ahead are always
// counted from the records. Every sum is of integers (minutes, milliseconds), so a day read back
// and a day counted afresh add up to exactly the same report.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import { addDays, localDay, localDayRange } from '../../../shared/rules/siteCalendar';

const HOUR = 3_600_000;
const MIN = 60_000;
/** The shape of a stored day; a row of another shape is counted again. */
const DAY_FIGURES_VERSION = 1;

export const DAY_VISITS = `SELECT v.started_at, v.ends_at, v.closed_at, v.close_kind, v.desk_number,
    v.problems <> '[]' AS problem, v.reservation_id
  FROM visits v WHERE v.started_at >= ? AND v.started_at < ?`;
/**
 * A day's reservations in one pass over the covering (day, status) index. A day already over whose
 * bookings still say 'booked' had no-shows the monitor has not marked yet: they count as no-shows.
 */
export const DAY_RESERVATIONS = `SELECT count(*) AS total, coalesce(sum(r.status = 'cancelled'), 0) AS cancelled,
    coalesce(sum(r.status = 'no_show'), 0) AS noShows, coalesce(sum(r.status = 'booked'), 0) AS booked
  FROM reservations r WHERE r.day = ?`;
/**
 * Who came that day: the day's reservations someone checked in for, one range of the covering
 * reservations_came index. The visits' reservations are matched to these in memory: looking each one
 * up by its key walked the whole reservations table's index at random, 5-13 ms a day on a file of
 * years, and the kiosk's timer does it on its only thread (bench/daySimulation.ts).
 */
export const DAY_CAME = `SELECT r.id, r.visitor_id FROM reservations r
  WHERE r.day = ? AND r.status IN ('checked_in', 'completed')`;
/** A visit whose reservation is not among those (it should not happen): its visitor by its key. */
export const VISITOR_OF_RESERVATION = 'SELECT visitor_id FROM reservations WHERE id = ?';
/** A quarter or a year reads a day's figures only; a month its users too. */
export const STORED_DAYS = `SELECT day, time_zone, figures FROM recap_days WHERE day >= ? AND day <= ?`;
export const STORED_DAYS_WITH_USERS = `SELECT day, time_zone, figures, users FROM recap_days WHERE day >= ? AND day <= ?`;
/** The days kept with their users in the current shape (what keepNextDay looks for). */
const KEPT_DAYS = `SELECT day FROM recap_days WHERE day >= ? AND day < ? AND time_zone = ?
  AND users <> 'null' AND json_extract(figures, '$.v') = ${DAY_FIGURES_VERSION}`;
const STORE_DAY = `INSERT OR REPLACE INTO recap_days (day, time_zone, day_start, day_end, figures, users)
  VALUES (?, ?, ?, ?, ?, ?)`;

export interface ReportDay {
  readonly day: string;
  /** The day's first and first-after instants in the site's zone. */
  readonly start: number;
  readonly end: number;
}

export interface DayFigures {
  readonly v: typeof DAY_FIGURES_VERSION;
  readonly visits: number;
  /** Visits closed, and their minutes (the average stay counts only those). */
  readonly closed: number;
  readonly closedMinutes: number;
  readonly visitMinutes: number;
  readonly overstays: number;
  readonly withoutConfirmation: number;
  readonly deskProblems: number;
  /** Visits by local start hour. */
  readonly perHour: readonly number[];
  /** Milliseconds spent at a desk in each local hour of the day. */
  readonly heatMs: readonly number[];
  /** [desk number, visits, minutes], by desk number. */
  readonly desks: readonly (readonly [number, number, number])[];
  /** Reservations that were not cancelled, and those of them nobody came for. */
  readonly reservations: number;
  readonly noShows: number;
}

/** [visitor id, visits, minutes]. */
export type DayUser = readonly [string, number, number];

export interface CountedDay {
  readonly figures: DayFigures;
  /** Null when the report does not list its users. */
  readonly users: readonly DayUser[] | null;
}

type VisitRow = [number, number, number | null, string | null, number, 0 | 1, string];

const visitorsWhoCame = (db: Db, day: string): Map<string, string> =>
  new Map(prepared(db, DAY_CAME).raw().all(day) as [string, string][]);

const visitorOf = (db: Db, reservationId: string): string | undefined =>
  (prepared(db, VISITOR_OF_RESERVATION).get(reservationId) as { visitor_id: string } | undefined)?.visitor_id;

/** One day counted from its records. `over` says the day has ended (its bookings left are no-shows). */
function countDay(db: Db, d: ReportDay, now: number, over: boolean, withUsers: boolean): CountedDay {
  let visits = 0;
  let closed = 0;
  let closedMinutes = 0;
  let visitMinutes = 0;
  let overstays = 0;
  let withoutConfirmation = 0;
  let deskProblems = 0;
  const perHour = new Array<number>(24).fill(0);
  const heatMs = new Array<number>(24).fill(0);
  const desks = new Map<number, [number, number, number]>();
  const came = withUsers ? visitorsWhoCame(db, d.day) : null;
  const users = new Map<string, [string, number, number]>();
  for (const [startedAt, endsAt, closedAt, closeKind, deskNumber, problem, reservationId] of prepared(
    db,
    DAY_VISITS,
  )
    .raw()
    .all(d.start, d.end) as VisitRow[]) {
    visits++;
    const until = closedAt ?? Math.min(endsAt, now);
    const minutes = Math.max(0, Math.floor((until - startedAt) / MIN));
    visitMinutes += minutes;
    if (closedAt !== null) {
      closed++;
      closedMinutes += minutes;
    }
    if ((closedAt ?? now) > endsAt) overstays++;
    if (closeKind === 'left_without_checkout' || closeKind === 'auto_limit') withoutConfirmation++;
    if (problem) deskProblems++;
    let desk = desks.get(deskNumber);
    if (!desk) desks.set(deskNumber, (desk = [deskNumber, 0, 0]));
    desk[1]++;
    desk[2] += minutes;
    if (came) {
      const visitor = came.get(reservationId) ?? visitorOf(db, reservationId);
      if (visitor !== undefined) {
        let user = users.get(visitor);
        if (!user) users.set(visitor, (user = [visitor, 0, 0]));
        user[1]++;
        user[2] += minutes;
      }
    }
    // Local hour from the day's start; the occupancy adds the time spent in each hour slot.
    const startHour = Math.floor((startedAt - d.start) / HOUR);
    if (startHour >= 0 && startHour < 24) perHour[startHour]!++;
    for (let t = startedAt; t < until;) {
      const h = Math.floor((t - d.start) / HOUR);
      if (h >= 24) break;
      const slotEnd = Math.min(until, d.start + (h + 1) * HOUR);
      heatMs[h]! += slotEnd - t;
      t = slotEnd;
    }
  }
  const booked = prepared(db, DAY_RESERVATIONS).get(d.day) as {
    total: number;
    cancelled: number;
    noShows: number;
    booked: number;
  };
  return {
    figures: {
      v: DAY_FIGURES_VERSION,
      visits,
      closed,
      closedMinutes,
      visitMinutes,
      overstays,
      withoutConfirmation,
      deskProblems,
      perHour,
      heatMs,
      desks: [...desks.values()].sort((a, b) => a[0] - b[0]),
      reservations: booked.total - booked.cancelled,
      noShows: booked.noShows + (over ? booked.booked : 0),
    },
    // By visitor id, as SQLite would order them (the ids are ASCII).
    users: came ? [...users.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) : null,
  };
}

/**
 * Every day of a report, in order: the days over read back from recap_days where they are kept
 * (and counted and kept where they are not), today and later counted from the records.
 */
export function reportDays(
  db: Db,
  days: readonly ReportDay[],
  today: string,
  timeZone: string,
  now: number,
  withUsers: boolean,
): CountedDay[] {
  const stored = new Map<string, CountedDay>();
  const rows = prepared(db, withUsers ? STORED_DAYS_WITH_USERS : STORED_DAYS)
    .raw()
    .all(days[0]!.day, days[days.length - 1]!.day) as [string, string, string, string?][];
  for (const [day, zone, figures, users] of rows) {
    if (zone !== timeZone) continue;
    const parsed = JSON.parse(figures) as DayFigures;
    if (parsed.v !== DAY_FIGURES_VERSION) continue;
    const dayUsers = users === undefined ? null : (JSON.parse(users) as DayUser[] | null);
    // A day a quarter's report kept has no users: a month's report counts it again, with them.
    if (withUsers && dayUsers === null) continue;
    stored.set(day, { figures: parsed, users: dayUsers });
  }
  const counted: CountedDay[] = [];
  const toStore: [ReportDay, CountedDay][] = [];
  for (const d of days) {
    const kept = stored.get(d.day);
    if (kept) {
      counted.push(kept);
      continue;
    }
    const over = d.day < today;
    const fresh = countDay(db, d, now, over, withUsers);
    if (over) toStore.push([d, fresh]);
    counted.push(fresh);
  }
  if (toStore.length) db.transaction(() => toStore.forEach(([d, c]) => storeDay(db, d, c, timeZone)))();
  return counted;
}

function storeDay(db: Db, d: ReportDay, c: CountedDay, timeZone: string): void {
  prepared(db, STORE_DAY).run(
    d.day,
    timeZone,
    d.start,
    d.end,
    JSON.stringify(c.figures),
    JSON.stringify(c.users),
  );
}

/**
 * Keeps the next day of this month or the last that is over and not yet kept, and says which (null:
 * all are). The kiosk's timer calls it (electron/services/core/kioskCore.ts) so that the month's
 * report finds its days kept when the officer opens it: one day per call, a few milliseconds even at
 * a busy site's thousand visits a day, so a scan never waits behind it.
 */
export function keepNextDay(db: Db, timeZone: string, now: number): string | null {
  const today = localDay(now, timeZone);
  const from = `${addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
  const kept = new Set(prepared(db, KEPT_DAYS).pluck().all(from, today, timeZone) as string[]);
  for (let day = from; day < today; day = addDays(day, 1)) {
    if (kept.has(day)) continue;
    const d = { day, ...localDayRange(day, timeZone) };
    storeDay(db, d, countDay(db, d, now, true, true), timeZone);
    return day;
  }
  return null;
}
