// Equipment problems per item category for the report: the one place the recaps read the inventory
// (its own query, electron/services/inventory/inventoryQueries.ts, read-only).
import type { Db } from '../../../db/openDatabase';
import { problemsByCategory as inventoryProblemsByCategory } from '../inventory/inventoryQueries';

/** [category, problems recorded in [start, end)], most first, then by name. */
export function problemsByCategory(db: Db, start: number, end: number): [string, number][] {
  return inventoryProblemsByCategory(db, start, end)
    .map((c) => [c.category, c.total] as [string, number])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'id'));
}
