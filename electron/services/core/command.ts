import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { Clock } from '../../../shared/clock';
import type { Topic } from '../../../shared/contract';
import { operations, type SyncOp } from '../../../shared/sync/operations';
import type { EventBus } from './eventBus';
import type { IdSource } from './ids';
import type { Logger } from './logger';

/** Who asked: shown in the audit log and carried by each sync operation. */
export type Actor = 'kiosk' | 'system' | `officer:${string}`;

/** What every command needs: the database, time, ids, this device, the event bus and the log. */
export interface CommandDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly deviceId: string;
  readonly events: EventBus;
  readonly log: Logger;
}

/** One audit row: what it is about, and whose personal data, if a visitor's. */
export interface AuditEntry {
  readonly entity: string;
  readonly entityId: string;
  readonly visitorId?: string | null;
  readonly details?: Record<string, unknown>;
}

/** What every command must say about itself, besides its own writes. */
export interface CommandOutcome<T> {
  readonly value: T;
  /** One row, or one per record when a command changes several (a batch of erasures). */
  readonly audit: AuditEntry | readonly AuditEntry[];
  /** The operations the central server needs to replay this change; none for device-local state. */
  readonly ops: readonly SyncOp[];
  /** What the screens should refetch once it is committed; none when nothing they show changed. */
  readonly topics: readonly Topic[];
}

const INSERT_AUDIT = `INSERT INTO audit_log (at, actor, action, entity, entity_id, details, device_id, visitor_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

function writeAudit(deps: CommandDeps, at: number, actor: Actor, action: string, entry: AuditEntry): void {
  prepared(deps.db, INSERT_AUDIT).run(
    at,
    actor,
    action,
    entry.entity,
    entry.entityId,
    JSON.stringify(entry.details ?? {}),
    deps.deviceId,
    entry.visitorId ?? null,
  );
}
const NEXT_SEQ = 'UPDATE device_state SET next_seq = next_seq + 1 WHERE id = 1 RETURNING next_seq - 1 AS seq';
const INSERT_OP = `INSERT INTO outbox (seq, op_id, device_id, op_type, schema_version, entity_type, entity_id, actor, payload, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

// One transaction wrapper per database, made once: better-sqlite3 builds a new one on every
// db.transaction() call, which a check-in would otherwise pay for each time.
const transactions = new WeakMap<Db, ReturnType<typeof makeTransaction>>();
const makeTransaction = (db: Db) => db.transaction(<T>(run: () => T): T => run());
const transactionOf = (db: Db) => {
  let tx = transactions.get(db);
  if (!tx) transactions.set(db, (tx = makeTransaction(db)));
  return tx as { immediate<T>(run: () => T): T };
};

/** A command wrote an operation whose payload does not match its schema: a bug, never sent to sync. */
export class InvalidOperationError extends Error {
  constructor(type: string, issues: string) {
    super(`operation ${type} does not match its payload schema: ${issues}`);
    this.name = 'InvalidOperationError';
  }
}

function appendOp(deps: CommandDeps, actor: Actor, op: SyncOp, now: number): void {
  const spec = operations[op.type];
  const parsed = spec.payload.safeParse(op.payload);
  if (!parsed.success) throw new InvalidOperationError(op.type, parsed.error.message);
  const { seq } = prepared(deps.db, NEXT_SEQ).get() as { seq: number };
  const entityId = (spec.entityId as (payload: unknown) => string)(parsed.data);
  prepared(deps.db, INSERT_OP).run(
    seq,
    deps.ids.id(),
    deps.deviceId,
    op.type,
    spec.version,
    spec.entity,
    entityId,
    actor,
    JSON.stringify(parsed.data),
    now,
  );
}

/**
 * Runs one state change as one transaction: the body checks the rules and writes the change, then
 * the audit row and the outbox operations are written in the same transaction. A thrown
 * CommandError (or a power cut) leaves nothing behind. The outbox sequence is gap-free per device
 * because SQLite serialises write transactions (BEGIN IMMEDIATE) and the counter moves inside them.
 * Once committed, one `data.changed` event tells the screens what to refetch.
 */
export function runCommand<T>(
  deps: CommandDeps,
  actor: Actor,
  action: string,
  body: (now: number) => CommandOutcome<T>,
): T {
  const { db, clock } = deps;
  // Commands do not nest: the change event must follow the one commit that makes it true.
  if (db.inTransaction) throw new Error(`command ${action} started inside another transaction`);
  const outcome = transactionOf(db).immediate(() => {
    const now = clock.now();
    const result = body(now);
    const entries: readonly AuditEntry[] = Array.isArray(result.audit) ? result.audit : [result.audit];
    for (const entry of entries) writeAudit(deps, now, actor, action, entry);
    for (const op of result.ops) appendOp(deps, actor, op, now);
    return result;
  });
  if (outcome.topics.length > 0) deps.events.emit('data.changed', { topics: [...outcome.topics] });
  return outcome.value;
}

/**
 * An audit row on its own, for what changes no record but must be on record: a read of personal
 * data, a QR shown again, a failed sign-in.
 */
export function audit(deps: CommandDeps, actor: Actor, action: string, entry: AuditEntry): void {
  writeAudit(deps, deps.clock.now(), actor, action, entry);
}
