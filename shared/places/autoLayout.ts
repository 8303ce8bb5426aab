// A first room map the officer starts from (and the one sample data shows): desks in rows of pairs
// with an aisle between, the entrance and the service desk along the bottom wall. The officer then
// moves things to where they really are; this only saves drawing forty desks by hand.
import type { FloorPlan } from '../contract/places';

const DESK_W = 2;
const DESK_H = 1;
/** A pair of desks, then one empty column (the aisle). */
const PAIR_STRIDE = 2 * DESK_W + 1;
/** A row of desks, then one empty row (chairs and passing). */
const ROW_STRIDE = DESK_H + 1;

export function autoLayout(deskNumbers: readonly number[]): FloorPlan {
  const sorted = [...new Set(deskNumbers)].sort((a, b) => a - b);
  const pairsPerRow = Math.max(2, Math.min(5, Math.ceil(Math.sqrt(sorted.length / 2))));
  const perRow = pairsPerRow * 2;
  const deskRows = Math.max(1, Math.ceil(sorted.length / perRow));
  const columns = Math.min(60, Math.max(12, pairsPerRow * PAIR_STRIDE + 1));
  // Two rows on top of the desks for the wall and walkway, three at the bottom for the door and the officer.
  const rows = Math.min(60, Math.max(8, deskRows * ROW_STRIDE + 4));
  const desks = sorted.slice(0, Math.floor((rows - 4) / ROW_STRIDE) * perRow).map((number, i) => {
    const row = Math.floor(i / perRow);
    const inRow = i % perRow;
    return {
      number,
      x: 1 + Math.floor(inRow / 2) * PAIR_STRIDE + (inRow % 2) * DESK_W,
      y: 1 + row * ROW_STRIDE,
      w: DESK_W,
      h: DESK_H,
    };
  });
  return {
    columns,
    rows,
    desks,
    landmarks: [
      { kind: 'entrance', label: null, x: 0, y: rows - 2, w: 2, h: 2 },
      { kind: 'serviceDesk', label: null, x: 3, y: rows - 2, w: 4, h: 2 },
    ],
  };
}
