// May this reservation be made? One answer for every place a reservation is made (the kiosk's
// officer, the central portal), so a visitor meets the same rules wherever they book: a service day
// (open weekday, not a holiday), not in the past (today only until closing), not further ahead than
// the site allows, a desk left that day, and one reservation per person per day.
// Pure: no node:, no DOM. The caller counts; this decides.
import { canReserveDay } from './deskCapacity';
import { addDays, dayBounds, isServiceDay, localDay, type ServiceCalendar } from './siteCalendar';

export type ReservationRefusal =
  'day_past' | 'day_closed' | 'too_far_ahead' | 'fully_booked' | 'already_booked';

export type ReservationDecision =
  Readonly<{ ok: true; desksLeft: number }> | Readonly<{ ok: false; reason: ReservationRefusal }>;

export type ReservationRequest = Readonly<{
  /** The day asked for, 'YYYY-MM-DD' in the site's zone. */
  day: string;
  /** The moment of asking (the injected clock). */
  now: number;
  calendar: ServiceCalendar;
  /** How many days ahead a reservation may be made (0: today only). */
  bookingDaysAhead: number;
  deskCount: number;
  /** Active ('booked', 'checked_in') reservations that day, not counting the one being changed. */
  activeReservationsThatDay: number;
  /** The same person already holds an active reservation that day. */
  personHasOneThatDay: boolean;
}>;

/** Today, or tomorrow once today's service hours are over: a booking for a closed day is no booking. */
export function firstBookableDay(now: number, calendar: ServiceCalendar): string {
  const today = localDay(now, calendar.timeZone);
  return now < dayBounds(today, calendar).closesAt ? today : addDays(today, 1);
}

export function decideReservation(r: ReservationRequest): ReservationDecision {
  const first = firstBookableDay(r.now, r.calendar);
  if (r.day < first) return { ok: false, reason: 'day_past' };
  // Counted from today, whatever the hour: "14 days ahead" does not grow after closing time.
  if (r.day > addDays(localDay(r.now, r.calendar.timeZone), r.bookingDaysAhead))
    return { ok: false, reason: 'too_far_ahead' };
  if (!isServiceDay(r.day, r.calendar)) return { ok: false, reason: 'day_closed' };
  if (r.personHasOneThatDay) return { ok: false, reason: 'already_booked' };
  const room = canReserveDay({
    deskCount: r.deskCount,
    activeReservationsThatDay: r.activeReservationsThatDay,
  });
  return room.ok ? room : { ok: false, reason: 'fully_booked' };
}

/**
 * The service days a visitor may choose from, in order: what the portal lists. Today is included
 * until closing (a same-day booking is how most visitors come).
 */
export function bookableDays(now: number, calendar: ServiceCalendar, bookingDaysAhead: number): string[] {
  const today = localDay(now, calendar.timeZone);
  const last = addDays(today, bookingDaysAhead);
  const days: string[] = [];
  for (let day = firstBookableDay(now, calendar); day <= last; day = addDays(day, 1))
    if (isServiceDay(day, calendar)) days.push(day);
  return days;
}
