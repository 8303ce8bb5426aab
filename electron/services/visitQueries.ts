import type { Db } from '../../db/openDatabase';
import type { Visit } from '../../shared/contract';
import type { ReservationStatus } from '../../shared/rules/checkInRules';
import { stayWarningLevel, type StayWarningThresholds } from '../../shared/rules/stayLimit';
import { likePattern, phoneDigits } from './reservationQueries';

export interface TokenReservation {
  id: string;
  visitor_id: string;
  day: string;
  status: ReservationStatus;
  desk_number: number | null;
  full_name: string;
}

export function findReservationByToken(db: Db, token: string): TokenReservation | undefined {
  return db
    .prepare(
      `SELECT r.id, r.visitor_id, r.day, r.status, r.desk_number, v.full_name
       FROM reservations r JOIN visitors v ON v.id = r.visitor_id WHERE r.token = ?`,
    )
    .get(token) as TokenReservation | undefined;
}

export function findReservationById(db: Db, id: string): (TokenReservation & { token: string }) | undefined {
  return db
    .prepare(
      `SELECT r.id, r.visitor_id, r.day, r.status, r.desk_number, r.token, v.full_name
       FROM reservations r JOIN visitors v ON v.id = r.visitor_id WHERE r.id = ?`,
    )
    .get(id) as (TokenReservation & { token: string }) | undefined;
}

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

export interface WarningClock {
  readonly now: number;
  readonly thresholds: StayWarningThresholds;
}

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
  const row = db.prepare(`${SELECT_VISIT} WHERE vi.id = ?`).get(id) as VisitDbRow | undefined;
  return row && toVisit(row, clock);
}

export function openVisitOfReservation(
  db: Db,
  reservationId: string,
  clock: WarningClock,
): Visit | undefined {
  const row = db
    .prepare(`${SELECT_VISIT} WHERE vi.reservation_id = ? AND vi.status <> 'closed'`)
    .get(reservationId) as VisitDbRow | undefined;
  return row && toVisit(row, clock);
}

export function openVisits(db: Db, clock: WarningClock): Visit[] {
  return (
    db.prepare(`${SELECT_VISIT} WHERE vi.status <> 'closed' ORDER BY vi.desk_number`).all() as VisitDbRow[]
  ).map((r) => toVisit(r, clock));
}

export function visitHistory(
  db: Db,
  filter: { dayStart?: number; dayEnd?: number; query?: string; limit: number },
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
    const digits = phoneDigits(filter.query);
    const phone = digits.length >= 3 ? " OR p.phone_e164 LIKE :digits ESCAPE '\\'" : '';
    where.push(`(p.full_name LIKE :q ESCAPE '\\' OR p.email LIKE :q ESCAPE '\\'${phone})`);
    params.q = likePattern(filter.query);
    if (phone) params.digits = likePattern(digits);
  }
  return (
    db
      .prepare(`${SELECT_VISIT} WHERE ${where.join(' AND ')} ORDER BY vi.started_at DESC LIMIT :limit`)
      .all(params) as VisitDbRow[]
  ).map((r) => toVisit(r, clock));
}

/** Desks in service with nobody at them (no visit that is open or waiting for the desk check). */
export function freeDesks(db: Db): number[] {
  return db
    .prepare(
      `SELECT d.number FROM desks d WHERE d.active = 1
       AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.desk_number = d.number AND v.status <> 'closed')
       ORDER BY d.number`,
    )
    .pluck()
    .all() as number[];
}

export function isFreeLocker(db: Db, locker: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM lockers l WHERE l.number = ? AND l.active = 1
         AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.locker_number = l.number AND v.status <> 'closed')`,
      )
      .get(locker) !== undefined
  );
}

/** Desks promised to today's reservations whose visitor has not arrived yet. */
export function heldDesks(db: Db, day: string): number[] {
  return db
    .prepare(
      "SELECT desk_number FROM reservations WHERE day = ? AND status = 'booked' AND desk_number IS NOT NULL",
    )
    .pluck()
    .all(day) as number[];
}

export function activeReservationCount(db: Db, day: string, exceptId = ''): number {
  return db
    .prepare(
      "SELECT count(*) FROM reservations WHERE day = ? AND status IN ('booked', 'checked_in') AND id <> ?",
    )
    .pluck()
    .get(day, exceptId) as number;
}

export function activeDeskCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM desks WHERE active = 1').pluck().get() as number;
}
