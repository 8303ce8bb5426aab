// Mirrors what the server decided into the kiosk's own tables, one pulled page per transaction with
// the cursor that page ends at (a crash in between repeats the page, never skips it). A change older
// than what the kiosk already holds is skipped; a change to a record this kiosk still has operations
// on their way for is deferred (the server's answer to them brings a newer version), and so is one
// that breaks a rule here for now; deferred changes are tried again on every pull.
import type { Db } from '../../db/openDatabase';
import { prepared } from '../../db/statements';
import type { Topic } from '../../shared/contract';
import type { Change } from '../../shared/sync/protocol';
import { writeSetting } from '../services/core/settingsStore';
import { writePlaces } from '../services/places/places';
import { guestbookAppliers } from './appliers/guestbook';
import { standardsAppliers } from './appliers/standards';
import { surveyAppliers } from './appliers/survey';
import { complaintsAppliers } from './appliers/complaints';
import { inventoryAppliers } from './appliers/inventory';
import { recapsAppliers } from './appliers/recaps';
import { requestsAppliers } from './appliers/requests';

type Row = Record<string, unknown>;
/** Writes one pulled record into the kiosk's tables and names the topics it changed. */
export type Applier = (db: Db, id: string, row: Row, now: number) => readonly Topic[];

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const bool = (v: unknown): 0 | 1 => (v ? 1 : 0);

/** A record this kiosk cannot take yet; kept in sync_deferred with the reason. */
export class NotYet extends Error {}

const UPSERT_VISITOR = `INSERT INTO visitors (id, full_name, email, phone_e164, consent_at, consent_version, created_at, erased_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name, email = excluded.email,
    phone_e164 = excluded.phone_e164, erased_at = coalesce(visitors.erased_at, excluded.erased_at)`;
const UPSERT_RESERVATION = `INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, created_at, updated_at, cancel_reason)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET day = excluded.day, desk_number = excluded.desk_number, status = excluded.status,
    updated_at = excluded.updated_at, cancel_reason = excluded.cancel_reason`;

const reservation: Applier = (db, id, r, now) => {
  // The server blanks an erased visitor's data (a tombstone): the kiosk marks them erased too.
  const erased = r.fullName === '' && r.email === '' && r.phone === '';
  const createdAt = num(r.createdAt) ?? now;
  prepared(db, UPSERT_VISITOR).run(
    str(r.visitorId),
    str(r.fullName),
    str(r.email),
    str(r.phone),
    createdAt,
    str(r.consentVersion),
    createdAt,
    erased ? now : null,
  );
  prepared(db, UPSERT_RESERVATION).run(
    id,
    str(r.visitorId),
    str(r.day),
    num(r.deskNumber),
    str(r.status),
    str(r.token),
    str(r.source),
    createdAt,
    num(r.updatedAt) ?? now,
    r.cancelReason === null ? null : str(r.cancelReason),
  );
  return ['reservations', 'visitors'];
};

const OTHER_VISITS = 'SELECT id FROM visits WHERE reservation_id = ? AND id <> ?';
const DELETE_VISIT = 'DELETE FROM visits WHERE id = ?';
const UPSERT_VISIT = `INSERT INTO visits (id, reservation_id, desk_number, locker_number, locker_key_out, started_at, ends_at,
    status, checkout_requested_at, checklist, closed_at, close_kind, officer_note, check_in_method)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET desk_number = excluded.desk_number, locker_number = excluded.locker_number,
    locker_key_out = excluded.locker_key_out, started_at = excluded.started_at, status = excluded.status,
    checkout_requested_at = excluded.checkout_requested_at, checklist = excluded.checklist,
    closed_at = excluded.closed_at, close_kind = excluded.close_kind, officer_note = excluded.officer_note`;

const visit: Applier = (db, id, v) => {
  // A check-in another kiosk made earlier stands for this reservation: this one is folded into it.
  if (v.mergedInto) {
    prepared(db, DELETE_VISIT).run(id);
    return ['visits'];
  }
  for (const other of prepared(db, OTHER_VISITS).all(str(v.reservationId), id) as { id: string }[]) {
    if (hasPending(db, 'visit', other.id))
      throw new NotYet('another check-in of this reservation is on its way');
    prepared(db, DELETE_VISIT).run(other.id);
  }
  // The server keeps a check-in whose desk an earlier holder had without holding it; the kiosks
  // keep the desk it was given (its history) until an officer moves the visitor (the sync panel
  // says so). While the other holder sits there, that breaks this kiosk's one-holder rule and the
  // change waits in sync_deferred.
  const desk = num(v.desk) ?? num(v.deskClaimed);
  if (desk === null) throw new NotYet('the visit has no desk');
  prepared(db, UPSERT_VISIT).run(
    id,
    str(v.reservationId),
    desk,
    num(v.locker),
    bool(v.lockerKeyOut),
    num(v.startedAt),
    num(v.endsAt),
    str(v.status),
    num(v.checkoutRequestedAt),
    v.checklist === null || v.checklist === undefined ? null : JSON.stringify(v.checklist),
    num(v.closedAt),
    v.closeKind === null ? null : str(v.closeKind),
    v.note === null ? null : str(v.note),
    str(v.method),
  );
  return ['visits'];
};

const places =
  (kind: 'desks' | 'lockers'): Applier =>
  (db, _id, r) => {
    const items = (r.items as { number: number; label: string; zone: string | null }[] | undefined) ?? [];
    writePlaces(db, kind, items);
    return ['places'];
  };

/** Server record ids of settings and the kiosk's settings keys they are stored under. */
const SETTING_KEYS: Readonly<Record<string, string>> = {
  rules: 'rules',
  security: 'security',
  privacy: 'privacy',
  houseRules: 'houseRules',
  floorPlan: 'floorPlan',
  documents: 'documents',
  requests: 'requests',
};

const setting: Applier = (db, id, r, now) => {
  const key = SETTING_KEYS[id];
  if (!key) throw new NotYet(`unknown setting ${id}`);
  writeSetting(db, key, r, now);
  return ['settings', 'places'];
};

const site: Applier = (db, _id, r, now) => {
  writeSetting(db, 'site.identity', r, now);
  return ['site'];
};

const UPSERT_ROLE = `INSERT INTO roles (id, name, kind, permissions, built_in, updated_at) VALUES (?, ?, ?, ?, 0, ?)
  ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, permissions = excluded.permissions,
    updated_at = excluded.updated_at`;
const role: Applier = (db, id, r, now) => {
  prepared(db, UPSERT_ROLE).run(id, str(r.name), str(r.kind), JSON.stringify(r.permissions ?? []), now);
  return ['officers'];
};

const UPSERT_OFFICER = `INSERT INTO officers (id, full_name, nip, position, roles, active, pin_salt, pin_hash, must_change_pin, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name, nip = excluded.nip, position = excluded.position,
    roles = excluded.roles, active = excluded.active, pin_salt = excluded.pin_salt, pin_hash = excluded.pin_hash,
    must_change_pin = excluded.must_change_pin, updated_at = excluded.updated_at`;
const officer: Applier = (db, id, r, now) => {
  const pin = (r.pin ?? {}) as { salt?: string; hash?: string };
  prepared(db, UPSERT_OFFICER).run(
    id,
    str(r.fullName),
    r.nip === null || r.nip === undefined ? null : str(r.nip),
    r.position === null || r.position === undefined ? null : str(r.position),
    JSON.stringify(r.roles ?? []),
    r.active === false ? 0 : 1,
    str(pin.salt),
    str(pin.hash),
    bool(r.mustChangePin),
    now,
    now,
  );
  return ['officers'];
};

const appliers: Readonly<Record<string, Applier>> = {
  reservation,
  visit,
  desks: places('desks'),
  lockers: places('lockers'),
  settings: setting,
  site,
  role,
  officer,
  ...guestbookAppliers,
  ...standardsAppliers,
  ...surveyAppliers,
  ...complaintsAppliers,
  ...inventoryAppliers,
  ...recapsAppliers,
  ...requestsAppliers,
};

const PENDING_FOR =
  'SELECT 1 FROM outbox WHERE pushed_at IS NULL AND entity_type = ? AND entity_id = ? LIMIT 1';
const hasPending = (db: Db, type: string, id: string): boolean =>
  prepared(db, PENDING_FOR).get(type, id) !== undefined;

const VERSION_OF = 'SELECT version FROM sync_versions WHERE entity_type = ? AND entity_id = ?';
const SET_VERSION = `INSERT INTO sync_versions (entity_type, entity_id, version) VALUES (?, ?, ?)
  ON CONFLICT (entity_type, entity_id) DO UPDATE SET version = excluded.version`;
const DEFER = `INSERT INTO sync_deferred (entity_type, entity_id, version, row, reason) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (entity_type, entity_id) DO UPDATE SET version = excluded.version, row = excluded.row, reason = excluded.reason
  WHERE excluded.version >= sync_deferred.version`;
const UNDEFER = 'DELETE FROM sync_deferred WHERE entity_type = ? AND entity_id = ? AND version <= ?';
const DEFERRED = 'SELECT entity_type, entity_id, version, row FROM sync_deferred ORDER BY rowid';
const SET_CURSOR = 'UPDATE sync_state SET cursor = ?, last_pull_at = ? WHERE id = 1';

const isConstraint = (error: unknown): boolean =>
  typeof (error as { code?: unknown }).code === 'string' &&
  (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');

export interface ApplyOutcome {
  readonly applied: number;
  readonly deferred: number;
  readonly topics: ReadonlySet<Topic>;
}

/** Applies one change; false when it was deferred. Runs inside the page's transaction. */
function applyOne(db: Db, change: Change, now: number, topics: Set<Topic>): boolean {
  const { entityType, entityId, version, row } = change;
  const held = prepared(db, VERSION_OF).get(entityType, entityId) as { version: number } | undefined;
  if (held && held.version >= version) {
    prepared(db, UNDEFER).run(entityType, entityId, version);
    return true;
  }
  const applier = appliers[entityType];
  const defer = (reason: string) => {
    prepared(db, DEFER).run(entityType, entityId, version, JSON.stringify(row), reason);
    return false;
  };
  if (!applier) return defer(`this kiosk does not know records of type ${entityType}`);
  if (hasPending(db, entityType, entityId)) return defer('operations of this kiosk on it are on their way');
  try {
    // A savepoint: a change refused here leaves the rest of the page applied.
    const changed = db.transaction(() => applier(db, entityId, row, now))();
    for (const topic of changed) topics.add(topic);
  } catch (error) {
    if (error instanceof NotYet) return defer(error.message);
    if (isConstraint(error))
      return defer(`it conflicts with this kiosk's records for now (${(error as Error).message})`);
    throw error;
  }
  prepared(db, SET_VERSION).run(entityType, entityId, version);
  prepared(db, UNDEFER).run(entityType, entityId, version);
  return true;
}

/** Applies a pulled page and stores the cursor it ends at, in one transaction. */
export function applyPage(db: Db, changes: readonly Change[], cursor: string, now: number): ApplyOutcome {
  return db
    .transaction(() => {
      const topics = new Set<Topic>();
      let applied = 0;
      let deferred = 0;
      for (const change of changes) {
        if (applyOne(db, change, now, topics)) applied++;
        else deferred++;
      }
      prepared(db, SET_CURSOR).run(cursor, now);
      return { applied, deferred, topics };
    })
    .immediate();
}

/** Tries the deferred changes again (after a push, their operations may have been answered). */
export function retryDeferred(db: Db, now: number): ApplyOutcome {
  return db
    .transaction(() => {
      const rows = prepared(db, DEFERRED).all() as {
        entity_type: string;
        entity_id: string;
        version: number;
        row: string;
      }[];
      const topics = new Set<Topic>();
      let applied = 0;
      for (const r of rows) {
        const change: Change = {
          entityType: r.entity_type,
          entityId: r.entity_id,
          version: r.version,
          row: JSON.parse(r.row) as Row,
          originOpId: null,
        };
        if (applyOne(db, change, now, topics)) applied++;
      }
      return { applied, deferred: rows.length - applied, topics };
    })
    .immediate();
}
