// What an uploaded letter is, read from its bytes and never from its name: a PDF, a PNG or a JPEG,
// complete (a PDF ends with %%EOF, a PNG with its IEND chunk, a JPEG with its end-of-image marker),
// so an upload cut off half-way is refused instead of being kept as a letter nobody can open.
// Anything else (HTML or SVG renamed to .pdf, a script, a zip) is simply not a letter: null.

export const letterMimeTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type LetterMime = (typeof letterMimeTypes)[number];

/** How far from the end a PDF's last %%EOF may sit (writers add newlines or a few stray bytes). */
const PDF_EOF_WINDOW = 1024;
/** How far from the end a JPEG's end-of-image marker may sit (some cameras pad after it). */
const JPEG_EOI_WINDOW = 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The IEND chunk as every PNG ends: length 0, type IEND, its fixed CRC. */
const PNG_IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

/** The last position of `needle` in `bytes` at or after `from`, or -1. */
function lastIndexOf(bytes: Uint8Array, needle: readonly number[], from: number): number {
  for (let i = bytes.length - needle.length; i >= Math.max(0, from); i--)
    if (startsWith(bytes, needle, i)) return i;
  return -1;
}

/** `%PDF-` then a version `d.d` at the very start, and `%%EOF` near the end. */
function isCompletePdf(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('%PDF-'))) return false;
  const [major, dot, minor] = [bytes[5], bytes[6], bytes[7]];
  const digit = (b: number | undefined) => b !== undefined && b >= 0x30 && b <= 0x39;
  if (!digit(major) || dot !== 0x2e || !digit(minor)) return false;
  return lastIndexOf(bytes, ascii('%%EOF'), bytes.length - PDF_EOF_WINDOW) > 8;
}

/** The signature, an IHDR first chunk, and the IEND chunk as the last 12 bytes. */
function isCompletePng(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, PNG_SIGNATURE) &&
    startsWith(bytes, ascii('IHDR'), 12) &&
    bytes.length >= 8 + 25 + PNG_IEND.length &&
    startsWith(bytes, PNG_IEND, bytes.length - PNG_IEND.length)
  );
}

/**
 * Start-of-image then a marker (FF D8 FF), and an end-of-image (FF D9) near the end. Inside the
 * compressed data an FF is always followed by 00 or a restart marker, so FF D9 there is the real end.
 */
function isCompleteJpeg(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0xff, 0xd8, 0xff]) &&
    bytes.length >= 4 + 2 &&
    lastIndexOf(bytes, [0xff, 0xd9], bytes.length - JPEG_EOI_WINDOW) >= 3
  );
}

/** The letter's type from its content, or null when it is not a complete PDF, PNG or JPEG. */
export function sniffLetterType(bytes: Uint8Array): LetterMime | null {
  if (isCompletePdf(bytes)) return 'application/pdf';
  if (isCompletePng(bytes)) return 'image/png';
  if (isCompleteJpeg(bytes)) return 'image/jpeg';
  return null;
}

/** The file name extension shown for each type. */
export const letterExtension: Record<LetterMime, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
