// The differences of a stock count (opname): what the register says against what the officer saw.
// Computed from the items and the count's lines while the count is open; frozen into the count when
// it is signed off, so a later change to an item never rewrites a signed count.
import type { ItemCondition, ItemKind, ItemStatus, LocationKind } from './inventoryRules';

export interface Place {
  readonly kind: LocationKind;
  readonly deskNumber: number | null;
  readonly room: string;
}

export interface CountedItem {
  readonly id: string;
  readonly assetCode: string;
  readonly name: string;
  readonly kind: ItemKind;
  readonly status: ItemStatus;
  readonly location: Place;
  readonly condition: ItemCondition;
  /** Consumables: the stock on record (sum of its movements); assets: null. */
  readonly stock: number | null;
}

export interface CountLine {
  readonly itemId: string;
  readonly location: Place;
  readonly condition: ItemCondition;
  readonly quantity: number | null;
}

export const differenceKinds = [
  'not_found',
  'found_elsewhere',
  'condition_differs',
  'quantity_differs',
] as const;
export type DifferenceKind = (typeof differenceKinds)[number];

export interface CountDifference {
  readonly itemId: string;
  readonly assetCode: string;
  readonly name: string;
  readonly kind: DifferenceKind;
  /** The register's value and what was seen, as data (the screen and the PDF word them). */
  readonly expected: Place | ItemCondition | number | null;
  readonly found: Place | ItemCondition | number | null;
}

export const samePlace = (a: Place, b: Place): boolean =>
  a.kind === b.kind &&
  (a.kind !== 'desk' || a.deskNumber === b.deskNumber) &&
  (a.kind !== 'room' || a.room.toLowerCase() === b.room.toLowerCase());

/**
 * Every difference, in the register's order (the items as given): items in service that were not
 * seen, items seen elsewhere, in another condition, and consumables counted other than the record.
 * Written-off items are not expected; a written-off item that was seen is not a difference either.
 */
export function stockCountDifferences(
  items: readonly CountedItem[],
  lines: readonly CountLine[],
): CountDifference[] {
  const seen = new Map(lines.map((l) => [l.itemId, l]));
  const out: CountDifference[] = [];
  for (const item of items) {
    if (item.status === 'written_off') continue;
    const base = { itemId: item.id, assetCode: item.assetCode, name: item.name };
    const line = seen.get(item.id);
    if (!line) {
      out.push({ ...base, kind: 'not_found', expected: item.location, found: null });
      continue;
    }
    if (!samePlace(item.location, line.location))
      out.push({ ...base, kind: 'found_elsewhere', expected: item.location, found: line.location });
    if (item.condition !== line.condition)
      out.push({ ...base, kind: 'condition_differs', expected: item.condition, found: line.condition });
    if (item.kind === 'consumable' && line.quantity !== null && line.quantity !== item.stock)
      out.push({ ...base, kind: 'quantity_differs', expected: item.stock, found: line.quantity });
  }
  return out;
}
