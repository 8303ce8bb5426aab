// The room map's arithmetic, in grid cells (shared/contract/places.ts): where things may go, where
// there is room, and the walk from the door to a desk. Pure, so test/renderer/floorPlanGeometry.test.ts
// checks it; the map and the officer's editor both use it.
import type { FloorPlan, LandmarkKind } from '../../../shared/contract';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
export type Point = readonly [number, number];
type Size = Pick<FloorPlan, 'columns' | 'rows'>;

/** Whether a box lies wholly on the map. */
export const inside = (b: Box, plan: Size) =>
  b.x >= 0 && b.y >= 0 && b.x + b.w <= plan.columns && b.y + b.h <= plan.rows;

/** The box moved to (x, y), kept on the map (a box larger than the map stays at its edge). */
export function placedAt<B extends Box>(b: B, x: number, y: number, plan: Size): B {
  const clamp = (v: number, size: number, limit: number) =>
    Math.max(0, Math.min(Math.round(v), limit - size));
  return { ...b, x: clamp(x, b.w, plan.columns), y: clamp(y, b.h, plan.rows) };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The first spot, row by row from the top left, where a w×h box touches nothing already on the map. */
export function freeSpot(plan: FloorPlan, w: number, h: number): { x: number; y: number } | null {
  const taken: Box[] = [...plan.desks, ...plan.landmarks];
  for (let y = 0; y + h <= plan.rows; y++)
    for (let x = 0; x + w <= plan.columns; x++)
      if (!taken.some((t) => overlaps(t, { x, y, w, h }))) return { x, y };
  return null;
}

/** Landmarks a visitor walks across (a window on a wall, a written label), not around. */
const WALKABLE: ReadonlySet<LandmarkKind> = new Set(['window', 'label']);

/**
 * The walk from the entrance to desk `deskNumber`, as the corners of a line through cell centres:
 * the shortest way around desks and landmarks, preferring fewer turns, so the line follows aisles
 * rather than a staircase. Null without an entrance, without the desk, or with no way through.
 */
export function routeTo(plan: FloorPlan, deskNumber: number): Point[] | null {
  const entrance = plan.landmarks.find((l) => l.kind === 'entrance');
  const desk = plan.desks.find((d) => d.number === deskNumber);
  if (!entrance || !desk) return null;
  const { columns, rows } = plan;
  const blocked = new Uint8Array(columns * rows);
  const mark = (b: Box, value: number) => {
    for (let y = Math.max(0, b.y); y < Math.min(rows, b.y + b.h); y++)
      for (let x = Math.max(0, b.x); x < Math.min(columns, b.x + b.w); x++) blocked[y * columns + x] = value;
  };
  plan.desks.forEach((d) => mark(d, 1));
  plan.landmarks.filter((l) => !WALKABLE.has(l.kind)).forEach((l) => mark(l, 1));
  mark(entrance, 0);
  mark(desk, 2); // the goal

  // Dijkstra over (cell, heading): a step costs 10, a turn 3 more; the grid is at most 60×60.
  const STEP = 10;
  const TURN = 3;
  const DIRS: Point[] = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ];
  const states = columns * rows * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const from = new Int32Array(states).fill(-1);
  const queue = new MinHeap();
  for (let y = entrance.y; y < entrance.y + entrance.h; y++)
    for (let x = entrance.x; x < entrance.x + entrance.w; x++)
      for (let d = 0; d < 4; d++) {
        const s = (y * columns + x) * 4 + d;
        cost[s] = 0;
        queue.push(0, s);
      }
  let goal = -1;
  while (queue.size > 0) {
    const [c, s] = queue.pop();
    if (c > cost[s]!) continue;
    const cell = s >> 2;
    if (blocked[cell] === 2) {
      goal = s;
      break;
    }
    const x = cell % columns;
    const y = (cell - x) / columns;
    for (let d = 0; d < 4; d++) {
      const nx = x + DIRS[d]![0];
      const ny = y + DIRS[d]![1];
      if (nx < 0 || ny < 0 || nx >= columns || ny >= rows) continue;
      const next = ny * columns + nx;
      if (blocked[next] === 1) continue;
      const ns = next * 4 + d;
      const nc = c + STEP + (d === (s & 3) ? 0 : TURN);
      if (nc < cost[ns]!) {
        cost[ns] = nc;
        from[ns] = s;
        queue.push(nc, ns);
      }
    }
  }
  if (goal < 0) return null;
  const cells: number[] = [];
  for (let s = from[goal]!; s >= 0; s = from[s]!) cells.unshift(s >> 2);
  const centre = (cell: number): Point => [(cell % columns) + 0.5, Math.floor(cell / columns) + 0.5];
  // From the entrance's edge to the desk's edge, keeping only the corners between.
  const inEntrance = (cell: number) => {
    const [cx, cy] = centre(cell);
    return cx > entrance.x && cx < entrance.x + entrance.w && cy > entrance.y && cy < entrance.y + entrance.h;
  };
  while (cells.length > 1 && inEntrance(cells[1]!)) cells.shift();
  const points: Point[] = cells.map(centre);
  if (points.length > 1 && inEntrance(cells[0]!)) {
    const [[x0, y0], [x1, y1]] = points as [Point, Point];
    points[0] =
      x1 === x0
        ? [x0, y1 < y0 ? entrance.y : entrance.y + entrance.h]
        : [x1 < x0 ? entrance.x : entrance.x + entrance.w, y0];
  }
  const last = points.at(-1)!;
  const goalCell = centre(goal >> 2);
  points.push([(last[0] + goalCell[0]) / 2, (last[1] + goalCell[1]) / 2]);
  return points.filter((p, i) => {
    const prev = points[i - 1];
    const next = points[i + 1];
    if (!prev || !next) return true;
    const straight = (prev[0] === p[0] && p[0] === next[0]) || (prev[1] === p[1] && p[1] === next[1]);
    return !straight;
  });
}

/** A binary min-heap of [cost, state] pairs, for the route's Dijkstra. */
class MinHeap {
  private readonly items: [number, number][] = [];
  get size() {
    return this.items.length;
  }
  push(cost: number, state: number): void {
    const items = this.items;
    items.push([cost, state]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]![0] <= cost) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && items[l]![0] < items[m]![0]) m = l;
        if (r < items.length && items[r]![0] < items[m]![0]) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}
