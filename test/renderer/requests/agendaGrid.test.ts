// The agenda's time grid: the service hours as its span (widened to fit an event outside them), each
// event's block placed by its minutes with the event inside it, and overlapping blocks side by side.
import { describe, expect, it } from 'vitest';
import {
  daysFrom,
  gridHours,
  hourLabel,
  placeEvents,
  weekStart,
} from '../../../renderer/src/requests/agendaGrid';

const ev = (id: string, blockStart: string, start: string, end: string, blockEnd: string) => ({
  id,
  blockStart,
  start,
  end,
  blockEnd,
});

describe('agenda grid', () => {
  it('spans the service hours and draws whole hours', () => {
    const h = gridHours('07:00', '15:45', []);
    expect([h.from, h.to]).toEqual([420, 945]);
    expect(h.hours.map((m) => hourLabel(m, 'id'))).toEqual([
      '07.00',
      '08.00',
      '09.00',
      '10.00',
      '11.00',
      '12.00',
      '13.00',
      '14.00',
      '15.00',
    ]);
    expect(hourLabel(540, 'en')).toBe('09:00');
  });

  it('widens to an event outside the hours, and falls back to 07:00–15:45 on nonsense', () => {
    const h = gridHours('07:00', '15:45', [ev('a', '15:00', '15:30', '16:30', '16:45')]);
    expect(h.to).toBe(16 * 60 + 45);
    expect(gridHours('16:00', '08:00', [])).toMatchObject({ from: 420, to: 945 });
  });

  it('places a block by its minutes and the event inside it', () => {
    const h = gridHours('07:00', '15:45', []); // 525 minutes
    const [p] = placeEvents([ev('a', '08:30', '09:00', '11:00', '11:15')], h);
    expect(p!.blockTop).toBeCloseTo((90 / 525) * 100);
    expect(p!.blockHeight).toBeCloseTo((165 / 525) * 100);
    expect(p!.innerTop).toBeCloseTo((30 / 165) * 100);
    expect(p!.innerHeight).toBeCloseTo((120 / 165) * 100);
    expect([p!.lane, p!.lanes]).toEqual([0, 1]);
  });

  it('puts overlapping blocks in lanes and gives a group its widest lane count', () => {
    const h = gridHours('07:00', '15:45', []);
    const placed = placeEvents(
      [
        ev('b', '09:30', '10:00', '12:00', '12:15'),
        ev('a', '08:30', '09:00', '11:00', '11:15'),
        ev('c', '11:15', '11:30', '12:30', '12:45'), // starts as a ends: a's lane is free again
        ev('d', '13:30', '14:00', '15:00', '15:15'), // alone after the group
      ],
      h,
    );
    const by = Object.fromEntries(placed.map((p) => [p.event.id, [p.lane, p.lanes]]));
    expect(by).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2], d: [0, 1] });
  });

  it('leaves out an event whose times are not times', () => {
    const h = gridHours('07:00', '15:45', []);
    expect(placeEvents([ev('x', '', '09:00', '10:00', '10:15')], h)).toEqual([]);
  });

  it('finds the Monday of a week and the days from it', () => {
    expect(weekStart('2026-11-26')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(daysFrom('2026-12-30', 3)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
  });
});
