// The contract of the 15 service standards of decree 18/2024: its methods, events and sync operations (electron/services/README.md).
import type { MethodTable, EventTable } from './method';
import type { OperationTable } from '../sync/operation';

export const standardsMethods = {} as const satisfies MethodTable;

export const standardsEvents = {} as const satisfies EventTable;

export const standardsOperations = {} as const satisfies OperationTable;
