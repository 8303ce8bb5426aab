// English messages of the guestbook domain's errors (the same keys as errorsId.ts).
import type { Widen } from '../catalogue';
import type { guestbookErrorsId } from './errorsId';

export const guestbookErrorsEn: Widen<typeof guestbookErrorsId> = {
  institutionRequired: 'Type the office name, or choose “Personal”.',
  institutionTooLong: 'The office name can be at most 120 characters.',
  purposeOtherRequired: 'Tell us what you need.',
  purposeOtherTooLong: 'At most 200 characters.',
  meetRequired: 'Type whom you would like to meet, or choose “Not sure yet”.',
  meetTooLong: 'At most 100 characters.',
  serviceNoteRequired: 'Write the note.',
  serviceNoteTooLong: 'A note can be at most 300 characters.',
  monthInvalid: 'Not a valid month.',
  tooManyLookups: 'Too many number lookups. Please type your name.',
  prefixInvalid: 'Use one or two capital letters, not I, O, Q, S or Z.',
  letterRequired: 'Choose one.',
  directedWhere: 'Write where the guest was directed.',
  previousNotFound: 'Your earlier visit could not be found. Please type your name.',
  notFound: 'Guest not found.',
  alreadyServed: 'Guest {{number}} has already been served.',
  alreadyClosed: 'Number {{number}} is already closed.',
  serveFirst: 'First record how guest {{number}} was served.',
  alreadyErased: 'This guest’s data has already been erased.',
};
