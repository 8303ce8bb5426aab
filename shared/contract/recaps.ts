// The contract of the monthly, quarterly and yearly reports with their review trail (rekap): its methods and sync operations (electron/services/README.md).
import type { MethodTable } from './method';
import type { OperationTable } from '../sync/operation';

export const recapsMethods = {} as const satisfies MethodTable;

export const recapsOperations = {} as const satisfies OperationTable;
