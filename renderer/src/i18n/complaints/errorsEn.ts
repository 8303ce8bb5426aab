// English messages of the complaints domain's errors (the same keys as errorsId.ts).
import type { Widen } from '../catalogue';
import type { complaintsErrorsId } from './errorsId';

export const complaintsErrorsEn: Widen<typeof complaintsErrorsId> = {};
