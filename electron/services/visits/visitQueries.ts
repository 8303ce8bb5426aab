// Reading visits: one visit, the open ones, the history, and which desks and lockers are free.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { RulesSettings, Visit } from '../../../shared/contract';
import { stayWarningLevel, type StayWarningThresholds } from '../../../shared/rules/stayLimit';
import { personMatch } from '../core/search';

interface VisitDbRow {
  id: string;
  reservation_id: string;
  full_name: string;
  phone_e164: string;
  desk_number: number;
  locker_number: number | null;
  locker_key_out: number;
  started_at: number;
  ends_at: number;
  status: Visit['status'];
  checkout_requested_at: number | null;
  checklist: string | null;
  closed_at: number | null;
  close_kind: Visit['closeKind'];
  officer_note: string | null;
  problems: string;
  check_in_method: Visit['checkInMethod'];
}

const SELECT_VISIT = `
  SELECT vi.id, vi.reservation_id, p.full_name, p.phone_e164, vi.desk_number, vi.locker_number, vi.locker_key_out,
         vi.started_at, vi.ends_at, vi.status, vi.checkout_requested_at, vi.checklist, vi.closed_at, vi.close_kind,
         vi.officer_note, vi.problems, vi.check_in_method
  FROM visits vi JOIN reservations r ON r.id = vi.reservation_id JOIN visitors p ON p.id = r.visitor_id`;
const VISIT_BY_ID = `${SELECT_VISIT} WHERE vi.id = ?`;
// reservation_id is unique: a reservation has at most one visit, open or not.
const VISIT_OF_RESERVATION = `${SELECT_VISIT} WHERE vi.reservation_id = ?`;
const OPEN_VISITS = `${SELECT_VISIT} WHERE vi.status <> 'closed' ORDER BY vi.desk_number`;

/** "Now" and the warning marks, to tell each open visit's warning level. */
export interface WarningClock {
  readonly now: number;
  readonly thresholds: StayWarningThresholds;
}

export const warningClock = (rules: RulesSettings, now: number): WarningClock => ({
  now,
  thresholds: rules.warningMinutes,
});

const toVisit = (r: VisitDbRow, clock: WarningClock): Visit => ({
  id: r.id,
  reservationId: r.reservation_id,
  fullName: r.full_name,
  phone: r.phone_e164,
  deskNumber: r.desk_number,
  lockerNumber: r.locker_number,
  lockerKeyOut: r.locker_key_out === 1,
  startedAt: r.started_at,
  endsAt: r.ends_at,
  status: r.status,
  checkoutRequestedAt: r.checkout_requested_at,
  checklist: r.checklist ? (JSON.parse(r.checklist) as Visit['checklist']) : null,
  closedAt: r.closed_at,
  closeKind: r.close_kind,
  officerNote: r.officer_note,
  problems: JSON.parse(r.problems) as Visit['problems'],
  checkInMethod: r.check_in_method,
  warning: r.status === 'closed' ? 'none' : stayWarningLevel(clock.now, r.ends_at, clock.thresholds),
});

export function visitById(db: Db, id: string, clock: WarningClock): Visit | undefined {
  const row = prepared(db, VISIT_BY_ID).get(id) as VisitDbRow | undefined;
  return row && toVisit(row, clock);
}

/** The reservation's visit while it is open or waiting for the desk check. */
export function openVisitOfReservation(
  db: Db,
  reservationId: string,
  clock: WarningClock,
): Visit | undefined {
  const row = prepared(db, VISIT_OF_RESERVATION).get(reservationId) as VisitDbRow | undefined;
  return row && row.status !== 'closed' ? toVisit(row, clock) : undefined;
}

export function openVisits(db: Db, clock: WarningClock): Visit[] {
  return (prepared(db, OPEN_VISITS).all() as VisitDbRow[]).map((r) => toVisit(r, clock));
}

export function visitHistory(
  db: Db,
  filter: { dayStart?: number; dayEnd?: number; query?: string | undefined; limit: number },
  clock: WarningClock,
): Visit[] {
  const where: string[] = ['p.erased_at IS NULL'];
  const params: Record<string, string | number> = { limit: filter.limit };
  if (filter.dayStart !== undefined && filter.dayEnd !== undefined) {
    where.push('vi.started_at >= :start AND vi.started_at < :end');
    params.start = filter.dayStart;
    params.end = filter.dayEnd;
  }
  if (filter.query) {
    const match = personMatch('p', filter.query);
    where.push(match.clause);
    Object.assign(params, match.params);
  }
  const sql = `${SELECT_VISIT} WHERE ${where.join(' AND ')} ORDER BY vi.started_at DESC LIMIT :limit`;
  return (prepared(db, sql).all(params) as VisitDbRow[]).map((r) => toVisit(r, clock));
}

const FREE_DESKS = `SELECT d.number FROM desks d WHERE d.active = 1
  AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.desk_number = d.number AND v.status <> 'closed')
  ORDER BY d.number`;
const IS_FREE_LOCKER = `SELECT 1 FROM lockers l WHERE l.number = ? AND l.active = 1
  AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.locker_number = l.number AND v.status <> 'closed')`;

/** Desks in service with nobody at them (no visit that is open or waiting for the desk check). */
export const freeDesks = (db: Db) => prepared(db, FREE_DESKS).pluck().all() as number[];

const IS_FREE_DESK = `SELECT 1 FROM desks d WHERE d.number = ? AND d.active = 1
  AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.desk_number = d.number AND v.status <> 'closed')`;
// Whether the reserved desk is free, and the lowest-numbered free desk, in one statement; the taken
// desks are read once (the open-desk index), not looked up desk by desk.
const DESK_CANDIDATES = `SELECT (${IS_FREE_DESK.replace('?', ':reserved')}) AS reserved_free,
  (SELECT min(number) FROM desks WHERE active = 1
     AND number NOT IN (SELECT desk_number FROM visits WHERE status <> 'closed')) AS lowest`;

export const isFreeDesk = (db: Db, desk: number) => prepared(db, IS_FREE_DESK).get(desk) !== undefined;

/**
 * The desks a check-in can be given, in the order the rule picks from: the reserved one if it is free,
 * and the lowest-numbered free one. The same choice as from the whole free list, without building it.
 */
export function deskCandidates(db: Db, reserved: number | null): number[] {
  const row = prepared(db, DESK_CANDIDATES).get({ reserved }) as {
    reserved_free: 1 | null;
    lowest: number | null;
  };
  const candidates = reserved !== null && row.reserved_free === 1 ? [reserved] : [];
  if (row.lowest !== null && row.lowest !== reserved) candidates.push(row.lowest);
  return candidates;
}

export const isFreeLocker = (db: Db, locker: number) =>
  prepared(db, IS_FREE_LOCKER).get(locker) !== undefined;
