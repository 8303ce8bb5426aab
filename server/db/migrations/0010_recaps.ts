// Central schema 10 (issue 12): the monthly, quarterly and yearly reports with their review trail (rekap).
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
