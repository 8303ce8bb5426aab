// The visitor's reservations on the portal: made, read and cancelled through the same server handlers
// a kiosk's operations run, under the site's lock, with the kiosk's reservation rules
// (shared/rules/reservationRules.ts). Kiosks of the site pull the result like any other change.
//
// The visitor's link: the form carries a fresh 128-bit key; the reservation is found again by that
// key's hash, so a second submit of the same form (a double tap, a reload) finds the first
// reservation, and the database never holds a working link.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { CONSENT_VERSION } from '../../shared/contract';
import { decideReservation, type ReservationRefusal } from '../../shared/rules/reservationRules';
import { formatTicketToken } from '../../shared/rules/ticketToken';
import type { ServerDb } from '../db/schema';
import type { Kysely } from 'kysely';
import { runServerCommand, type ServerCommandDeps } from '../sync/serverCommand';
import { readSiteFacts } from './siteFacts';

/** 26 Crockford characters of 128 random bits: the key a portal form submits and the link carries. */
export const newLinkKey = (): string => formatTicketToken(randomBytes(16)).slice(3);
const LINK_KEY = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const isLinkKey = (key: string): boolean => LINK_KEY.test(key);
const hashKey = (key: string) => createHash('sha256').update(`loket-portal:${key}`).digest('hex');

export interface PortalRequest {
  readonly siteId: string;
  readonly linkKey: string;
  readonly fullName: string;
  readonly email: string;
  /** E.164, already normalised by the shared phone schema. */
  readonly phone: string;
  readonly day: string;
  /** An e-mail will be sent (a mail server is configured): the page says it is on its way. */
  readonly mail: boolean;
}

export type PortalOutcome =
  | { readonly ok: true; readonly reservationId: string; readonly replay: boolean }
  | { readonly ok: false; readonly reason: ReservationRefusal | 'not_open' };

export async function createPortalReservation(
  deps: ServerCommandDeps,
  request: PortalRequest,
  now: number,
): Promise<PortalOutcome> {
  return runServerCommand(deps, request.siteId, 'portal', now, async (cmd): Promise<PortalOutcome> => {
    const keyHash = hashKey(request.linkKey);
    const earlier = await cmd.tx
      .selectFrom('portal_links')
      .select('reservation_id')
      .where('key_hash', '=', keyHash)
      .executeTakeFirst();
    if (earlier) return { ok: true, reservationId: earlier.reservation_id, replay: true };

    const site = await readSiteFacts(cmd.tx, request.siteId);
    if (!site?.rules || site.deskCount === 0) return { ok: false, reason: 'not_open' };
    const facts = await cmd.tx
      .selectFrom('reservations')
      .select(['visitor_id', 'day', 'status', 'email', 'phone'])
      .where('site_id', '=', request.siteId)
      .where((eb) =>
        eb.or([
          eb.and([eb('email', '=', request.email), eb('phone', '=', request.phone)]),
          eb.and([eb('day', '=', request.day), eb('status', 'in', ['booked', 'checked_in'])]),
        ]),
      )
      .execute();
    // One visitor per person (same e-mail and phone), as at the kiosk: their history stays together.
    const visitorId =
      facts.find((r) => r.email === request.email && r.phone === request.phone)?.visitor_id ?? randomUUID();
    const thatDay = facts.filter(
      (r) => r.day === request.day && (r.status === 'booked' || r.status === 'checked_in'),
    );
    const decision = decideReservation({
      day: request.day,
      now,
      calendar: site.rules.calendar,
      bookingDaysAhead: site.rules.bookingDaysAhead,
      deskCount: site.deskCount,
      activeReservationsThatDay: thatDay.length,
      personHasOneThatDay: thatDay.some((r) => r.visitor_id === visitorId || r.email === request.email),
    });
    if (!decision.ok) return decision;

    const id = randomUUID();
    const verdict = await cmd.apply('reservation.created', {
      id,
      visitorId,
      day: request.day,
      deskNumber: null,
      source: 'portal',
      token: formatTicketToken(randomBytes(16)),
      fullName: request.fullName,
      email: request.email,
      phone: request.phone,
      consentVersion: CONSENT_VERSION,
      createdAt: now,
    });
    if (verdict.status === 'rejected')
      throw new Error(`the portal's reservation was refused: ${verdict.code}`);
    await cmd.tx
      .insertInto('portal_links')
      .values({
        reservation_id: id,
        site_id: request.siteId,
        key_hash: keyHash,
        created_at: now,
        mail_state: request.mail ? 'pending' : 'off',
      })
      .execute();
    cmd.audit({
      action: 'portal.reserve',
      entity: 'reservation',
      entityId: id,
      details: { day: request.day },
      visitorId,
    });
    return { ok: true, reservationId: id, replay: false };
  });
}

export interface PortalReservation {
  readonly id: string;
  readonly siteId: string;
  readonly day: string;
  readonly status: string;
  readonly token: string;
  readonly fullName: string;
  readonly email: string;
  readonly mailState: 'off' | 'pending' | 'sent' | 'failed';
}

/** The reservation a link key opens, or undefined for a key that opens none. */
export async function findPortalReservation(
  db: Kysely<ServerDb>,
  linkKey: string,
): Promise<PortalReservation | undefined> {
  if (!isLinkKey(linkKey)) return undefined;
  const row = await db
    .selectFrom('portal_links as l')
    .innerJoin('reservations as r', 'r.id', 'l.reservation_id')
    .select(['r.id', 'r.site_id', 'r.day', 'r.status', 'r.token', 'r.full_name', 'r.email', 'l.mail_state'])
    .where('l.key_hash', '=', hashKey(linkKey))
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        siteId: row.site_id,
        day: row.day,
        status: row.status,
        token: row.token,
        fullName: row.full_name,
        email: row.email,
        mailState: row.mail_state,
      }
    : undefined;
}

/** The visitor cancels: refused once they are in the house (the same rule as a kiosk's cancel). */
export async function cancelPortalReservation(
  deps: ServerCommandDeps,
  reservation: PortalReservation,
  now: number,
): Promise<'cancelled' | 'already_cancelled' | 'too_late'> {
  return runServerCommand(deps, reservation.siteId, 'portal', now, async (cmd) => {
    const verdict = await cmd.apply('reservation.cancelled', {
      id: reservation.id,
      reason: 'Dibatalkan pengunjung lewat portal',
    });
    if (verdict.status === 'rejected') return 'too_late';
    if (verdict.status === 'merged') return 'already_cancelled';
    cmd.audit({ action: 'portal.cancel', entity: 'reservation', entityId: reservation.id });
    return 'cancelled';
  });
}

export async function setMailState(
  db: Kysely<ServerDb>,
  reservationId: string,
  state: 'sent' | 'failed',
): Promise<void> {
  await db
    .updateTable('portal_links')
    .set({ mail_state: state })
    .where('reservation_id', '=', reservationId)
    .execute();
}
