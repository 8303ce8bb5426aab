// Reservations: created once under the kiosk's id; the status moves forward only (conflictRules.ts).
// A walk-in made offline that overfills the day, or a second booking of one person that day, is
// accepted (the visitor is at the desk) and flagged for the officer, never refused.
import { movesForward, reservationOrder } from '../../../shared/sync/conflictRules';
import { appendChange } from '../../db/siteTx';
import { applied, merged, rejected, type Handler, type OpContext } from './context';
import { findReservation, reservationChange, updateReservation } from './reservationRows';

/** Desks in service at the site, as its settings last said; null while no desk list has arrived. */
export async function siteDeskNumbers(ctx: OpContext): Promise<number[] | null> {
  const record = await ctx.tx
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', 'desks')
    .where('entity_id', '=', 'all')
    .executeTakeFirst();
  const items = (record?.data as { items?: { number: number }[] } | undefined)?.items;
  return items ? items.map((i) => i.number) : null;
}

async function dayFlag(
  ctx: OpContext,
  day: string,
  visitorId: string,
  email: string,
): Promise<string | null> {
  const rows = await ctx.tx
    .selectFrom('reservations')
    .select(['visitor_id', 'email'])
    .where('site_id', '=', ctx.siteId)
    .where('day', '=', day)
    .where('status', 'in', ['booked', 'checked_in', 'completed'])
    .execute();
  if (rows.some((r) => r.visitor_id === visitorId || (email !== '' && r.email === email)))
    return 'second_booking';
  const desks = await siteDeskNumbers(ctx);
  if (desks && rows.length >= desks.length) return 'over_capacity';
  return null;
}

const isErased = async (ctx: OpContext, visitorId: string): Promise<boolean> =>
  (await ctx.tx
    .selectFrom('erasures')
    .select('visitor_id')
    .where('site_id', '=', ctx.siteId)
    .where('visitor_id', '=', visitorId)
    .executeTakeFirst()) !== undefined;

export const reservationCreated: Handler<'reservation.created'> = async (ctx, p) => {
  const existing = await ctx.tx
    .selectFrom('reservations')
    .select(['id', 'site_id'])
    .where('id', '=', p.id)
    .executeTakeFirst();
  if (existing) return existing.site_id === ctx.siteId ? merged('already_created') : rejected('id_taken');
  const tokenHolder = await ctx.tx
    .selectFrom('reservations')
    .select('id')
    .where('token', '=', p.token)
    .executeTakeFirst();
  if (tokenHolder) return rejected('token_taken');
  // An erasure is final: personal data arriving for an erased visitor is blanked on arrival.
  const erased = await isErased(ctx, p.visitorId);
  const flag = await dayFlag(ctx, p.day, p.visitorId, erased ? '' : p.email);
  const row = await ctx.tx
    .insertInto('reservations')
    .values({
      id: p.id,
      site_id: ctx.siteId,
      visitor_id: p.visitorId,
      day: p.day,
      desk_number: p.deskNumber,
      status: 'booked',
      token: p.token,
      source: p.source,
      full_name: erased ? '' : p.fullName,
      email: erased ? '' : p.email,
      phone: erased ? '' : p.phone,
      consent_version: p.consentVersion,
      created_at: p.createdAt,
      updated_at: ctx.now,
      cancel_reason: null,
      flag,
      version: 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendChange(ctx.tx, ctx.siteId, reservationChange(row), ctx.opId, ctx.now);
  return applied(flag, flag ? { day: p.day } : null);
};

export const reservationUpdated: Handler<'reservation.updated'> = async (ctx, p) => {
  const r = await findReservation(ctx, p.id);
  if (!r) return rejected('unknown_reservation');
  if (r.status !== 'booked') return rejected('not_booked', { status: r.status });
  if (r.day === p.day && r.desk_number === p.deskNumber) return merged('unchanged');
  await updateReservation(ctx, r, { day: p.day, desk_number: p.deskNumber });
  return applied();
};

export const reservationCancelled: Handler<'reservation.cancelled'> = async (ctx, p) => {
  const r = await findReservation(ctx, p.id);
  if (!r) return rejected('unknown_reservation');
  if (r.status === 'cancelled') return merged('already_cancelled');
  // A visitor already in the house is a fact: the cancellation loses.
  if (!movesForward(reservationOrder, r.status, 'cancelled'))
    return rejected('already_in_house', { status: r.status });
  await updateReservation(ctx, r, { status: 'cancelled', cancel_reason: p.reason });
  return applied();
};

export const reservationNoShow: Handler<'reservation.noShow'> = async (ctx, p) => {
  const r = await findReservation(ctx, p.id);
  if (!r) return rejected('unknown_reservation');
  if (r.status === 'no_show') return merged('already_no_show');
  // Another kiosk checked the visitor in: that stands, and the no-show changes nothing.
  if (!movesForward(reservationOrder, r.status, 'no_show'))
    return merged('checked_in_elsewhere', { status: r.status });
  await updateReservation(ctx, r, { status: 'no_show' });
  return applied();
};
