import { useEffect, useRef } from 'react';
import { keyInputFromKeyboardEvent } from '../../../shared/scanning/keyInput';
import { WedgeDetector } from '../../../shared/scanning/wedgeDetector';

/**
 * Keyboard-wedge scanners "type" the code and press Enter. In the loopback host the page is the only
 * place those keys arrive, so it decodes them here, from key codes rather than characters (a
 * non-US layout or Caps Lock cannot garble the code), and swallows the keys of a scan. In Electron
 * the main process does this (before-input-event) and this hook stays off.
 */
export function useWedgeScanner(enabled: boolean, onScan: (text: string) => void) {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });
  useEffect(() => {
    if (!enabled) return;
    // Scanners end each code with Enter out of the box, and the Enter is what makes a scan. The visitor
    // screens have no text field and the touchscreen no keyboard, so the timing can be generous:
    // Zebra's ~80 ms a key, or a busy PC delaying key events, must not cut a code in two.
    const detector = new WedgeDetector({ suffix: '\r', maxGapMs: 500, endIdleMs: 1000 });
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
      if (step.swallow) e.preventDefault();
      if (step.scan) latest.current(step.scan.text);
      schedule();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKey, true);
    };
  }, [enabled]);
}
