// The reservation rules the kiosk's officer and the central portal share (issue 10).
import { describe, expect, it } from 'vitest';
import {
  bookableDays,
  decideReservation,
  type ReservationRequest,
} from '../../../shared/rules/reservationRules';
import { parseServiceCalendar } from '../../../shared/rules/siteCalendar';

// SOP 97's week in Pontianak (UTC+7), with a holiday on Wednesday 25 November 2026.
const calendar = parseServiceCalendar({ holidays: [{ date: '2026-11-25', name: 'Libur' }] });
const at = (local: string) => Date.parse(`${local}+07:00`);
const MONDAY_9AM = at('2026-11-23T09:00:00');

const ask = (over: Partial<ReservationRequest>) =>
  decideReservation({
    day: '2026-11-24',
    now: MONDAY_9AM,
    calendar,
    bookingDaysAhead: 14,
    deskCount: 2,
    activeReservationsThatDay: 0,
    personHasOneThatDay: false,
    ...over,
  });

describe('decideReservation', () => {
  it('takes a service day within the window while a desk is left, and says how many remain', () => {
    expect(ask({})).toEqual({ ok: true, desksLeft: 2 });
    expect(ask({ activeReservationsThatDay: 1 })).toEqual({ ok: true, desksLeft: 1 });
  });

  it('refuses each broken rule by name', () => {
    expect(ask({ day: '2026-11-22' })).toEqual({ ok: false, reason: 'day_past' });
    expect(ask({ day: '2026-11-25' })).toEqual({ ok: false, reason: 'day_closed' }); // the holiday
    expect(ask({ day: '2026-11-28' })).toEqual({ ok: false, reason: 'day_closed' }); // Saturday
    expect(ask({ day: '2026-12-08' })).toEqual({ ok: false, reason: 'too_far_ahead' }); // 15 days on
    expect(ask({ day: '2026-12-07' })).toEqual({ ok: true, desksLeft: 2 }); // exactly 14 days on
    expect(ask({ activeReservationsThatDay: 2 })).toEqual({ ok: false, reason: 'fully_booked' });
    expect(ask({ personHasOneThatDay: true })).toEqual({ ok: false, reason: 'already_booked' });
  });

  it('takes today until closing time and refuses it after (15:45 WIB)', () => {
    expect(ask({ day: '2026-11-23', now: at('2026-11-23T15:44:00') })).toMatchObject({ ok: true });
    expect(ask({ day: '2026-11-23', now: at('2026-11-23T15:45:00') })).toEqual({
      ok: false,
      reason: 'day_past',
    });
  });
});

describe('bookableDays', () => {
  it('lists the service days from today to the window, skipping weekends and holidays', () => {
    expect(bookableDays(MONDAY_9AM, calendar, 7)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-26',
      '2026-11-27',
      '2026-11-30',
    ]);
  });

  it('starts tomorrow once today has closed, and is empty for a today-only site after closing', () => {
    const evening = at('2026-11-23T18:00:00');
    expect(bookableDays(evening, calendar, 2)).toEqual(['2026-11-24']);
    expect(bookableDays(evening, calendar, 0)).toEqual([]);
  });

  it('agrees with decideReservation on every day of the next month', () => {
    for (const now of [MONDAY_9AM, at('2026-11-27T16:00:00'), at('2026-11-29T06:00:00')]) {
      const listed = new Set(bookableDays(now, calendar, 14));
      for (let i = -2; i < 30; i++) {
        const day = new Date(Date.parse('2026-11-23T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10);
        expect(ask({ day, now }).ok, `${day} at ${new Date(now).toISOString()}`).toBe(listed.has(day));
      }
    }
  });
});
