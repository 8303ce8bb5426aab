// Central schema 9 (issue 12): the equipment inventory (inventaris).
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
