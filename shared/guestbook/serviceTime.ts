// Service standard no. 15 (decree 18/2024): a guest is served within 35 minutes of filling in the
// guest book. The officer's queue warns before that runs out, so there is time to call the guest.
// Pure functions of two instants: the caller passes the core's clock, never Date.now.

/** The standard time of the guest service (decree 18/2024, standard 15). */
export const GUEST_STANDARD_MINUTES = 35;
/** When the queue starts to warn: 10 minutes left to call the guest. */
export const GUEST_WARN_MINUTES = 25;

export type WaitLevel = 'ok' | 'soon' | 'over';

/** Whole minutes from `from` to `now` (never negative: a kiosk's clock may be a little ahead). */
export const minutesBetween = (from: number, now: number): number =>
  Math.max(0, Math.floor((now - from) / 60_000));

/** How the time since registration stands against the standard. */
export function waitLevel(registeredAt: number, now: number): WaitLevel {
  const minutes = minutesBetween(registeredAt, now);
  if (minutes >= GUEST_STANDARD_MINUTES) return 'over';
  if (minutes >= GUEST_WARN_MINUTES) return 'soon';
  return 'ok';
}
