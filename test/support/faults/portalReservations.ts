// The portal's part in the fault workload: a visitor books on the central portal, so the reservation
// is born on the server and reaches the kiosks only by their pull. It runs the portal's own command
// (server/portal/portalReservations.ts: the shared reservation rules, then the `reservation.created`
// handler under the site's lock with the change log written), from the harness's process, as a
// second server process would.
import type { Kysely } from 'kysely';
import type { ServerDb } from '../../../server/db/schema';
import { createPortalReservation, newLinkKey } from '../../../server/portal/portalReservations';
import { ChangeWaiters } from '../../../server/sync/changeWaiters';

export interface PortalReservation {
  readonly id: string;
  readonly token: string;
}

/**
 * A reservation made "from the portal" for `day` at `siteId`, at server time `now`; null when the
 * portal refused it by the site's rules (a full day, a closed one), as it would refuse a visitor.
 */
export async function reserveFromPortal(
  db: Kysely<ServerDb>,
  siteId: string,
  now: number,
  visitor: {
    readonly fullName: string;
    readonly email: string;
    readonly phone: string;
    readonly day: string;
  },
): Promise<PortalReservation | null> {
  // Kiosks long-polling the server process see the change through the change log (its waiters poll it).
  const outcome = await createPortalReservation(
    { db, waiters: new ChangeWaiters(db) },
    { siteId, linkKey: newLinkKey(), mail: false, ...visitor },
    now,
  );
  if (!outcome.ok) return null;
  const { token } = await db
    .selectFrom('reservations')
    .select('token')
    .where('id', '=', outcome.reservationId)
    .executeTakeFirstOrThrow();
  return { id: outcome.reservationId, token };
}
