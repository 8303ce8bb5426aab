import { useEffect, useRef } from 'react';
import type { WedgeTiming } from '../../../shared/contract';
import { keyInputFromKeyboardEvent } from '../../../shared/scanning/keyInput';
import { WedgeDetector } from '../../../shared/scanning/wedgeDetector';

/**
 * Keyboard-wedge scanners "type" the code. In the loopback host the page is the only place those
 * keys arrive, so it decodes them here with the officer's configured timings ('scanners.wedgeTiming'),
 * from key codes rather than characters (a non-US layout or Caps Lock cannot garble the code), and
 * swallows the keys of a scan. `timing` null: no wedge scanner is set up, or Electron's main process
 * decodes them (before-input-event), and this hook stays off.
 */
export function useWedgeScanner(timing: WedgeTiming | null, onScan: (text: string) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });
  const { prefix, suffix, maxGapMs, endIdleMs, minLength } = timing ?? {};
  const enabled = timing !== null;
  useEffect(() => {
    if (!enabled) return;
    const detector = new WedgeDetector({ prefix, suffix, maxGapMs, endIdleMs, minLength });
    let timer: number | undefined;
    const schedule = () => {
      window.clearTimeout(timer);
      const deadline = detector.nextDeadline();
      if (deadline === null) return;
      timer = window.setTimeout(
        () => {
          const scan = detector.poll(performance.now());
          if (scan) latest.current(scan.text);
          schedule();
        },
        Math.max(0, deadline - performance.now()),
      );
    };
    const onKey = (e: KeyboardEvent) => {
      const key = keyInputFromKeyboardEvent(e);
      if (!key) return;
      const step = detector.feed(key);
      if (step.swallow) {
        e.preventDefault();
        e.stopPropagation();
      }
      if (step.scan) latest.current(step.scan.text);
      schedule();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    // Says the page is listening (the timings have arrived), for the e2e suite's page objects.
    document.documentElement.dataset.wedge = 'listening';
    return () => {
      delete document.documentElement.dataset.wedge;
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKey, true);
    };
  }, [enabled, prefix, suffix, maxGapMs, endIdleMs, minLength]);
}
