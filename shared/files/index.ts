// Uploaded letters: type by content, the size limit, the display name, and the reference a request keeps.
export { letterExtension, letterMimeTypes, sniffLetterType, type LetterMime } from './sniff';
export { MAX_LETTER_NAME, sanitiseLetterName } from './letterName';
export {
  MAX_LETTER_BYTES,
  checkLetterFile,
  isSha256Hex,
  letterErrorKeys,
  letterFileRefSchema,
  sha256Hex,
  type LetterCheck,
  type LetterErrorKey,
  type LetterFileRef,
} from './letterFile';
export { letterFileErrorsEn, letterFileErrorsId } from './letterMessages';
export { readAtMost } from './readAtMost';
