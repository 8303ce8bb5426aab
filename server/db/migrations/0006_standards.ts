// the 15 service standards of decree 18/2024 on the central database. Nothing to create: the
// officers' corrections are last-writer-wins documents like the site's settings, so they live in
// the site's `records` (entity type 'serviceStandard', id `service:field:lang`), where the change
// log, the snapshot for a new kiosk and the portal already find them (handlers/standards.ts).
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
