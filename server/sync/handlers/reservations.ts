// Reservations: created once under the kiosk's id; the status moves forward only (conflictRules.ts).
// A walk-in made offline that overfills the day, or a second booking of one person that day, is
// accepted (the visitor is at the desk) and flagged for the officer, never refused.
import { sql } from 'kysely';
import { movesForward, reservationOrder } from '../../../shared/sync/conflictRules';
import type { z } from 'zod';
import type { Operations } from '../../../shared/sync/operations';
import { applied, merged, rejected, type Handler, type OpContext } from './context';

type OperationPayloadOut<T extends keyof Operations> = z.output<Operations[T]['payload']>;
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

/**
 * What a new reservation must know, in one round trip (a kiosk back from weeks offline pushes
 * thousands, and each round trip counts): whether its id or token exist, whether the visitor was
 * erased, and the day's load for the flag. (One statement that also inserts was slower: PostgreSQL
 * plans the larger statement anew on every call.)
 */
async function creationFacts(ctx: OpContext, p: OperationPayloadOut<'reservation.created'>) {
  const { rows } = await sql<{
    existing_site: string | null;
    token_taken: boolean;
    erased: boolean;
    same_person: boolean;
    day_count: number;
    desk_count: number | null;
  }>`SELECT
      (SELECT site_id FROM reservations WHERE id = ${p.id}) AS existing_site,
      EXISTS (SELECT 1 FROM reservations WHERE token = ${p.token}) AS token_taken,
      EXISTS (SELECT 1 FROM erasures WHERE site_id = ${ctx.siteId} AND visitor_id = ${p.visitorId}) AS erased,
      EXISTS (SELECT 1 FROM reservations WHERE site_id = ${ctx.siteId} AND day = ${p.day}
                AND status IN ('booked', 'checked_in', 'completed')
                AND (visitor_id = ${p.visitorId} OR (email <> '' AND email = ${p.email}))) AS same_person,
      (SELECT count(*)::int FROM reservations WHERE site_id = ${ctx.siteId} AND day = ${p.day}
                AND status IN ('booked', 'checked_in', 'completed')) AS day_count,
      (SELECT jsonb_array_length(data -> 'items') FROM records
        WHERE site_id = ${ctx.siteId} AND entity_type = 'desks' AND entity_id = 'all') AS desk_count`.execute(
    ctx.tx,
  );
  return rows[0]!;
}

export const reservationCreated: Handler<'reservation.created'> = async (ctx, p) => {
  const facts = await creationFacts(ctx, p);
  if (facts.existing_site !== null)
    return facts.existing_site === ctx.siteId ? merged('already_created') : rejected('id_taken');
  if (facts.token_taken) return rejected('token_taken');
  // An erasure is final: personal data arriving for an erased visitor is blanked on arrival.
  const { erased } = facts;
  const flag =
    facts.same_person && !erased
      ? 'second_booking'
      : facts.desk_count !== null && facts.day_count >= facts.desk_count
        ? 'over_capacity'
        : null;
  const row = {
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
  };
  await ctx.tx.insertInto('reservations').values(row).execute();
  ctx.publish(reservationChange(row));
  // The server blanked what the kiosk sent: the kiosk must take the server's copy.
  if (erased) return merged('visitor_erased');
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
