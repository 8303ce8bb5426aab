// The contract of complaints (pengaduan): its methods, events and sync operations (electron/services/README.md).
import type { MethodTable, EventTable } from './method';
import type { OperationTable } from '../sync/operation';

export const complaintsMethods = {} as const satisfies MethodTable;

export const complaintsEvents = {} as const satisfies EventTable;

export const complaintsOperations = {} as const satisfies OperationTable;
