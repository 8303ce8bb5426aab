// The kiosk's side of the outbox: what is still to push, in sequence order, and marking what the
// server answered. Acknowledged operations stay (with their answer) for the record and the sync panel.
import type { Db } from '../../db/openDatabase';
import { prepared } from '../../db/statements';
import type { OutboxOperation } from '../../shared/sync/operation';
import type { AuditRow } from '../../shared/sync/protocol';

interface OutboxRow {
  seq: number;
  op_id: string;
  device_id: string;
  op_type: string;
  schema_version: number;
  entity_type: string;
  entity_id: string;
  actor: string;
  payload: string;
  created_at: number;
}

const toOperation = (r: OutboxRow): OutboxOperation => ({
  seq: r.seq,
  opId: r.op_id,
  deviceId: r.device_id,
  type: r.op_type,
  schemaVersion: r.schema_version,
  entityType: r.entity_type as OutboxOperation['entityType'],
  entityId: r.entity_id,
  actor: r.actor,
  payload: JSON.parse(r.payload) as unknown,
  createdAt: r.created_at,
});

const PENDING = `SELECT seq, op_id, device_id, op_type, schema_version, entity_type, entity_id, actor, payload, created_at
  FROM outbox WHERE pushed_at IS NULL ORDER BY seq LIMIT ?`;

/** The oldest operations the server has not answered yet, in the order they must reach it. */
export const pendingOperations = (db: Db, limit: number): OutboxOperation[] =>
  (prepared(db, PENDING).all(limit) as OutboxRow[]).map(toOperation);

const AUDIT_AFTER = `SELECT id, at, actor, action, entity, entity_id AS entityId, details, visitor_id AS visitorId
  FROM audit_log WHERE id > (SELECT audit_pushed_id FROM sync_state WHERE id = 1) ORDER BY id LIMIT ?`;

/** The audit rows not yet on the server, oldest first: they ride along with the pushes. */
export const unpushedAudit = (db: Db, limit: number): AuditRow[] =>
  prepared(db, AUDIT_AFTER).all(limit) as AuditRow[];

const QUEUE = 'SELECT count(*) AS pending, min(created_at) AS oldestAt FROM outbox WHERE pushed_at IS NULL';

/** How long the queue is and since when it waits, for the status bar and the server's health page. */
export const queueState = (db: Db): { pending: number; oldestAt: number | null } =>
  prepared(db, QUEUE).get() as { pending: number; oldestAt: number | null };
