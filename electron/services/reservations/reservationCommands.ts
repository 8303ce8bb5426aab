// Reservation commands (SOP 97 step 1, and step 5's "reserve again"): each one checks the rules,
// writes the change, its audit row and its sync operation in one transaction.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { MethodOutput, ParsedInput, ReservationRow, RulesSettings } from '../../../shared/contract';
import { maskPhone } from '../../../shared/phone';
import { reject } from '../../../shared/result';
import { canWalkIn } from '../../../shared/rules/deskCapacity';
import { decideReservation, type ReservationRefusal } from '../../../shared/rules/reservationRules';
import { publicName } from '../../../shared/slips/mask';
import { CONSENT_VERSION } from '../../../shared/contract';
import { runCommand, type Actor, type CommandDeps, type CommandOutcome } from '../core/command';
import { activeDeskCount, isActiveDesk } from '../places/places';
import { siteDay } from '../settings/rules';
import { freeDesks } from '../visits/visitQueries';
import {
  activeReservationCount,
  findReservationById,
  findReservationByRequestKey,
  findVisitorId,
  heldDesks,
  isDeskReserved,
  personHasReservationOn,
  reservationRow,
} from './reservationQueries';

type WalkInOutput = MethodOutput<'reservations.createWalkIn'>;

const walkInResult = (r: {
  id: string;
  token: string;
  day: string;
  full_name: string;
  phone_e164: string;
}): WalkInOutput => ({
  reservationId: r.id,
  token: r.token,
  day: r.day,
  firstName: publicName(r.full_name),
  phone: maskPhone(r.phone_e164),
});

const UPDATE_VISITOR = 'UPDATE visitors SET full_name = ?, consent_at = ?, consent_version = ? WHERE id = ?';
const INSERT_VISITOR = `INSERT INTO visitors (id, full_name, email, phone_e164, consent_at, consent_version, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

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
    prepared(db, UPDATE_VISITOR).run(person.fullName, now, CONSENT_VERSION, existing);
    return existing;
  }
  const id = deps.ids.id();
  prepared(db, INSERT_VISITOR).run(
    id,
    person.fullName,
    person.email,
    person.phone,
    now,
    CONSENT_VERSION,
    now,
  );
  return id;
}

const INSERT_RESERVATION = `INSERT INTO reservations
  (id, visitor_id, day, desk_number, status, token, source, request_key, created_at, updated_at)
  VALUES (?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?)`;

interface NewReservation {
  readonly person: { fullName: string; email: string; phone: string };
  readonly day: string;
  readonly deskNumber: number | null;
  readonly source: 'kiosk' | 'officer';
  readonly requestKey: string | null;
}

/** Writes the visitor and the reservation, and says so to the audit log, the outbox and the screens. */
function insertReservation(
  deps: CommandDeps,
  r: NewReservation,
  now: number,
): CommandOutcome<{ id: string; token: string }> {
  const visitorId = upsertVisitor(deps, r.person, now);
  const id = deps.ids.id();
  const token = deps.ids.ticketToken();
  prepared(deps.db, INSERT_RESERVATION).run(
    id,
    visitorId,
    r.day,
    r.deskNumber,
    token,
    r.source,
    r.requestKey,
    now,
    now,
  );
  return {
    value: { id, token },
    audit: {
      entity: 'reservation',
      entityId: id,
      details: { source: r.source, day: r.day, desk: r.deskNumber },
    },
    ops: [
      {
        type: 'reservation.created',
        payload: {
          id,
          visitorId,
          day: r.day,
          deskNumber: r.deskNumber,
          source: r.source,
          token,
          fullName: r.person.fullName,
          email: r.person.email,
          phone: r.person.phone,
          consentVersion: CONSENT_VERSION,
          createdAt: now,
        },
      },
    ],
    topics: ['reservations', 'visits'],
  };
}

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
  input: ParsedInput<'reservations.createWalkIn'>,
): WalkInOutput {
  const { db } = deps;
  return runCommand(deps, actor, 'reservations.createWalkIn', (now) => {
    const existing = findReservationByRequestKey(db, input.requestKey);
    if (existing) {
      // Same submit arriving twice: answer as the first time; nothing new is written but the audit row.
      return {
        value: walkInResult(existing),
        audit: { entity: 'reservation', entityId: existing.id, details: { replay: true } },
        ops: [],
        topics: [],
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
    const created = insertReservation(
      deps,
      { person: input, day, deskNumber: null, source: 'kiosk', requestKey: input.requestKey },
      now,
    );
    const { id, token } = created.value;
    return {
      ...created,
      value: walkInResult({ id, token, day, full_name: input.fullName, phone_e164: input.phone }),
    };
  });
}

const REFUSAL_KEYS: Record<ReservationRefusal, string> = {
  day_past: 'errors.reservation.dayPast',
  day_closed: 'errors.reservation.dayClosed',
  too_far_ahead: 'errors.reservation.tooFarAhead',
  fully_booked: 'errors.reservation.dayFull',
  already_booked: 'errors.reservation.alreadyBooked',
};

/** The shared reservation rules (the portal applies the same), then the desk asked for, if any. */
function checkDayAndDesk(
  db: Db,
  rules: RulesSettings,
  now: number,
  r: { day: string; deskNumber: number | null; visitorId: string | undefined; exceptId?: string },
): void {
  const exceptId = r.exceptId ?? '';
  const decision = decideReservation({
    day: r.day,
    now,
    calendar: rules.calendar,
    bookingDaysAhead: rules.bookingDaysAhead,
    deskCount: activeDeskCount(db),
    activeReservationsThatDay: activeReservationCount(db, r.day, exceptId),
    personHasOneThatDay:
      r.visitorId !== undefined && personHasReservationOn(db, r.visitorId, r.day, exceptId),
  });
  if (!decision.ok)
    throw reject('rule', REFUSAL_KEYS[decision.reason], {
      params: { day: r.day, days: rules.bookingDaysAhead },
    });
  const { deskNumber } = r;
  if (deskNumber === null) return;
  if (!isActiveDesk(db, deskNumber))
    throw reject('validation', 'errors.reservation.unknownDesk', { params: { desk: deskNumber } });
  if (isDeskReserved(db, r.day, deskNumber, exceptId))
    throw reject('conflict', 'errors.reservation.deskReserved', { params: { desk: deskNumber, day: r.day } });
}

/** The officer reserves for a visitor (by phone, or again on the spot after a failed scan: SOP 97 step 5). */
export function createByOfficer(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: ParsedInput<'reservations.create'>,
): MethodOutput<'reservations.create'> {
  return runCommand(deps, actor, 'reservations.create', (now) => {
    checkDayAndDesk(deps.db, rules, now, {
      day: input.day,
      deskNumber: input.deskNumber,
      visitorId: findVisitorId(deps.db, input.email, input.phone),
    });
    const created = insertReservation(
      deps,
      { person: input, day: input.day, deskNumber: input.deskNumber, source: 'officer', requestKey: null },
      now,
    );
    return {
      ...created,
      value: { reservation: reservationRow(deps.db, created.value.id)!, token: created.value.token },
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

const UPDATE_DAY_DESK = 'UPDATE reservations SET day = ?, desk_number = ?, updated_at = ? WHERE id = ?';

export function updateReservation(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { id: string; day: string; deskNumber: number | null },
): ReservationRow {
  return runCommand(deps, actor, 'reservations.update', (now) => {
    const before = bookedOrThrow(deps.db, input.id);
    checkDayAndDesk(deps.db, rules, now, {
      day: input.day,
      deskNumber: input.deskNumber,
      visitorId: before.visitor_id,
      exceptId: input.id,
    });
    prepared(deps.db, UPDATE_DAY_DESK).run(input.day, input.deskNumber, now, input.id);
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
      ops: [{ type: 'reservation.updated', payload: input }],
      topics: ['reservations', 'visits'],
    };
  });
}

const CANCEL = "UPDATE reservations SET status = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ?";

export function cancelReservation(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; reason: string },
): ReservationRow {
  return runCommand(deps, actor, 'reservations.cancel', (now) => {
    bookedOrThrow(deps.db, input.id);
    prepared(deps.db, CANCEL).run(input.reason, now, input.id);
    return {
      value: reservationRow(deps.db, input.id)!,
      audit: { entity: 'reservation', entityId: input.id, details: { reason: input.reason } },
      ops: [{ type: 'reservation.cancelled', payload: input }],
      topics: ['reservations', 'visits'],
    };
  });
}
