// Every sync operation type the kiosk can write, composed from the domains' contract files. The
// command runner accepts only these (typed), and parses each payload against its schema before it
// reaches the outbox, so the central server never receives a shape it does not know.
import type { z } from 'zod';
import { officerOperations } from '../contract/officers';
import { placeOperations } from '../contract/places';
import { reservationOperations } from '../contract/reservations';
import { settingsOperations } from '../contract/settings';
import { siteOperations } from '../contract/site';
import { visitorOperations } from '../contract/visitors';
import { visitOperations } from '../contract/visits';
import { guestbookOperations } from '../contract/guestbook';
import { standardsOperations } from '../contract/standards';
import { surveyOperations } from '../contract/survey';
import { complaintsOperations } from '../contract/complaints';
import { inventoryOperations } from '../contract/inventory';
import { recapsOperations } from '../contract/recaps';
import { requestsOperations } from '../contract/requests';

export const operations = {
  ...reservationOperations,
  ...visitOperations,
  ...placeOperations,
  ...settingsOperations,
  ...siteOperations,
  ...officerOperations,
  ...visitorOperations,
  ...guestbookOperations,
  ...standardsOperations,
  ...surveyOperations,
  ...complaintsOperations,
  ...inventoryOperations,
  ...recapsOperations,
  ...requestsOperations,
} as const;

export type Operations = typeof operations;
export type OperationType = keyof Operations;
export type OperationPayload<T extends OperationType> = z.input<Operations[T]['payload']>;

/** What a command hands the runner for the outbox: a type and its payload, checked by the compiler. */
export type SyncOp = {
  [T in OperationType]: { readonly type: T; readonly payload: OperationPayload<T> };
}[OperationType];

export const operationTypes = Object.keys(operations) as OperationType[];
export const isOperationType = (t: unknown): t is OperationType =>
  typeof t === 'string' && Object.hasOwn(operations, t);
