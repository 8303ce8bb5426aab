// English strings of the equipment inventory (inventaris): the same keys as id.ts.
import type { inventoryId } from './id';

export const inventoryEn: typeof inventoryId = {
  tab: 'Inventory',
};
