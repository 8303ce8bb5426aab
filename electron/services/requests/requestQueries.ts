// The requests' SQL (0020_requests.sql): the record whole in `record`, the columns beside it for
// the lists, the agenda and the clash check; attendance rows; the letters.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import {
  requestRecordSchema,
  requestStatus,
  type IssuedLetter,
  type RequestRecord,
  type RequestStatus,
} from '../../../shared/requests/requestRecord';
import type { RequestSettings } from '../../../shared/requests/requestSettings';
import { slotInstants } from '../../../shared/requests/slotTime';

const UPSERT = `INSERT INTO requests (id, reference, type_id, kind, status, room_id, day, starts_at, ends_at,
    block_start, block_end, entered_at, attendance_token, request_key, record, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, room_id = excluded.room_id, day = excluded.day,
    starts_at = excluded.starts_at, ends_at = excluded.ends_at, block_start = excluded.block_start,
    block_end = excluded.block_end, record = excluded.record, updated_at = excluded.updated_at`;
const BY_ID = 'SELECT record FROM requests WHERE id = ?';
const BY_KEY = 'SELECT record FROM requests WHERE request_key = ?';
export const BY_ATTENDANCE_TOKEN = 'SELECT record FROM requests WHERE attendance_token = ?';
/** A room's bookings whose blocked time overlaps [from, to). */
export const ROOM_BOOKINGS = `SELECT record FROM requests
  WHERE room_id = ? AND block_start < ? AND block_end > ? AND status NOT IN ('rejected', 'cancelled')`;
export const IN_DAYS = `SELECT record FROM requests WHERE day >= ? AND day <= ? AND status NOT IN ('rejected', 'cancelled')
  ORDER BY starts_at`;
const LATEST = 'SELECT record FROM requests ORDER BY entered_at DESC LIMIT ?';
const OF_STATUS = 'SELECT record FROM requests WHERE status = ? ORDER BY entered_at DESC LIMIT ?';
const ENTERED_BETWEEN = `SELECT record FROM requests WHERE entered_at >= ? AND entered_at < ? ORDER BY entered_at`;
export const ATTENDANCE_COUNT = 'SELECT count(*) FROM request_attendance WHERE request_id = ?';
const INSERT_ATTENDANCE = `INSERT OR IGNORE INTO request_attendance (id, request_id, at, device_id) VALUES (?, ?, ?, ?)`;
const INSERT_LETTER = `INSERT OR IGNORE INTO request_letters (id, request_id, kind, year, sequence, number, record, issued_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
const LETTERS_OF = 'SELECT record FROM request_letters WHERE request_id = ? ORDER BY issued_at';
const LETTER = 'SELECT record FROM request_letters WHERE id = ?';
const LETTERS_OF_YEAR = 'SELECT year, sequence FROM request_letters WHERE year = ?';

const parse = (json: string): RequestRecord => requestRecordSchema.parse(JSON.parse(json));

/** The slot the request holds: the scheduled one, else the one asked for (when whole). */
export function slotOf(r: RequestRecord): { roomId: string; day: string; start: string; end: string } | null {
  if (r.schedule) return r.schedule.slot;
  const e = r.intake.event;
  if (r.kind !== 'room' || !e.roomId || !e.day || !e.start || !e.end) return null;
  return { roomId: e.roomId, day: e.day, start: e.start, end: e.end };
}

export function chainLengthOf(settings: RequestSettings, typeId: string): number {
  return settings.types.find((t) => t.id === typeId)?.chain.length ?? 1;
}

export function saveRequest(
  db: Db,
  r: RequestRecord,
  settings: RequestSettings,
  timeZone: string,
  now: number,
  requestKey: string | null = null,
): RequestStatus {
  const type = settings.types.find((t) => t.id === r.intake.typeId);
  const status = requestStatus(r, chainLengthOf(settings, r.intake.typeId));
  const slot = slotOf(r);
  const at = slot ? slotInstants(slot, timeZone, type?.setupMinutes ?? 0, type?.clearMinutes ?? 0) : null;
  prepared(db, UPSERT).run(
    r.id,
    r.reference,
    r.intake.typeId,
    r.kind,
    status,
    slot?.roomId ?? null,
    slot?.day ?? null,
    at?.start ?? null,
    at?.end ?? null,
    at?.blockStart ?? null,
    at?.blockEnd ?? null,
    r.enteredAt,
    r.attendanceToken,
    requestKey,
    JSON.stringify(r),
    now,
  );
  return status;
}

export const findRequest = (db: Db, id: string): RequestRecord | undefined => {
  const json = prepared(db, BY_ID).pluck().get(id) as string | undefined;
  return json === undefined ? undefined : parse(json);
};
export const findRequestByKey = (db: Db, key: string): RequestRecord | undefined => {
  const json = prepared(db, BY_KEY).pluck().get(key) as string | undefined;
  return json === undefined ? undefined : parse(json);
};
export const findRequestByAttendanceToken = (db: Db, token: string): RequestRecord | undefined => {
  const json = prepared(db, BY_ATTENDANCE_TOKEN).pluck().get(token) as string | undefined;
  return json === undefined ? undefined : parse(json);
};

export const roomBookings = (db: Db, roomId: string, from: number, to: number): RequestRecord[] =>
  (prepared(db, ROOM_BOOKINGS).pluck().all(roomId, to, from) as string[]).map(parse);

export const requestsInDays = (db: Db, from: string, to: string): RequestRecord[] =>
  (prepared(db, IN_DAYS).pluck().all(from, to) as string[]).map(parse);

export const latestRequests = (db: Db, status: RequestStatus | undefined, limit: number): RequestRecord[] =>
  (
    (status
      ? prepared(db, OF_STATUS).pluck().all(status, limit)
      : prepared(db, LATEST).pluck().all(limit)) as string[]
  ).map(parse);

export const requestsEnteredBetween = (db: Db, from: number, to: number): RequestRecord[] =>
  (prepared(db, ENTERED_BETWEEN).pluck().all(from, to) as string[]).map(parse);

export const attendanceCount = (db: Db, requestId: string): number =>
  prepared(db, ATTENDANCE_COUNT).pluck().get(requestId) as number;

export function saveAttendance(
  db: Db,
  a: { id: string; requestId: string; at: number; deviceId: string },
): void {
  prepared(db, INSERT_ATTENDANCE).run(a.id, a.requestId, a.at, a.deviceId);
}

export function saveLetter(db: Db, l: IssuedLetter): void {
  prepared(db, INSERT_LETTER).run(
    l.id,
    l.requestId,
    l.kind,
    l.year,
    l.sequence,
    l.number,
    JSON.stringify(l),
    l.issuedAt,
  );
}
export const lettersOf = (db: Db, requestId: string): IssuedLetter[] =>
  (prepared(db, LETTERS_OF).pluck().all(requestId) as string[]).map((j) => JSON.parse(j) as IssuedLetter);
export const findLetter = (db: Db, id: string): IssuedLetter | undefined => {
  const json = prepared(db, LETTER).pluck().get(id) as string | undefined;
  return json === undefined ? undefined : (JSON.parse(json) as IssuedLetter);
};
export const lettersOfYear = (db: Db, year: number): { year: number; sequence: number }[] =>
  prepared(db, LETTERS_OF_YEAR).all(year) as { year: number; sequence: number }[];

/**
 * The letters the requests here name that this kiosk does not hold (yet) or holds damaged: the file
 * sync fetches them after a pull (electron/sync/fileSync.ts). One pass over the requests' JSON.
 */
const MISSING_LETTERS = `SELECT DISTINCT json_extract(r.record, '$.intake.letter.file.sha256') AS sha
  FROM requests r
  WHERE json_extract(r.record, '$.intake.letter.file.sha256') IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM letter_files f
      WHERE f.sha256 = json_extract(r.record, '$.intake.letter.file.sha256') AND f.problem IS NULL)`;

export const referencedLetters = (db: Db): string[] =>
  prepared(db, MISSING_LETTERS).pluck().all() as string[];
