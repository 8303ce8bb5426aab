// Equipment problems per item category for the report: the one place the recaps read the inventory
// (built beside them in issue 12). Until the inventory's queries exist this answers nothing.
import type { Db } from '../../../db/openDatabase';

/** [category, problems recorded in [start, end)], most first. */
export function problemsByCategory(_db: Db, _start: number, _end: number): [string, number][] {
  return [];
}
