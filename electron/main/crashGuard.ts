// Reload a crashed renderer, but not forever: a page that dies on load would otherwise spin the CPU
// and flicker on the visitor's screen. Pure (time is passed in) so the loop limit is unit-tested.

export interface CrashGuardOptions {
  /** Reloads allowed within `windowMs` before the guard gives up. */
  readonly maxReloads?: number;
  readonly windowMs?: number;
}

export interface CrashGuard {
  /** Record a crash at `now`; true if the window should be reloaded. */
  shouldReload(now: number): boolean;
}

export function createCrashGuard(options: CrashGuardOptions = {}): CrashGuard {
  const maxReloads = options.maxReloads ?? 3;
  const windowMs = options.windowMs ?? 60_000;
  let crashes: number[] = [];
  return {
    shouldReload(now) {
      crashes = [...crashes.filter((t) => now - t < windowMs), now];
      return crashes.length <= maxReloads;
    },
  };
}

/** `render-process-gone` reasons (web-contents docs). 'clean-exit' is the renderer closing normally. */
export const isCrash = (reason: string): boolean => reason !== 'clean-exit';
