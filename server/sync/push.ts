// A kiosk's push (sync.md §3.5): its operations applied in sequence order, each exactly once, in one
// PostgreSQL transaction with their effects and the device's progress. A retry of an answered
// operation gets the stored answer; a gap stops the batch (the kiosk resends from there); a domain
// refusal is an answer that consumes the operation, so one bad operation never wedges a queue.
import { sql, type Kysely } from 'kysely';
import type { DevicesTable, ServerDb } from '../db/schema';
import { appendChange, withSiteTx, type SiteTx } from '../db/siteTx';
import { currentChange } from './currentState';
import { operations, isOperationType } from '../../shared/sync/operations';
import type { OutboxOperation } from '../../shared/sync/operation';
import type { OpResult, OpStatus, PushRequest, PushResponse, SyncError } from '../../shared/sync/protocol';
import { handlers } from './handlers';
import { rejected, type OpContext, type Verdict } from './handlers/context';

export type PushOutcome =
  | { readonly ok: true; readonly value: PushResponse }
  | { readonly ok: false; readonly status: 400 | 401 | 409 | 426; readonly error: SyncError };

/** Operations this server cannot read (a newer kiosk): nothing is applied and the queue is kept. */
function unreadable(ops: readonly OutboxOperation[]): OutboxOperation | undefined {
  return ops.find((op) => !isOperationType(op.type) || operations[op.type].version !== op.schemaVersion);
}

/** SQLSTATE class 23 (integrity constraint violation): the operation, not the database, is at fault. */
const isConstraintViolation = (error: unknown): boolean =>
  typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('23');

async function applyOne(
  tx: SiteTx,
  device: DevicesTable,
  op: OutboxOperation,
  now: number,
): Promise<Verdict> {
  if (!isOperationType(op.type)) return rejected('unknown_type');
  const spec = operations[op.type];
  const parsed = spec.payload.safeParse(op.payload);
  if (!parsed.success) return rejected('invalid_payload', { issues: parsed.error.issues.length });
  if ((spec.entityId as (p: unknown) => string)(parsed.data) !== op.entityId)
    return rejected('entity_mismatch');
  const ctx: OpContext = {
    tx,
    siteId: device.site_id,
    opId: op.opId,
    deviceId: device.id,
    actor: op.actor,
    now,
  };
  // A savepoint per operation: a constraint the handler did not foresee refuses this one operation
  // and keeps the rest of the batch; any other error (the database went away) fails the whole push.
  await sql`SAVEPOINT op`.execute(tx);
  try {
    const verdict = await (handlers[op.type] as (c: OpContext, p: unknown) => Promise<Verdict>)(
      ctx,
      parsed.data,
    );
    await sql`RELEASE SAVEPOINT op`.execute(tx);
    return verdict;
  } catch (error) {
    if (!isConstraintViolation(error)) throw error;
    await sql`ROLLBACK TO SAVEPOINT op`.execute(tx);
    return rejected('constraint', {
      constraint: String((error as { constraint?: unknown }).constraint ?? ''),
    });
  }
}

export async function handlePush(
  db: Kysely<ServerDb>,
  caller: DevicesTable,
  request: PushRequest,
  now: number,
): Promise<PushOutcome> {
  const ops = [...request.ops].sort((a, b) => a.seq - b.seq);
  if (ops.some((op) => op.deviceId !== caller.id))
    return {
      ok: false,
      status: 400,
      error: { error: 'invalid', message: 'an operation names another device' },
    };
  if (ops.some((op, i) => i > 0 && op.seq === ops[i - 1]!.seq))
    return {
      ok: false,
      status: 400,
      error: { error: 'invalid', message: 'two operations share a sequence number' },
    };
  const unknown = unreadable(ops);
  if (unknown)
    return {
      ok: false,
      status: 426,
      error: {
        error: 'upgrade_required',
        message: `this server cannot read ${unknown.type} v${unknown.schemaVersion}`,
      },
    };

  return withSiteTx(db, caller.site_id, async (tx): Promise<PushOutcome> => {
    const device = await tx
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', caller.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (device.revoked_at !== null)
      return {
        ok: false,
        status: 401,
        error: { error: 'device_revoked', message: 'this kiosk was revoked' },
      };
    const mismatch = {
      ok: false,
      status: 409,
      error: {
        error: 'epoch_mismatch',
        message: 'the kiosk must reconcile its queue',
        lastSeq: device.last_seq,
        epoch: device.epoch,
      },
    } as const;
    if (request.epoch !== device.epoch) return mismatch;

    // Operations the server already answered are known by their op id. A number the server has
    // passed carrying an op id it never saw means the kiosk was restored from a backup and reuses
    // numbers for new operations: answering "duplicate" would lose them (sync.md §3.9).
    const old = ops.filter((op) => op.seq <= device.last_seq);
    const known = new Map(
      (old.length
        ? await tx
            .selectFrom('processed_ops')
            .select(['op_id', 'status', 'code', 'detail'])
            .where(
              'op_id',
              'in',
              old.map((o) => o.opId),
            )
            .execute()
        : []
      ).map((s) => [s.op_id, s]),
    );
    if (old.some((op) => !known.has(op.opId))) return mismatch;

    const results: OpResult[] = old.map((op) => {
      const s = known.get(op.opId)!;
      return {
        seq: op.seq,
        opId: op.opId,
        status: s.status as OpStatus,
        replayed: true,
        code: s.code,
        detail: s.detail,
      };
    });
    let lastSeq = device.last_seq;
    for (const op of ops) {
      if (op.seq <= device.last_seq) continue;
      if (op.seq !== lastSeq + 1) break; // a gap: the kiosk resends from lastSeq + 1
      // The same op id under another sequence (a restored kiosk re-numbered it): applied already.
      const seen = await tx
        .selectFrom('processed_ops')
        .select(['status', 'code', 'detail'])
        .where('op_id', '=', op.opId)
        .executeTakeFirst();
      const verdict = seen
        ? { status: seen.status as OpStatus, code: seen.code, detail: seen.detail }
        : await applyOne(tx, device, op, now);
      if (!seen && verdict.status !== 'applied') {
        // The kiosk guessed otherwise: send it the record as it stands, so its copy is corrected.
        const current = await currentChange(tx, device.site_id, op.entityType, op.entityId);
        if (current) await appendChange(tx, device.site_id, current, op.opId, now);
      }
      if (!seen) {
        await tx
          .insertInto('processed_ops')
          .values({
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
          })
          .execute();
      }
      results.push({
        seq: op.seq,
        opId: op.opId,
        status: verdict.status,
        replayed: !!seen,
        code: verdict.code,
        detail: verdict.detail,
      });
      lastSeq = op.seq;
    }
    await tx
      .updateTable('devices')
      .set({
        last_seq: lastSeq,
        last_contact_at: now,
        clock_offset_ms: now - request.clientTime,
        pending_ops: request.queue.pending,
        oldest_pending_at: request.queue.oldestAt,
      })
      .where('id', '=', device.id)
      .execute();
    return { ok: true, value: { lastSeq, results, serverTime: now } };
  });
}
