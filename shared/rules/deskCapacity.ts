// How many visitors a day can take. SOP 97/2020 step 6: each visitor uses the desk whose number
// was given at reservation, so a day can hold at most one active reservation per desk.
// Service hours are not checked here: the check-in decision does that (checkInRules.ts).
// Pure: no node:, no DOM.

export type CapacityDecision =
  Readonly<{ ok: true; desksLeft: number }> | Readonly<{ ok: false; reason: 'fully_booked' }>;

export type DayLoad = Readonly<{
  /** Desks in service at the site. */
  deskCount: number;
  /** Reservations for that day that still hold a desk: 'booked' or 'checked_in' (not completed,
   *  cancelled or no-show, which give their desk back). */
  activeReservationsThatDay: number;
}>;

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number ≥ 0`);
}

/** May one more reservation be taken for that day (SOP 97 step 1)? */
export function canReserveDay({ deskCount, activeReservationsThatDay }: DayLoad): CapacityDecision {
  assertCount(deskCount, 'deskCount');
  assertCount(activeReservationsThatDay, 'activeReservationsThatDay');
  const desksLeft = deskCount - activeReservationsThatDay;
  return desksLeft > 0 ? { ok: true, desksLeft } : { ok: false, reason: 'fully_booked' };
}

export type WalkInDecision =
  | Readonly<{ ok: true; deskNumber: number }>
  | Readonly<{ ok: false; reason: 'fully_booked' | 'no_free_desk' }>;

export type WalkInInput = DayLoad &
  Readonly<{
    /** Desks free right now (in service, nobody sitting there), ascending. */
    freeDesks: readonly number[];
    /** Desks promised to today's reservations that have not arrived yet. */
    heldDesks?: readonly number[];
  }>;

/**
 * A same-day walk-in (a reservation made at the kiosk for today and used at once) is allowed while a
 * desk is free: free now, and not owed to a reservation holder still expected today. Walk-ins come
 * after people who booked, or a visitor who reserved on the portal could arrive to a full room.
 * The desk offered is the lowest free one not held for a reservation.
 */
export function canWalkIn({
  deskCount,
  activeReservationsThatDay,
  freeDesks,
  heldDesks = [],
}: WalkInInput): WalkInDecision {
  if (!canReserveDay({ deskCount, activeReservationsThatDay }).ok)
    return { ok: false, reason: 'fully_booked' };
  const held = new Set(heldDesks);
  let lowest: number | undefined;
  for (const desk of freeDesks) if (!held.has(desk) && (lowest === undefined || desk < lowest)) lowest = desk;
  return lowest === undefined ? { ok: false, reason: 'no_free_desk' } : { ok: true, deskNumber: lowest };
}
