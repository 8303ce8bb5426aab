// SOP 97 steps 4–6: a reservation becomes a visit at a desk, for at most 7 hours within service hours.
import { prepared } from '../../../db/statements';
import type { RulesSettings, Visit } from '../../../shared/contract';
import { reject } from '../../../shared/result';
import { decideCheckIn, type CheckInDecision } from '../../../shared/rules/checkInRules';
import type { ScanSource } from '../../../shared/scanEvent';
import { runCommand, type Actor, type CommandDeps, type CommandOutcome } from '../core/command';
import { findReservationById, type ReservationFacts } from '../reservations/reservationQueries';
import { stayWarningLevel } from '../../../shared/rules/stayLimit';
import { deskCandidates, isFreeDesk, openVisitOfReservation, warningClock } from './visitQueries';

export type Refusal = Extract<CheckInDecision, { ok: false }>;

/** A refused check-in: a typed result the scan screen turns into its own message. */
export class CheckInRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
    this.name = 'CheckInRefused';
  }
}

/** Which scanner read the code: kept on the audit row and in the sync operation. */
export interface ScanOrigin {
  readonly source: ScanSource;
  readonly deviceId: string;
  readonly symbology: string | null;
}

export type CheckInHow =
  | { readonly method: 'scan'; readonly scan: ScanOrigin }
  | { readonly method: 'manual'; readonly reason: string; readonly deskNumber: number | null };

export interface CheckInResult {
  readonly visit: Visit;
  /** The reserved desk was taken, so another was given. */
  readonly deskChanged: boolean;
}

const INSERT_VISIT = `INSERT INTO visits
  (id, reservation_id, desk_number, started_at, ends_at, status, check_in_method, manual_reason)
  VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`;
const MARK_CHECKED_IN = "UPDATE reservations SET status = 'checked_in', updated_at = ? WHERE id = ?";

/**
 * Decides and, when the rules allow, starts the visit: at the reserved desk (or the first free one),
 * ending at the earlier of check-in + the maximum stay and closing time. Runs inside the caller's
 * command, on the reservation and open visit it read in the same transaction, so two screens racing
 * for the last desk cannot both get it (SQLite runs one write transaction at a time, and the unique
 * index on open desks refuses a second holder anyway). Throws CheckInRefused with the rules' reason.
 */
export function startVisit(
  deps: CommandDeps,
  rules: RulesSettings,
  res: ReservationFacts,
  open: Visit | undefined,
  how: CheckInHow,
  now: number,
): CommandOutcome<CheckInResult> {
  const { db } = deps;
  const decision = decideCheckIn({
    now,
    cal: rules.calendar,
    maxStayMinutes: rules.maxStayMinutes,
    reservation: {
      day: res.day,
      status: res.status,
      ...(res.desk_number !== null ? { deskNumber: res.desk_number } : {}),
    },
    ...(open
      ? {
          openVisitForReservation: {
            deskNumber: open.deskNumber,
            ...(open.lockerNumber !== null ? { lockerNumber: open.lockerNumber } : {}),
            startedAt: open.startedAt,
            endsAt: open.endsAt,
          },
        }
      : {}),
    freeDesks: deskCandidates(db, res.desk_number),
  });
  if (!decision.ok) throw new CheckInRefused(decision);
  let desk = decision.deskNumber;
  if (how.method === 'manual' && how.deskNumber !== null) {
    if (!isFreeDesk(db, how.deskNumber)) {
      throw reject('conflict', 'errors.visit.deskTaken', { params: { desk: how.deskNumber } });
    }
    desk = how.deskNumber;
  }
  const id = deps.ids.id();
  const manualReason = how.method === 'manual' ? how.reason : null;
  prepared(db, INSERT_VISIT).run(id, res.id, desk, now, decision.endsAt, how.method, manualReason);
  prepared(db, MARK_CHECKED_IN).run(now, res.id);
  const scan = how.method === 'scan' ? how.scan : null;
  // The visit as just written (not read back: the scan's answer waits for every statement).
  const visit: Visit = {
    id,
    reservationId: res.id,
    fullName: res.full_name,
    phone: res.phone_e164,
    deskNumber: desk,
    lockerNumber: null,
    lockerKeyOut: false,
    startedAt: now,
    endsAt: decision.endsAt,
    status: 'open',
    checkoutRequestedAt: null,
    checklist: null,
    closedAt: null,
    closeKind: null,
    officerNote: null,
    problems: [],
    checkInMethod: how.method,
    warning: stayWarningLevel(now, decision.endsAt, rules.warningMinutes),
  };
  return {
    value: { visit, deskChanged: res.desk_number !== null && res.desk_number !== desk },
    audit: {
      entity: 'visit',
      entityId: id,
      details: {
        reservationId: res.id,
        desk,
        method: how.method,
        ...(scan ? { scan } : { reason: manualReason }),
      },
    },
    ops: [
      {
        type: 'visit.started',
        payload: {
          id,
          reservationId: res.id,
          desk,
          startedAt: now,
          endsAt: decision.endsAt,
          method: how.method,
          scan: scan && { ...scan },
        },
      },
    ],
    topics: ['visits', 'reservations'],
  };
}

/** Officer fallback (SOP 97 step 5): the reservation found by hand, checked in with a reason. */
export function manualCheckIn(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { reservationId: string; reason: string; deskNumber: number | null },
): CheckInResult {
  try {
    return runCommand(deps, actor, 'visits.manualCheckIn', (now) => {
      const res = findReservationById(deps.db, input.reservationId);
      if (!res) throw reject('not_found', 'errors.reservation.notFound');
      const open = openVisitOfReservation(deps.db, res.id, warningClock(rules, now));
      return startVisit(deps, rules, res, open, { method: 'manual', ...input }, now);
    });
  } catch (err) {
    // The SOP's rules bind the officer too; the desk gets them as a typed, translated refusal.
    if (err instanceof CheckInRefused) {
      throw reject('rule', 'errors.visit.checkInRefused', { params: { reason: err.refusal.reason } });
    }
    throw err;
  }
}
