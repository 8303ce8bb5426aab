import { useEffect, useRef } from 'react';
import { keyInputFromKeyboardEvent } from '../../../shared/scanning/keyInput';
import { WedgeDetector, wedgeTimingPresets } from '../../../shared/scanning/wedgeDetector';

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
    // Scanners end each code with Enter out of the box. No text field is on screen while this
    // listens, so the slower timing (Zebra's ~80 ms a key) costs nothing and tolerates a busy PC.
    const detector = new WedgeDetector({ suffix: '\r', ...wedgeTimingPresets.slow });
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
