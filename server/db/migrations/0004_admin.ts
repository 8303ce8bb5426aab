// Central schema 4: the central admin pages' sign-in. Sessions (only a hash of the cookie's token is
// kept: a copy of the database signs no one in) with an idle and an absolute end, and the wrong-PIN
// count per officer, kept here rather than in memory so a lockout holds across server processes.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE admin_sessions (
      token_hash text PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      officer_id text NOT NULL,
      created_at bigint NOT NULL,
      last_seen_at bigint NOT NULL,
      -- The absolute end, whatever the activity; the idle end is last_seen_at + the idle limit.
      expires_at bigint NOT NULL,
      ended_at bigint
    );
    CREATE INDEX admin_sessions_officer ON admin_sessions (site_id, officer_id) WHERE ended_at IS NULL;

    CREATE TABLE admin_pin_failures (
      site_id text NOT NULL REFERENCES sites (id),
      officer_id text NOT NULL,
      failures integer NOT NULL CHECK (failures >= 0),
      locked_until bigint,
      PRIMARY KEY (site_id, officer_id)
    );
  `.execute(db);
}
