// The server handlers of the equipment inventory (inventaris), one per operation type (by its rule in shared/sync/domainRules).
import type { inventoryOperations } from '../../../shared/contract/inventory';
import type { DomainHandlers } from './context';

export const inventoryServerHandlers: DomainHandlers<typeof inventoryOperations> = {};
