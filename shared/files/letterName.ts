// The name an uploaded letter is shown and downloaded under: what the requester's computer called
// it, cleaned so it can never be a path, carry control or direction-changing characters, or claim a
// type the content is not. The stored file itself is named by its hash, never by this.
import { letterExtension, type LetterMime } from './sniff';

export const MAX_LETTER_NAME = 120;

/** What a letter without a usable name is called ("surat": letter). */
const FALLBACK_STEM = 'surat';

/**
 * C0 and C1 control characters, and the invisible format characters that reorder or hide text
 * (bidi overrides and isolates, zero-width marks, the BOM): "surat" + U+202E + "fdp.exe" must not
 * read as something else.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Characters Windows refuses in a file name: the officer downloads the letter onto one. */
const RESERVED = /[<>:"|?*]/g;
/** Extensions a letter's name may already carry; replaced by the one its content has. */
const LETTER_EXTENSION = /\.(pdf|png|jpe?g|jpe|jfif)$/i;

/** At most `max` UTF-16 units, cut between characters (an emoji is never split in half). */
function cutTo(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** The display name for a letter whose content is `mime`, from the name it was uploaded under. */
export function sanitiseLetterName(declared: string, mime: LetterMime): string {
  const lastPart =
    declared
      .normalize('NFC')
      .split(/[\\/]/)
      .filter((part) => part.trim() !== '')
      .at(-1) ?? '';
  const stem = lastPart
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LETTER_EXTENSION, '')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const extension = `.${letterExtension[mime]}`;
  const cut = cutTo(stem, MAX_LETTER_NAME - extension.length).trimEnd();
  return `${cut === '' ? FALLBACK_STEM : cut}${extension}`;
}
