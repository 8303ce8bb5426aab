// the 15 service standards of decree 18/2024 on the central database.
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
