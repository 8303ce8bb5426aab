// The contract of buku tamu (service standard no. 15): its methods, events and sync operations (electron/services/README.md).
import type { MethodTable, EventTable } from './method';
import type { OperationTable } from '../sync/operation';

export const guestbookMethods = {} as const satisfies MethodTable;

export const guestbookEvents = {} as const satisfies EventTable;

export const guestbookOperations = {} as const satisfies OperationTable;
