import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClashes, nearestFreeSlots, type RoomBooking } from '../../../shared/requests/clash';
import { defaultServiceCalendar, type ServiceCalendar } from '../../../shared/rules/siteCalendar';
import {
  addDaysIso,
  BASE_DAY,
  calendarArb,
  MINUTE,
  minutesOfDay,
  servedOn,
  wib,
  wibMidnight,
} from './support';

const booking = (
  id: string,
  day: string,
  start: string,
  end: string,
  extra: Partial<RoomBooking> = {},
): RoomBooking => ({
  id,
  roomId: 'pontive',
  start: wib(`${day}T${start}`),
  end: wib(`${day}T${end}`),
  setupMinutes: 30,
  clearMinutes: 15,
  title: `Acara ${id}`,
  ...extra,
});
const at = (day: string, time: string) => wib(`${day}T${time}`);
const MONDAY = '2026-12-07';

describe('findClashes', () => {
  // 09:00–11:00 takes the room 08:30–11:15.
  const morning = booking('pagi', MONDAY, '09:00', '11:00');

  it('counts setting up and clearing: a start at 11:40 (setting up from 11:10) clashes', () => {
    expect(findClashes(booking('baru', MONDAY, '11:40', '13:00'), [morning])).toEqual([morning]);
    // Touching is no clash: clearing ends at 11:15, setting up for 11:45 begins at 11:15.
    expect(findClashes(booking('baru', MONDAY, '11:45', '13:00'), [morning])).toEqual([]);
    // Nor is an event that ends where the other's setting up begins.
    expect(findClashes(booking('baru', MONDAY, '07:00', '08:15', { clearMinutes: 15 }), [morning])).toEqual(
      [],
    );
    expect(findClashes(booking('baru', MONDAY, '07:00', '08:16', { clearMinutes: 15 }), [morning])).toEqual([
      morning,
    ]);
  });

  it('ignores other rooms and the booking itself, and sorts what clashes by start', () => {
    const late = booking('siang', MONDAY, '12:00', '14:00');
    const early = booking('awal', MONDAY, '07:30', '08:00', { setupMinutes: 0, clearMinutes: 0 });
    const elsewhere = booking('rapat', MONDAY, '09:00', '11:00', { roomId: 'rapat' });
    const allDay = booking('semua', MONDAY, '07:30', '15:30');
    expect(findClashes(allDay, [late, morning, elsewhere, allDay, early])).toEqual([early, morning, late]);
    // The booking being moved is not in its own way.
    expect(
      findClashes({ ...morning, start: at(MONDAY, '10:00'), end: at(MONDAY, '12:00') }, [morning]),
    ).toEqual([]);
  });
});

describe('nearestFreeSlots', () => {
  const cal = defaultServiceCalendar; // Monday–Friday 07:00–15:45
  // 10:30–11:30 takes 10:00–11:45; 13:00–15:00 takes 12:30–15:15.
  const taken = [booking('a', MONDAY, '10:30', '11:30'), booking('b', MONDAY, '13:00', '15:00')];
  const wanted = booking('baru', MONDAY, '10:00', '12:00');

  it('offers the nearest free slots of the same length, before or after, on the 15-minute grid', () => {
    expect(nearestFreeSlots(wanted, taken, cal)).toEqual([
      { start: at(MONDAY, '07:45'), end: at(MONDAY, '09:45') },
      { start: at(MONDAY, '07:30'), end: at(MONDAY, '09:30') },
      { start: at('2026-12-08', '07:30'), end: at('2026-12-08', '09:30') },
    ]);
  });

  it('offers nothing before the lead time allows, nor a slot whose setting up has begun', () => {
    expect(nearestFreeSlots(wanted, taken, cal, { earliestDay: '2026-12-08', count: 2 })).toEqual([
      { start: at('2026-12-08', '07:30'), end: at('2026-12-08', '09:30') },
      { start: at('2026-12-08', '07:45'), end: at('2026-12-08', '09:45') },
    ]);
    // At 07:20 the 07:45 slot would have to be set up from 07:15: gone; Monday has no other.
    expect(nearestFreeSlots(wanted, taken, cal, { now: at(MONDAY, '07:20'), count: 1 })).toEqual([
      { start: at('2026-12-08', '07:30'), end: at('2026-12-08', '09:30') },
    ]);
    expect(nearestFreeSlots(wanted, taken, cal, { now: at(MONDAY, '07:15'), count: 1 })).toEqual([
      { start: at(MONDAY, '07:45'), end: at(MONDAY, '09:45') },
    ]);
  });

  it('skips weekends and holidays, and puts the earlier of two equally near slots first', () => {
    const bare = { setupMinutes: 0, clearMinutes: 0 };
    const friday = '2026-12-04';
    const blocker = booking('x', friday, '11:15', '12:45', bare);
    const hour = booking('baru', friday, '11:30', '12:30', bare);
    expect(nearestFreeSlots(hour, [blocker], cal, { count: 4 })).toEqual(
      ['10:15', '12:45', '10:00', '13:00'].map((t) => ({
        start: at(friday, t),
        end: at(friday, t) + 60 * MINUTE,
      })),
    );
    // The whole of Friday taken and Monday a holiday: Thursday's 32 slots come first (its last, 14:45,
    // is the nearest), then Wednesday's; Tuesday is farther, and the weekend is never offered.
    const full = booking('y', friday, '07:00', '15:45', bare);
    const holiday: ServiceCalendar = { ...cal, holidays: [{ date: MONDAY, name: 'Libur' }] };
    const slots = nearestFreeSlots(hour, [full], holiday, { count: 40 });
    const days = new Set(slots.map((s) => new Date(s.start + 7 * 3_600_000).toISOString().slice(0, 10)));
    expect([...days].sort()).toEqual(['2026-12-02', '2026-12-03']);
    expect(slots[0]).toEqual({ start: at('2026-12-03', '14:45'), end: at('2026-12-03', '15:45') });
    expect(nearestFreeSlots(hour, [full], holiday, { count: 40, searchDays: 0 })).toEqual([]);
  });

  it('keeps the whole of a long booking taken when a short one lies inside it', () => {
    const bare = { setupMinutes: 0, clearMinutes: 0 };
    const long = booking('panjang', MONDAY, '07:00', '14:00', bare);
    const inside = booking('dalam', MONDAY, '09:00', '10:00', bare);
    const hour = booking('baru', MONDAY, '10:00', '11:00', bare);
    expect(nearestFreeSlots(hour, [long, inside], cal, { count: 1 })).toEqual([
      { start: at(MONDAY, '14:00'), end: at(MONDAY, '15:00') },
    ]);
  });

  it('offers nothing longer than the day', () => {
    expect(nearestFreeSlots(booking('baru', MONDAY, '06:00', '15:00'), [], cal)).toEqual([]);
  });

  it('finds the one gap a day in a busy month (100 bookings)', () => {
    // Three events a day (07:45, 09:45, 11:45, an hour each) from 23 November: each day's room is free
    // 13:00–15:45, room for exactly one two-hour event set up from 13:00 and cleared by 15:45.
    const many = Array.from({ length: 100 }, (_, i) => {
      const day = addDaysIso('2026-11-23', Math.floor(i / 3));
      const hour = 7 + 2 * (i % 3);
      return booking(`b${i}`, day, `0${hour}:45`.slice(-5), `${hour + 1}:45`.padStart(5, '0'));
    });
    const slots = nearestFreeSlots(booking('baru', MONDAY, '08:00', '10:00'), many, cal);
    expect(slots).toEqual(
      [MONDAY, '2026-12-08', '2026-12-09'].map((d) => ({ start: at(d, '13:30'), end: at(d, '15:30') })),
    );
    for (const s of slots) expect(findClashes({ ...wanted, start: s.start, end: s.end }, many)).toEqual([]);
  });
});

/** Oracle: the set of minutes (epoch minutes) a booking takes, marked one by one. */
const takenMinutes = (b: RoomBooking): Set<number> => {
  const minutes = new Set<number>();
  for (let m = b.start - b.setupMinutes * MINUTE; m < b.end + b.clearMinutes * MINUTE; m += MINUTE)
    minutes.add(m / MINUTE);
  return minutes;
};

const bookingArb = (ids: fc.Arbitrary<string>, day: fc.Arbitrary<string>) =>
  fc
    .record({
      id: ids,
      roomId: fc.constantFrom('a', 'b'),
      day,
      startMinute: fc.integer({ min: 5 * 12, max: 18 * 12 }).map((n) => n * 5),
      length: fc.integer({ min: 1, max: 48 }).map((n) => n * 5),
      setupMinutes: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
      clearMinutes: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
    })
    .map(({ day: d, startMinute, length, ...rest }) => {
      const start = wibMidnight(d) + startMinute * MINUTE;
      return { ...rest, start, end: start + length * MINUTE, title: rest.id };
    });

describe('findClashes against a minute-by-minute oracle', () => {
  const dayArb = fc.constantFrom(MONDAY, '2026-12-08');
  const idArb = fc.integer({ min: 0, max: 40 }).map((n) => `r${n}`);

  it('agrees with marking taken minutes, is symmetric, and sorts by start', () => {
    fc.assert(
      fc.property(
        fc.array(bookingArb(idArb, dayArb), { maxLength: 25 }),
        bookingArb(idArb, dayArb),
        (all, c) => {
          const mine = takenMinutes(c);
          const expected = all
            .filter(
              (b) => b.roomId === c.roomId && b.id !== c.id && [...takenMinutes(b)].some((m) => mine.has(m)),
            )
            .map((b) => b.id);
          const got = findClashes(c, all);
          expect(got.map((b) => b.id).sort()).toEqual(expected.sort());
          for (let i = 1; i < got.length; i++)
            expect(got[i]!.start).toBeGreaterThanOrEqual(got[i - 1]!.start);
          for (const b of all)
            expect(findClashes(b, [c]).length === 1).toBe(findClashes(c, [b]).length === 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('nearestFreeSlots against a brute-force search (random calendars and bookings)', () => {
  it('returns exactly the nearest free grid slots: no clash, within hours, not before the earliest day or now', () => {
    const scenario = fc
      .record({
        cal: calendarArb,
        searchDays: fc.integer({ min: 0, max: 3 }),
        requestedOffset: fc.integer({ min: 20, max: 40 }),
        step: fc.constantFrom(5, 10, 15, 30),
        count: fc.integer({ min: 1, max: 5 }),
        earliestShift: fc.option(fc.integer({ min: -4, max: 4 }), { nil: undefined }),
        nowShiftMinutes: fc.option(fc.integer({ min: -4 * 1440, max: 4 * 1440 }), { nil: undefined }),
      })
      .chain((s) => {
        const requestedDay = addDaysIso(BASE_DAY, s.requestedOffset);
        const near = fc
          .integer({ min: -s.searchDays, max: s.searchDays })
          .map((o) => addDaysIso(requestedDay, o));
        return fc.record({
          s: fc.constant({ ...s, requestedDay }),
          bookings: fc.array(
            bookingArb(
              fc.integer({ min: 0, max: 60 }).map((n) => `r${n}`),
              near,
            ),
            {
              maxLength: 30,
            },
          ),
          candidate: bookingArb(fc.constant('baru'), fc.constant(requestedDay)),
        });
      });

    fc.assert(
      fc.property(scenario, ({ s, bookings, candidate }) => {
        const earliestDay =
          s.earliestShift === undefined ? undefined : addDaysIso(s.requestedDay, s.earliestShift);
        const now =
          s.nowShiftMinutes === undefined ? undefined : candidate.start + s.nowShiftMinutes * MINUTE;
        const got = nearestFreeSlots(candidate, bookings, s.cal, {
          count: s.count,
          stepMinutes: s.step,
          searchDays: s.searchDays,
          ...(earliestDay === undefined ? {} : { earliestDay }),
          ...(now === undefined ? {} : { now }),
        });

        // The oracle: every grid start of every day in the window, checked minute by minute.
        const blocked = new Set<number>();
        for (const b of bookings)
          if (b.roomId === candidate.roomId && b.id !== candidate.id)
            for (const m of takenMinutes(b)) blocked.add(m);
        const length = candidate.end - candidate.start;
        const setup = candidate.setupMinutes * MINUTE;
        const clear = candidate.clearMinutes * MINUTE;
        const free: number[] = [];
        for (let d = -s.searchDays; d <= s.searchDays; d++) {
          const day = addDaysIso(s.requestedDay, d);
          if (earliestDay !== undefined && day < earliestDay) continue;
          if (!servedOn(s.cal, day)) continue;
          const midnight = wibMidnight(day);
          const opens = midnight + minutesOfDay(s.cal.opensAt) * MINUTE;
          const closes = midnight + minutesOfDay(s.cal.closesAt) * MINUTE;
          for (let k = 0; k < 1440; k += s.step) {
            const start = midnight + k * MINUTE;
            const from = start - setup;
            const to = start + length + clear;
            if (from < opens || to > closes) continue;
            if (now !== undefined && from < now) continue;
            let clash = false;
            for (let m = from; m < to && !clash; m += MINUTE) clash = blocked.has(m / MINUTE);
            if (!clash) free.push(start);
          }
        }
        const distance = (t: number) => Math.abs(t - candidate.start);
        free.sort((a, b) => distance(a) - distance(b) || a - b);
        expect(got).toEqual(free.slice(0, s.count).map((start) => ({ start, end: start + length })));
      }),
      { numRuns: 150 },
    );
  });
});
