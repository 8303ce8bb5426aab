import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addServiceMinutes, serviceMinutesBetween } from '../../../shared/requests/serviceMinutes';
import { defaultServiceCalendar, type ServiceCalendar } from '../../../shared/rules/siteCalendar';
import { addDaysIso, BASE_DAY, calendarArb, MINUTE, serviceMinuteAt, wib, wibMidnight } from './support';

const cal = defaultServiceCalendar; // Monday–Friday 07:00–15:45 WIB

describe('service minutes by hand', () => {
  it('carries a step begun at 15:40 over to 07:10 the next service day', () => {
    // Thursday 3 December 2026, 15:40.
    expect(addServiceMinutes(wib('2026-12-03T15:40'), 15, cal)).toBe(wib('2026-12-04T07:10'));
    // Friday 15:40: over the weekend to Monday.
    expect(addServiceMinutes(wib('2026-12-04T15:40'), 15, cal)).toBe(wib('2026-12-07T07:10'));
    // …and over a holiday on Monday to Tuesday.
    const holiday: ServiceCalendar = { ...cal, holidays: [{ date: '2026-12-07', name: 'Libur' }] };
    expect(addServiceMinutes(wib('2026-12-04T15:40'), 15, holiday)).toBe(wib('2026-12-08T07:10'));
  });

  it('ends a count that fills the day at closing, and starts a count begun before opening at opening', () => {
    expect(addServiceMinutes(wib('2026-12-03T15:30'), 15, cal)).toBe(wib('2026-12-03T15:45'));
    expect(addServiceMinutes(wib('2026-12-03T05:00'), 30, cal)).toBe(wib('2026-12-03T07:30'));
    expect(addServiceMinutes(wib('2026-12-05T11:00'), 5, cal)).toBe(wib('2026-12-07T07:05'));
    expect(addServiceMinutes(wib('2026-12-05T11:00'), 0, cal)).toBe(wib('2026-12-05T11:00'));
    // A whole service day is 525 minutes.
    expect(addServiceMinutes(wib('2026-12-03T07:00'), 525 + 60, cal)).toBe(wib('2026-12-04T08:00'));
  });

  it('counts only service hours between two instants, negative backwards', () => {
    expect(serviceMinutesBetween(wib('2026-12-03T15:40'), wib('2026-12-04T07:10'), cal)).toBe(15);
    expect(serviceMinutesBetween(wib('2026-12-04T07:10'), wib('2026-12-03T15:40'), cal)).toBe(-15);
    expect(serviceMinutesBetween(wib('2026-12-04T16:00'), wib('2026-12-07T06:59'), cal)).toBe(0);
    expect(serviceMinutesBetween(wib('2026-12-07T07:00'), wib('2026-12-12T07:00'), cal)).toBe(5 * 525);
    expect(serviceMinutesBetween(wib('2026-12-03T09:00'), wib('2026-12-03T09:00') + 30_000, cal)).toBe(0.5);
  });

  it('refuses a negative or impossible count', () => {
    expect(() => addServiceMinutes(wib('2026-12-03T09:00'), -1, cal)).toThrow(RangeError);
    expect(() => addServiceMinutes(Number.NaN, 1, cal)).toThrow(RangeError);
  });
});

describe('service minutes over random calendars', () => {
  /** An instant on the minute grid in the calendars' span. */
  const instantArb = fc
    .tuple(fc.integer({ min: 0, max: 55 }), fc.integer({ min: 0, max: 1439 }))
    .map(([d, m]) => wibMidnight(addDaysIso(BASE_DAY, d)) + m * MINUTE);

  it('counts the minutes a minute-by-minute walk counts', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 6 * 1440 }), (c, a, span) => {
        const b = a + span * MINUTE;
        let counted = 0;
        for (let m = a; m < b; m += MINUTE) if (serviceMinuteAt(c, m)) counted++;
        expect(serviceMinutesBetween(a, b, c)).toBe(counted);
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips: m minutes added are m minutes between, and the count ends on a service minute', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 3000 }), (c, a, m) => {
        const due = addServiceMinutes(a, m, c);
        expect(serviceMinutesBetween(a, due, c)).toBe(m);
        // The first such instant: the minute just before it was a counted one.
        if (m > 0) expect(serviceMinuteAt(c, due - MINUTE)).toBe(true);
        else expect(due).toBe(a);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips the other way: adding the minutes between a and b reaches b or the last service minute before it', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, fc.integer({ min: 0, max: 10 * 1440 }), (c, a, span) => {
        const b = a + span * MINUTE;
        const back = addServiceMinutes(a, serviceMinutesBetween(a, b, c), c);
        expect(back).toBeLessThanOrEqual(b);
        expect(serviceMinutesBetween(back, b, c)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
