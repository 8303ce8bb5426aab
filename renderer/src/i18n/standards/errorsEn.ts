// English messages of the standards domain's errors (the same keys as errorsId.ts).
import type { Widen } from '../catalogue';
import type { standardsErrorsId } from './errorsId';

export const standardsErrorsEn: Widen<typeof standardsErrorsId> = {
  textRequired: 'Write the text first. To go back to the decree’s text, choose “Back to the decree’s text”.',
  tooLong: 'The text is too long. Shorten it, or split it over several lines.',
  lineTooLong: 'One line is too long (1,500 characters at most). Split it into several lines.',
  tooManyLines: 'Too many lines (60 at most).',
  stepsRequired: 'Write at least one step under a title (a line starting with “# ”).',
  textInvalid: 'This text cannot be saved.',
  unknownService: 'This service is not one of the 15 services.',
  printWait: 'A summary was just printed. Wait a moment before printing another.',
  unknownField: 'The service standard has no such part.',
};
