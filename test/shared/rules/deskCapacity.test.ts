import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canReserveDay, canWalkIn } from '../../../shared/rules/deskCapacity';

describe('canReserveDay', () => {
  it('takes reservations while a desk is left that day', () => {
    expect(canReserveDay({ deskCount: 10, activeReservationsThatDay: 0 })).toEqual({
      ok: true,
      desksLeft: 10,
    });
    expect(canReserveDay({ deskCount: 10, activeReservationsThatDay: 9 })).toEqual({
      ok: true,
      desksLeft: 1,
    });
    expect(canReserveDay({ deskCount: 10, activeReservationsThatDay: 10 })).toEqual({
      ok: false,
      reason: 'fully_booked',
    });
    expect(canReserveDay({ deskCount: 10, activeReservationsThatDay: 12 })).toEqual({
      ok: false,
      reason: 'fully_booked',
    });
    expect(canReserveDay({ deskCount: 0, activeReservationsThatDay: 0 })).toEqual({
      ok: false,
      reason: 'fully_booked',
    });
  });

  it.each([
    [{ deskCount: -1, activeReservationsThatDay: 0 }],
    [{ deskCount: 2.5, activeReservationsThatDay: 0 }],
    [{ deskCount: 10, activeReservationsThatDay: Number.NaN }],
  ])('rejects nonsense counts %j', (load) => {
    expect(() => canReserveDay(load)).toThrow(RangeError);
  });
});

describe('canWalkIn', () => {
  it('seats a walk-in at the lowest free desk not held for a reservation still expected', () => {
    expect(
      canWalkIn({ deskCount: 10, activeReservationsThatDay: 6, freeDesks: [2, 3, 5], heldDesks: [2] }),
    ).toEqual({ ok: true, deskNumber: 3 });
  });

  it('turns walk-ins away when every desk is promised for the day', () => {
    expect(canWalkIn({ deskCount: 4, activeReservationsThatDay: 4, freeDesks: [1, 2] })).toEqual({
      ok: false,
      reason: 'fully_booked',
    });
  });

  it('turns walk-ins away when no desk is free right now, or the free ones are held', () => {
    expect(canWalkIn({ deskCount: 4, activeReservationsThatDay: 1, freeDesks: [] })).toEqual({
      ok: false,
      reason: 'no_free_desk',
    });
    expect(canWalkIn({ deskCount: 4, activeReservationsThatDay: 2, freeDesks: [3], heldDesks: [3] })).toEqual(
      {
        ok: false,
        reason: 'no_free_desk',
      },
    );
  });

  it('never offers a desk that is taken or held (property)', () => {
    const desks = fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 30 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        desks,
        desks,
        (count, active, free, held) => {
          const decision = canWalkIn({
            deskCount: count,
            activeReservationsThatDay: active,
            freeDesks: free,
            heldDesks: held,
          });
          if (active >= count) expect(decision).toEqual({ ok: false, reason: 'fully_booked' });
          if (decision.ok) {
            expect(free).toContain(decision.deskNumber);
            expect(held).not.toContain(decision.deskNumber);
            expect(decision.deskNumber).toBe(Math.min(...free.filter((d) => !held.includes(d))));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
