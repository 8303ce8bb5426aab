import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayBounds,
  defaultServiceCalendar,
  localDay,
  serviceStatusAt,
} from '../../../shared/rules/siteCalendar';
import {
  MAX_STAY_MINUTES,
  overstayMinutes,
  stayEndsAt,
  stayWarningLevel,
  stayWarningLevels,
  timeLeft,
} from '../../../shared/rules/stayLimit';
import { CLOSES_MS, DAY, MINUTE, OPENS_MS, instantInWeekArb, weekArb, wib } from './wib';

const cal = defaultServiceCalendar;
const rank = (level: ReturnType<typeof stayWarningLevel>) => stayWarningLevels.indexOf(level);

describe('stayEndsAt on Monday 2026-11-23 (SOP 97 step 6: max 7 hours, within service hours)', () => {
  it('gives an early visitor the full 7 hours: 07:00 → 14:00', () => {
    expect(stayEndsAt(wib('2026-11-23T07:00'), cal)).toBe(wib('2026-11-23T14:00'));
  });

  it('ends at closing when 7 hours would run past 15:45', () => {
    expect(stayEndsAt(wib('2026-11-23T09:30'), cal)).toBe(wib('2026-11-23T15:45'));
    expect(stayEndsAt(wib('2026-11-23T15:44:59.999'), cal)).toBe(wib('2026-11-23T15:45'));
  });

  it('switches from the 7-hour limit to closing at 08:45 exactly', () => {
    expect(stayEndsAt(wib('2026-11-23T08:45'), cal)).toBe(wib('2026-11-23T15:45'));
    expect(stayEndsAt(wib('2026-11-23T08:44'), cal)).toBe(wib('2026-11-23T15:44'));
  });

  it('takes a configured maximum stay', () => {
    expect(stayEndsAt(wib('2026-11-23T10:00'), cal, 120)).toBe(wib('2026-11-23T12:00'));
  });

  it('gives a check-in forced through after closing a stay of zero length, not an end in the past', () => {
    expect(stayEndsAt(wib('2026-11-23T16:00'), cal)).toBe(wib('2026-11-23T16:00'));
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects a maximum stay of %s minutes', (max) => {
    expect(() => stayEndsAt(wib('2026-11-23T10:00'), cal, max)).toThrow(RangeError);
  });
});

describe('stayEndsAt over simulated weeks (properties)', () => {
  it('never ends after closing nor more than 420 minutes after a check-in during service hours', () => {
    // Instants inside service hours, Monday to Friday, generated directly rather than filtered.
    const openInstant = fc
      .tuple(weekArb, fc.integer({ min: 0, max: 4 }), fc.integer({ min: OPENS_MS, max: CLOSES_MS - 1 }))
      .map(([w, d, t]) => ({ at: w.monday + d * DAY + t, holidays: w.holidays }));
    fc.assert(
      fc.property(openInstant, ({ at, holidays }) => {
        const c = { ...cal, holidays };
        fc.pre(serviceStatusAt(at, c).open);
        const endsAt = stayEndsAt(at, c);
        const { closesAt } = dayBounds(localDay(at, c.timeZone), c);
        expect(endsAt).toBeLessThanOrEqual(closesAt);
        expect(endsAt - at).toBeLessThanOrEqual(MAX_STAY_MINUTES * MINUTE);
        expect(endsAt).toBeGreaterThan(at);
        // And it is not cut short: one of the two limits is reached exactly.
        expect(endsAt === closesAt || endsAt - at === MAX_STAY_MINUTES * MINUTE).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never ends before the check-in nor more than the maximum after it, at any instant', () => {
    fc.assert(
      fc.property(instantInWeekArb, fc.integer({ min: 1, max: 24 * 60 }), ({ at }, max) => {
        const endsAt = stayEndsAt(at, cal, max);
        expect(endsAt).toBeGreaterThanOrEqual(at);
        expect(endsAt - at).toBeLessThanOrEqual(max * MINUTE);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('timeLeft and overstayMinutes', () => {
  const endsAt = wib('2026-11-23T14:00');

  it('counts down in whole minutes, rounding up, and stops at zero', () => {
    expect(timeLeft(wib('2026-11-23T13:30'), endsAt)).toEqual({ ms: 30 * MINUTE, minutes: 30 });
    expect(timeLeft(wib('2026-11-23T13:30:30'), endsAt)).toEqual({ ms: 29.5 * MINUTE, minutes: 30 });
    expect(timeLeft(endsAt - 1, endsAt)).toEqual({ ms: 1, minutes: 1 });
    expect(timeLeft(endsAt, endsAt)).toEqual({ ms: 0, minutes: 0 });
    expect(timeLeft(endsAt + 5 * MINUTE, endsAt)).toEqual({ ms: 0, minutes: 0 });
  });

  it('counts whole minutes of overstay', () => {
    expect(overstayMinutes(endsAt - MINUTE, endsAt)).toBe(0);
    expect(overstayMinutes(endsAt, endsAt)).toBe(0);
    expect(overstayMinutes(endsAt + 59_999, endsAt)).toBe(0);
    expect(overstayMinutes(endsAt + MINUTE, endsAt)).toBe(1);
    expect(overstayMinutes(wib('2026-11-23T15:45'), endsAt)).toBe(105);
  });
});

describe('stayWarningLevel', () => {
  const endsAt = wib('2026-11-23T14:00');

  it('warns at 30 and 10 minutes left, and reports overstay from the end itself', () => {
    expect(stayWarningLevel(wib('2026-11-23T13:29:59.999'), endsAt)).toBe('none');
    expect(stayWarningLevel(wib('2026-11-23T13:30'), endsAt)).toBe('first_warning');
    expect(stayWarningLevel(wib('2026-11-23T13:49:59.999'), endsAt)).toBe('first_warning');
    expect(stayWarningLevel(wib('2026-11-23T13:50'), endsAt)).toBe('final_warning');
    expect(stayWarningLevel(endsAt - 1, endsAt)).toBe('final_warning');
    expect(stayWarningLevel(endsAt, endsAt)).toBe('overstay');
    expect(stayWarningLevel(endsAt + 3 * 60 * MINUTE, endsAt)).toBe('overstay');
  });

  it('takes configured thresholds', () => {
    expect(stayWarningLevel(wib('2026-11-23T13:00'), endsAt, [60, 15])).toBe('first_warning');
    expect(stayWarningLevel(wib('2026-11-23T13:45'), endsAt, [60, 15])).toBe('final_warning');
    // Equal thresholds: a single warning, straight to the final one.
    expect(stayWarningLevel(wib('2026-11-23T13:50'), endsAt, [10, 10])).toBe('final_warning');
  });

  it.each([[[10, 30]], [[30, 0]], [[0, 0]], [[Number.NaN, 10]]] as const)(
    'rejects thresholds %j',
    (thresholds) => {
      expect(() => stayWarningLevel(endsAt - MINUTE, endsAt, thresholds)).toThrow(RangeError);
    },
  );

  it('only ever moves forward as time passes (property)', () => {
    const thresholdsArb = fc
      .tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 120 }))
      .map(([a, b]) => [Math.max(a, b), Math.min(a, b)] as const);
    const offset = fc.integer({ min: -600 * MINUTE, max: 600 * MINUTE });
    fc.assert(
      fc.property(instantInWeekArb, thresholdsArb, offset, offset, ({ at: endsAt2 }, thresholds, d1, d2) => {
        const [t1, t2] = d1 <= d2 ? [endsAt2 + d1, endsAt2 + d2] : [endsAt2 + d2, endsAt2 + d1];
        expect(rank(stayWarningLevel(t1, endsAt2, thresholds))).toBeLessThanOrEqual(
          rank(stayWarningLevel(t2, endsAt2, thresholds)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with timeLeft on when the stay is over (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -DAY, max: DAY }), (d) => {
        const now = endsAt + d;
        expect(stayWarningLevel(now, endsAt) === 'overstay').toBe(timeLeft(now, endsAt).ms === 0);
      }),
    );
  });
});
