// the satisfaction survey (SKM) and its index (IKM) on the central database.
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
