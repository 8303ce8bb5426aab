// English messages of the monthly, quarterly and yearly reports with their review trail (rekap)'s errors: the same keys as errorsId.ts.
import type { recapsErrorsId } from './errorsId';

export const recapsErrorsEn: typeof recapsErrorsId = {};
