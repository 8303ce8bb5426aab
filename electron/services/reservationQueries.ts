import type { Db } from '../../db/openDatabase';
import type { ReservationRow } from '../../shared/contract';

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

/** Escapes LIKE wildcards so a visitor named "100%" is searched for literally. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Digits of a phone query in the stored E.164 form: "0812 34" → "6281234". */
export const phoneDigits = (q: string) => {
  const digits = q.replace(/\D/g, '');
  return digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
};

export function listReservations(
  db: Db,
  filter: { day?: string; query?: string; limit: number },
): { items: ReservationRow[]; total: number } {
  const where: string[] = ['v.erased_at IS NULL'];
  const params: Record<string, string | number> = { limit: filter.limit };
  if (filter.day) {
    where.push('r.day = :day');
    params.day = filter.day;
  }
  if (filter.query) {
    const digits = phoneDigits(filter.query);
    where.push(
      `(v.full_name LIKE :q ESCAPE '\\' OR v.email LIKE :q ESCAPE '\\'` +
        (digits.length >= 3 ? ` OR v.phone_e164 LIKE :digits ESCAPE '\\')` : ')'),
    );
    params.q = likePattern(filter.query);
    if (digits.length >= 3) params.digits = likePattern(digits);
  }
  const clause = `WHERE ${where.join(' AND ')}`;
  const items = (
    db
      .prepare(`${SELECT_ROW} ${clause} ORDER BY r.day DESC, r.created_at DESC LIMIT :limit`)
      .all(params) as ReservationDbRow[]
  ).map(toRow);
  const { limit: _limit, ...countParams } = params;
  const total = (
    db
      .prepare(`SELECT count(*) AS n FROM reservations r JOIN visitors v ON v.id = r.visitor_id ${clause}`)
      .get(countParams) as { n: number }
  ).n;
  return { items, total };
}

export function reservationRow(db: Db, id: string): ReservationRow | undefined {
  const row = db.prepare(`${SELECT_ROW} WHERE r.id = ?`).get(id) as ReservationDbRow | undefined;
  return row && toRow(row);
}

export function findReservationByRequestKey(db: Db, requestKey: string) {
  return db
    .prepare(
      'SELECT r.id, r.token, r.day, v.full_name, v.phone_e164 FROM reservations r JOIN visitors v ON v.id = r.visitor_id WHERE r.request_key = ?',
    )
    .get(requestKey) as
    { id: string; token: string; day: string; full_name: string; phone_e164: string } | undefined;
}

export function findVisitorId(db: Db, email: string, phone: string): string | undefined {
  const row = db
    .prepare('SELECT id FROM visitors WHERE email = ? AND phone_e164 = ? AND erased_at IS NULL LIMIT 1')
    .get(email, phone) as { id: string } | undefined;
  return row?.id;
}
