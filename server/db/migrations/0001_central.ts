// Central schema 1: sites and their kiosks, the processed-operation log that makes pushes idempotent,
// the site's records as the server decided them, and the change log kiosks pull from.
// PostgreSQL 15 SQL only (PGlite is 18: nothing newer than 15 may appear here).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE sites (
      id text PRIMARY KEY,
      name text NOT NULL,
      created_at bigint NOT NULL,
      -- Change-log rows below this position were compacted away: an older cursor must re-bootstrap.
      change_log_floor bigint NOT NULL DEFAULT 0
    );

    CREATE TABLE enrolment_codes (
      code_hash text PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      created_by text NOT NULL,
      created_at bigint NOT NULL,
      expires_at bigint NOT NULL,
      used_at bigint,
      used_by_device text
    );

    CREATE TABLE devices (
      id text PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      name text NOT NULL,
      secret_hash text NOT NULL,
      epoch integer NOT NULL DEFAULT 1 CHECK (epoch >= 1),
      last_seq bigint NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
      enrolled_at bigint NOT NULL,
      revoked_at bigint,
      last_contact_at bigint,
      clock_offset_ms bigint,
      pending_ops integer,
      oldest_pending_at bigint
    );

    -- Every operation a kiosk pushed, with the answer it got: a retry is answered from here.
    CREATE TABLE processed_ops (
      op_id text PRIMARY KEY,
      site_id text NOT NULL,
      device_id text NOT NULL REFERENCES devices (id),
      epoch integer NOT NULL,
      seq bigint NOT NULL,
      op_type text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      actor text NOT NULL,
      payload jsonb NOT NULL,
      device_time bigint NOT NULL,
      received_at bigint NOT NULL,
      status text NOT NULL CHECK (status IN ('applied', 'merged', 'rejected')),
      code text,
      detail jsonb,
      UNIQUE (device_id, seq)
    );
    CREATE INDEX processed_ops_rejected ON processed_ops (site_id, received_at) WHERE status = 'rejected';

    CREATE TABLE reservations (
      id text PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      visitor_id text NOT NULL,
      day text NOT NULL CHECK (day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      desk_number integer,
      status text NOT NULL CHECK (status IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')),
      token text NOT NULL UNIQUE,
      source text NOT NULL,
      full_name text NOT NULL,
      email text NOT NULL,
      phone text NOT NULL,
      consent_version text NOT NULL,
      created_at bigint NOT NULL,
      updated_at bigint NOT NULL,
      cancel_reason text,
      flag text,
      version bigint NOT NULL
    );
    CREATE INDEX reservations_site_day ON reservations (site_id, day, status);
    CREATE INDEX reservations_visitor ON reservations (site_id, visitor_id);

    CREATE TABLE visits (
      id text PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      reservation_id text NOT NULL REFERENCES reservations (id),
      desk integer,
      desk_claimed integer NOT NULL,    -- the desk the kiosk gave; \`desk\` is null while another visit holds it
      locker integer,
      locker_key_out boolean NOT NULL DEFAULT false,
      status text NOT NULL CHECK (status IN ('open', 'awaiting_check', 'closed')),
      started_at bigint NOT NULL,
      ends_at bigint NOT NULL,
      method text NOT NULL,
      checkout_requested_at bigint,
      checklist jsonb,
      closed_at bigint,
      close_kind text,
      problems jsonb NOT NULL DEFAULT '[]',
      note text,
      merged_into text,                 -- no foreign key: a takeover writes both rows in one step
      version bigint NOT NULL
    );
    -- The earliest check-in of a reservation stands; later ones are merged into it.
    CREATE UNIQUE INDEX visits_standing ON visits (reservation_id) WHERE merged_into IS NULL;
    -- One holder per desk and per locker: the handlers check first, the database refuses regardless.
    CREATE UNIQUE INDEX visits_desk_holder ON visits (site_id, desk)
      WHERE status <> 'closed' AND merged_into IS NULL AND desk IS NOT NULL;
    CREATE UNIQUE INDEX visits_locker_holder ON visits (site_id, locker)
      WHERE status <> 'closed' AND merged_into IS NULL AND locker IS NOT NULL;

    CREATE TABLE records (
      site_id text NOT NULL REFERENCES sites (id),
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      data jsonb NOT NULL,
      version bigint NOT NULL,
      updated_at bigint NOT NULL,
      PRIMARY KEY (site_id, entity_type, entity_id)
    );

    CREATE TABLE erasures (
      site_id text NOT NULL REFERENCES sites (id),
      visitor_id text NOT NULL,
      erased_at bigint NOT NULL,
      reason text NOT NULL,
      PRIMARY KEY (site_id, visitor_id)
    );

    -- Writers of a site hold its advisory lock (siteTx.ts), so pos order is commit order per site
    -- and a cursor can never step over a row committed late (sync.md §3.5, option a).
    CREATE TABLE change_log (
      pos bigserial PRIMARY KEY,
      site_id text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      version bigint NOT NULL,
      row jsonb NOT NULL,
      origin_op_id text,
      at bigint NOT NULL
    );
    CREATE INDEX change_log_site_pos ON change_log (site_id, pos);
  `.execute(db);
}
