// The one API contract both hosts serve (the Electron preload and the loopback host), composed from
// one file per domain. Every method has its input and output schema and who may call it; every
// pushed event its schema. Names are `domain.verb`. Every value crossing a boundary arrives as
// `unknown` and is parsed against these schemas on the receiving side.
// A new domain: write shared/contract/<domain>.ts and add its tables here (electron/services/README.md).
import type { z } from 'zod';
import type { Result } from '../result';
import { appMethods } from './app';
import { auditMethods } from './audit';
import { changeEvents } from './changes';
import { deviceEvents, deviceMethods } from './devices';
import { officerMethods } from './officers';
import { placeMethods } from './places';
import { printingEvents, printingMethods } from './printing';
import { reportMethods } from './reports';
import { reservationMethods } from './reservations';
import { scannerMethods } from './scanners';
import { scanEvents, scanMethods } from './scans';
import { settingsMethods } from './settings';
import { siteMethods } from './site';
import { syncEvents, syncMethods } from './sync';
import { visitorMethods } from './visitors';
import { visitEvents, visitMethods } from './visits';
import { guestbookMethods } from './guestbook';
import { standardsMethods } from './standards';
import { surveyMethods } from './survey';
import { complaintsMethods } from './complaints';
import { inventoryMethods } from './inventory';
import { recapsMethods } from './recaps';
import { requestsMethods } from './requests';

export const contract = {
  ...appMethods,
  ...siteMethods,
  ...officerMethods,
  ...auditMethods,
  ...visitorMethods,
  ...reservationMethods,
  ...placeMethods,
  ...visitMethods,
  ...scanMethods,
  ...deviceMethods,
  ...scannerMethods,
  ...printingMethods,
  ...reportMethods,
  ...settingsMethods,
  ...syncMethods,
  ...guestbookMethods,
  ...standardsMethods,
  ...surveyMethods,
  ...complaintsMethods,
  ...inventoryMethods,
  ...recapsMethods,
  ...requestsMethods,
} as const;

export const events = {
  ...changeEvents,
  ...deviceEvents,
  ...scanEvents,
  ...visitEvents,
  ...printingEvents,
  ...syncEvents,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type EventName = keyof typeof events;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export type EventPayloads = { [E in EventName]: EventPayload<E> };

export const methodNames = Object.keys(contract) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];
export const isMethodName = (m: unknown): m is MethodName =>
  typeof m === 'string' && Object.hasOwn(contract, m);
export const isEventName = (e: unknown): e is EventName => typeof e === 'string' && Object.hasOwn(events, e);

/** The envelope every call carries: the method's input and, for officer methods, the session. */
export interface CallOptions {
  readonly session?: string;
}

/**
 * What the renderer sees, whichever host serves it: `window.kiosk` from the Electron preload, or
 * the HTTP client of the loopback host. Both satisfy this one type.
 */
export interface KioskApi {
  invoke<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
    options?: CallOptions,
  ): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export type { Access, CallAudit, MethodSpec, HandlersFor } from './method';
export * from './permissions';
export * from './officers';
export * from './audit';
export * from './site';
export * from './visitors';
export type { Topic } from './changes';
export * from './fields';
export * from './reservations';
export * from './places';
export * from './visits';
export * from './scans';
export * from './scanners';
export * from './printing';
export * from './reports';
export * from './settings';
export * from './guestbook';
export * from './standards';
export * from './survey';
export * from './complaints';
export * from './inventory';
export * from './recaps';
export * from './requests';
