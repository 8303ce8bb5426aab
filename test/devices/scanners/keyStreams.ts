// Builds the key events a keyboard-wedge scanner (or a person) produces for a string, as Electron's
// before-input-event would report them: Shift pressed around upper-case/shifted characters, codes
// from the US layout the scanner assumes, and `key` values as the OS layout would render them.
import type { KeyInput } from '../../../shared/scanning/keyInput';
import { usKeyFor } from '../../../shared/scanning/usKeymap';

export type OsLayout = 'us' | 'azerty';

export interface TypeOptions {
  /** Time of the first key, ms. */
  readonly start: number;
  /** Gap before key i (i ≥ 1). */
  readonly gap: (i: number) => number;
  readonly capsLock?: boolean;
  readonly layout?: OsLayout;
}

// What a French AZERTY OS layout shows for US scan codes: letters a/q, z/w swapped, m moved, and
// the digit row gives symbols unshifted (digits need Shift).
const azertyPlain: Record<string, string> = {
  KeyA: 'q',
  KeyQ: 'a',
  KeyW: 'z',
  KeyZ: 'w',
  KeyM: ',',
  Semicolon: 'm',
  Comma: ';',
  Period: ':',
  Slash: '!',
  Digit1: '&',
  Digit2: 'é',
  Digit3: '"',
  Digit4: "'",
  Digit5: '(',
  Digit6: '-',
  Digit7: 'è',
  Digit8: '_',
  Digit9: 'ç',
  Digit0: 'à',
  Minus: ')',
  Equal: '=',
};
const azertyShifted: Record<string, string> = {
  Digit1: '1',
  Digit2: '2',
  Digit3: '3',
  Digit4: '4',
  Digit5: '5',
  Digit6: '6',
  Digit7: '7',
  Digit8: '8',
  Digit9: '9',
  Digit0: '0',
  Comma: '.',
  Period: '/',
  Slash: '§',
  Semicolon: 'M',
  Minus: '°',
  Equal: '+',
  KeyM: '?',
};

function osKey(code: string, usChar: string, shift: boolean, o: TypeOptions): string {
  let key = usChar;
  if (o.layout === 'azerty')
    key = (shift ? azertyShifted[code] : azertyPlain[code]) ?? azertyPlain[code] ?? usChar;
  if (o.layout === 'azerty' && shift && /^Key[A-Z]$/.test(code)) key = key.toUpperCase();
  if (o.capsLock && /^[a-zA-Z]$/.test(key))
    key = key === key.toUpperCase() ? key.toLowerCase() : key.toUpperCase();
  if (usChar === '\r') key = 'Enter';
  if (usChar === '\t') key = 'Tab';
  return key;
}

const base = { control: false, alt: false, meta: false };

export function typeString(text: string, o: TypeOptions): KeyInput[] {
  const events: KeyInput[] = [];
  let t = o.start;
  [...text].forEach((ch, i) => {
    if (i > 0) t += o.gap(i);
    const k = usKeyFor(ch);
    if (!k) throw new Error(`no US key for ${JSON.stringify(ch)}`);
    const mod = k.control ? 'ControlLeft' : k.shift ? 'ShiftLeft' : undefined;
    const flags = { ...base, shift: k.shift, control: k.control };
    if (mod)
      events.push({ type: 'keyDown', key: k.control ? 'Control' : 'Shift', code: mod, ...flags, t: t - 0.3 });
    events.push({ type: 'keyDown', key: osKey(k.code, ch, k.shift, o), code: k.code, ...flags, t });
    events.push({ type: 'keyUp', key: osKey(k.code, ch, k.shift, o), code: k.code, ...flags, t: t + 0.2 });
    if (mod)
      events.push({
        type: 'keyUp',
        key: k.control ? 'Control' : 'Shift',
        code: mod,
        ...base,
        shift: false,
        t: t + 0.3,
      });
  });
  return events;
}

/** Deterministic pseudo-random numbers in [lo, hi] for jitter (mulberry32). */
export function jitter(seed: number, lo: number, hi: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    const r = ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    return lo + r * (hi - lo);
  };
}

export const lastT = (keys: readonly KeyInput[]): number => keys[keys.length - 1]?.t ?? 0;
