// Visits and reservations written straight into a kiosk database, for the recap's figures (tests and
// bench/recapReports.ts): deterministic (a seeded PRNG), in one transaction, with bulk statements.
// Every row is what the kiosk's own commands would leave: a visitor, a reservation for the day, and
// for most reservations a visit at a desk, closed in one of the ways a visit closes.
import type Database from 'better-sqlite3';
import { localDayRange } from '../../../shared/rules/siteCalendar';

export interface SeedVisit {
  visitorId: string;
  day: string;
  /** Local time of the check-in, minutes after midnight. */
  startMinute: number;
  stayMinutes: number;
  desk: number;
  closeKind: 'confirmed' | 'problem' | 'left_without_checkout' | 'auto_limit' | null;
  problems?: readonly string[];
}

export function insertVisitor(db: Database.Database, id: string, fullName: string, at = 0): void {
  db.prepare(
    `INSERT INTO visitors (id, full_name, email, phone_e164, consent_at, consent_version, created_at)
     VALUES (?, ?, ?, '+6281234567890', ?, 'test', ?)`,
  ).run(id, fullName, `${id}@contoh.id`, at, at);
}

let seq = 0;

/** One reservation and its visit; returns the visit's id. */
export function insertVisit(
  db: Database.Database,
  v: SeedVisit,
  timeZone = 'Asia/Pontianak',
  maxStay = 420,
): string {
  const n = ++seq;
  const rid = `r-seed-${n}`;
  const vid = `v-seed-${n}`;
  const dayStart = localDayRange(v.day, timeZone).start;
  const started = dayStart + v.startMinute * 60_000;
  const closed = v.closeKind ? started + v.stayMinutes * 60_000 : null;
  db.prepare(
    `INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'officer', ?, ?)`,
  ).run(
    rid,
    v.visitorId,
    v.day,
    v.desk,
    closed ? 'completed' : 'checked_in',
    `LK1SEED${n}`,
    started,
    started,
  );
  db.prepare(
    `INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status, closed_at, close_kind, problems)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    vid,
    rid,
    v.desk,
    started,
    started + maxStay * 60_000,
    closed ? 'closed' : 'open',
    closed,
    v.closeKind,
    JSON.stringify(v.problems ?? []),
  );
  return vid;
}

export function insertReservation(
  db: Database.Database,
  visitorId: string,
  day: string,
  status: 'booked' | 'cancelled' | 'no_show',
): void {
  const n = ++seq;
  db.prepare(
    `INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, created_at, updated_at)
     VALUES (?, ?, ?, NULL, ?, ?, 'portal', 0, 0)`,
  ).run(`r-seed-${n}`, visitorId, day, status, `LK1SEED${n}`);
}
