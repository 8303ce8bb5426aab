// Central schema 2: the kiosks' audit trail, pushed up append-only beside their operations. Keyed by
// device and the kiosk's own row id, so a resent row is ignored; read by site and time.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      device_id text NOT NULL REFERENCES devices (id),
      local_id bigint NOT NULL,
      site_id text NOT NULL REFERENCES sites (id),
      at bigint NOT NULL,
      actor text NOT NULL,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text NOT NULL,
      details jsonb NOT NULL,
      visitor_id text,
      received_at bigint NOT NULL,
      PRIMARY KEY (device_id, local_id)
    );
    CREATE INDEX audit_log_site_at ON audit_log (site_id, at);
    CREATE INDEX audit_log_visitor ON audit_log (site_id, visitor_id) WHERE visitor_id IS NOT NULL;
  `.execute(db);
}
