// English messages of the survey domain's errors (the same keys as errorsId.ts).
import type { Widen } from '../catalogue';
import type { surveyErrorsId } from './errorsId';

export const surveyErrorsEn: Widen<typeof surveyErrorsId> = {};
