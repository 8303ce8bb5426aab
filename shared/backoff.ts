// The one backoff of the app: how long to wait before retry number n. Each caller names its own
// schedule of steps; after the last step the wait stays at the last step forever.

export type BackoffSchedule = readonly number[];

/**
 * A scanner that failed to open or was unplugged (devices.md §1.6): 1 s, 2 s, 5 s, then every 10 s.
 * A device seen coming back (hot-plug) is retried at once instead.
 */
export const reconnectSchedule: BackoffSchedule = [1_000, 2_000, 5_000, 10_000];

/** A print job the printer refused (offline, out of paper): quick after a paper change, gentle on a dead printer. */
export const printRetrySchedule: BackoffSchedule = [2_000, 4_000, 8_000, 16_000, 32_000, 60_000];

/** The wait before retry number `attempt` (0-based). */
export function backoffDelay(attempt: number, schedule: BackoffSchedule): number {
  if (schedule.length === 0) throw new Error('a backoff schedule needs at least one step');
  const index = Math.max(0, Math.min(Math.floor(attempt), schedule.length - 1));
  return schedule[index]!;
}
