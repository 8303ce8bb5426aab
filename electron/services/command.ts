import type { Db } from '../../db/openDatabase';
import type { Clock } from '../../shared/clock';
import type { IdSource } from './ids';

/** Who asked: shown in the audit log. */
export type Actor = 'kiosk' | 'system' | `officer:${string}`;

export interface CommandDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly deviceId: string;
}

/** What every command must say about itself, besides its own writes. */
export interface CommandOutcome<T> {
  readonly value: T;
  readonly audit: {
    readonly entity: string;
    readonly entityId: string;
    readonly details?: Record<string, unknown>;
  };
  /** The operation the central server needs to replay this change; null only for device-local state. */
  readonly sync: { readonly type: string; readonly payload: Record<string, unknown> } | null;
}

/**
 * Runs one state change as one transaction: the body checks the rules and writes the change, then
 * the audit row and the outbox operation are written in the same transaction. A thrown
 * CommandError (or a power cut) leaves nothing behind. The outbox sequence is gap-free per device
 * because SQLite serialises write transactions (BEGIN IMMEDIATE).
 */
export function runCommand<T>(
  deps: CommandDeps,
  actor: Actor,
  action: string,
  body: (now: number) => CommandOutcome<T>,
): T {
  const { db, clock, ids, deviceId } = deps;
  const tx = db.transaction(() => {
    const now = clock.now();
    const outcome = body(now);
    db.prepare(
      'INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      now,
      actor,
      action,
      outcome.audit.entity,
      outcome.audit.entityId,
      JSON.stringify(outcome.audit.details ?? {}),
    );
    if (outcome.sync) {
      const seq = (
        db.prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM outbox').get() as { next: number }
      ).next;
      db.prepare(
        'INSERT INTO outbox (seq, op_id, device_id, op_type, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(seq, ids.id(), deviceId, outcome.sync.type, JSON.stringify(outcome.sync.payload), now);
    }
    return outcome.value;
  });
  return tx.immediate();
}
