// Tells a keyboard-wedge scanner's burst from a person typing, and decodes it from key codes with a
// fixed US table (usKeymap.ts), so the OS layout and Caps Lock cannot garble a code.
// Framing, in the order devices.md §1.3 recommends:
//   1. a configured prefix (a key nobody types, e.g. Ctrl+B via the scanner's "Control+ASCII"
//      setting): only prefixed input is a scan, every key of it is swallowed;
//   2. a configured suffix (Enter) plus a timing check: a fast run that ends in the suffix;
//   3. pure timing: a fast run of at least `minLength` keys, ended by `endIdleMs` of silence.
// "Fast" means every key within `maxGapMs` of the previous one. Measured gaps (NielsLeenheer/
// KeyboardBarcodeScanner README): Datalogic 1 ms, Honeywell 10 ms, Netum 6-19 ms, Zebra ~80 ms
// (peaks 100 ms) — a Zebra needs `wedgeTimingPresets.slow` and, ideally, a suffix.
// Keys are swallowed once a run is confirmed (`confirmKeys` fast keys), so the first one or two
// characters of an unprefixed scan may still reach the page: keep text inputs off the scan screen.
// Pure state machine (time is passed in, no timers, no Node APIs): used by the Electron main process
// (before-input-event) and by the renderer (keydown) alike.
import type { KeyInput } from './keyInput';
import { isModifierCode, usCharFor } from './usKeymap';
import { splitAimPrefix, symbologyFromAim } from './symbology';

export interface WedgeConfig {
  /** Characters that open a scan, as decoded by usKeymap (Ctrl+B = '\x02'). '' = none. */
  readonly prefix?: string;
  /** Characters that close a scan; Enter decodes to '\r'. '' = none (timing only). */
  readonly suffix?: string;
  /** Longest gap between two keys of one scan. */
  readonly maxGapMs?: number;
  /** Silence that ends a scan without suffix, or abandons an unfinished one. */
  readonly endIdleMs?: number;
  /** Shortest unprefixed scan; shorter fast runs are someone typing. */
  readonly minLength?: number;
  /** Fast keys in a row before the detector starts swallowing them. */
  readonly confirmKeys?: number;
  /** Longer runs are dropped (a key held down, a stuck scanner). */
  readonly maxLength?: number;
}

export const wedgeDefaults: Required<WedgeConfig> = {
  prefix: '',
  suffix: '',
  maxGapMs: 50,
  endIdleMs: 150,
  minLength: 8,
  confirmKeys: 3,
  maxLength: 1024,
};

/** Starting points per scanner speed; the officer's settings screen offers these. */
export const wedgeTimingPresets = {
  /** Datalogic, Honeywell, Netum: ≤ 20 ms between keys. */
  fast: { maxGapMs: 50, endIdleMs: 150 },
  /** Zebra default inter-character delay: ~80 ms, peaks 100 ms. Use with suffix Enter. */
  slow: { maxGapMs: 110, endIdleMs: 300 },
} as const satisfies Record<string, WedgeConfig>;

export interface WedgeScan {
  /** Payload: prefix, suffix and AIM id removed, trailing CR/LF trimmed. */
  readonly text: string;
  /** Everything the scanner typed, prefix and suffix included, UTF-8. */
  readonly raw: Uint8Array;
  readonly aim?: string;
  readonly symbology?: string;
  /** `t` of the last key. */
  readonly t: number;
}

export interface WedgeStep {
  /** True: preventDefault() this key; it belongs to a scan. */
  readonly swallow: boolean;
  readonly scan?: WedgeScan;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class WedgeDetector {
  readonly config: Required<WedgeConfig>;
  #buf = '';
  #lastT = 0;
  /** Characters of the prefix seen so far; equals prefix.length inside a prefixed scan. */
  #prefixSeen = 0;
  #swallowedCodes = new Set<string>();

  constructor(config: WedgeConfig = {}) {
    this.config = { ...wedgeDefaults, ...config };
  }

  get #inPrefixed(): boolean {
    return this.config.prefix.length > 0 && this.#prefixSeen === this.config.prefix.length;
  }

  get #swallowing(): boolean {
    return this.#inPrefixed || this.#prefixSeen > 0 || this.#buf.length >= this.config.confirmKeys;
  }

  /** When `poll` has something to do (end or abandon a run), or null when idle. */
  nextDeadline(): number | null {
    return this.#buf.length > 0 || this.#prefixSeen > 0 ? this.#lastT + this.config.endIdleMs : null;
  }

  /** Call at `nextDeadline()`: ends a suffix-less scan, or drops an unfinished run. */
  poll(now: number): WedgeScan | null {
    const deadline = this.nextDeadline();
    if (deadline === null || now < deadline) return null;
    return this.#finish();
  }

  /** The run is over (silence or a pause longer than maxGapMs): a scan, or nothing. */
  #finish(): WedgeScan | null {
    const { suffix, minLength } = this.config;
    const body = this.#buf;
    const prefixed = this.#inPrefixed;
    this.#reset();
    if (suffix.length > 0) return null; // the suffix never came: truncated, or someone typing
    if (prefixed ? body.length === 0 : body.length < minLength) return null;
    return this.#scan(body, this.#lastT);
  }

  feed(k: KeyInput): WedgeStep {
    if (k.type === 'keyUp') return { swallow: this.#swallowedCodes.delete(k.code) };
    const step = this.#keyDown(k);
    if (step.swallow) this.#swallowedCodes.add(k.code);
    return step;
  }

  #keyDown(k: KeyInput): WedgeStep {
    if (isModifierCode(k.code)) return { swallow: this.#swallowing }; // Shift between characters: no timing
    const ch = k.alt || k.meta ? null : usCharFor(k.code, k.shift, k.control);
    if (ch === null) {
      this.#reset(); // an arrow, F-key or Alt combination: a person at the keyboard
      return { swallow: false };
    }
    const { prefix, maxGapMs } = this.config;

    // An overdue end (the caller's timer did not fire first), or a timing run broken by a pause:
    // a suffix-less scan may have just ended; either way the new key starts afresh.
    let ended = this.poll(k.t) ?? undefined;
    if (this.#prefixSeen === 0 && this.#buf.length > 0 && k.t - this.#lastT > maxGapMs) {
      ended ??= this.#finish() ?? undefined;
    }
    this.#lastT = k.t;

    if (prefix.length > 0) {
      if (!this.#inPrefixed) {
        if (ch === prefix[this.#prefixSeen]) {
          this.#prefixSeen++;
          return this.#withEnded({ swallow: true }, ended);
        }
        // With a prefix configured only prefixed input is a scan; a mismatch may restart the prefix.
        this.#prefixSeen = ch === prefix[0] ? 1 : 0;
        return this.#withEnded({ swallow: this.#prefixSeen > 0 }, ended);
      }
      return this.#withEnded(this.#append(ch, k.t, true), ended);
    }
    return this.#withEnded(this.#append(ch, k.t, false), ended);
  }

  #append(ch: string, t: number, prefixed: boolean): WedgeStep {
    const { suffix, minLength, maxLength } = this.config;
    // Control characters belong to a scan already under way (GS1 group separator), never start one.
    if (!prefixed && ch < ' ' && ch !== '\r' && ch !== '\t' && this.#buf.length < this.config.confirmKeys) {
      this.#reset();
      return { swallow: false };
    }
    const wasSwallowing = this.#swallowing;
    this.#buf += ch;
    if (suffix.length > 0 && this.#buf.endsWith(suffix)) {
      const body = this.#buf.slice(0, -suffix.length);
      this.#reset();
      if (prefixed || body.length >= minLength) return { swallow: true, scan: this.#scan(body, t) };
      // Someone typed a few keys fast and pressed Enter: let the page have it.
      return { swallow: wasSwallowing };
    }
    if (this.#buf.length > maxLength) {
      this.#reset();
      return { swallow: wasSwallowing };
    }
    return { swallow: this.#swallowing };
  }

  #scan(body: string, t: number): WedgeScan {
    const { prefix, suffix } = this.config;
    const raw = encoder.encode(prefix + body + suffix);
    const { aim, body: payload } = splitAimPrefix(encoder.encode(body));
    const symbology = symbologyFromAim(aim);
    return {
      text: decoder.decode(payload).replace(/[\r\n]+$/, ''),
      raw,
      t,
      ...(aim !== undefined ? { aim } : {}),
      ...(symbology !== undefined ? { symbology } : {}),
    };
  }

  #withEnded(step: WedgeStep, ended: WedgeScan | undefined): WedgeStep {
    return ended && !step.scan ? { ...step, scan: ended } : step;
  }

  #reset(): void {
    this.#buf = '';
    this.#prefixSeen = 0;
  }
}
