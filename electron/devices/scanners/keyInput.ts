// Key events as the wedge detector sees them: the shape of Electron's before-input-event Input
// (devices.md §1.3, electron docs/api/web-contents.md) plus a timestamp, which Input lacks, taken
// with performance.now() in the handler. A browser KeyboardEvent maps onto it field by field.
// Pure types: importable from the Electron main process and from the renderer.

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
