import { useEffect, useRef, useState } from 'react';

/** What counts as someone at the screen: a touch, a click, a key, the mouse or the wheel. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export interface IdleState {
  /** The warning period has begun: `secondsLeft` until `onIdle`. */
  readonly warning: boolean;
  readonly secondsLeft: number;
}

/**
 * Calls `onIdle` after each `ms` without any activity on the page, and says when the last
 * `warnMs` have begun (a desk about to lock says so first, WCAG 2.2.1). Any activity starts the
 * wait again. Timers only, so a test's fake clock drives it.
 */
export function useIdle(ms: number, onIdle: () => void, warnMs = 0): IdleState {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });
  const [state, setState] = useState<IdleState>({ warning: false, secondsLeft: 0 });

  useEffect(() => {
    let last = Date.now();
    let timer: number | undefined;
    const check = () => {
      const left = last + ms - Date.now();
      if (left <= 0) {
        setState({ warning: false, secondsLeft: 0 });
        // The next idle period starts now (a screen that stays up, like sign-in, is watched again).
        last = Date.now();
        timer = window.setTimeout(check, ms - warnMs);
        latest.current();
        return;
      }
      if (warnMs > 0 && left <= warnMs) {
        setState({ warning: true, secondsLeft: Math.ceil(left / 1000) });
        timer = window.setTimeout(check, Math.min(left, 1000));
      } else {
        setState((s) => (s.warning ? { warning: false, secondsLeft: 0 } : s));
        timer = window.setTimeout(check, left - warnMs);
      }
    };
    const active = () => {
      const wasWarning = last + ms - Date.now() <= warnMs;
      last = Date.now();
      if (wasWarning) {
        window.clearTimeout(timer);
        check();
      }
    };
    timer = window.setTimeout(check, ms - warnMs);
    ACTIVITY.forEach((e) => window.addEventListener(e, active, { passive: true, capture: true }));
    return () => {
      window.clearTimeout(timer);
      ACTIVITY.forEach((e) => window.removeEventListener(e, active, { capture: true }));
    };
  }, [ms, warnMs]);
  return state;
}
