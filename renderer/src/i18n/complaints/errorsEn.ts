// English messages of the complaints domain's errors (the same keys as errorsId.ts).
import type { Widen } from '../catalogue';
import type { complaintsErrorsId } from './errorsId';

export const complaintsErrorsEn: Widen<typeof complaintsErrorsId> = {
  textRequired: 'Write your complaint.',
  textTooShort: 'Please say a little more (at least 10 characters).',
  textTooLong: 'A complaint can be at most 2,000 characters.',
  answerRequired: 'Write the answer.',
  answerTooShort: 'The answer is too short.',
  answerTooLong: 'An answer can be at most 4,000 characters.',
  noteRequired: 'Write the note.',
  noteTooShort: 'The note is too short (at least 3 characters).',
  noteTooLong: 'A note can be at most 500 characters.',
  reasonRequired: 'Write the reason.',
  reasonTooShort: 'The reason is too short.',
  reasonTooLong: 'A reason can be at most 300 characters.',
  nameTooLong: 'A name can be at most 100 characters.',
  emailInvalid: 'That e-mail address is not valid. Example: name@example.id',
  phoneInvalid: 'That phone number is not valid. Example: 0812 3456 7890',
  contactNeeded: 'Give an e-mail or a phone number, or go back and choose "Send without a name".',
  consentRequired: 'Tick the consent to leave a contact.',
  serviceInvalid: 'Choose a service from the list.',
  laporIdInvalid: 'A LAPOR! number is 4–32 letters or digits.',
  officerUnknown: 'That officer is not active or does not handle complaints.',
  notFound: 'Complaint not found.',
  closed: 'Complaint {{ticket}} is closed and can no longer change.',
  notAssigned: 'Give the complaint to an officer before answering it.',
  closeNeedsNote: 'The complaint has no answer yet: write why it is closed.',
  alreadyFiled: 'This complaint was already sent, with ticket number {{ticket}}.',
  noContact: 'This complaint keeps no contact.',
};
