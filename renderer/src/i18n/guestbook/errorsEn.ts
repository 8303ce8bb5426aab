// English messages of the guestbook domain's errors (the same keys as errorsId.ts).
import type { Widen } from '../catalogue';
import type { guestbookErrorsId } from './errorsId';

export const guestbookErrorsEn: Widen<typeof guestbookErrorsId> = {};
