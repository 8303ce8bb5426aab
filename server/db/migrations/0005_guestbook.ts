// buku tamu (service standard no. 15) on the central database.
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
