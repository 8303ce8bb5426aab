// The conflict rule of each operation type of the equipment inventory (inventaris) (shared/sync/conflictRules.ts).
import type { DomainRules } from '../conflictRules';
import type { inventoryOperations } from '../../contract/inventory';

export const inventoryConflictRules: DomainRules<typeof inventoryOperations> = {};
