// Clashes between bookings of a room, and the nearest free slots to offer instead.
// A booking takes its room from `start − setupMinutes` to `end + clearMinutes` (setting up before,
// clearing after: SOP 2020 Pontive prepares the room 30 minutes ahead), so two bookings clash when
// those BLOCKED intervals overlap. Intervals are half-open: one booking's clearing may end at the
// very minute the next one's setting up begins.
// Pure: no node:, no DOM. Instants are UTC epoch ms; the calendar places them in service days.
import {
  addDays,
  dayBounds,
  isServiceDay,
  localDay,
  localDayRange,
  type ServiceCalendar,
} from '../rules/siteCalendar';

const MINUTE = 60_000;

export interface RoomBooking {
  id: string;
  roomId: string;
  /** The event itself, epoch ms. */
  start: number;
  end: number;
  /** The room is taken this long before the event (setting up) and after it (clearing). */
  setupMinutes: number;
  clearMinutes: number;
  title: string;
}

export type Slot = { start: number; end: number };

/** The interval the room is taken for: [start − setup, end + clear). */
export function blockedInterval(b: RoomBooking): Slot {
  return { start: b.start - b.setupMinutes * MINUTE, end: b.end + b.clearMinutes * MINUTE };
}

const overlaps = (a: Slot, b: Slot): boolean =>
  a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;

/**
 * The bookings of the candidate's room (other than the candidate itself, by id) whose blocked
 * interval overlaps the candidate's, ordered by start (then id, so the order never depends on the
 * input's).
 */
export function findClashes(candidate: RoomBooking, bookings: readonly RoomBooking[]): RoomBooking[] {
  const taken = blockedInterval(candidate);
  return bookings
    .filter(
      (b) => b.roomId === candidate.roomId && b.id !== candidate.id && overlaps(taken, blockedInterval(b)),
    )
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type FreeSlotOptions = {
  /** How many slots to offer (3). */
  count?: number;
  /** Slots start on this grid of local time from midnight (every 15 minutes: 07:00, 07:15…). */
  stepMinutes?: number;
  /** How many days before and after the requested day are searched (14). */
  searchDays?: number;
  /** The first day allowed ('YYYY-MM-DD', the lead time's earliest day); none before it. */
  earliestDay?: string;
  /** Now, epoch ms: no slot whose setting up would begin before it. */
  now?: number;
};

/**
 * The room's taken time as disjoint intervals sorted by start: each booking's blocked interval,
 * overlapping or touching ones merged, so "is [s, e) free?" is one binary search.
 */
function takenIntervals(candidate: RoomBooking, bookings: readonly RoomBooking[]): Slot[] {
  const own = bookings
    .filter((b) => b.roomId === candidate.roomId && b.id !== candidate.id)
    .map(blockedInterval)
    .filter((i) => i.start < i.end)
    .sort((a, b) => a.start - b.start);
  const merged: Slot[] = [];
  for (const i of own) {
    const last = merged[merged.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else merged.push({ ...i });
  }
  return merged;
}

/** True when [start, end) meets none of the disjoint sorted intervals. */
function isFree(taken: readonly Slot[], start: number, end: number): boolean {
  // The first interval that ends after `start`: the only one that can overlap [start, end).
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const next = taken[lo];
  return next === undefined || next.start >= end;
}

/**
 * The `count` free slots of the candidate's length nearest in time to its requested start, before
 * or after it, nearest first (ties: the earlier first). A slot starts on the step grid of its day,
 * lies on a service day with its setting up and clearing inside the day's service hours, clashes
 * with no other booking of the room, is not before `earliestDay`, and does not begin (with its
 * setting up) before `now`. Searched within `searchDays` days either side of the requested day;
 * fewer than `count` come back when that window has fewer.
 */
export function nearestFreeSlots(
  candidate: RoomBooking,
  bookings: readonly RoomBooking[],
  calendar: ServiceCalendar,
  options: FreeSlotOptions = {},
): Slot[] {
  const count = options.count ?? 3;
  const step = (options.stepMinutes ?? 15) * MINUTE;
  const searchDays = options.searchDays ?? 14;
  const length = candidate.end - candidate.start;
  if (count <= 0 || length <= 0 || !(step > 0)) return [];
  const setup = candidate.setupMinutes * MINUTE;
  const clear = candidate.clearMinutes * MINUTE;
  const taken = takenIntervals(candidate, bookings);
  const requestedDay = localDay(candidate.start, calendar.timeZone);

  const found: Slot[] = [];
  for (let d = -searchDays; d <= searchDays; d++) {
    const day = addDays(requestedDay, d);
    if (options.earliestDay !== undefined && day < options.earliestDay) continue;
    if (!isServiceDay(day, calendar)) continue;
    const { opensAt, closesAt } = dayBounds(day, calendar);
    const midnight = localDayRange(day, calendar.timeZone).start;
    const firstStart = Math.max(opensAt + setup, options.now === undefined ? -Infinity : options.now + setup);
    const lastStart = closesAt - clear - length;
    for (let s = midnight + Math.ceil((firstStart - midnight) / step) * step; s <= lastStart; s += step) {
      if (isFree(taken, s - setup, s + length + clear)) found.push({ start: s, end: s + length });
    }
  }
  const distance = (s: Slot): number => Math.abs(s.start - candidate.start);
  return found.sort((a, b) => distance(a) - distance(b) || a.start - b.start).slice(0, count);
}
