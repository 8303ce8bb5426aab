// How long a visitor may stay, and how close they are to the end.
// SOP 97/2020 step 6: the space is used for at most 7 hours (420 minutes) per visit, and only
// within service hours (Senin–Jumat 07:00–15:45 WIB), so a stay ends at whichever comes first.
// Pure: no node:, no DOM.
import { dayBounds, localDay } from './siteCalendar';
import type { ServiceCalendar } from './siteCalendar';

/** SOP 97/2020 step 6: "Max 7 Jam (420 menit)". */
export const MAX_STAY_MINUTES = 420;

/** Warn first at 30 minutes left, then at 10 (front-desk practice; the SOP sets no warnings). */
export const DEFAULT_WARNING_THRESHOLDS: StayWarningThresholds = [30, 10];

export type StayWarningThresholds = readonly [firstWarningMinutes: number, finalWarningMinutes: number];

const MINUTE = 60_000;

function assertPositiveMinutes(minutes: number, what: string): void {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError(`${what} must be a positive number`);
}

/**
 * When a stay that begins at `checkInAt` must end: the earlier of check-in + the maximum stay
 * (SOP 97 step 6) and that day's closing time. Never before the check-in itself: a check-in the
 * desk forced through after closing gets a stay of zero length (it is over at once) rather than
 * an end in the past.
 */
export function stayEndsAt(
  checkInAt: number,
  cal: ServiceCalendar,
  maxStayMinutes = MAX_STAY_MINUTES,
): number {
  assertPositiveMinutes(maxStayMinutes, 'maxStayMinutes');
  const { closesAt } = dayBounds(localDay(checkInAt, cal.timeZone), cal);
  return Math.max(checkInAt, Math.min(checkInAt + maxStayMinutes * MINUTE, closesAt));
}

/**
 * Time left until `endsAt`, never negative. `minutes` rounds up, as a countdown should: with
 * 29 min 30 s left the screen says 30, and it says 0 only when the time is up.
 */
export function timeLeft(now: number, endsAt: number): Readonly<{ ms: number; minutes: number }> {
  const ms = Math.max(0, endsAt - now);
  return { ms, minutes: Math.ceil(ms / MINUTE) };
}

/** Whole minutes past the end of the stay (0 while it has not ended), for the monthly recap. */
export function overstayMinutes(now: number, endsAt: number): number {
  return Math.max(0, Math.floor((now - endsAt) / MINUTE));
}

/**
 * 'none' → 'first_warning' → 'final_warning' → 'overstay', in that order as time passes.
 * Each threshold is reached when that many minutes or fewer are left; the stay is over at
 * `endsAt` itself (a stay is the half-open interval [checkInAt, endsAt)).
 */
export type StayWarningLevel = 'none' | 'first_warning' | 'final_warning' | 'overstay';

/** Levels in the order they are reached, for comparisons ("at least a warning"). */
export const stayWarningLevels: readonly StayWarningLevel[] = [
  'none',
  'first_warning',
  'final_warning',
  'overstay',
];

export function stayWarningLevel(
  now: number,
  endsAt: number,
  thresholds: StayWarningThresholds = DEFAULT_WARNING_THRESHOLDS,
): StayWarningLevel {
  const [first, final] = thresholds;
  assertPositiveMinutes(first, 'the first warning threshold');
  assertPositiveMinutes(final, 'the final warning threshold');
  if (final > first) throw new RangeError('the final warning must come after the first (fewer minutes left)');
  const left = endsAt - now;
  if (left <= 0) return 'overstay';
  if (left <= final * MINUTE) return 'final_warning';
  if (left <= first * MINUTE) return 'first_warning';
  return 'none';
}
