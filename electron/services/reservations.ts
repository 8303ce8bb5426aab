import type { Db } from '../../db/openDatabase';
import type { MethodOutput, ParsedInput, ReservationRow, RulesSettings } from '../../shared/contract';
import { maskPhone } from '../../shared/phone';
import { reject } from '../../shared/result';
import { canReserveDay, canWalkIn } from '../../shared/rules/deskCapacity';
import { firstName } from '../../shared/text';
import { runCommand, type Actor, type CommandDeps } from './command';
import { findReservationByRequestKey, findVisitorId, reservationRow } from './reservationQueries';
import { CONSENT_VERSION } from './siteSettings';
import {
  activeDeskCount,
  activeReservationCount,
  findReservationById,
  freeDesks,
  heldDesks,
} from './visitQueries';
import { siteDay } from './visits';

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

/** One visitor record per person (same e-mail and phone): their history stays together, their data is not copied. */
function upsertVisitor(
  deps: CommandDeps,
  person: { fullName: string; email: string; phone: string },
  now: number,
): string {
  const { db } = deps;
  const existing = findVisitorId(db, person.email, person.phone);
  if (existing) {
    // A returning visitor: keep their name current and record the consent they just gave.
    db.prepare('UPDATE visitors SET full_name = ?, consent_at = ?, consent_version = ? WHERE id = ?').run(
      person.fullName,
      now,
      CONSENT_VERSION,
      existing,
    );
    return existing;
  }
  const id = deps.ids.id();
  db.prepare(
    `INSERT INTO visitors (id, full_name, email, phone_e164, consent_at, consent_version, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, person.fullName, person.email, person.phone, now, CONSENT_VERSION, now);
  return id;
}

function insertReservation(
  deps: CommandDeps,
  r: {
    visitorId: string;
    day: string;
    deskNumber: number | null;
    source: 'kiosk' | 'officer';
    requestKey: string | null;
  },
  now: number,
) {
  const id = deps.ids.id();
  const token = deps.ids.ticketToken();
  deps.db
    .prepare(
      `INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, request_key, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?)`,
    )
    .run(id, r.visitorId, r.day, r.deskNumber, token, r.source, r.requestKey, now, now);
  return { id, token };
}

const syncPayload = (row: ReservationRow, token: string) => ({ ...row, token });

/**
 * SOP 97 step 1 at the kiosk: a walk-in reserves for today with name, e-mail and phone/WhatsApp
 * and gets a QR code. Same-day walk-ins are allowed while a desk is free and not held for a booked
 * visitor. The form's request key makes a double tap or a retried request return the same
 * reservation instead of a second one.
 */
export function createWalkIn(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: WalkInInput,
): WalkInOutput {
  const { db } = deps;
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
    const day = siteDay(rules, now);
    const decision = canWalkIn({
      deskCount: activeDeskCount(db),
      activeReservationsThatDay: activeReservationCount(db, day),
      freeDesks: freeDesks(db),
      heldDesks: heldDesks(db, day),
    });
    if (!decision.ok) throw reject('rule', 'errors.reservation.noFreeDesk');
    const visitorId = upsertVisitor(deps, input, now);
    const { id, token } = insertReservation(
      deps,
      { visitorId, day, deskNumber: null, source: 'kiosk', requestKey: input.requestKey },
      now,
    );
    return {
      value: walkInResult({ id, token, day, full_name: input.fullName, phone_e164: input.phone }),
      audit: { entity: 'reservation', entityId: id, details: { source: 'kiosk', day } },
      sync: { type: 'reservation.created', payload: syncPayload(reservationRow(db, id)!, token) },
    };
  });
}

function checkDayAndDesk(db: Db, day: string, today: string, deskNumber: number | null, exceptId = ''): void {
  if (day < today) throw reject('rule', 'errors.reservation.dayPast');
  if (
    !canReserveDay({
      deskCount: activeDeskCount(db),
      activeReservationsThatDay: activeReservationCount(db, day, exceptId),
    }).ok
  ) {
    throw reject('rule', 'errors.reservation.dayFull', { params: { day } });
  }
  if (deskNumber === null) return;
  const desk = db.prepare('SELECT 1 FROM desks WHERE number = ? AND active = 1').get(deskNumber);
  if (!desk) throw reject('validation', 'errors.reservation.unknownDesk', { params: { desk: deskNumber } });
  const taken = db
    .prepare(
      "SELECT 1 FROM reservations WHERE day = ? AND desk_number = ? AND status IN ('booked', 'checked_in') AND id <> ?",
    )
    .get(day, deskNumber, exceptId);
  if (taken)
    throw reject('conflict', 'errors.reservation.deskReserved', { params: { desk: deskNumber, day } });
}

/** The officer reserves for a visitor (by phone, or again on the spot after a failed scan: SOP 97 step 5). */
export function createByOfficer(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: ParsedInput<'reservations.create'>,
): MethodOutput<'reservations.create'> {
  return runCommand(deps, actor, 'reservations.create', (now) => {
    checkDayAndDesk(deps.db, input.day, siteDay(rules, now), input.deskNumber);
    const visitorId = upsertVisitor(deps, input, now);
    const { id, token } = insertReservation(
      deps,
      { visitorId, day: input.day, deskNumber: input.deskNumber, source: 'officer', requestKey: null },
      now,
    );
    const reservation = reservationRow(deps.db, id)!;
    return {
      value: { reservation, token },
      audit: {
        entity: 'reservation',
        entityId: id,
        details: { source: 'officer', day: input.day, desk: input.deskNumber },
      },
      sync: { type: 'reservation.created', payload: syncPayload(reservation, token) },
    };
  });
}

function bookedOrThrow(db: Db, id: string) {
  const res = findReservationById(db, id);
  if (!res) throw reject('not_found', 'errors.reservation.notFound');
  if (res.status !== 'booked')
    throw reject('conflict', 'errors.reservation.notChangeable', { params: { status: res.status } });
  return res;
}

export function updateReservation(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { id: string; day: string; deskNumber: number | null },
): ReservationRow {
  return runCommand(deps, actor, 'reservations.update', (now) => {
    const before = bookedOrThrow(deps.db, input.id);
    checkDayAndDesk(deps.db, input.day, siteDay(rules, now), input.deskNumber, input.id);
    deps.db
      .prepare('UPDATE reservations SET day = ?, desk_number = ?, updated_at = ? WHERE id = ?')
      .run(input.day, input.deskNumber, now, input.id);
    return {
      value: reservationRow(deps.db, input.id)!,
      audit: {
        entity: 'reservation',
        entityId: input.id,
        details: {
          from: { day: before.day, desk: before.desk_number },
          to: { day: input.day, desk: input.deskNumber },
        },
      },
      sync: {
        type: 'reservation.updated',
        payload: { id: input.id, day: input.day, deskNumber: input.deskNumber },
      },
    };
  });
}

export function cancelReservation(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; reason: string },
): ReservationRow {
  return runCommand(deps, actor, 'reservations.cancel', (now) => {
    bookedOrThrow(deps.db, input.id);
    deps.db
      .prepare("UPDATE reservations SET status = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ?")
      .run(input.reason, now, input.id);
    return {
      value: reservationRow(deps.db, input.id)!,
      audit: { entity: 'reservation', entityId: input.id, details: { reason: input.reason } },
      sync: { type: 'reservation.cancelled', payload: { id: input.id, reason: input.reason } },
    };
  });
}
