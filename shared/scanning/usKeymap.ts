// A fixed US QWERTY table from KeyboardEvent.code (the physical key) to the character a
// keyboard-wedge scanner meant. Scanners emit scan codes for a US layout by default; decoding the
// code (+ Shift) instead of `key` is immune to an AZERTY/QWERTZ OS layout and to Caps Lock
// (devices.md §1.3). Pure: no Node or DOM APIs, so the renderer can import it.

/** code → [unshifted, shifted]. */
const printable: Readonly<Record<string, readonly [string, string]>> = (() => {
  const t: Record<string, readonly [string, string]> = {};
  for (let c = 0; c < 26; c++) {
    const lower = String.fromCharCode(0x61 + c);
    t[`Key${lower.toUpperCase()}`] = [lower, lower.toUpperCase()];
  }
  const digitsShifted = ')!@#$%^&*(';
  for (let d = 0; d <= 9; d++) t[`Digit${d}`] = [String(d), digitsShifted[d] ?? ''];
  const punct: ReadonlyArray<readonly [string, string, string]> = [
    ['Minus', '-', '_'],
    ['Equal', '=', '+'],
    ['BracketLeft', '[', '{'],
    ['BracketRight', ']', '}'],
    ['Backslash', '\\', '|'],
    ['Semicolon', ';', ':'],
    ['Quote', "'", '"'],
    ['Backquote', '`', '~'],
    ['Comma', ',', '<'],
    ['Period', '.', '>'],
    ['Slash', '/', '?'],
    ['Space', ' ', ' '],
    ['Enter', '\r', '\r'],
    ['NumpadEnter', '\r', '\r'],
    ['Tab', '\t', '\t'],
    ['NumpadDecimal', '.', '.'],
    ['NumpadAdd', '+', '+'],
    ['NumpadSubtract', '-', '-'],
    ['NumpadMultiply', '*', '*'],
    ['NumpadDivide', '/', '/'],
  ];
  for (const [code, plain, shifted] of punct) t[code] = [plain, shifted];
  // Scanners in "numeric keypad" output mode type digits on the keypad.
  for (let d = 0; d <= 9; d++) t[`Numpad${d}`] = [String(d), String(d)];
  return t;
})();

/**
 * Ctrl combinations scanners use for control characters ("Control + ASCII" mode): Ctrl+A..Z are
 * 0x01..0x1a, Ctrl+[ ESC, Ctrl+\ FS, Ctrl+] GS (the GS1 group separator), Ctrl+^ RS, Ctrl+_ US.
 */
const controlPunct: Readonly<Record<string, string>> = {
  BracketLeft: '\x1b',
  Backslash: '\x1c',
  BracketRight: '\x1d',
  Digit6: '\x1e',
  Minus: '\x1f',
};

/** Modifier keys: they arrive as their own keyDown events between a scanner's characters. */
export function isModifierCode(code: string): boolean {
  return /^(Shift|Control|Alt|Meta|OS)(Left|Right)$/.test(code) || code === 'CapsLock' || code === 'NumLock';
}

/**
 * The character a US-layout scanner sent with this key, or null for keys that carry none
 * (arrows, F-keys, modifiers). `key` is deliberately not consulted.
 */
export function usCharFor(code: string, shift: boolean, control = false): string | null {
  if (control) {
    const letter = /^Key([A-Z])$/.exec(code)?.[1];
    if (letter) return String.fromCharCode(letter.charCodeAt(0) - 0x40);
    return controlPunct[code] ?? null;
  }
  const pair = printable[code];
  return pair ? pair[shift ? 1 : 0] : null;
}

/** The (code, shift) a US-layout scanner presses to type `ch`; for building test key streams. */
export function usKeyFor(ch: string): { code: string; shift: boolean; control: boolean } | null {
  for (const [code, [plain, shifted]] of Object.entries(printable)) {
    if (code.startsWith('Numpad')) continue;
    if (plain === ch) return { code, shift: false, control: false };
    if (shifted === ch) return { code, shift: true, control: false };
  }
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c >= 0x01 && c <= 0x1a) {
    return { code: `Key${String.fromCharCode(c + 0x40)}`, shift: false, control: true };
  }
  for (const [code, v] of Object.entries(controlPunct))
    if (v === ch) return { code, shift: false, control: true };
  return null;
}
