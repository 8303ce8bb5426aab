// Central schema 10 (issue 12): the monthly, quarterly and yearly reports with their review trail (rekap).
// Each revision is a record in `records` (entity 'recap', shared/recaps/recapRecord.ts); this table
// names each period's standing revision, so two desks submitting the same period offline are told
// apart in one look-up (server/sync/handlers/recaps.ts), and the admin pages list the periods.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE recap_periods (
      site_id text NOT NULL REFERENCES sites (id),
      period_key text NOT NULL,
      period_kind text NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
      head_id text NOT NULL,
      head_revision integer NOT NULL CHECK (head_revision >= 1),
      updated_at bigint NOT NULL,
      PRIMARY KEY (site_id, period_key)
    );
  `.execute(db);
}
