import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { RulesSettings } from '../../../shared/contract';
import { dayBounds, localDayRange } from '../../../shared/rules/siteCalendar';
import type { DailyRecapData } from '../../../shared/slips/dailyRecapSlip';
import { activeDeskCount } from '../places/places';

const DAY_VISITS = `SELECT dv.started_at, dv.ends_at, dv.closed_at, dv.close_kind, dv.desk_number, dv.problems,
    dv.officer_note
  FROM visits dv WHERE dv.started_at >= ? AND dv.started_at < ? ORDER BY dv.started_at`;
// Printed after closing, a reservation still waiting is a no-show even before the monitor marks it.
const DAY_NO_SHOWS =
  "SELECT count(*) FROM reservations WHERE day = ? AND (status = 'no_show' OR (status = 'booked' AND ?))";

interface VisitFacts {
  started_at: number;
  ends_at: number;
  closed_at: number | null;
  close_kind: string | null;
  desk_number: number;
  problems: string;
  officer_note: string | null;
}

/**
 * The end-of-day usage recap the officer prints (SOP 97: "rekap pengguna"): visits, the busiest
 * hour, desks used, average stay, overstays, no-shows, visits closed without the visitor's
 * check-out, and equipment problems noted at the desk checks. No personal data.
 */
export function computeDailyRecap(
  db: Db,
  rules: RulesSettings,
  siteName: string,
  day: string,
  now: number,
): DailyRecapData {
  const tz = rules.calendar.timeZone;
  const { start, end } = localDayRange(day, tz);
  const visits = prepared(db, DAY_VISITS).all(start, end) as VisitFacts[];
  const hourOf = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: tz });

  const perHour = new Map<number, number>();
  for (const v of visits) {
    const hour = Number(hourOf.format(v.started_at));
    perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
  }
  let peakHour: number | null = null;
  let peakHourVisits = 0;
  for (const [hour, n] of [...perHour].sort((a, b) => a[0] - b[0])) {
    if (n > peakHourVisits) [peakHour, peakHourVisits] = [hour, n];
  }
  const closed = visits.filter((v) => v.closed_at !== null);
  const problemVisits = visits.filter((v) => (JSON.parse(v.problems) as string[]).length > 0);
  const serviceOver = now >= dayBounds(day, rules.calendar).closesAt;
  const noShows = prepared(db, DAY_NO_SHOWS)
    .pluck()
    .get(day, serviceOver ? 1 : 0) as number;

  return {
    siteName,
    day,
    visits: visits.length,
    peakHour,
    peakHourVisits,
    desksUsed: new Set(visits.map((v) => v.desk_number)).size,
    desksTotal: activeDeskCount(db),
    averageStayMinutes: closed.length
      ? Math.round(closed.reduce((sum, v) => sum + (v.closed_at! - v.started_at), 0) / closed.length / 60_000)
      : null,
    overstays: visits.filter((v) => (v.closed_at ?? now) > v.ends_at).length,
    noShows,
    closedWithoutConfirmation: visits.filter(
      (v) => v.close_kind === 'left_without_checkout' || v.close_kind === 'auto_limit',
    ).length,
    equipmentProblems: problemVisits.length,
    equipmentNotes: problemVisits.map((v) => v.officer_note).filter((n): n is string => !!n),
    generatedAt: now,
  };
}
