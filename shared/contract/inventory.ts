// The contract of the equipment inventory (inventaris): its methods and sync operations (electron/services/README.md).
import type { MethodTable } from './method';
import type { OperationTable } from '../sync/operation';

export const inventoryMethods = {} as const satisfies MethodTable;

export const inventoryOperations = {} as const satisfies OperationTable;
