// A visitor's erasure (UU 27/2022) is a tombstone: it blanks every reservation of theirs at the site
// now, and reservation.created blanks what arrives for them later (reservations.ts). The server's own
// copies go too: the payloads of the operations that carried their data (kept so a retried push is
// answered as before) and the older states in the change log that kiosks have not pulled yet.
import { sql } from 'kysely';
import { applied, merged, type Handler, type OpContext } from './context';
import { updateReservation } from './reservationRows';

const BLANK_PERSON = JSON.stringify({ fullName: '', email: '', phone: '' });

async function blankServerCopies(ctx: OpContext, reservationIds: readonly string[]): Promise<void> {
  if (reservationIds.length === 0) return;
  await ctx.tx
    .updateTable('processed_ops')
    .set({ payload: sql`payload || ${BLANK_PERSON}::jsonb` })
    .where('site_id', '=', ctx.siteId)
    .where('op_type', '=', 'reservation.created')
    .where('entity_id', 'in', reservationIds)
    .execute();
  await ctx.tx
    .updateTable('change_log')
    .set({ row: sql`row || ${BLANK_PERSON}::jsonb` })
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', 'reservation')
    .where('entity_id', 'in', reservationIds)
    .execute();
}

export const visitorErased: Handler<'visitor.erased'> = async (ctx, p) => {
  const inserted = await ctx.tx
    .insertInto('erasures')
    .values({ site_id: ctx.siteId, visitor_id: p.id, erased_at: p.erasedAt, reason: p.reason })
    .onConflict((oc) => oc.columns(['site_id', 'visitor_id']).doNothing())
    .returning('visitor_id')
    .executeTakeFirst();
  const theirs = await ctx.tx
    .selectFrom('reservations')
    .selectAll()
    .where('site_id', '=', ctx.siteId)
    .where('visitor_id', '=', p.id)
    .forUpdate()
    .execute();
  // States already in the change log (the blanked ones below are written after, at the push's end).
  await blankServerCopies(
    ctx,
    theirs.map((r) => r.id),
  );
  for (const r of theirs)
    if (r.full_name !== '' || r.email !== '' || r.phone !== '')
      await updateReservation(ctx, r, { full_name: '', email: '', phone: '' });
  return inserted ? applied() : merged('already_erased');
};
