// The site's service calendar: which days and hours the coworking space serves visitors.
// SOP 97/2020 (Penggunaan Coworking Space) sets the hours: Monday–Friday 07:00–15:45 WIB, Rp 0.
// Pure: used by the Node services and the React renderer alike (no node:, no DOM).
//
// Every instant is UTC epoch milliseconds; days are local calendar days 'YYYY-MM-DD' in the
// site's time zone (WIB = Asia/Pontianak, UTC+7, no DST). Opening hours are half-open,
// [opensAt, closesAt): 07:00:00.000 is open, 15:45:00.000 is already closed.
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/** ISO weekday: 1 = Monday … 7 = Sunday (luxon's and ISO 8601's numbering). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Holiday = Readonly<{ date: string; name?: string }>;

export type ServiceCalendar = Readonly<{
  /** IANA zone the site lives in. */
  timeZone: string;
  /** ISO weekdays the space is open (SOP 97: Senin–Jumat). */
  openDays: readonly IsoWeekday[];
  /** Local opening time 'HH:MM' (SOP 97: 07:00). */
  opensAt: string;
  /** Local closing time 'HH:MM', exclusive (SOP 97: 15:45). */
  closesAt: string;
  /** Closed days (national holidays, cuti bersama), local dates 'YYYY-MM-DD'. */
  holidays: readonly Holiday[];
}>;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const hhmmPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isIsoDate(day: string): boolean {
  if (!isoDatePattern.test(day)) return false;
  // A real date survives the round trip through Date; 2026-02-30 comes back as 2026-03-02.
  const at = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(at) && new Date(at).toISOString().slice(0, 10) === day;
}

const isoDateSchema = z.string().refine(isIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });
const hhmmSchema = z.string().regex(hhmmPattern, 'expected a time HH:MM');

const holidaySchema = z.union([
  // A bare date is accepted so a settings file can list holidays tersely.
  isoDateSchema.transform((date) => ({ date })),
  z.object({ date: isoDateSchema, name: z.string().trim().min(1).max(120).optional() }),
]);

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export const serviceCalendarSchema = z
  .object({
    timeZone: z
      .string()
      .refine((tz) => IANAZone.isValidZone(tz), { message: 'unknown IANA time zone' })
      .default('Asia/Pontianak'),
    // At least one open day, otherwise "next opening" would never come.
    openDays: z
      .array(
        z.union([
          z.literal(1),
          z.literal(2),
          z.literal(3),
          z.literal(4),
          z.literal(5),
          z.literal(6),
          z.literal(7),
        ]),
      )
      .min(1)
      .refine((days) => new Set(days).size === days.length, { message: 'duplicate weekday' })
      .default([1, 2, 3, 4, 5]),
    opensAt: hhmmSchema.default('07:00'),
    closesAt: hhmmSchema.default('15:45'),
    holidays: z.array(holidaySchema).default([]),
  })
  .refine((cal) => minutesOf(cal.opensAt) < minutesOf(cal.closesAt), {
    message: 'opensAt must be before closesAt',
    path: ['closesAt'],
  });

/** The SOP 97/2020 calendar with no holidays listed. */
export const defaultServiceCalendar: ServiceCalendar = serviceCalendarSchema.parse({});

/** Parses settings from an untrusted source (file, IPC, sync); missing fields take SOP 97's defaults. */
export function parseServiceCalendar(input: unknown): ServiceCalendar {
  return serviceCalendarSchema.parse(input);
}

// Every scan asks which day it is and when that day closes; asking luxon (Intl underneath) each time
// costs more than the scan's own database work. The zone's offset is remembered per quarter hour
// (only where it is the same at both ends of the quarter, so a daylight-saving change is never
// guessed), and each day's opening and closing per calendar.
const QUARTER_MS = 15 * 60_000;
const offsets = new Map<string, Map<number, number>>();

/** Minutes east of UTC of `timeZone` at `at`. */
function offsetAt(at: number, timeZone: string): number {
  let byQuarter = offsets.get(timeZone);
  if (!byQuarter) offsets.set(timeZone, (byQuarter = new Map()));
  const quarter = Math.floor(at / QUARTER_MS);
  const known = byQuarter.get(quarter);
  if (known !== undefined) return known;
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`cannot place ${at} in time zone ${timeZone}`);
  const start = zone.offset(quarter * QUARTER_MS);
  if (start === zone.offset((quarter + 1) * QUARTER_MS - 1)) {
    if (byQuarter.size > 20_000) byQuarter.clear();
    byQuarter.set(quarter, start);
    return start;
  }
  return zone.offset(at);
}

/** The local calendar day of an instant in the given zone. */
export function localDay(at: number, timeZone: string): string {
  if (!Number.isFinite(at)) throw new RangeError(`cannot place ${at} in time zone ${timeZone}`);
  return new Date(at + offsetAt(at, timeZone) * 60_000).toISOString().slice(0, 10);
}

function assertIsoDate(day: string): void {
  if (!isIsoDate(day)) throw new RangeError(`not a calendar date: ${day}`);
}

/** ISO weekday of a calendar day (independent of any zone: a date has one weekday). */
export function isoWeekdayOf(day: string): IsoWeekday {
  assertIsoDate(day);
  return (((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

/** The calendar day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  assertIsoDate(day);
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);
  if (!Number.isFinite(next.getTime()) || next.getUTCFullYear() > 9999 || next.getUTCFullYear() < 1)
    throw new RangeError(`day out of range: ${day} + ${n}`);
  return next.toISOString().slice(0, 10);
}

/** Opening and closing instants of a day, whether or not the space is open that day. */
const boundsByCalendar = new WeakMap<
  ServiceCalendar,
  Map<string, Readonly<{ opensAt: number; closesAt: number }>>
>();

export function dayBounds(
  day: string,
  cal: ServiceCalendar,
): Readonly<{ opensAt: number; closesAt: number }> {
  let byDay = boundsByCalendar.get(cal);
  if (!byDay) boundsByCalendar.set(cal, (byDay = new Map()));
  const known = byDay.get(day);
  if (known) return known;
  const bounds = computeDayBounds(day, cal);
  if (byDay.size > 5_000) byDay.clear();
  byDay.set(day, bounds);
  return bounds;
}

function computeDayBounds(
  day: string,
  cal: ServiceCalendar,
): Readonly<{ opensAt: number; closesAt: number }> {
  assertIsoDate(day);
  const at = (hhmm: string): number => {
    const t = DateTime.fromISO(`${day}T${hhmm}`, { zone: cal.timeZone });
    if (!t.isValid) throw new RangeError(`cannot place ${day}T${hhmm} in ${cal.timeZone}`);
    return t.toMillis();
  };
  return { opensAt: at(cal.opensAt), closesAt: at(cal.closesAt) };
}

/** The whole local calendar day as [start, end) epoch ms, e.g. for "visits on this day". */
export function localDayRange(day: string, timeZone: string): Readonly<{ start: number; end: number }> {
  assertIsoDate(day);
  const start = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
}

/** The listed holiday falling on `day`, if any. */
export function holidayOn(day: string, cal: ServiceCalendar): Holiday | undefined {
  return cal.holidays.find((h) => h.date === day);
}

/** True when the space serves visitors on `day` at all: an open weekday that is not a holiday. */
export function isServiceDay(day: string, cal: ServiceCalendar): boolean {
  return cal.openDays.includes(isoWeekdayOf(day)) && holidayOn(day, cal) === undefined;
}

/**
 * The first opening instant strictly after `at`. While the space is open this is the next
 * service day's opening; while it is closed, the moment it opens again.
 */
export function nextOpening(at: number, cal: ServiceCalendar): number {
  if (cal.openDays.length === 0) throw new RangeError('the calendar has no open days');
  // Bound the search: 7·(H+1) consecutive days hold at least H+1 open weekdays, and H holidays
  // can close at most H of them, so a service day is always found within that many days.
  const limit = 7 * (cal.holidays.length + 1) + 1;
  let day = localDay(at, cal.timeZone);
  for (let i = 0; i <= limit; i++, day = addDays(day, 1)) {
    if (!isServiceDay(day, cal)) continue;
    const { opensAt } = dayBounds(day, cal);
    if (opensAt > at) return opensAt;
  }
  throw new RangeError('no opening found; the calendar is inconsistent');
}

export type ClosedReason = 'weekend' | 'holiday' | 'before_opening' | 'after_closing';

export type ServiceStatus =
  | Readonly<{ open: true; closesAt: number }>
  | Readonly<{ open: false; reason: ClosedReason; holidayName?: string; nextOpening: number }>;

/**
 * Whether the space is open at `at`, and if not, why and until when.
 * A listed holiday wins over "weekend" when both apply: the holiday's name tells the visitor more.
 */
export function serviceStatusAt(at: number, cal: ServiceCalendar): ServiceStatus {
  const day = localDay(at, cal.timeZone);
  const holiday = holidayOn(day, cal);
  if (holiday !== undefined) {
    const base = { open: false, reason: 'holiday', nextOpening: nextOpening(at, cal) } as const;
    return holiday.name === undefined ? base : { ...base, holidayName: holiday.name };
  }
  if (!cal.openDays.includes(isoWeekdayOf(day))) {
    return { open: false, reason: 'weekend', nextOpening: nextOpening(at, cal) };
  }
  const { opensAt, closesAt } = dayBounds(day, cal);
  if (at < opensAt) return { open: false, reason: 'before_opening', nextOpening: opensAt };
  if (at >= closesAt) return { open: false, reason: 'after_closing', nextOpening: nextOpening(at, cal) };
  return { open: true, closesAt };
}
