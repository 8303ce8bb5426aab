// Reading and publishing a reservation as the server holds it.
import type { Selectable } from 'kysely';
import type { ReservationsTable } from '../../db/schema';
import type { OpContext } from './context';

export type ReservationRow = Selectable<ReservationsTable>;

export const findReservation = (ctx: OpContext, id: string): Promise<ReservationRow | undefined> =>
  ctx.tx
    .selectFrom('reservations')
    .selectAll()
    .where('site_id', '=', ctx.siteId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

/** The reservation as kiosks mirror it (camelCase, as in the kiosk's own contract). */
export const reservationChange = (r: ReservationRow) => ({
  entityType: 'reservation',
  entityId: r.id,
  version: r.version,
  row: {
    id: r.id,
    visitorId: r.visitor_id,
    day: r.day,
    deskNumber: r.desk_number,
    status: r.status,
    token: r.token,
    source: r.source,
    fullName: r.full_name,
    email: r.email,
    phone: r.phone,
    consentVersion: r.consent_version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    cancelReason: r.cancel_reason,
    flag: r.flag,
  },
});

/** Writes the given fields, bumps the version and publishes the new state. */
export async function updateReservation(
  ctx: OpContext,
  current: ReservationRow,
  fields: Partial<
    Pick<ReservationRow, 'day' | 'desk_number' | 'status' | 'cancel_reason' | 'full_name' | 'email' | 'phone'>
  >,
): Promise<ReservationRow> {
  const next = await ctx.tx
    .updateTable('reservations')
    .set({ ...fields, updated_at: ctx.now, version: current.version + 1 })
    .where('id', '=', current.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.publish(reservationChange(next));
  return next;
}
