import type { ParsedInput, MethodOutput } from '../../shared/contract';
import { reject } from '../../shared/result';
import { maskPhone } from '../../shared/phone';
import { firstName } from '../../shared/text';
import { localDay } from '../../shared/rules/siteCalendar';
import { runCommand, type Actor, type CommandDeps } from './command';
import { countFreeDesksNow, findReservationByRequestKey, findVisitorId } from './reservationQueries';
import { CONSENT_VERSION, readSite } from './siteSettings';

type WalkInInput = ParsedInput<'reservations.createWalkIn'>;
type WalkInOutput = MethodOutput<'reservations.createWalkIn'>;

const walkInResult = (r: {
  id: string;
  token: string;
  day: string;
  full_name: string;
  phone_e164: string;
}) => ({
  reservationId: r.id,
  token: r.token,
  day: r.day,
  firstName: firstName(r.full_name),
  phone: maskPhone(r.phone_e164),
});

/**
 * SOP 97 step 1 at the kiosk: a walk-in reserves for today with name, e-mail and phone/WhatsApp
 * and gets a QR code. The form's request key makes a double tap or a retried request return the
 * same reservation instead of a second one.
 */
export function createWalkIn(deps: CommandDeps, actor: Actor, input: WalkInInput): WalkInOutput {
  const { db } = deps;
  const phone = input.phone; // already E.164: the contract's schema normalised it

  return runCommand(deps, actor, 'reservations.createWalkIn', (now) => {
    const existing = findReservationByRequestKey(db, input.requestKey);
    if (existing) {
      // Same submit arriving twice: answer as the first time; nothing new is written but the audit row.
      return {
        value: walkInResult(existing),
        audit: { entity: 'reservation', entityId: existing.id, details: { replay: true } },
        sync: null,
      };
    }
    if (countFreeDesksNow(db) === 0) throw reject('rule', 'errors.reservation.noFreeDesk');

    const day = localDay(now, readSite(db).timeZone);
    let visitorId = findVisitorId(db, input.email, phone);
    if (!visitorId) {
      visitorId = deps.ids.id();
      db.prepare(
        `INSERT INTO visitors (id, full_name, email, phone_e164, consent_at, consent_version, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(visitorId, input.fullName, input.email, phone, now, CONSENT_VERSION, now);
    } else {
      // A returning visitor: keep their record current and record the consent they just gave.
      db.prepare('UPDATE visitors SET full_name = ?, consent_at = ?, consent_version = ? WHERE id = ?').run(
        input.fullName,
        now,
        CONSENT_VERSION,
        visitorId,
      );
    }
    const id = deps.ids.id();
    const token = deps.ids.ticketToken();
    db.prepare(
      `INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, request_key, created_at, updated_at)
       VALUES (?, ?, ?, NULL, 'booked', ?, 'kiosk', ?, ?, ?)`,
    ).run(id, visitorId, day, token, input.requestKey, now, now);
    return {
      value: walkInResult({ id, token, day, full_name: input.fullName, phone_e164: phone }),
      audit: { entity: 'reservation', entityId: id, details: { source: 'kiosk', day } },
      sync: {
        type: 'reservation.created',
        payload: {
          id,
          visitorId,
          day,
          token,
          source: 'kiosk',
          fullName: input.fullName,
          email: input.email,
          phone,
        },
      },
    };
  });
}
