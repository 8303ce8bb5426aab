// Time that counts in the SOPs' standard times: only minutes within service hours on service days.
// A letter registered at 15:40 with a 15-minute step is due at 07:10 the next service day (five
// minutes today, ten tomorrow), not at 15:55 when nobody is at the desk.
// Pure: no node:, no DOM. Instants are UTC epoch ms; the calendar's zone places them in days.
import { addDays, dayBounds, isServiceDay, localDay, type ServiceCalendar } from '../rules/siteCalendar';

const MINUTE = 60_000;

/**
 * A bound on the days walked, so a calendar that never serves (impossible through its schema, but
 * a hand-made object could be one) ends in an error instead of a loop. 100 years of days.
 */
const MAX_DAYS_WALKED = 36_600;

/**
 * The first instant at which `minutes` service minutes have passed since `at`. Outside service hours
 * the count starts at the next opening; a count that ends exactly at closing ends at closing (not
 * at the next opening). Zero minutes is `at` itself.
 */
export function addServiceMinutes(at: number, minutes: number, calendar: ServiceCalendar): number {
  if (!Number.isFinite(at) || !Number.isFinite(minutes) || minutes < 0)
    throw new RangeError(`cannot add ${minutes} service minutes to ${at}`);
  let left = minutes * MINUTE;
  if (left === 0) return at;
  let day = localDay(at, calendar.timeZone);
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked++, day = addDays(day, 1)) {
    if (!isServiceDay(day, calendar)) continue;
    const { opensAt, closesAt } = dayBounds(day, calendar);
    const from = Math.max(at, opensAt);
    if (from >= closesAt) continue;
    if (left <= closesAt - from) return from + left;
    left -= closesAt - from;
  }
  throw new RangeError('the calendar has no service hours to count in');
}

/**
 * Service minutes in [a, b): the minutes of service hours on service days between two instants
 * (negative when b is before a; fractional when the instants are not on whole minutes).
 * `serviceMinutesBetween(a, addServiceMinutes(a, m)) === m`.
 */
export function serviceMinutesBetween(a: number, b: number, calendar: ServiceCalendar): number {
  if (!Number.isFinite(a) || !Number.isFinite(b))
    throw new RangeError(`cannot count service minutes between ${a} and ${b}`);
  if (b < a) return -serviceMinutesBetween(b, a, calendar);
  const last = localDay(b, calendar.timeZone);
  let total = 0;
  for (let day = localDay(a, calendar.timeZone); day <= last; day = addDays(day, 1)) {
    if (!isServiceDay(day, calendar)) continue;
    const { opensAt, closesAt } = dayBounds(day, calendar);
    const from = Math.max(a, opensAt);
    const to = Math.min(b, closesAt);
    if (to > from) total += to - from;
  }
  return total / MINUTE;
}
