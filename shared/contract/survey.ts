// The contract of the satisfaction survey (SKM) and its index (IKM): its methods, events and sync operations (electron/services/README.md).
import type { MethodTable, EventTable } from './method';
import type { OperationTable } from '../sync/operation';

export const surveyMethods = {} as const satisfies MethodTable;

export const surveyEvents = {} as const satisfies EventTable;

export const surveyOperations = {} as const satisfies OperationTable;
