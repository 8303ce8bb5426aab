// A visitor's erasure (UU 27/2022) is a tombstone: it blanks every reservation of theirs at the site
// now, and reservation.created blanks what arrives for them later (reservations.ts).
import { applied, merged, type Handler } from './context';
import { updateReservation } from './reservationRows';

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
    .where((eb) => eb.or([eb('full_name', '<>', ''), eb('email', '<>', ''), eb('phone', '<>', '')]))
    .forUpdate()
    .execute();
  for (const r of theirs) await updateReservation(ctx, r, { full_name: '', email: '', phone: '' });
  return inserted ? applied() : merged('already_erased');
};
