// Key events as the wedge detector sees them: the shape of Electron's before-input-event Input
// (devices.md §1.3, electron docs/api/web-contents.md) plus a timestamp, which Input lacks, taken
// with performance.now() in the handler. A browser KeyboardEvent maps onto it field by field.
// Pure: importable from the Electron main process and from the renderer.
import { createEmitter } from '../emitter';

export interface KeyInput {
  readonly type: 'keyDown' | 'keyUp';
  /** The OS-layout character; informational only (wrong on AZERTY, inverted by Caps Lock). */
  readonly key: string;
  /** Physical key, e.g. 'KeyA', 'Digit1', 'Enter'; what the detector decodes. */
  readonly code: string;
  readonly shift: boolean;
  readonly control: boolean;
  readonly alt: boolean;
  readonly meta: boolean;
  /** Monotonic milliseconds (performance.now()). */
  readonly t: number;
}

/** Where key events come from: before-input-event in main, keydown in a loopback-host page. */
export interface KeySource {
  /** The callback returns true to swallow the key (preventDefault). Returns an unsubscribe. */
  subscribe(cb: (k: KeyInput) => boolean): () => void;
}

/** A key source fed by hand: Electron's main process pushes each window's keys into it; tests type into it. */
export interface PushKeySource extends KeySource {
  /** Delivers one key to every subscriber; true when any of them swallowed it. */
  push(k: KeyInput): boolean;
}

export function createKeySource(): PushKeySource {
  const keys = createEmitter<{ key: { readonly input: KeyInput; swallowed: boolean } }>();
  return {
    subscribe: (cb) =>
      keys.on('key', (press) => {
        if (cb(press.input)) press.swallowed = true;
      }),
    push(input) {
      const press = { input, swallowed: false };
      keys.emit('key', press);
      return press.swallowed;
    },
  };
}

/** A DOM KeyboardEvent (structurally, so this file needs no DOM types): for the loopback-host page. */
export interface KeyboardEventLike {
  readonly type: string;
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  readonly timeStamp: number;
}

export function keyInputFromKeyboardEvent(e: KeyboardEventLike): KeyInput | null {
  const type = e.type === 'keydown' ? 'keyDown' : e.type === 'keyup' ? 'keyUp' : null;
  if (type === null) return null;
  return {
    type,
    key: e.key,
    code: e.code,
    shift: e.shiftKey,
    control: e.ctrlKey,
    alt: e.altKey,
    meta: e.metaKey,
    t: e.timeStamp,
  };
}
