// Test oracle for Asia/Pontianak (WIB, UTC+7 all year, no DST), written with plain Date arithmetic so
// that it does not share code, or bugs, with the luxon-based rules under test.
import fc from 'fast-check';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const DAY = 24 * HOUR;
const WIB_OFFSET = 7 * HOUR;

/** Epoch ms of a WIB wall-clock time, e.g. wib('2026-11-23T07:00'). */
export const wib = (local: string): number => {
  const ms = Date.parse(`${local.length === 16 ? `${local}:00` : local}+07:00`);
  if (Number.isNaN(ms)) throw new Error(`bad test time ${local}`);
  return ms;
};

/** Local WIB date of an instant. */
export const wibDay = (at: number): string => new Date(at + WIB_OFFSET).toISOString().slice(0, 10);
/** Milliseconds since local WIB midnight. */
export const wibTimeOfDay = (at: number): number => (((at + WIB_OFFSET) % DAY) + DAY) % DAY;
/** ISO weekday (1 = Monday) of the local WIB day. */
export const wibWeekday = (at: number): number => ((new Date(at + WIB_OFFSET).getUTCDay() + 6) % 7) + 1;
export const addDaysIso = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** Monday 2024-01-01 00:00 WIB; simulated weeks count from here, through about 2029. */
export const FIRST_MONDAY = wib('2024-01-01T00:00');
export const WEEKS = 6 * 52;

export const OPENS_MS = 7 * HOUR;
export const CLOSES_MS = 15 * HOUR + 45 * MINUTE;

/** A simulated week: its Monday (WIB midnight) and the holidays declared in it. */
export const weekArb = fc
  .record({
    week: fc.integer({ min: 0, max: WEEKS }),
    holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    named: fc.boolean(),
  })
  .map(({ week, holidayOffsets, named }) => {
    const monday = FIRST_MONDAY + week * 7 * DAY;
    const mondayDay = wibDay(monday);
    const holidays = holidayOffsets.map((o) => {
      const date = addDaysIso(mondayDay, o);
      return named ? { date, name: `Libur ${date}` } : { date };
    });
    return { monday, mondayDay, holidays };
  });

/** An instant in a simulated week, with that week's holidays. */
export const instantInWeekArb = fc
  .tuple(weekArb, fc.integer({ min: 0, max: 7 * DAY - 1 }))
  .map(([w, offset]) => ({ ...w, at: w.monday + offset }));
