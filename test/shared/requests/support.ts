// Test support for the request rules: random WIB service calendars, and oracles written with plain
// Date arithmetic (test/shared/rules/wib.ts) so that they share no code, or bugs, with the luxon-based
// siteCalendar the rules use.
import fc from 'fast-check';
import {
  requestIntakeSchema,
  type RequestIntake,
  type RequestIntakeInput,
} from '../../../shared/requests/intake';
import type { IsoWeekday, ServiceCalendar } from '../../../shared/rules/siteCalendar';
import { addDaysIso, DAY, MINUTE, wib } from '../rules/wib';

export { addDaysIso, DAY, MINUTE, wib };

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The days random calendars and events live in: 2026-11-02 (a Monday) and the ~10 weeks after. */
export const BASE_DAY = '2026-11-02';
export const SPAN_DAYS = 70;

/** A random WIB calendar: some open weekdays, hours on the 5-minute grid, holidays (some named) in the span. */
export const calendarArb: fc.Arbitrary<ServiceCalendar> = fc
  .record({
    openDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    opens: fc.integer({ min: 0, max: 20 * 12 }).map((n) => n * 5),
    hours: fc.integer({ min: 6, max: 16 * 12 }).map((n) => n * 5),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: SPAN_DAYS }), { maxLength: 12 }),
    named: fc.boolean(),
  })
  .map(({ openDays, opens, hours, holidays, named }) => ({
    timeZone: 'Asia/Pontianak',
    openDays: openDays as IsoWeekday[],
    opensAt: hhmm(opens),
    closesAt: hhmm(Math.min(opens + hours, 23 * 60 + 55)),
    holidays: holidays.map((o) => {
      const date = addDaysIso(BASE_DAY, o);
      return named ? { date, name: `Libur ${date}` } : { date };
    }),
  }));

/** Minutes since midnight of 'HH:MM'. */
export const minutesOfDay = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Oracle: ISO weekday of a date, from Date's UTC weekday. */
export const weekdayOf = (day: string): number => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** Oracle: is the day served (an open weekday, no holiday listed)? */
export const servedOn = (cal: ServiceCalendar, day: string): boolean =>
  cal.openDays.includes(weekdayOf(day) as IsoWeekday) && !cal.holidays.some((h) => h.date === day);

/** Oracle: WIB midnight of a day. */
export const wibMidnight = (day: string): number => wib(`${day}T00:00`);

/** Oracle: is the minute starting at `at` (a WIB minute) within service hours? */
export const serviceMinuteAt = (cal: ServiceCalendar, at: number): boolean => {
  const day = new Date(at + 7 * 3_600_000).toISOString().slice(0, 10);
  if (!servedOn(cal, day)) return false;
  const minute = (at - wibMidnight(day)) / MINUTE;
  return minute >= minutesOfDay(cal.opensAt) && minute < minutesOfDay(cal.closesAt);
};

/** Days between two dates (b − a), from their UTC midnights. */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

const file = { sha256: 'a'.repeat(64), mime: 'application/pdf', size: 120_000, name: 'surat.pdf' } as const;

/** A complete room request (every field filled in), changed by `over` (its letter and event field by field). */
export function intake(
  over: Partial<RequestIntakeInput> = {},
  event: Partial<RequestIntakeInput['event']> = {},
) {
  const input: RequestIntakeInput = {
    typeId: 'room_loan',
    office: 'Dinas Pendidikan dan Kebudayaan',
    contactName: 'Rina Marlina',
    contactPhone: '0812 5678 9012',
    contactEmail: 'rina@example.go.id',
    subject: 'Permohonan peminjaman ruang Pontive Center',
    noBuffet: true,
    notes: '',
    ...over,
    letter: {
      number: '005/123/DISDIKBUD/2026',
      date: '2026-12-01',
      receivedOn: '2026-12-02',
      via: 'desk',
      file,
      agendaNumber: '',
      ...(over.letter ?? {}),
    },
    event: {
      roomId: 'pontive',
      day: '2026-12-07',
      start: '09:00',
      end: '11:00',
      participants: 25,
      layout: 'kelas',
      equipment: ['layar', 'mikrofon'],
      application: 'Zoom',
      connectionTest: { day: '2026-12-04', time: '10:00' },
      ...(over.event ?? {}),
      ...event,
    },
  };
  return requestIntakeSchema.parse(input) as RequestIntake;
}
