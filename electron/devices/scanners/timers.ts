// The timer port every scanner uses, so tests drive time with vitest fake timers or a hand-made
// scheduler instead of sleeping. shared/clock.ts only gives "now"; scheduling lives here.

export type TimerHandle = unknown;

export interface Timers {
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Looks the globals up at call time, so `vi.useFakeTimers()` installed later still applies. */
export const systemTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
