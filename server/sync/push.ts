// A kiosk's push (sync.md §3.5): its operations applied in sequence order, each exactly once, in one
// PostgreSQL transaction with their effects and the device's progress. A retry of an answered
// operation gets the stored answer; a gap stops the batch (the kiosk resends from there); a domain
// refusal is an answer that consumes the operation, so one bad operation never wedges a queue.
import type { Insertable, Kysely } from 'kysely';
import type { DevicesTable, ProcessedOpsTable, ServerDb } from '../db/schema';
import { ChangeLogWriter, withSiteTx, type SiteTx } from '../db/siteTx';
import { operations, isOperationType } from '../../shared/sync/operations';
import type { OutboxOperation } from '../../shared/sync/operation';
import type {
  AuditRow,
  OpResult,
  OpStatus,
  PushRequest,
  PushResponse,
  SyncError,
} from '../../shared/sync/protocol';
import { currentChange } from './currentState';
import { handlers } from './handlers';
import { rejected, type OpContext, type Verdict } from './handlers/context';

export type PushOutcome =
  | { readonly ok: true; readonly value: PushResponse }
  | { readonly ok: false; readonly status: 400 | 401 | 409 | 426; readonly error: SyncError };

const refuse = (status: 400 | 401 | 409 | 426, error: SyncError): PushOutcome => ({
  ok: false,
  status,
  error,
});

/** Operations this server cannot read (a newer kiosk): nothing is applied and the queue is kept. */
function unreadable(ops: readonly OutboxOperation[]): OutboxOperation | undefined {
  return ops.find((op) => !isOperationType(op.type) || operations[op.type].version !== op.schemaVersion);
}

/**
 * SQLSTATE classes 22 (data exception: a number out of range) and 23 (integrity constraint
 * violation): the operation, not the database, is at fault, and retrying it would fail for ever.
 */
const isOperationFault = (error: unknown): boolean =>
  typeof (error as { code?: unknown }).code === 'string' && /^2[23]/.test((error as { code: string }).code);

function runHandler(ctx: OpContext, op: OutboxOperation): Promise<Verdict> | Verdict {
  if (!isOperationType(op.type)) return rejected('unknown_type');
  const spec = operations[op.type];
  const parsed = spec.payload.safeParse(op.payload);
  if (!parsed.success) return rejected('invalid_payload', { issues: parsed.error.issues.length });
  if ((spec.entityId as (p: unknown) => string)(parsed.data) !== op.entityId)
    return rejected('entity_mismatch');
  return (handlers[op.type] as (c: OpContext, p: unknown) => Promise<Verdict>)(ctx, parsed.data);
}

/**
 * Applies `ops` in one transaction under the site's lock. Operations named in `refused` are not run
 * but answered 'invalid_data' (the one-by-one fallback below found they break a rule of the database).
 */
async function pushTransaction(
  db: Kysely<ServerDb>,
  caller: DevicesTable,
  ops: readonly OutboxOperation[],
  request: PushRequest,
  now: number,
  refused: ReadonlySet<string> = new Set(),
): Promise<PushOutcome> {
  return withSiteTx(db, caller.site_id, async (tx): Promise<PushOutcome> => {
    const device = await tx
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', caller.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (device.revoked_at !== null)
      return refuse(401, { error: 'device_revoked', message: 'this kiosk was revoked' });
    const mismatch = refuse(409, {
      error: 'epoch_mismatch',
      message: 'the kiosk must reconcile its queue',
      lastSeq: device.last_seq,
      epoch: device.epoch,
    });
    if (request.epoch !== device.epoch) return mismatch;

    // Every op id of the batch the server has seen, in one query. An operation under a number the
    // server has passed with an op id it never saw means the kiosk was restored from a backup and
    // reuses numbers for new operations: answering "duplicate" would lose them (sync.md §3.9).
    const known = new Map(
      (ops.length === 0
        ? []
        : await tx
            .selectFrom('processed_ops')
            .select(['op_id', 'status', 'code', 'detail'])
            .where(
              'op_id',
              'in',
              ops.map((o) => o.opId),
            )
            .execute()
      ).map((s) => [s.op_id, s]),
    );
    if (ops.some((op) => op.seq <= device.last_seq && !known.has(op.opId))) return mismatch;

    const changes = new ChangeLogWriter(tx, device.site_id);
    const processed: Insertable<ProcessedOpsTable>[] = [];
    const results: OpResult[] = [];
    let lastSeq = device.last_seq;
    for (const op of ops) {
      const seen = known.get(op.opId);
      if (op.seq <= device.last_seq || (seen && op.seq === lastSeq + 1)) {
        // Answered before (a retry, or a restored kiosk that re-numbered it): the stored answer.
        const s = seen!;
        results.push({
          seq: op.seq,
          opId: op.opId,
          status: s.status as OpStatus,
          replayed: true,
          code: s.code,
          detail: s.detail,
        });
        if (op.seq === lastSeq + 1) lastSeq = op.seq;
        continue;
      }
      if (op.seq !== lastSeq + 1) break; // a gap: the kiosk resends from lastSeq + 1
      const ctx: OpContext = {
        tx,
        siteId: device.site_id,
        opId: op.opId,
        deviceId: device.id,
        actor: op.actor,
        now,
        publish: (change) => changes.add(change, op.opId, now),
      };
      const verdict = refused.has(op.opId) ? rejected('invalid_data') : await runHandler(ctx, op);
      if (verdict.status !== 'applied') {
        // The kiosk guessed otherwise: send it the record as it stands, so its copy is corrected.
        const current = await currentChange(tx, device.site_id, op.entityType, op.entityId);
        if (current) ctx.publish(current);
      }
      processed.push({
        op_id: op.opId,
        site_id: device.site_id,
        device_id: device.id,
        epoch: device.epoch,
        seq: op.seq,
        op_type: op.type,
        entity_type: op.entityType,
        entity_id: op.entityId,
        actor: op.actor,
        payload: JSON.stringify(op.payload),
        device_time: op.createdAt,
        received_at: now,
        status: verdict.status,
        code: verdict.code,
        detail: JSON.stringify(verdict.detail),
      });
      results.push({
        seq: op.seq,
        opId: op.opId,
        status: verdict.status,
        replayed: false,
        code: verdict.code,
        detail: verdict.detail,
      });
      lastSeq = op.seq;
    }
    for (let i = 0; i < processed.length; i += 1000)
      await tx
        .insertInto('processed_ops')
        .values(processed.slice(i, i + 1000))
        .execute();
    await changes.flush();
    const auditUpTo = await storeAudit(tx, device, request.audit, now);
    await tx
      .updateTable('devices')
      .set({
        last_seq: lastSeq,
        last_contact_at: now,
        clock_offset_ms: now - request.clientTime,
        // The kiosk counted its queue before this batch: what it still holds is the rest. (The oldest
        // of the rest is not known here; the batch's oldest stands for it until the next push.)
        pending_ops: Math.max(0, request.queue.pending - results.length),
        oldest_pending_at: request.queue.pending > results.length ? request.queue.oldestAt : null,
      })
      .where('id', '=', device.id)
      .execute();
    return { ok: true, value: { lastSeq, results, auditUpTo, serverTime: now } };
  });
}

/**
 * Appends the kiosk's audit rows (a resent row is ignored) and says how far the server now holds
 * them. The trail's details are JSON the kiosk wrote; one that is not is kept as text.
 */
async function storeAudit(
  tx: SiteTx,
  device: DevicesTable,
  rows: readonly AuditRow[],
  now: number,
): Promise<number> {
  if (rows.length > 0) {
    const values = rows.map((r) => ({
      device_id: device.id,
      local_id: r.id,
      site_id: device.site_id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entity_id: r.entityId,
      details: jsonText(r.details),
      visitor_id: r.visitorId,
      received_at: now,
    }));
    await tx
      .insertInto('audit_log')
      .values(values)
      .onConflict((oc) => oc.columns(['device_id', 'local_id']).doNothing())
      .execute();
  }
  const top = await tx
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('local_id').as('top'))
    .where('device_id', '=', device.id)
    .executeTakeFirst();
  return Number(top?.top ?? 0);
}

const jsonText = (text: string): string => {
  try {
    JSON.parse(text);
    return text;
  } catch {
    return JSON.stringify({ text });
  }
};

/**
 * A constraint the handlers did not foresee rolled the whole batch back: apply it again one
 * operation per transaction, so the one at fault is refused alone and the others go through. (No
 * savepoint per operation: hundreds of subtransactions in one transaction slow every session.)
 */
async function pushOneByOne(
  db: Kysely<ServerDb>,
  caller: DevicesTable,
  ops: readonly OutboxOperation[],
  request: PushRequest,
  now: number,
): Promise<PushOutcome> {
  const results: OpResult[] = [];
  let lastSeq = 0;
  let auditUpTo = 0;
  for (const op of ops) {
    let outcome: PushOutcome;
    try {
      outcome = await pushTransaction(db, caller, [op], request, now);
    } catch (error) {
      if (!isOperationFault(error)) throw error;
      outcome = await pushTransaction(db, caller, [op], request, now, new Set([op.opId]));
    }
    if (!outcome.ok) return outcome;
    results.push(...outcome.value.results);
    lastSeq = outcome.value.lastSeq;
    auditUpTo = outcome.value.auditUpTo;
    if (outcome.value.results.length === 0) break; // a gap
  }
  return { ok: true, value: { lastSeq, results, auditUpTo, serverTime: now } };
}

export async function handlePush(
  db: Kysely<ServerDb>,
  caller: DevicesTable,
  request: PushRequest,
  now: number,
): Promise<PushOutcome> {
  const ops = [...request.ops].sort((a, b) => a.seq - b.seq);
  if (ops.some((op) => op.deviceId !== caller.id))
    return refuse(400, { error: 'invalid', message: 'an operation names another device' });
  if (ops.some((op, i) => i > 0 && op.seq === ops[i - 1]!.seq))
    return refuse(400, { error: 'invalid', message: 'two operations share a sequence number' });
  const unknown = unreadable(ops);
  if (unknown)
    return refuse(426, {
      error: 'upgrade_required',
      message: `this server cannot read ${unknown.type} v${unknown.schemaVersion}`,
    });
  if (ops.length === 0) return pushTransaction(db, caller, ops, request, now);
  try {
    return await pushTransaction(db, caller, ops, request, now);
  } catch (error) {
    if (!isOperationFault(error)) throw error;
    return pushOneByOne(db, caller, ops, request, now);
  }
}
