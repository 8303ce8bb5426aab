// The central database's tables as Kysely sees them (written by hand beside the migrations). Times
// are UTC epoch milliseconds from the server's injected clock, never the database's now(); int8
// columns arrive as JS numbers (see open.ts).
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Json = Record<string, unknown>;

export interface SitesTable {
  id: string;
  name: string;
  created_at: number;
  change_log_floor: ColumnType<number, number | undefined, number>;
}

export interface EnrolmentCodesTable {
  /** sha256 of the code: a leaked database does not hand out enrolments. */
  code_hash: string;
  site_id: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  used_by_device: string | null;
}

export interface DevicesTable {
  id: string;
  site_id: string;
  name: string;
  secret_hash: string;
  epoch: number;
  /** The highest sequence of this device that has been processed. */
  last_seq: number;
  enrolled_at: number;
  revoked_at: number | null;
  last_contact_at: number | null;
  /** Server time minus device time at the last push, for the health page. */
  clock_offset_ms: number | null;
  /** What the kiosk said at its last push: operations still waiting, and the oldest one's time. */
  pending_ops: number | null;
  oldest_pending_at: number | null;
}

export interface ProcessedOpsTable {
  op_id: string;
  site_id: string;
  device_id: string;
  epoch: number;
  seq: number;
  op_type: string;
  entity_type: string;
  entity_id: string;
  actor: string;
  payload: JSONColumnType<object>;
  device_time: number;
  received_at: number;
  status: string;
  code: string | null;
  detail: JSONColumnType<Json | null>;
}

export interface ReservationsTable {
  id: string;
  site_id: string;
  visitor_id: string;
  day: string;
  desk_number: number | null;
  status: string;
  token: string;
  source: string;
  full_name: string;
  email: string;
  phone: string;
  consent_version: string;
  created_at: number;
  updated_at: number;
  cancel_reason: string | null;
  /** Over capacity or a second booking of the person that day, accepted because the visitor came. */
  flag: string | null;
  version: number;
}

export interface VisitsTable {
  id: string;
  site_id: string;
  reservation_id: string;
  /** Null while the desk it was given offline belongs to an earlier holder (the officer re-seats). */
  desk: number | null;
  /** The desk the kiosk gave (its history keeps it even when the visit never held it). */
  desk_claimed: number;
  locker: number | null;
  locker_key_out: boolean;
  status: string;
  started_at: number;
  ends_at: number;
  method: string;
  checkout_requested_at: number | null;
  checklist: JSONColumnType<object | null>;
  closed_at: number | null;
  close_kind: string | null;
  problems: JSONColumnType<unknown[]>;
  note: string | null;
  /** Set when an earlier check-in of the same reservation stands instead of this one. */
  merged_into: string | null;
  version: number;
}

/** Site settings, desks, lockers, officers and roles: one JSON document per record. */
export interface RecordsTable {
  site_id: string;
  entity_type: string;
  entity_id: string;
  data: JSONColumnType<Json>;
  version: number;
  updated_at: number;
}

export interface ErasuresTable {
  site_id: string;
  visitor_id: string;
  erased_at: number;
  reason: string;
}

export interface ChangeLogTable {
  pos: Generated<number>;
  site_id: string;
  entity_type: string;
  entity_id: string;
  version: number;
  row: JSONColumnType<Json>;
  origin_op_id: string | null;
  at: ColumnType<number, number, never>;
}

export interface AuditLogTable {
  device_id: string;
  local_id: number;
  site_id: string;
  at: number;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  details: JSONColumnType<object>;
  visitor_id: string | null;
  received_at: number;
}

export interface ServerAuditTable {
  id: Generated<number>;
  site_id: string;
  at: number;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  details: JSONColumnType<object>;
  visitor_id: string | null;
}

export interface PortalLinksTable {
  reservation_id: string;
  site_id: string;
  key_hash: string;
  created_at: number;
  mail_state: ColumnType<
    'off' | 'pending' | 'sent' | 'failed',
    'off' | 'pending' | undefined,
    'sent' | 'failed'
  >;
}

/** A central admin page session; the cookie holds the token, the database only its sha256. */
export interface AdminSessionsTable {
  token_hash: string;
  site_id: string;
  officer_id: string;
  created_at: number;
  last_seen_at: number;
  /** The absolute end; the idle end is last_seen_at plus the idle limit. */
  expires_at: number;
  ended_at: number | null;
}

/** Wrong PINs on the admin pages in a row, per officer; five lock the officer out for a while. */
export interface AdminPinFailuresTable {
  site_id: string;
  officer_id: string;
  failures: number;
  locked_until: number | null;
}

import type { GuestbookTables } from './schema/guestbook';
import type { StandardsTables } from './schema/standards';
import type { SurveyTables } from './schema/survey';
import type { ComplaintsTables } from './schema/complaints';
import type { InventoryTables } from './schema/inventory';
import type { RecapsTables } from './schema/recaps';
import type { FilesTables } from './schema/files';

export interface ServerDb
  extends
    GuestbookTables,
    StandardsTables,
    SurveyTables,
    ComplaintsTables,
    InventoryTables,
    RecapsTables,
    FilesTables {
  sites: SitesTable;
  enrolment_codes: EnrolmentCodesTable;
  devices: DevicesTable;
  processed_ops: ProcessedOpsTable;
  reservations: ReservationsTable;
  visits: VisitsTable;
  records: RecordsTable;
  erasures: ErasuresTable;
  change_log: ChangeLogTable;
  audit_log: AuditLogTable;
  server_audit: ServerAuditTable;
  portal_links: PortalLinksTable;
  admin_sessions: AdminSessionsTable;
  admin_pin_failures: AdminPinFailuresTable;
}
