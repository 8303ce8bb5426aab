// Reading reservations: the officer's list, one row, and the lookups the commands need.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { ReservationRow } from '../../../shared/contract';
import type { ReservationStatus } from '../../../shared/rules/checkInRules';
import { personMatch } from '../core/search';

interface ReservationDbRow {
  id: string;
  day: string;
  full_name: string;
  email: string;
  phone_e164: string;
  desk_number: number | null;
  status: ReservationRow['status'];
  source: ReservationRow['source'];
  created_at: number;
}

const SELECT_ROW = `
  SELECT r.id, r.day, v.full_name, v.email, v.phone_e164, r.desk_number, r.status, r.source, r.created_at
  FROM reservations r JOIN visitors v ON v.id = r.visitor_id`;
const ROW_BY_ID = `${SELECT_ROW} WHERE r.id = ?`;

const toRow = (r: ReservationDbRow): ReservationRow => ({
  id: r.id,
  day: r.day,
  fullName: r.full_name,
  email: r.email,
  phone: r.phone_e164,
  deskNumber: r.desk_number,
  status: r.status,
  source: r.source,
  createdAt: r.created_at,
});

export function listReservations(
  db: Db,
  filter: { day?: string | undefined; query?: string | undefined; limit: number },
): { items: ReservationRow[]; total: number } {
  const where: string[] = ['v.erased_at IS NULL'];
  const params: Record<string, string | number> = {};
  if (filter.day) {
    where.push('r.day = :day');
    params.day = filter.day;
  }
  if (filter.query) {
    const match = personMatch('v', filter.query);
    where.push(match.clause);
    Object.assign(params, match.params);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const items = (
    prepared(db, `${SELECT_ROW} ${clause} ORDER BY r.day DESC, r.created_at DESC LIMIT :limit`).all({
      ...params,
      limit: filter.limit,
    }) as ReservationDbRow[]
  ).map(toRow);
  const total = prepared(
    db,
    `SELECT count(*) FROM reservations r JOIN visitors v ON v.id = r.visitor_id ${clause}`,
  )
    .pluck()
    .get(params) as number;
  return { items, total };
}

export function reservationRow(db: Db, id: string): ReservationRow | undefined {
  const row = prepared(db, ROW_BY_ID).get(id) as ReservationDbRow | undefined;
  return row && toRow(row);
}

/** What the check-in rules and the slips need of a reservation. */
export interface ReservationFacts {
  id: string;
  visitor_id: string;
  day: string;
  status: ReservationStatus;
  desk_number: number | null;
  token: string;
  full_name: string;
  phone_e164: string;
  created_at: number;
}

const SELECT_FACTS = `
  SELECT r.id, r.visitor_id, r.day, r.status, r.desk_number, r.token, v.full_name, v.phone_e164, r.created_at
  FROM reservations r JOIN visitors v ON v.id = r.visitor_id`;
const FACTS_BY_ID = `${SELECT_FACTS} WHERE r.id = ?`;
const FACTS_BY_TOKEN = `${SELECT_FACTS} WHERE r.token = ?`;

export const findReservationById = (db: Db, id: string) =>
  prepared(db, FACTS_BY_ID).get(id) as ReservationFacts | undefined;

export const findReservationByToken = (db: Db, token: string) =>
  prepared(db, FACTS_BY_TOKEN).get(token) as ReservationFacts | undefined;

const BY_REQUEST_KEY = `SELECT r.id, r.token, r.day, v.full_name, v.phone_e164
  FROM reservations r JOIN visitors v ON v.id = r.visitor_id WHERE r.request_key = ?`;

export const findReservationByRequestKey = (db: Db, requestKey: string) =>
  prepared(db, BY_REQUEST_KEY).get(requestKey) as
    { id: string; token: string; day: string; full_name: string; phone_e164: string } | undefined;

const VISITOR_BY_CONTACT =
  'SELECT id FROM visitors WHERE email = ? AND phone_e164 = ? AND erased_at IS NULL LIMIT 1';

export const findVisitorId = (db: Db, email: string, phone: string) =>
  prepared(db, VISITOR_BY_CONTACT).pluck().get(email, phone) as string | undefined;

const ACTIVE_COUNT =
  "SELECT count(*) FROM reservations WHERE day = ? AND status IN ('booked', 'checked_in') AND id <> ?";

/** Reservations that still hold a place that day (booked or in the house), optionally but one. */
export const activeReservationCount = (db: Db, day: string, exceptId = '') =>
  prepared(db, ACTIVE_COUNT).pluck().get(day, exceptId) as number;

const PERSON_THAT_DAY = `SELECT 1 FROM reservations
  WHERE visitor_id = ? AND day = ? AND status IN ('booked', 'checked_in') AND id <> ?`;

/** The visitor already holds an active reservation that day (other than `exceptId`). */
export const personHasReservationOn = (db: Db, visitorId: string, day: string, exceptId = '') =>
  prepared(db, PERSON_THAT_DAY).get(visitorId, day, exceptId) !== undefined;

const HELD_DESKS =
  "SELECT desk_number FROM reservations WHERE day = ? AND status = 'booked' AND desk_number IS NOT NULL";

/** Desks promised to the day's reservations whose visitor has not arrived yet. */
export const heldDesks = (db: Db, day: string) => prepared(db, HELD_DESKS).pluck().all(day) as number[];

const DESK_RESERVED = `SELECT 1 FROM reservations
  WHERE day = ? AND desk_number = ? AND status IN ('booked', 'checked_in') AND id <> ?`;

export const isDeskReserved = (db: Db, day: string, desk: number, exceptId = '') =>
  prepared(db, DESK_RESERVED).get(day, desk, exceptId) !== undefined;
