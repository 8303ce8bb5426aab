// English messages of the standards domain's errors (the same keys as errorsId.ts).
import type { Widen } from '../catalogue';
import type { standardsErrorsId } from './errorsId';

export const standardsErrorsEn: Widen<typeof standardsErrorsId> = {};
