// English messages of the survey domain's errors (the same keys as errorsId.ts).
import type { Widen } from '../catalogue';
import type { surveyErrorsId } from './errorsId';

export const surveyErrorsEn: Widen<typeof surveyErrorsId> = {
  answerMissing: 'Choose one answer.',
  answerInvalid: 'Choose one of the four answers.',
  answersRequired: 'Answer all nine questions.',
  profileInvalid: 'Choose from the list.',
  occupationOtherTooLong: 'Too long: at most 60 characters.',
  suggestionTooLong: 'Too long: at most 500 characters. Your text is still there.',
  textInvalid: 'The text could not be read.',
  serviceInvalid: 'Choose a service from the list.',
  tokenInvalid: 'Unknown survey code.',
  tokenUnknown: 'The survey for this service was not found. Please answer from the home screen.',
  alreadyAnswered: 'The survey for this service has been answered already. Thank you!',
  coolDown: 'Please wait {{seconds}} seconds before answering the next survey.',
  periodInvalid: 'Unknown period.',
};
