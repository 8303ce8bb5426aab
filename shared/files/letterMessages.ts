// What a person is told about a refused letter file, in both languages: one source for the kiosk's
// catalogues (errors.files.*) and the portal's pages.
import { MAX_LETTER_BYTES } from './letterFile';

const megabytes = MAX_LETTER_BYTES / (1024 * 1024);

export const letterFileErrorsId = {
  tooLarge: `Berkas surat terlalu besar. Ukuran paling besar ${megabytes} MB.`,
  empty: 'Berkas surat kosong. Silakan pilih berkas lain.',
  notALetter:
    'Berkas ini tidak bisa diterima sebagai surat. Unggah surat dalam bentuk PDF, PNG, atau JPG yang utuh.',
} as const;

export const letterFileErrorsEn: Record<keyof typeof letterFileErrorsId, string> = {
  tooLarge: `The letter file is too large. The largest allowed is ${megabytes} MB.`,
  empty: 'The letter file is empty. Please choose another file.',
  notALetter:
    'This file cannot be accepted as a letter. Upload the letter as a complete PDF, PNG or JPG file.',
};
