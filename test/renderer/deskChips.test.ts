// The kiosk home's desk chips (renderer/src/kiosk/TodayDesks.tsx): readable at any site size.
import { describe, expect, it } from 'vitest';
import { deskChips, MAX_CHIPS } from '../../renderer/src/kiosk/TodayDesks';

const desks = (n: number, state = (i: number) => (i % 3 === 0 ? 'occupied' : 'free')) =>
  Array.from({ length: n }, (_, i) => ({ number: i + 1, state: state(i + 1) }));

describe('deskChips', () => {
  it('shows every desk off the map, whatever its state, while they fit', () => {
    const { chips, moreFree } = deskChips(desks(12), new Set([1, 2]));
    expect(chips.map((d) => d.number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(chips.find((d) => d.number === 3)?.state).toBe('occupied');
    expect(moreFree).toBe(0);
  });

  it('at a large site shows the first free desks only, and counts the rest', () => {
    const all = desks(400);
    const free = all.filter((d) => d.state === 'free');
    const { chips, moreFree } = deskChips(all, new Set());
    expect(chips).toHaveLength(MAX_CHIPS);
    expect(chips.every((d) => d.state === 'free')).toBe(true);
    expect(chips.map((d) => d.number)).toEqual(free.slice(0, MAX_CHIPS).map((d) => d.number));
    expect(moreFree).toBe(free.length - MAX_CHIPS);
  });

  it('says nothing more when the free desks fit although all desks do not', () => {
    const all = desks(60, (i) => (i <= 10 ? 'free' : 'occupied'));
    expect(deskChips(all, new Set())).toEqual({ chips: all.slice(0, 10), moreFree: 0 });
  });
});
