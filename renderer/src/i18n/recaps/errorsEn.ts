// English messages of the monthly, quarterly and yearly reports with their review trail (rekap)'s errors: the same keys as errorsId.ts.
import type { recapsErrorsId } from './errorsId';

export const recapsErrorsEn: typeof recapsErrorsId = {
  periodInvalid: 'Choose the month, quarter or year of the report.',
  inReview:
    'Revision {{revision}} of this period is still awaiting the Kasi’s review. Wait until it is returned or forwarded.',
  tooLarge: 'The recap is too large to send. Contact the system administrator.',
  notFound: 'Recap not found.',
  frozen: 'This recap has been returned or forwarded and can no longer change. Make a new revision.',
  setAside: 'This revision was set aside: another revision of the same period arrived first.',
  notForwarded: 'This recap has not been forwarded to the Kabid yet.',
  alreadyAcknowledged: 'This recap has already been received.',
  receiverUnknown: 'Choose the receiving Kabid from the list.',
  commentRequired: 'Write the note.',
  commentTooShort: 'The note is too short (at least 3 characters).',
  commentTooLong: 'The note may be at most 1,000 characters.',
  reasonRequired: 'Write the reason for returning it.',
  reasonTooShort: 'The reason is too short (at least 5 characters).',
  reasonTooLong: 'The reason may be at most 1,000 characters.',
  figureInvalid: 'Choose the corrected figure from the list.',
  valueInvalid: 'Enter a whole number, 0 or more.',
};
