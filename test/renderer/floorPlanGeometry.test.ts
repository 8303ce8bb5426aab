import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FloorPlan } from '../../shared/contract';
import { autoLayout } from '../../shared/places/autoLayout';
import { freeSpot, inside, placedAt, routeTo } from '../../renderer/src/places/floorPlanGeometry';

const twelve = autoLayout(Array.from({ length: 12 }, (_, i) => i + 1));
const covers = (b: { x: number; y: number; w: number; h: number }, [x, y]: readonly [number, number]) =>
  x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h;

describe('placing things on the room map', () => {
  it('keeps a moved desk on the map, whatever the move', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), (x, y) => {
        const moved = placedAt(twelve.desks[0]!, x, y, twelve);
        expect(inside(moved, twelve)).toBe(true);
      }),
    );
  });

  it('finds the first free spot from the top left, or none when the map is full', () => {
    expect(freeSpot(twelve, 2, 1)).toEqual({ x: 0, y: 0 });
    const full: FloorPlan = {
      columns: 4,
      rows: 4,
      desks: [{ number: 1, x: 0, y: 0, w: 4, h: 4 }],
      landmarks: [],
    };
    expect(freeSpot(full, 1, 1)).toBeNull();
  });
});

describe('the walk from the door to a desk', () => {
  it('starts at the entrance, ends at the desk, and crosses no other desk or landmark', () => {
    for (const desk of twelve.desks) {
      const route = routeTo(twelve, desk.number)!;
      expect(route.length).toBeGreaterThanOrEqual(2);
      const entrance = twelve.landmarks.find((l) => l.kind === 'entrance')!;
      const [sx, sy] = route[0]!;
      expect(
        sx >= entrance.x &&
          sx <= entrance.x + entrance.w &&
          sy >= entrance.y &&
          sy <= entrance.y + entrance.h,
      ).toBe(true);
      const [ex, ey] = route.at(-1)!;
      expect(
        Math.abs(ex - (desk.x + desk.w / 2)) <= desk.w / 2 + 0.5 &&
          Math.abs(ey - (desk.y + desk.h / 2)) <= desk.h / 2 + 0.5,
      ).toBe(true);
      // Every corner lies in the open, off the other desks and the service desk.
      for (const point of route.slice(1, -1)) {
        for (const other of [...twelve.desks, ...twelve.landmarks.filter((l) => l.kind !== 'entrance')])
          expect(covers(other, point), `desk ${desk.number} via ${point}`).toBe(false);
      }
      // Only straight runs between corners.
      route.slice(1).forEach(([x, y], i) => {
        const [px, py] = route[i]!;
        expect(x === px || y === py).toBe(true);
      });
    }
  });

  it('says nothing without an entrance, without the desk, or with no way through', () => {
    expect(routeTo({ ...twelve, landmarks: [] }, 7)).toBeNull();
    expect(routeTo(twelve, 99)).toBeNull();
    const walledIn: FloorPlan = {
      columns: 6,
      rows: 6,
      desks: [{ number: 1, x: 0, y: 0, w: 1, h: 1 }],
      landmarks: [
        { kind: 'entrance', label: null, x: 4, y: 4, w: 2, h: 2 },
        { kind: 'lockers', label: null, x: 0, y: 2, w: 6, h: 1 },
      ],
    };
    expect(routeTo(walledIn, 1)).toBeNull();
  });
});
