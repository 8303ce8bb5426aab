// Desks and lockers as the editor holds them (numbers may be half typed, zone may be blank) and as the
// contract takes them. Pure, so it is unit-tested (test/renderer/placeRows.test.ts).
import { placeSchema, type Place } from '../../../shared/contract';

export interface PlaceRow {
  number: number | string;
  label: string;
  zone: string;
}

export const placeRows = (items: readonly Place[]): PlaceRow[] =>
  items.map((p) => ({ number: p.number, label: p.label, zone: p.zone ?? '' }));

/** "Buat N meja": rows 1…N labelled "Meja 1"…, all in `zone` (blank: none). */
export function makePlaces(count: number, labelPrefix: string, zone: string, first = 1): PlaceRow[] {
  return Array.from({ length: Math.max(0, Math.min(500, Math.floor(count))) }, (_, i) => ({
    number: first + i,
    label: `${labelPrefix} ${first + i}`,
    zone,
  }));
}

/** The next free number after the highest one in the list. */
export const nextNumber = (rows: readonly PlaceRow[]) =>
  rows.reduce((max, r) => (typeof r.number === 'number' && r.number > max ? r.number : max), 0) + 1;

export const placeInput = (rows: readonly PlaceRow[]): Place[] =>
  rows.map((r) => ({
    number: typeof r.number === 'number' ? r.number : Number(r.number),
    label: r.label,
    zone: r.zone.trim() ? r.zone : null,
  }));

/**
 * What is wrong with the rows, as message keys under `${path}.${row}.${field}`: the contract's own
 * field rules, and a number used twice (the core refuses it too, errors.places.duplicateNumber).
 */
export function placeErrors(rows: readonly PlaceRow[], path: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<number, number>();
  rows.forEach((row, i) => {
    const parsed = placeSchema.safeParse(placeInput([row])[0]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'number');
        errors[`${path}.${i}.${field}`] ??= field === 'number' ? 'admin.places.numberInvalid' : issue.message;
      }
      return;
    }
    const first = seen.get(parsed.data.number);
    if (first !== undefined) errors[`${path}.${i}.number`] = 'errors.places.duplicateNumber';
    else seen.set(parsed.data.number, i);
  });
  return errors;
}
