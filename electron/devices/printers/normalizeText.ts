// Text for a thermal printer's single-byte code pages (devices.md §2.3): UI copy brings smart
// quotes and dashes, names may bring emoji, and visitor input may bring control bytes. NFKC first
// (full-width forms, ligatures, "…"), then an explicit ASCII map for punctuation the code pages lack
// or number differently per vendor, then strip what no receipt printer can print.

const punctuation: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC]/gu, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/gu, '-'],
  [/[\u2022\u00B7\u2027]/gu, '*'],
];

// Emoji and what glues them together: variation selectors, ZWJ, skin tones, keycaps, flags, tags.
const emoji =
  /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|[\u{E0020}-\u{E007F}]|\uFE0E|\uFE0F|\u200D|\u20E3/gu;

// ESC (0x1B), GS (0x1D), DLE (0x10)… inside a visitor's name would be commands to the printer
// (a cut, a drawer kick, a code-page switch). Newlines are kept; the renderer splits on them.
const controls = /[\p{Cc}\p{Cf}]/gu;

// Code page 437 gives the control positions 0x01–0x1F and 0x7F glyphs of their own (☺ ♥ ◘ ¶ § ⌂ …):
// encoded for the printer they become those control bytes, i.e. commands. Found by the escPosRenderer
// property test ('◘' came out as a control byte).
const cp437ControlGlyphs = /[☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼⌂]/gu;

export function normalizeReceiptText(input: string): string {
  let s = input.normalize('NFKC');
  for (const [re, ascii] of punctuation) s = s.replace(re, ascii);
  return s
    .replace(emoji, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line) => line.replace(controls, '').replace(cp437ControlGlyphs, ''))
    .join('\n');
}
