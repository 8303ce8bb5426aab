// Central schema 3: what the server's own pages write. The server's audit trail (the portal's
// reservations and cancellations, the central admin's actions: the kiosks' trail is audit_log), and
// the visitor's link to a portal reservation (only its hash is kept: the key is in their link and e-mail).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE server_audit (
      id bigserial PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      at bigint NOT NULL,
      actor text NOT NULL,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text NOT NULL,
      details jsonb NOT NULL,
      visitor_id text
    );
    CREATE INDEX server_audit_site_at ON server_audit (site_id, at);

    CREATE TABLE portal_links (
      reservation_id text PRIMARY KEY REFERENCES reservations (id),
      site_id text NOT NULL REFERENCES sites (id),
      -- sha256 of the key the form carried and the visitor's link holds: a second submit of the same
      -- form finds the first reservation, and a copy of the database opens no reservation.
      key_hash text NOT NULL UNIQUE,
      created_at bigint NOT NULL,
      mail_state text NOT NULL DEFAULT 'off' CHECK (mail_state IN ('off', 'pending', 'sent', 'failed'))
    );
  `.execute(db);
}
