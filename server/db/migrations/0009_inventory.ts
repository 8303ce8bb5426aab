// Central schema 9 (issue 12): the equipment inventory (inventaris). Nothing to add: every item,
// placement, stock movement, problem and stock count is a record in `records` (entity types
// 'inventoryItem', 'inventoryProblem', 'stockCount'; server/sync/handlers/inventory.ts), and no
// server-side query reads them by anything but their entity yet. A report on the central admin pages
// that reads a period's problems would add its index table here.
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<unknown>): Promise<void> {}
