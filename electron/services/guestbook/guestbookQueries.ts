// Reading the guest book: one entry, the officer's queue, a day's or a month's list, a returning
// guest's last entry by phone, and the next queue number of this kiosk's letter.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { GuestEntry } from '../../../shared/contract';
import { GUEST_STANDARD_MINUTES, minutesBetween, waitLevel } from '../../../shared/guestbook/serviceTime';
import { isServiceId, type ServiceId } from '../../../shared/serviceStandards/serviceIds';

/** A guests row as stored, with the serving officer's name. */
export interface GuestRow {
  id: string;
  day: string;
  queue_prefix: string;
  queue_seq: number;
  queue_number: string;
  full_name: string;
  institution: string | null;
  phone_e164: string | null;
  purpose_service: string | null;
  purpose_other: string | null;
  meet: string | null;
  with_letter: 0 | 1;
  returning_guest: 0 | 1;
  consent_version: string;
  registered_at: number;
  status: GuestEntry['status'];
  served_at: number | null;
  served_by: string | null;
  served_by_name: string | null;
  outcome: GuestEntry['outcome'];
  service_note: string | null;
  closed_at: number | null;
  closed_by: string | null;
  close_kind: GuestEntry['closeKind'];
  close_note: string | null;
  anonymised_at: number | null;
}

const SELECT = `SELECT g.*, o.full_name AS served_by_name
  FROM guests g LEFT JOIN officers o ON o.id = g.served_by`;

/** When the wait ended: served, or closed unserved; still running while the guest waits. */
const waitEnd = (r: GuestRow, now: number): number => r.served_at ?? r.closed_at ?? now;

export const toGuestEntry = (r: GuestRow, now: number): GuestEntry => ({
  id: r.id,
  day: r.day,
  queueNumber: r.queue_number,
  fullName: r.full_name,
  institution: r.institution,
  phone: r.phone_e164,
  purpose: {
    serviceId: isServiceId(r.purpose_service) ? r.purpose_service : null,
    other: r.purpose_other,
  },
  meet: r.meet,
  withLetter: r.with_letter === 1,
  returning: r.returning_guest === 1,
  status: r.status,
  registeredAt: r.registered_at,
  servedAt: r.served_at,
  servedBy: r.served_by_name ?? r.served_by,
  outcome: r.outcome,
  serviceNote: r.service_note,
  closedAt: r.closed_at,
  closeKind: r.close_kind,
  closeNote: r.close_note,
  anonymised: r.anonymised_at !== null,
  waitedMinutes: minutesBetween(r.registered_at, waitEnd(r, now)),
  waitLevel: waitLevel(r.registered_at, waitEnd(r, now)),
});

const BY_ID = `${SELECT} WHERE g.id = ?`;
export const findGuest = (db: Db, id: string) => prepared(db, BY_ID).get(id) as GuestRow | undefined;

const BY_REQUEST_KEY = `${SELECT} WHERE g.request_key = ?`;
export const findGuestByRequestKey = (db: Db, key: string) =>
  prepared(db, BY_REQUEST_KEY).get(key) as GuestRow | undefined;

// Open entries of any day: a guest left waiting yesterday stays on the queue until an officer closes it.
const OPEN = `${SELECT} WHERE g.status IN ('waiting', 'served') ORDER BY g.registered_at, g.id LIMIT 500`;
export const openGuests = (db: Db) => prepared(db, OPEN).all() as GuestRow[];

const WAITING_BEFORE = `SELECT count(*) FROM guests
  WHERE status = 'waiting' AND day = ? AND (registered_at < ? OR (registered_at = ? AND id < ?))`;
/** Guests of the day still waiting who came before this one. */
export const waitingAhead = (db: Db, day: string, registeredAt: number, id: string) =>
  prepared(db, WAITING_BEFORE).pluck().get(day, registeredAt, registeredAt, id) as number;

const BETWEEN = `${SELECT} WHERE g.day >= ? AND g.day <= ? ORDER BY g.registered_at, g.id LIMIT ?`;
/** Entries of the days from `first` to `last`, in the order guests came; at most `limit`. */
export const guestsBetween = (db: Db, first: string, last: string, limit: number) =>
  prepared(db, BETWEEN).all(first, last, limit) as GuestRow[];

const COUNTS = `SELECT count(*) AS registered,
    coalesce(sum(status = 'waiting'), 0) AS waiting,
    coalesce(sum(status = 'served'), 0) AS serving,
    coalesce(sum(status = 'closed'), 0) AS closed,
    coalesce(sum(close_kind = 'left'), 0) AS "left",
    coalesce(sum(served_at IS NOT NULL), 0) AS served,
    coalesce(sum(served_at IS NOT NULL AND served_at - registered_at < ?), 0) AS withinStandard
  FROM guests WHERE day >= ? AND day <= ?`;

export interface GuestCounts {
  registered: number;
  waiting: number;
  serving: number;
  closed: number;
  left: number;
  served: number;
  withinStandard: number;
}

export const guestCounts = (db: Db, first: string, last: string) =>
  prepared(db, COUNTS).get(GUEST_STANDARD_MINUTES * 60_000, first, last) as GuestCounts;

const LAST_BY_PHONE = `SELECT full_name, institution FROM guests
  WHERE phone_e164 = ? AND anonymised_at IS NULL ORDER BY registered_at DESC LIMIT 1`;
/** A returning guest's name and institution as they gave them last time. */
export const lastEntryByPhone = (db: Db, phone: string) =>
  prepared(db, LAST_BY_PHONE).get(phone) as { full_name: string; institution: string | null } | undefined;

const MAX_SEQ = 'SELECT max(queue_seq) FROM guests WHERE day = ? AND queue_prefix = ?';
/** The next number of `prefix` on `day`: one past the highest this kiosk knows of, pulled ones included. */
export const nextQueueSeq = (db: Db, day: string, prefix: string): number =>
  ((prepared(db, MAX_SEQ).pluck().get(day, prefix) as number | null) ?? 0) + 1;

export const purposeOf = (r: {
  purpose_service: string | null;
  purpose_other: string | null;
}): { serviceId: ServiceId | null; other: string | null } => ({
  serviceId: isServiceId(r.purpose_service) ? r.purpose_service : null,
  other: r.purpose_other,
});
