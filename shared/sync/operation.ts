// The shape of one sync operation (../shared/reference/sync.md §3.2–3.4): every state change a
// command makes that the central server must know is written to the kiosk's outbox, in the same
// transaction, as one named operation with a versioned payload. Each domain lists its operations
// (payload schema, version, which record they are about) in its contract file.
import { z } from 'zod';

/** What an operation is about: the record the server locks and the conflict rule reasons over. */
export const entityTypes = [
  'reservation',
  'visit',
  'visitor',
  'desks',
  'lockers',
  'settings',
  'site',
  'officer',
  'role',
  /** A guest-book entry (issue 11). */
  'guest',
  /** An officer's correction of one service standard's text. */
  'serviceStandard',
  /** One answered satisfaction survey. */
  'surveyResponse',
  'complaint',
  /** An item of the equipment inventory, asset or consumable (issue 12). */
  'inventoryItem',
  /** A problem with an item: reported, in repair, fixed or written off. */
  'inventoryProblem',
  /** A stock count (opname) and its lines. */
  'stockCount',
  /** One revision of a monthly, quarterly or yearly report and its review trail. */
  'recap',
  /** A request (room loan, visit, meeting, application) with its chain, schedule and report (issue 13). */
  'request',
  /** One person counted in at a booked event. */
  'requestAttendance',
  /** A letter Loket numbered and wrote for a request. */
  'requestLetter',
] as const;
export type EntityType = (typeof entityTypes)[number];

export interface OperationSpec<P extends z.ZodType = z.ZodType> {
  /** Bumped whenever the payload's shape changes; the server keeps a reader per version. */
  readonly version: number;
  readonly payload: P;
  readonly entity: EntityType;
  /** The id of the record within its entity type, read from the payload. */
  readonly entityId: (payload: z.output<P>) => string;
}

export const operation = <P extends z.ZodType>(
  version: number,
  entity: EntityType,
  payload: P,
  entityId: (payload: z.output<P>) => string,
): OperationSpec<P> => ({ version, entity, payload, entityId });

export type OperationTable = Readonly<Record<string, OperationSpec>>;

/** An outbox row as it is pushed: the envelope around one operation. */
export const outboxOperationSchema = z.object({
  /** Gap-free per device, assigned in the operation's own transaction: the server notices a gap. */
  seq: z.number().int().positive(),
  /** UUIDv7, the idempotency key: the server applies an operation once however often it arrives. */
  opId: z.string().min(1).max(64),
  deviceId: z.string().min(1).max(64),
  type: z.string().min(1).max(64),
  schemaVersion: z.number().int().positive(),
  entityType: z.enum(entityTypes),
  entityId: z.string().min(1).max(128),
  /** Who did it: 'kiosk', 'system' or 'officer:<id>'. */
  actor: z.string().min(1).max(128),
  payload: z.unknown(),
  /** Device time, for people and audit only: ordering never depends on it. */
  createdAt: z.number().int(),
});
export type OutboxOperation = z.infer<typeof outboxOperationSchema>;
