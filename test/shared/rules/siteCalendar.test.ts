import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayBounds,
  defaultServiceCalendar,
  isServiceDay,
  localDay,
  nextOpening,
  parseServiceCalendar,
  serviceStatusAt,
} from '../../../shared/rules/siteCalendar';
import type { ServiceCalendar } from '../../../shared/rules/siteCalendar';
import {
  CLOSES_MS,
  DAY,
  OPENS_MS,
  addDaysIso,
  instantInWeekArb,
  wib,
  wibDay,
  wibTimeOfDay,
  wibWeekday,
  weekArb,
} from './wib';

const calWith = (holidays: ServiceCalendar['holidays']): ServiceCalendar => ({
  ...defaultServiceCalendar,
  holidays,
});

const christmas2026 = calWith([{ date: '2026-12-25', name: 'Hari Raya Natal' }]);

describe('service calendar settings', () => {
  it('defaults to SOP 97/2020: Monday–Friday 07:00–15:45 in Asia/Pontianak', () => {
    expect(parseServiceCalendar({})).toEqual({
      timeZone: 'Asia/Pontianak',
      openDays: [1, 2, 3, 4, 5],
      opensAt: '07:00',
      closesAt: '15:45',
      holidays: [],
    });
    expect(defaultServiceCalendar).toEqual(parseServiceCalendar({ holidays: [] }));
  });

  it('accepts holidays as bare dates or with a name', () => {
    const cal = parseServiceCalendar({ holidays: ['2026-08-17', { date: '2026-12-25', name: 'Natal' }] });
    expect(cal.holidays).toEqual([{ date: '2026-08-17' }, { date: '2026-12-25', name: 'Natal' }]);
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Asia/Atlantis' }],
    ['no open days', { openDays: [] }],
    ['a weekday out of range', { openDays: [0, 1] }],
    ['a duplicate weekday', { openDays: [1, 1] }],
    ['a malformed time', { opensAt: '7:00' }],
    ['an hour out of range', { closesAt: '24:00' }],
    ['closing before opening', { opensAt: '16:00', closesAt: '15:45' }],
    ['closing at opening', { opensAt: '07:00', closesAt: '07:00' }],
    ['an impossible holiday date', { holidays: ['2026-02-30'] }],
    ['a holiday that is not a date', { holidays: ['25/12/2026'] }],
  ])('rejects %s', (_name, input) => {
    expect(() => parseServiceCalendar(input)).toThrow();
  });
});

describe('localDay and dayBounds', () => {
  it('places instants on the WIB calendar, not the UTC one', () => {
    // 2026-11-22 17:00 UTC is already Monday 00:00 in Pontianak.
    expect(localDay(Date.parse('2026-11-22T17:00:00Z'), 'Asia/Pontianak')).toBe('2026-11-23');
    expect(localDay(Date.parse('2026-11-22T16:59:59.999Z'), 'Asia/Pontianak')).toBe('2026-11-22');
  });

  it('gives Monday 2026-11-23 07:00 and 15:45 WIB as epoch ms', () => {
    expect(dayBounds('2026-11-23', defaultServiceCalendar)).toEqual({
      opensAt: Date.parse('2026-11-23T00:00:00Z'),
      closesAt: Date.parse('2026-11-23T08:45:00Z'),
    });
  });

  it('follows the zone it is given, daylight saving included', () => {
    const berlin: ServiceCalendar = { ...defaultServiceCalendar, timeZone: 'Europe/Berlin' };
    // 2026-03-30 is the Monday after Europe moves to summer time (UTC+2).
    expect(dayBounds('2026-03-30', berlin).opensAt).toBe(Date.parse('2026-03-30T05:00:00Z'));
    expect(dayBounds('2026-03-27', berlin).opensAt).toBe(Date.parse('2026-03-27T06:00:00Z'));
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => dayBounds('2026-11-31', defaultServiceCalendar)).toThrow(RangeError);
  });

  it('agrees with the plain-arithmetic WIB oracle on any instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2100-01-01') }), (at) => {
        expect(localDay(at, 'Asia/Pontianak')).toBe(wibDay(at));
      }),
    );
  });
});

describe('service status on real days', () => {
  it('is open on Monday 2026-11-23 from 07:00:00.000 to 15:44:59.999, exact to the millisecond', () => {
    const closesAt = wib('2026-11-23T15:45');
    expect(serviceStatusAt(wib('2026-11-23T06:59:59.999'), defaultServiceCalendar)).toEqual({
      open: false,
      reason: 'before_opening',
      nextOpening: wib('2026-11-23T07:00'),
    });
    expect(serviceStatusAt(wib('2026-11-23T07:00:00.000'), defaultServiceCalendar)).toEqual({
      open: true,
      closesAt,
    });
    expect(serviceStatusAt(wib('2026-11-23T15:44:59.999'), defaultServiceCalendar)).toEqual({
      open: true,
      closesAt,
    });
    expect(serviceStatusAt(wib('2026-11-23T15:45:00.000'), defaultServiceCalendar)).toEqual({
      open: false,
      reason: 'after_closing',
      nextOpening: wib('2026-11-24T07:00'),
    });
  });

  it('is closed on Saturday 2026-11-21 and reopens on Monday', () => {
    expect(serviceStatusAt(wib('2026-11-21T10:00'), defaultServiceCalendar)).toEqual({
      open: false,
      reason: 'weekend',
      nextOpening: wib('2026-11-23T07:00'),
    });
  });

  it('sends Friday-afternoon visitors to Monday morning', () => {
    expect(serviceStatusAt(wib('2026-11-27T15:45'), defaultServiceCalendar)).toMatchObject({
      reason: 'after_closing',
      nextOpening: wib('2026-11-30T07:00'),
    });
  });

  it('is closed on Christmas, Friday 2026-12-25, naming the holiday, and reopens on Monday 28th', () => {
    expect(serviceStatusAt(wib('2026-12-25T09:00'), christmas2026)).toEqual({
      open: false,
      reason: 'holiday',
      holidayName: 'Hari Raya Natal',
      nextOpening: wib('2026-12-28T07:00'),
    });
    expect(isServiceDay('2026-12-25', christmas2026)).toBe(false);
    expect(isServiceDay('2026-12-24', christmas2026)).toBe(true);
    // The evening before: the next opening skips the holiday and the weekend.
    expect(nextOpening(wib('2026-12-24T16:00'), christmas2026)).toBe(wib('2026-12-28T07:00'));
  });

  it('names a holiday falling on a weekend as a holiday', () => {
    const cal = calWith([{ date: '2026-11-22', name: 'Contoh' }]);
    expect(serviceStatusAt(wib('2026-11-22T10:00'), cal)).toMatchObject({
      reason: 'holiday',
      holidayName: 'Contoh',
    });
  });

  it('omits holidayName for a holiday listed without one', () => {
    const status = serviceStatusAt(wib('2026-08-17T09:00'), calWith([{ date: '2026-08-17' }]));
    expect(status).toEqual({ open: false, reason: 'holiday', nextOpening: wib('2026-08-18T07:00') });
    expect('holidayName' in status).toBe(false);
  });

  it('finds the next opening across a long run of holidays (Lebaran and cuti bersama)', () => {
    const days = Array.from({ length: 12 }, (_, i) => ({ date: addDaysIso('2026-03-16', i) }));
    expect(nextOpening(wib('2026-03-13T16:00'), calWith(days))).toBe(wib('2026-03-30T07:00'));
  });

  it('honours configured open days and hours', () => {
    const saturdays = parseServiceCalendar({ openDays: [6], opensAt: '08:30', closesAt: '12:00' });
    expect(serviceStatusAt(wib('2026-11-23T09:00'), saturdays)).toMatchObject({
      reason: 'weekend',
      nextOpening: wib('2026-11-28T08:30'),
    });
    expect(serviceStatusAt(wib('2026-11-28T11:59:59.999'), saturdays)).toEqual({
      open: true,
      closesAt: wib('2026-11-28T12:00'),
    });
  });
});

describe('service status over simulated weeks (properties)', () => {
  it('is open exactly on non-holiday weekdays between 07:00 inclusive and 15:45 exclusive', () => {
    fc.assert(
      fc.property(instantInWeekArb, ({ at, holidays }) => {
        const cal = calWith(holidays);
        const day = wibDay(at);
        const isHoliday = holidays.some((h) => h.date === day);
        const weekday = wibWeekday(at);
        const t = wibTimeOfDay(at);
        const status = serviceStatusAt(at, cal);
        const expectedOpen = !isHoliday && weekday <= 5 && t >= OPENS_MS && t < CLOSES_MS;
        expect(status.open).toBe(expectedOpen);
        if (!status.open) {
          const expectedReason = isHoliday
            ? 'holiday'
            : weekday > 5
              ? 'weekend'
              : t < OPENS_MS
                ? 'before_opening'
                : 'after_closing';
          expect(status.reason).toBe(expectedReason);
        }
        expect(isServiceDay(day, cal)).toBe(!isHoliday && weekday <= 5);
      }),
      { numRuns: 2000 },
    );
  });

  it('never opens on a weekend or a holiday', () => {
    fc.assert(
      fc.property(instantInWeekArb, ({ at, holidays }) => {
        const day = wibDay(at);
        if (wibWeekday(at) > 5 || holidays.some((h) => h.date === day)) {
          expect(serviceStatusAt(at, calWith(holidays)).open).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('flips exactly at opening and closing of every service day', () => {
    fc.assert(
      fc.property(weekArb, fc.integer({ min: 0, max: 6 }), ({ monday, holidays }, dayOffset) => {
        const cal = calWith(holidays);
        const day = wibDay(monday + dayOffset * DAY);
        fc.pre(isServiceDay(day, cal));
        const { opensAt, closesAt } = dayBounds(day, cal);
        expect(opensAt).toBe(monday + dayOffset * DAY + OPENS_MS);
        expect(closesAt).toBe(monday + dayOffset * DAY + CLOSES_MS);
        expect(serviceStatusAt(opensAt - 1, cal)).toMatchObject({ open: false, reason: 'before_opening' });
        expect(serviceStatusAt(opensAt, cal).open).toBe(true);
        expect(serviceStatusAt(closesAt - 1, cal).open).toBe(true);
        expect(serviceStatusAt(closesAt, cal)).toMatchObject({ open: false, reason: 'after_closing' });
      }),
    );
  });

  it('gives as next opening the first service-day opening strictly after the instant', () => {
    fc.assert(
      fc.property(instantInWeekArb, ({ at, holidays }) => {
        const cal = calWith(holidays);
        const next = nextOpening(at, cal);
        expect(next).toBeGreaterThan(at);
        expect(wibTimeOfDay(next)).toBe(OPENS_MS);
        expect(serviceStatusAt(next, cal).open).toBe(true);
        expect(serviceStatusAt(next - 1, cal).open).toBe(false);
        // Nothing earlier qualifies: walk the days in between with the oracle.
        for (let d = wibDay(at); d < wibDay(next); d = addDaysIso(d, 1)) {
          const opening = wib(`${d}T07:00`);
          if (opening > at) expect(isServiceDay(d, cal)).toBe(false);
        }
        const status = serviceStatusAt(at, cal);
        if (!status.open) expect(status.nextOpening).toBe(next);
      }),
      { numRuns: 1000 },
    );
  });
});
