// The server handlers of complaints (pengaduan), one per operation type (by its rule in
// shared/sync/domainRules/complaints.ts). A complaint's current state is one record (writeRecord), so
// a kiosk's snapshot and a re-sent operation see what the others see; the ticket table finds it by
// number for the portal's status page, and an e-mail to the complainant is queued in the same
// transaction (server/portal/complaints/complaintMail.ts sends it after the commit).
import { sql } from 'kysely';
import type { complaintsOperations } from '../../../shared/contract/complaints';
import {
  applyAnswered,
  applyAssigned,
  applyClosed,
  applyContactErased,
  applyLaporLinked,
  recordFromFiled,
  type ComplaintRecord,
  type RecordOutcome,
} from '../../../shared/complaints/complaintRecord';
import { applied, merged, rejected, type DomainHandlers, type OpContext, type Verdict } from './context';
import { readRecordData, writeRecord } from './records';

const ENTITY = 'complaint';

const readComplaint = (ctx: OpContext, id: string) => readRecordData<ComplaintRecord>(ctx, ENTITY, id);

async function queueMail(ctx: OpContext, record: ComplaintRecord, kind: 'filed' | 'answered'): Promise<void> {
  if (!record.contact?.email) return;
  await ctx.tx
    .insertInto('complaint_mail')
    .values({ site_id: ctx.siteId, complaint_id: record.id, kind, key_hash: null, created_at: ctx.now })
    .execute();
}

/** Runs one state change of an existing complaint and writes the record it makes. */
async function change(
  ctx: OpContext,
  id: string,
  decide: (r: ComplaintRecord) => RecordOutcome,
  after?: (r: ComplaintRecord) => Promise<void>,
): Promise<Verdict> {
  const current = await readComplaint(ctx, id);
  if (!current) return rejected('unknown_complaint');
  const outcome = decide(current);
  if (outcome.kind === 'merged') return merged(outcome.code);
  if (outcome.kind === 'rejected') return rejected(outcome.code, { status: current.status });
  const verdict = await writeRecord(ctx, ENTITY, id, { ...outcome.record });
  await after?.(outcome.record);
  return verdict;
}

/** The server's own copies of an erased contact go too: the filing's stored payload, older pulled states. */
async function blankServerCopies(ctx: OpContext, id: string): Promise<void> {
  const blank = JSON.stringify({ contact: null });
  await ctx.tx
    .updateTable('processed_ops')
    .set({ payload: sql`payload || ${blank}::jsonb` })
    .where('site_id', '=', ctx.siteId)
    .where('op_type', '=', 'complaint.filed')
    .where('entity_id', '=', id)
    .execute();
  await ctx.tx
    .updateTable('change_log')
    .set({ row: sql`row || ${blank}::jsonb` })
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', ENTITY)
    .where('entity_id', '=', id)
    .execute();
  // Mails not sent yet have nobody to go to any more.
  await ctx.tx
    .updateTable('complaint_mail')
    .set({ state: 'dropped' })
    .where('complaint_id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}

export const complaintsServerHandlers: DomainHandlers<typeof complaintsOperations> = {
  'complaint.filed': async (ctx, p) => {
    if (await readComplaint(ctx, p.id)) return merged('already_created');
    const record = recordFromFiled(p);
    await ctx.tx
      .insertInto('complaint_tickets')
      .values({
        complaint_id: p.id,
        site_id: ctx.siteId,
        ticket: p.ticket,
        secret_hash: p.secretHash,
        channel: p.channel,
        service_id: p.serviceId,
        filed_at: p.filedAt,
      })
      .execute();
    await writeRecord(ctx, ENTITY, p.id, { ...record });
    await queueMail(ctx, record, 'filed');
    return applied();
  },
  'complaint.assigned': (ctx, p) => change(ctx, p.id, (r) => applyAssigned(r, p)),
  'complaint.answered': (ctx, p) =>
    change(
      ctx,
      p.id,
      (r) => applyAnswered(r, p),
      (r) => queueMail(ctx, r, 'answered'),
    ),
  'complaint.closed': (ctx, p) => change(ctx, p.id, (r) => applyClosed(r, p)),
  'complaint.laporLinked': (ctx, p) => change(ctx, p.id, (r) => applyLaporLinked(r, p)),
  'complaint.contactErased': async (ctx, p) => {
    const verdict = await change(ctx, p.id, (r) => applyContactErased(r, p));
    // Blank the copies even when the record was blank already (a retried erasure after a crash).
    if (verdict.status !== 'rejected') await blankServerCopies(ctx, p.id);
    return verdict;
  },
};
