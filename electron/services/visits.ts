import type { RulesSettings, Visit } from '../../shared/contract';
import { reject } from '../../shared/result';
import { decideCheckIn, type CheckInDecision } from '../../shared/rules/checkInRules';
import { localDay } from '../../shared/rules/siteCalendar';
import { runCommand, type Actor, type CommandDeps } from './command';
import {
  findReservationById,
  freeDesks,
  isFreeLocker,
  openVisitOfReservation,
  visitById,
  type TokenReservation,
  type WarningClock,
} from './visitQueries';

export type Refusal = Extract<CheckInDecision, { ok: false }>;

/** A refused check-in: a typed result the scan screen turns into its own message. */
export class CheckInRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
    this.name = 'CheckInRefused';
  }
}

export const warningClock = (rules: RulesSettings, now: number): WarningClock => ({
  now,
  thresholds: rules.warningMinutes,
});

function decide(
  deps: CommandDeps,
  rules: RulesSettings,
  now: number,
  res: TokenReservation | undefined,
): CheckInDecision {
  const open = res ? openVisitOfReservation(deps.db, res.id, warningClock(rules, now)) : undefined;
  return decideCheckIn({
    now,
    cal: rules.calendar,
    maxStayMinutes: rules.maxStayMinutes,
    reservation: res
      ? { day: res.day, status: res.status, ...(res.desk_number ? { deskNumber: res.desk_number } : {}) }
      : null,
    ...(open
      ? {
          openVisitForReservation: {
            deskNumber: open.deskNumber,
            ...(open.lockerNumber ? { lockerNumber: open.lockerNumber } : {}),
            startedAt: open.startedAt,
            endsAt: open.endsAt,
          },
        }
      : {}),
    freeDesks: freeDesks(deps.db),
  });
}

export interface CheckInResult {
  readonly visit: Visit;
  /** The reserved desk was taken, so another was given. */
  readonly deskChanged: boolean;
}

/**
 * SOP 97 steps 4–6: a visit starts at the reserved desk (or the first free one), ending at the earlier
 * of check-in + the maximum stay and closing time. The rules are checked inside the write
 * transaction, so two screens racing for the last desk cannot both get it: SQLite runs one write
 * transaction at a time, and the unique index on open desks refuses a second holder anyway.
 */
export function checkIn(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  res: TokenReservation,
  how: { method: 'scan' } | { method: 'manual'; reason: string; deskNumber: number | null },
): CheckInResult {
  const { db } = deps;
  return runCommand(deps, actor, how.method === 'scan' ? 'visits.checkIn' : 'visits.manualCheckIn', (now) => {
    const fresh = findReservationById(db, res.id);
    const decision = decide(deps, rules, now, fresh);
    if (!decision.ok) throw new CheckInRefused(decision);
    let desk = decision.deskNumber;
    if (how.method === 'manual' && how.deskNumber !== null) {
      if (!freeDesks(db).includes(how.deskNumber)) {
        throw reject('conflict', 'errors.visit.deskTaken', { params: { desk: how.deskNumber } });
      }
      desk = how.deskNumber;
    }
    const id = deps.ids.id();
    db.prepare(
      `INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status, check_in_method, manual_reason)
       VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`,
    ).run(id, res.id, desk, now, decision.endsAt, how.method, how.method === 'manual' ? how.reason : null);
    db.prepare("UPDATE reservations SET status = 'checked_in', updated_at = ? WHERE id = ?").run(now, res.id);
    const visit = visitById(db, id, warningClock(rules, now))!;
    return {
      value: { visit, deskChanged: fresh?.desk_number != null && fresh.desk_number !== desk },
      audit: {
        entity: 'visit',
        entityId: id,
        details: {
          reservationId: res.id,
          desk,
          method: how.method,
          ...(how.method === 'manual' ? { reason: how.reason } : {}),
        },
      },
      sync: {
        type: 'visit.started',
        payload: {
          id,
          reservationId: res.id,
          desk,
          startedAt: now,
          endsAt: decision.endsAt,
          method: how.method,
        },
      },
    };
  });
}

/** Officer fallback (SOP 97 step 5): the reservation found by hand, checked in with a reason. */
export function manualCheckIn(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { reservationId: string; reason: string; deskNumber: number | null },
): CheckInResult {
  const res = findReservationById(deps.db, input.reservationId);
  if (!res) throw reject('not_found', 'errors.reservation.notFound');
  try {
    return checkIn(deps, actor, rules, res, {
      method: 'manual',
      reason: input.reason,
      deskNumber: input.deskNumber,
    });
  } catch (err) {
    // The SOP's rules bind the officer too; the desk gets them as a typed, translated refusal.
    if (err instanceof CheckInRefused) {
      throw reject('rule', 'errors.visit.checkInRefused', { params: { reason: err.refusal.reason } });
    }
    throw err;
  }
}

function openVisitOrThrow(deps: CommandDeps, rules: RulesSettings, visitId: string, now: number): Visit {
  const visit = visitById(deps.db, visitId, warningClock(rules, now));
  if (!visit) throw reject('not_found', 'errors.visit.notFound');
  if (visit.status === 'closed') throw reject('conflict', 'errors.visit.alreadyClosed');
  return visit;
}

/** The officer moves a visitor to another free desk (the reserved one was broken, say). */
export function changeDesk(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  visitId: string,
  desk: number,
): Visit {
  return runCommand(deps, actor, 'visits.changeDesk', (now) => {
    const visit = openVisitOrThrow(deps, rules, visitId, now);
    if (visit.deskNumber !== desk && !freeDesks(deps.db).includes(desk)) {
      throw reject('conflict', 'errors.visit.deskTaken', { params: { desk } });
    }
    deps.db.prepare('UPDATE visits SET desk_number = ? WHERE id = ?').run(desk, visitId);
    return {
      value: visitById(deps.db, visitId, warningClock(rules, now))!,
      audit: { entity: 'visit', entityId: visitId, details: { from: visit.deskNumber, to: desk } },
      sync: { type: 'visit.deskChanged', payload: { id: visitId, desk } },
    };
  });
}

/** A locker from the free ones, with whether its key was handed out; null gives the locker back. */
export function assignLocker(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { visitId: string; lockerNumber: number | null; keyHandedOut: boolean },
): Visit {
  return runCommand(deps, actor, 'visits.assignLocker', (now) => {
    const visit = openVisitOrThrow(deps, rules, input.visitId, now);
    const locker = input.lockerNumber;
    if (locker !== null && locker !== visit.lockerNumber && !isFreeLocker(deps.db, locker)) {
      throw reject('conflict', 'errors.visit.lockerTaken', { params: { locker } });
    }
    deps.db
      .prepare('UPDATE visits SET locker_number = ?, locker_key_out = ? WHERE id = ?')
      .run(locker, locker !== null && input.keyHandedOut ? 1 : 0, input.visitId);
    return {
      value: visitById(deps.db, input.visitId, warningClock(rules, now))!,
      audit: {
        entity: 'visit',
        entityId: input.visitId,
        details: { locker, keyHandedOut: input.keyHandedOut },
      },
      sync: {
        type: 'visit.lockerChanged',
        payload: { id: input.visitId, locker, keyOut: input.keyHandedOut },
      },
    };
  });
}

/** The site's day for an instant. */
export const siteDay = (rules: RulesSettings, at: number) => localDay(at, rules.calendar.timeZone);
