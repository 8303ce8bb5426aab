// English messages of the equipment inventory (inventaris)'s errors: the same keys as errorsId.ts.
import type { inventoryErrorsId } from './errorsId';

export const inventoryErrorsEn: typeof inventoryErrorsId = {};
