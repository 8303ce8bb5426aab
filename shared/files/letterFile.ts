// An uploaded letter, checked once where it arrives (the kiosk's core, the portal): not empty, not
// over the limit, a complete PDF/PNG/JPEG by content, and named by the SHA-256 of its bytes. What a
// request keeps is the small reference (`letterFileRefSchema`); the bytes travel as files, never
// inside a sync operation. WebCrypto hashes, so this runs in Node and in the browser alike.
import { z } from 'zod';
import { sanitiseLetterName, MAX_LETTER_NAME } from './letterName';
import { letterMimeTypes, sniffLetterType, type LetterMime } from './sniff';

/** 5 MiB: a scanned letter of a few pages; more is a photo album, not a letter. */
export const MAX_LETTER_BYTES = 5 * 1024 * 1024;

export const letterErrorKeys = [
  'errors.files.tooLarge',
  'errors.files.empty',
  'errors.files.notALetter',
] as const;
export type LetterErrorKey = (typeof letterErrorKeys)[number];

const SHA256_HEX = /^[0-9a-f]{64}$/;
export const isSha256Hex = (text: string): boolean => SHA256_HEX.test(text);

export const letterFileRefSchema = z
  .object({
    sha256: z.string().regex(SHA256_HEX, { error: 'errors.files.notALetter' }),
    mime: z.enum(letterMimeTypes, { error: 'errors.files.notALetter' }),
    size: z
      .number()
      .int()
      .min(1, { error: 'errors.files.empty' })
      .max(MAX_LETTER_BYTES, { error: 'errors.files.tooLarge' }),
    name: z.string().min(1).max(MAX_LETTER_NAME),
  })
  .strict();
export type LetterFileRef = z.infer<typeof letterFileRefSchema>;

export type LetterCheck =
  | ({ readonly ok: true } & LetterFileRef & { readonly mime: LetterMime })
  | { readonly ok: false; readonly messageKey: LetterErrorKey };

/** Lowercase hex SHA-256 of `bytes`. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // digest() wants an ArrayBuffer-backed view; a Node Buffer slice of a shared pool is copied.
  const view =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', view));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Checks an upload and describes it, or names the one thing wrong with it. */
export async function checkLetterFile(bytes: Uint8Array, declaredName: string): Promise<LetterCheck> {
  if (bytes.length === 0) return { ok: false, messageKey: 'errors.files.empty' };
  if (bytes.length > MAX_LETTER_BYTES) return { ok: false, messageKey: 'errors.files.tooLarge' };
  const mime = sniffLetterType(bytes);
  if (mime === null) return { ok: false, messageKey: 'errors.files.notALetter' };
  return {
    ok: true,
    sha256: await sha256Hex(bytes),
    mime,
    size: bytes.length,
    name: sanitiseLetterName(declaredName, mime),
  };
}
