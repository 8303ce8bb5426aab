// The kiosk's public agenda as pages: the days a day or week view covers, moving back and forth
// across months and years, the week's events under their days, and pages that fit the screen (every
// event once, in order, under its day's heading, no heading left alone at a page's foot), by hand
// and over random weeks; and the agenda's words in both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agendaRange,
  agendaRows,
  clockText,
  paginate,
  shiftDay,
  showsToday,
  weekLabel,
  weekStart,
  type AgendaItem,
  type AgendaRow,
} from '../../../renderer/src/requests/kiosk/agendaPages';
import { kioskAgendaText } from '../../../renderer/src/requests/kiosk/kioskAgendaText';

const ev = (id: string, day: string, start: string, roomId = 'pontive'): AgendaItem => ({
  id,
  slot: { roomId, day, start, end: '23:59' },
});
const ids = <E extends AgendaItem>(rows: readonly AgendaRow<E>[]) =>
  rows.map((r) => (r.kind === 'day' ? `#${r.day}` : r.event.id));

describe('the days a view shows', () => {
  it('a day view is the day; a week view the week from its Monday', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23'); // Wednesday
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday ends the ISO week
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(agendaRange('day', '2026-11-25')).toEqual({ from: '2026-11-25', days: 1 });
    expect(agendaRange('week', '2026-11-25')).toEqual({ from: '2026-11-23', days: 7 });
  });

  it('moves a day or a week, across months and years', () => {
    expect(shiftDay('day', '2026-11-30', 1)).toBe('2026-12-01');
    expect(shiftDay('day', '2026-01-01', -1)).toBe('2025-12-31');
    expect(shiftDay('week', '2026-11-25', 1)).toBe('2026-11-30');
    expect(shiftDay('week', '2026-11-25', -1)).toBe('2026-11-16');
    expect(shiftDay('week', '2026-12-30', 1)).toBe('2027-01-04');
  });

  it('knows when the view holds today', () => {
    expect(showsToday('day', '2026-11-23', '2026-11-23')).toBe(true);
    expect(showsToday('day', '2026-11-24', '2026-11-23')).toBe(false);
    expect(showsToday('week', '2026-11-29', '2026-11-23')).toBe(true);
    expect(showsToday('week', '2026-11-30', '2026-11-23')).toBe(false);
  });

  it("writes a week's span as the language does", () => {
    expect(weekLabel('2026-11-23', 'id')).toBe('23–29 November 2026');
    expect(weekLabel('2026-11-30', 'id')).toBe('30 November – 6 Desember 2026');
    expect(weekLabel('2026-12-28', 'id')).toBe('28 Desember 2026 – 3 Januari 2027');
    expect(weekLabel('2026-11-30', 'en')).toBe('30 November – 6 December 2026');
  });

  it('writes times the Indonesian way, or the English one', () => {
    expect(clockText('09:05', 'id')).toBe('09.05');
    expect(clockText('09:05', 'en')).toBe('09:05');
  });
});

describe('the rows and pages of a view', () => {
  const week = [
    ev('c', '2026-11-25', '13:00'),
    ev('a', '2026-11-23', '09:00'),
    ev('b', '2026-11-25', '09:00', 'rapat'),
    ev('b2', '2026-11-25', '09:00', 'pontive'),
    ev('d', '2026-11-27', '08:00'),
  ];

  it("puts a week's events under their days, in time order; a day's events alone", () => {
    expect(ids(agendaRows(week, 'week'))).toEqual([
      '#2026-11-23',
      'a',
      '#2026-11-25',
      'b2',
      'b',
      'c',
      '#2026-11-27',
      'd',
    ]);
    expect(ids(agendaRows(week.slice(1, 4), 'day'))).toEqual(['a', 'b2', 'b']);
    expect(agendaRows([], 'week')).toEqual([]);
  });

  it('never leaves a heading at the foot of a page, and repeats it over a page that continues its day', () => {
    const pages = paginate(agendaRows(week, 'week'), 3).map(ids);
    expect(pages).toEqual([
      ['#2026-11-23', 'a'],
      ['#2026-11-25', 'b2', 'b'],
      ['#2026-11-25', 'c'],
      ['#2026-11-27', 'd'],
    ]);
    expect(paginate(agendaRows(week.slice(1, 4), 'day'), 2).map(ids)).toEqual([['a', 'b2'], ['b']]);
    expect(paginate([], 4)).toEqual([]);
  });

  it('keeps every event once, in order, under its own day, within the page size (random weeks)', () => {
    const event = fc.record({
      day: fc.integer({ min: 0, max: 6 }).map((d) => `2026-11-${String(23 + d)}`),
      hour: fc.integer({ min: 7, max: 15 }),
      roomId: fc.constantFrom('pontive', 'rapat', 'tcm'),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.integer({ min: 2, max: 10 }), (list, perPage) => {
        const events = list.map((e, i) =>
          ev(`e${i}`, e.day, `${String(e.hour).padStart(2, '0')}:00`, e.roomId),
        );
        const rows = agendaRows(events, 'week');
        const pages = paginate(rows, perPage);
        const flat = pages.flat().filter((r) => r.kind === 'event');
        expect(ids(flat)).toEqual(ids(rows.filter((r) => r.kind === 'event')));
        for (const page of pages) {
          expect(page.length).toBeLessThanOrEqual(perPage);
          expect(page[page.length - 1]!.kind).toBe('event');
          expect(page[0]!.kind).toBe('day');
          let day: string | null = null;
          for (const row of page) {
            if (row.kind === 'day') day = row.day;
            else expect(row.event.slot.day).toBe(day);
          }
        }
      }),
    );
  });
});

describe("the agenda's words", () => {
  it('has every key in both languages, with the same placeholders', () => {
    const { id, en } = kioskAgendaText;
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(holes(en[key]), key).toEqual(holes(id[key]));
    }
    expect(`${id.counted} ${id.countedOrdinal}`).toBe('Selamat datang, peserta ke-{{ordinal}}');
  });
});
