import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseDesk, decideCheckIn, reservationStatuses } from '../../../shared/rules/checkInRules';
import type { CheckInInput, CheckInReservation, OpenVisit } from '../../../shared/rules/checkInRules';
import { defaultServiceCalendar, serviceStatusAt } from '../../../shared/rules/siteCalendar';
import { stayEndsAt } from '../../../shared/rules/stayLimit';
import { CLOSES_MS, DAY, OPENS_MS, addDaysIso, instantInWeekArb, weekArb, wib, wibDay } from './wib';

const cal = { ...defaultServiceCalendar, holidays: [{ date: '2026-12-25', name: 'Hari Raya Natal' }] };
const monday = '2026-11-23';
const booked = (day = monday, deskNumber?: number): CheckInReservation =>
  deskNumber === undefined ? { day, status: 'booked' } : { day, status: 'booked', deskNumber };
const input = (over: Partial<CheckInInput>): CheckInInput => ({
  now: wib(`${monday}T09:00`),
  cal,
  maxStayMinutes: 420,
  reservation: booked(monday, 4),
  freeDesks: [1, 2, 4, 7],
  ...over,
});
const visit: OpenVisit = {
  deskNumber: 4,
  lockerNumber: 12,
  startedAt: wib(`${monday}T08:00`),
  endsAt: wib(`${monday}T15:00`),
};

describe('decideCheckIn on real days', () => {
  it('seats the visitor at the reserved desk on Monday 2026-11-23 09:00 until 15:45', () => {
    expect(decideCheckIn(input({}))).toEqual({ ok: true, deskNumber: 4, endsAt: wib(`${monday}T15:45`) });
  });

  it('gives an early visitor 7 hours: 07:00 → 14:00', () => {
    expect(decideCheckIn(input({ now: wib(`${monday}T07:00`) }))).toMatchObject({
      ok: true,
      endsAt: wib(`${monday}T14:00`),
    });
  });

  it('uses a configured maximum stay, and 420 minutes when none is given', () => {
    const now = wib(`${monday}T07:00`);
    expect(decideCheckIn(input({ now, maxStayMinutes: 60 }))).toMatchObject({
      endsAt: wib(`${monday}T08:00`),
    });
    const { maxStayMinutes: _omit, ...rest } = input({ now });
    expect(decideCheckIn(rest)).toMatchObject({ endsAt: wib(`${monday}T14:00`) });
  });

  it('falls back to the lowest free desk when the reserved one is taken', () => {
    expect(decideCheckIn(input({ freeDesks: [2, 7] }))).toMatchObject({ ok: true, deskNumber: 2 });
  });

  it('gives the lowest free desk to a reservation without a desk number', () => {
    expect(decideCheckIn(input({ reservation: booked(), freeDesks: [3, 5] }))).toMatchObject({
      deskNumber: 3,
    });
  });

  it('refuses when no desk is free', () => {
    expect(decideCheckIn(input({ freeDesks: [] }))).toEqual({ ok: false, reason: 'no_free_desk' });
  });

  it('refuses an unknown code', () => {
    expect(decideCheckIn(input({ reservation: null }))).toEqual({ ok: false, reason: 'unknown_code' });
  });

  it('refuses a cancelled reservation', () => {
    expect(
      decideCheckIn(input({ reservation: { day: monday, status: 'cancelled', deskNumber: 4 } })),
    ).toEqual({
      ok: false,
      reason: 'cancelled',
    });
  });

  it('tells a visitor already inside their desk, locker and end time', () => {
    expect(
      decideCheckIn(
        input({
          reservation: { day: monday, status: 'checked_in', deskNumber: 4 },
          openVisitForReservation: visit,
        }),
      ),
    ).toEqual({
      ok: false,
      reason: 'already_checked_in',
      deskNumber: 4,
      lockerNumber: 12,
      endsAt: visit.endsAt,
    });
    expect(
      decideCheckIn(input({ reservation: { day: monday, status: 'checked_in', deskNumber: 4 } })),
    ).toEqual({
      ok: false,
      reason: 'already_checked_in',
      deskNumber: 4,
    });
  });

  it('refuses to restart a finished visit (the 7-hour limit cannot be reset by scanning again)', () => {
    expect(
      decideCheckIn(input({ reservation: { day: monday, status: 'completed', deskNumber: 4 } })),
    ).toEqual({
      ok: false,
      reason: 'already_completed',
      reservationDay: monday,
    });
  });

  it('refuses a reservation for another day, saying which', () => {
    expect(decideCheckIn(input({ reservation: booked('2026-11-24', 4) }))).toEqual({
      ok: false,
      reason: 'wrong_day',
      reservationDay: '2026-11-24',
      today: monday,
    });
  });

  it('uses the WIB day: 06:30 WIB Monday is still Sunday in UTC but the reservation is for Monday', () => {
    expect(decideCheckIn(input({ now: wib(`${monday}T06:30`) }))).toMatchObject({ reason: 'before_opening' });
  });

  it('refuses before opening and after closing, saying when it opens', () => {
    expect(decideCheckIn(input({ now: wib(`${monday}T06:59:59.999`) }))).toEqual({
      ok: false,
      reason: 'before_opening',
      nextOpening: wib(`${monday}T07:00`),
    });
    expect(decideCheckIn(input({ now: wib(`${monday}T15:45`) }))).toEqual({
      ok: false,
      reason: 'after_closing',
      nextOpening: wib('2026-11-24T07:00'),
    });
  });

  it('refuses a reservation made for a Saturday', () => {
    expect(
      decideCheckIn(input({ now: wib('2026-11-21T09:00'), reservation: booked('2026-11-21', 4) })),
    ).toEqual({
      ok: false,
      reason: 'closed_weekend',
      nextOpening: wib('2026-11-23T07:00'),
    });
  });

  it('refuses on Christmas 2026-12-25 a reservation made before the holiday was declared', () => {
    expect(
      decideCheckIn(input({ now: wib('2026-12-25T09:00'), reservation: booked('2026-12-25', 4) })),
    ).toEqual({
      ok: false,
      reason: 'closed_holiday',
      holidayName: 'Hari Raya Natal',
      nextOpening: wib('2026-12-28T07:00'),
    });
  });

  it('lets in, on its own day, a visitor already marked no-show', () => {
    expect(
      decideCheckIn(input({ reservation: { day: monday, status: 'no_show', deskNumber: 4 } })),
    ).toMatchObject({
      ok: true,
      deskNumber: 4,
    });
  });

  describe('order of checks', () => {
    it('cancelled beats wrong day and closed hours', () => {
      const r: CheckInReservation = { day: '2026-11-24', status: 'cancelled' };
      expect(decideCheckIn(input({ now: wib('2026-11-21T22:00'), reservation: r }))).toMatchObject({
        reason: 'cancelled',
      });
    });

    it('already checked in beats wrong day and after closing (a visit left open overnight)', () => {
      const r: CheckInReservation = { day: monday, status: 'checked_in', deskNumber: 4 };
      const tuesdayMorning = wib('2026-11-24T08:00');
      expect(
        decideCheckIn(input({ now: tuesdayMorning, reservation: r, openVisitForReservation: visit })),
      ).toMatchObject({
        reason: 'already_checked_in',
        deskNumber: 4,
      });
      expect(decideCheckIn(input({ now: wib(`${monday}T16:00`), reservation: r }))).toMatchObject({
        reason: 'already_checked_in',
      });
    });

    it('wrong day beats weekend: a Monday reservation scanned on Saturday says Monday', () => {
      expect(decideCheckIn(input({ now: wib('2026-11-21T09:00') }))).toMatchObject({
        reason: 'wrong_day',
        reservationDay: monday,
      });
    });

    it('closed hours beat no free desk', () => {
      expect(decideCheckIn(input({ now: wib(`${monday}T16:00`), freeDesks: [] }))).toMatchObject({
        reason: 'after_closing',
      });
    });
  });
});

describe('chooseDesk', () => {
  it('keeps its promise of the lowest free desk even if the list comes unsorted', () => {
    expect(chooseDesk(undefined, [7, 3, 5])).toBe(3);
    expect(chooseDesk(9, [7, 3, 5])).toBe(3);
    expect(chooseDesk(5, [7, 3, 5])).toBe(5);
    expect(chooseDesk(5, [])).toBeUndefined();
  });
});

describe('decideCheckIn (properties)', () => {
  const desks = fc
    .uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 20 })
    .map((d) => [...d].sort((a, b) => a - b));
  const scenario = fc.record({
    instant: instantInWeekArb,
    dayShift: fc.integer({ min: -2, max: 2 }),
    status: fc.constantFrom(...reservationStatuses),
    reservedDesk: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    freeDesks: desks,
    hasReservation: fc.boolean(),
    hasOpenVisit: fc.boolean(),
  });
  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
  const toInput = (s: Scenario): CheckInInput => {
    const c = { ...cal, holidays: s.instant.holidays };
    const day = addDaysIso(wibDay(s.instant.at), s.dayShift);
    const reservation: CheckInReservation | null = s.hasReservation
      ? s.reservedDesk === undefined
        ? { day, status: s.status }
        : { day, status: s.status, deskNumber: s.reservedDesk }
      : null;
    const base: CheckInInput = {
      now: s.instant.at,
      cal: c,
      maxStayMinutes: 420,
      reservation,
      freeDesks: s.freeDesks,
    };
    return s.hasOpenVisit && s.hasReservation
      ? {
          ...base,
          openVisitForReservation: { deskNumber: 1, startedAt: s.instant.at - DAY / 4, endsAt: s.instant.at },
        }
      : base;
  };

  it('never gives a desk that is not free, and gives the reserved desk whenever it is free', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const i = toInput(s);
        const decision = decideCheckIn(i);
        if (!decision.ok) return;
        expect(i.freeDesks).toContain(decision.deskNumber);
        if (s.reservedDesk !== undefined && s.freeDesks.includes(s.reservedDesk)) {
          expect(decision.deskNumber).toBe(s.reservedDesk);
        } else {
          expect(decision.deskNumber).toBe(s.freeDesks[0]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('admits exactly the booked (or no-show) reservations for today, during hours, with a free desk', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const i = toInput(s);
        const decision = decideCheckIn(i);
        const admissible =
          s.hasReservation &&
          !s.hasOpenVisit &&
          (s.status === 'booked' || s.status === 'no_show') &&
          s.dayShift === 0 &&
          serviceStatusAt(i.now, i.cal).open &&
          s.freeDesks.length > 0;
        expect(decision.ok).toBe(admissible);
        if (decision.ok) expect(decision.endsAt).toBe(stayEndsAt(i.now, i.cal, 420));
      }),
      { numRuns: 2000 },
    );
  });

  it('puts the reasons in their documented order', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const decision = decideCheckIn(toInput(s));
        // Statements, not `return expect(…)`: a property returning a falsy value counts as failed.
        if (!s.hasReservation) expect(decision).toEqual({ ok: false, reason: 'unknown_code' });
        else if (s.status === 'cancelled') expect(decision).toEqual({ ok: false, reason: 'cancelled' });
        else if (s.hasOpenVisit || s.status === 'checked_in')
          expect(decision).toMatchObject({ reason: 'already_checked_in' });
        else if (s.status === 'completed') expect(decision).toMatchObject({ reason: 'already_completed' });
        else if (s.dayShift !== 0) expect(decision).toMatchObject({ reason: 'wrong_day' });
        else if (!decision.ok && decision.reason !== 'no_free_desk') {
          expect(['closed_weekend', 'closed_holiday', 'before_opening', 'after_closing']).toContain(
            decision.reason,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  // The scenarios above reach a desk in about one run in two hundred; these always do, so the
  // desk properties are exercised thousands of times: a reservation for today, scanned during hours.
  const admissible = fc.record({
    week: weekArb,
    weekday: fc.integer({ min: 0, max: 4 }),
    time: fc.integer({ min: OPENS_MS, max: CLOSES_MS - 1 }),
    status: fc.constantFrom('booked' as const, 'no_show' as const),
    reservedDesk: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    freeDesks: desks,
  });

  it('during hours, gives the reserved desk when free, else the lowest free one, never a taken one', () => {
    fc.assert(
      fc.property(admissible, (a) => {
        const now = a.week.monday + a.weekday * DAY + a.time;
        const day = wibDay(now);
        fc.pre(!a.week.holidays.some((h) => h.date === day));
        const reservation: CheckInReservation =
          a.reservedDesk === undefined
            ? { day, status: a.status }
            : { day, status: a.status, deskNumber: a.reservedDesk };
        const c = { ...cal, holidays: a.week.holidays };
        const decision = decideCheckIn({
          now,
          cal: c,
          maxStayMinutes: 420,
          reservation,
          freeDesks: a.freeDesks,
        });
        if (a.freeDesks.length === 0) {
          expect(decision).toEqual({ ok: false, reason: 'no_free_desk' });
          return;
        }
        const expected =
          a.reservedDesk !== undefined && a.freeDesks.includes(a.reservedDesk)
            ? a.reservedDesk
            : a.freeDesks[0];
        expect(decision).toEqual({ ok: true, deskNumber: expected, endsAt: stayEndsAt(now, c, 420) });
        if (decision.ok) expect(a.freeDesks).toContain(decision.deskNumber);
      }),
      { numRuns: 2000 },
    );
  });
});
