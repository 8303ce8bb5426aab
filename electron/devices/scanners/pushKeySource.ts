// A KeySource fed by hand: the loopback host forwards the page's keydown events into it, and tests
// use it as the keyboard at the edge of the world. Pure, like keyInput.ts.
import type { KeyInput, KeySource } from '../../../shared/scanning/keyInput';

export interface PushKeySource extends KeySource {
  /** Delivers one key to the subscribers; true when any of them swallowed it. */
  push(k: KeyInput): boolean;
}

export function createPushKeySource(): PushKeySource {
  const subscribers = new Set<(k: KeyInput) => boolean>();
  return {
    subscribe(cb) {
      subscribers.add(cb);
      return () => subscribers.delete(cb);
    },
    push(k) {
      let swallow = false;
      for (const cb of [...subscribers]) swallow = cb(k) || swallow;
      return swallow;
    },
  };
}
