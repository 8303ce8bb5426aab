// buku tamu (service standard no. 15) on the central database. Guest entries are records of entity
// type 'guest' (server/sync/handlers/guestbook.ts), one JSON document each; the retention job finds
// the ones past the period by their day, and this index keeps that a short range scan.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX records_guest_day ON records (site_id, (data ->> 'day'))
      WHERE entity_type = 'guest' AND data -> 'anonymisedAt' = 'null'::jsonb;
  `.execute(db);
}
