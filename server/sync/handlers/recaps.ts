// The server handlers of the monthly, quarterly and yearly reports with their review trail (rekap),
// one per operation type (by its rule in shared/sync/domainRules/recaps.ts). A revision's whole state
// is one record (writeRecord), built by the same transitions the kiosk runs
// (shared/recaps/recapRecord.ts). Two revisions of one period made from the same predecessor (two
// desks offline) never both stand: the first received becomes the period's head, the other is kept
// as a record marked set aside, naming the head, and its desk is told (merged, recap_set_aside).
import type { recapsOperations } from '../../../shared/contract/recaps';
import {
  applyAcknowledged,
  applyCommented,
  applyForwarded,
  applyReturned,
  recordFromSubmitted,
  setAside,
  type RecapOutcome,
  type RecapRecord,
} from '../../../shared/recaps/recapRecord';
import { merged, rejected, type DomainHandlers, type OpContext, type Verdict } from './context';
import { readRecordData, writeRecord } from './records';

const ENTITY = 'recap';

const readRecap = (ctx: OpContext, id: string) => readRecordData<RecapRecord>(ctx, ENTITY, id);

/** Runs one step of an existing revision and writes the record it makes. */
async function change(
  ctx: OpContext,
  id: string,
  decide: (r: RecapRecord) => RecapOutcome,
): Promise<Verdict> {
  const current = await readRecap(ctx, id);
  if (!current) return rejected('unknown_recap');
  const outcome = decide(current);
  if (outcome.kind === 'merged') return merged(outcome.code);
  if (outcome.kind === 'rejected') return rejected(outcome.code, { status: current.status });
  return writeRecord(ctx, ENTITY, id, { ...outcome.record });
}

export const recapsServerHandlers: DomainHandlers<typeof recapsOperations> = {
  'recap.submitted': async (ctx, p) => {
    if (await readRecap(ctx, p.id)) return merged('already_created');
    const head = await ctx.tx
      .selectFrom('recap_periods')
      .select(['head_id', 'head_revision'])
      .where('site_id', '=', ctx.siteId)
      .where('period_key', '=', p.period)
      .forUpdate()
      .executeTakeFirst();
    const record = recordFromSubmitted(p);
    const stands = head ? head.head_id === p.supersedes : p.supersedes === null;
    if (!stands && head) {
      await writeRecord(ctx, ENTITY, p.id, {
        ...setAside(record, { id: head.head_id, revision: head.head_revision }, ctx.now),
      });
      return merged('recap_set_aside', { standing: head.head_id, revision: head.head_revision });
    }
    if (!stands) return rejected('unknown_predecessor', { supersedes: p.supersedes });
    await ctx.tx
      .insertInto('recap_periods')
      .values({
        site_id: ctx.siteId,
        period_key: p.period,
        period_kind: p.periodKind,
        head_id: p.id,
        head_revision: p.revision,
        updated_at: ctx.now,
      })
      .onConflict((oc) =>
        oc
          .columns(['site_id', 'period_key'])
          .doUpdateSet({ head_id: p.id, head_revision: p.revision, updated_at: ctx.now }),
      )
      .execute();
    return writeRecord(ctx, ENTITY, p.id, { ...record });
  },
  'recap.commented': (ctx, p) => change(ctx, p.id, (r) => applyCommented(r, p)),
  'recap.returned': (ctx, p) => change(ctx, p.id, (r) => applyReturned(r, p)),
  'recap.forwarded': (ctx, p) => change(ctx, p.id, (r) => applyForwarded(r, p)),
  'recap.acknowledged': (ctx, p) => change(ctx, p.id, (r) => applyAcknowledged(r, p)),
};
