// May this reservation be checked in now, and at which desk? (SOP 97/2020 steps 4–6.)
// A pure decision over plain data: the service loads the reservation, the open visit and the
// free desks, asks here, then writes the outcome in one transaction.
// Pure: no node:, no DOM.
import { localDay, serviceStatusAt } from './siteCalendar';
import type { ServiceCalendar } from './siteCalendar';
import { MAX_STAY_MINUTES, stayEndsAt } from './stayLimit';

export { formatTicketToken, parseTicketToken } from './ticketToken';
export type { TicketTokenResult } from './ticketToken';

export const reservationStatuses = ['booked', 'checked_in', 'completed', 'cancelled', 'no_show'] as const;
export type ReservationStatus = (typeof reservationStatuses)[number];

export type CheckInReservation = Readonly<{
  /** The local day 'YYYY-MM-DD' the reservation is for. */
  day: string;
  status: ReservationStatus;
  /** SOP 97 step 6: the desk number given at reservation, when one was given. */
  deskNumber?: number;
}>;

export type OpenVisit = Readonly<{
  deskNumber: number;
  lockerNumber?: number;
  startedAt: number;
  endsAt: number;
}>;

export type CheckInInput = Readonly<{
  now: number;
  cal: ServiceCalendar;
  /** SOP 97 step 6: 420 unless the site configures otherwise. */
  maxStayMinutes?: number;
  /** The reservation the scanned code belongs to, or null when no reservation has that code. */
  reservation: CheckInReservation | null;
  /** A visit started with this reservation and not yet ended, if any. */
  openVisitForReservation?: OpenVisit;
  /** Desks that may be given out now (in service, not occupied), in ascending order. */
  freeDesks: readonly number[];
}>;

export type CheckInRefusal =
  | Readonly<{ reason: 'unknown_code' }>
  | Readonly<{ reason: 'cancelled' }>
  | Readonly<{ reason: 'already_checked_in'; deskNumber?: number; lockerNumber?: number; endsAt?: number }>
  | Readonly<{ reason: 'already_completed'; reservationDay: string }>
  | Readonly<{ reason: 'wrong_day'; reservationDay: string; today: string }>
  | Readonly<{ reason: 'closed_weekend'; nextOpening: number }>
  | Readonly<{ reason: 'closed_holiday'; holidayName?: string; nextOpening: number }>
  | Readonly<{ reason: 'before_opening'; nextOpening: number }>
  | Readonly<{ reason: 'after_closing'; nextOpening: number }>
  | Readonly<{ reason: 'no_free_desk' }>;

export type CheckInRefusalReason = CheckInRefusal['reason'];

export type CheckInDecision =
  Readonly<{ ok: true; deskNumber: number; endsAt: number }> | ({ readonly ok: false } & CheckInRefusal);

const refuse = (refusal: CheckInRefusal): CheckInDecision => ({ ok: false, ...refusal });

/**
 * Decides a check-in. The checks run in this order, each for a reason:
 * 1. unknown code: nothing else can be said without a reservation (SOP 97 step 5: the admin
 *    looks it up by hand or the visitor reserves again).
 * 2. cancelled: the code is void whatever else is true of it; saying "wrong day" or "closed" about
 *    a cancelled booking would invite the visitor to come back with it.
 * 3. already checked in (and already completed): a visitor who scans again while inside must be told
 *    their desk, even after closing or past midnight when a visit was never ended; "after closing" or
 *    "wrong day" would hide an open visit the admin has to close (SOP 97 step 7). A finished visit
 *    cannot be restarted, or the 7-hour limit of step 6 could be reset by scanning again.
 * 4. wrong day: "your reservation is for Monday" is the fact the visitor can act on; on a Saturday,
 *    "closed for the weekend" would be true but unhelpful.
 * 5. service hours and holidays: a reservation for today still only opens the door during
 *    Senin–Jumat 07:00–15:45 (SOP 97), and a holiday declared after booking closes the day.
 * 6. desk: only once the visit is allowed is a desk given, the reserved one when it is free
 *    (SOP 97 step 6), otherwise the lowest-numbered free desk.
 * A 'no_show' reservation seen on its own day during hours is let in: the visitor did come, late.
 */
export function decideCheckIn(input: CheckInInput): CheckInDecision {
  const { now, cal, reservation, openVisitForReservation: visit, freeDesks } = input;
  if (reservation === null) return refuse({ reason: 'unknown_code' });
  if (reservation.status === 'cancelled') return refuse({ reason: 'cancelled' });
  if (visit !== undefined) {
    const { deskNumber, endsAt } = visit;
    return refuse(
      visit.lockerNumber === undefined
        ? { reason: 'already_checked_in', deskNumber, endsAt }
        : { reason: 'already_checked_in', deskNumber, lockerNumber: visit.lockerNumber, endsAt },
    );
  }
  if (reservation.status === 'checked_in') {
    return refuse(
      reservation.deskNumber === undefined
        ? { reason: 'already_checked_in' }
        : { reason: 'already_checked_in', deskNumber: reservation.deskNumber },
    );
  }
  if (reservation.status === 'completed') {
    return refuse({ reason: 'already_completed', reservationDay: reservation.day });
  }

  const today = localDay(now, cal.timeZone);
  if (reservation.day !== today)
    return refuse({ reason: 'wrong_day', reservationDay: reservation.day, today });

  const status = serviceStatusAt(now, cal);
  if (!status.open) {
    switch (status.reason) {
      case 'weekend':
        return refuse({ reason: 'closed_weekend', nextOpening: status.nextOpening });
      case 'holiday':
        return refuse(
          status.holidayName === undefined
            ? { reason: 'closed_holiday', nextOpening: status.nextOpening }
            : { reason: 'closed_holiday', holidayName: status.holidayName, nextOpening: status.nextOpening },
        );
      case 'before_opening':
        return refuse({ reason: 'before_opening', nextOpening: status.nextOpening });
      case 'after_closing':
        return refuse({ reason: 'after_closing', nextOpening: status.nextOpening });
      default: {
        const unreachable: never = status.reason;
        throw new Error(`unhandled closed reason ${String(unreachable)}`);
      }
    }
  }

  const deskNumber = chooseDesk(reservation.deskNumber, freeDesks);
  if (deskNumber === undefined) return refuse({ reason: 'no_free_desk' });
  return { ok: true, deskNumber, endsAt: stayEndsAt(now, cal, input.maxStayMinutes ?? MAX_STAY_MINUTES) };
}

/** The reserved desk when it is free, otherwise the lowest-numbered free desk, if any. */
export function chooseDesk(
  reservedDesk: number | undefined,
  freeDesks: readonly number[],
): number | undefined {
  if (reservedDesk !== undefined && freeDesks.includes(reservedDesk)) return reservedDesk;
  // The caller passes them sorted; taking the minimum keeps the promise even if it does not.
  let lowest: number | undefined;
  for (const desk of freeDesks) if (lowest === undefined || desk < lowest) lowest = desk;
  return lowest;
}
