// The figures of a monthly, quarterly or yearly report (rekap), as the kiosk computes them from its
// visits and reservations and as a submitted revision freezes them (the snapshot goes into the sync
// operation, so the rows are compact: arrays, not objects, and the list of users only for a month).
// Pure: no node:, no DOM.
import { z } from 'zod';
import { parsePeriodKey, periodDays, periodKey, type SurveyPeriod } from '../survey/period';

export const recapPeriodKinds = ['month', 'quarter', 'year'] as const;
export type RecapPeriodKind = (typeof recapPeriodKinds)[number];

/**
 * The largest snapshot a revision may carry: the submit operation must fit a push (MAX_PUSH_BYTES in
 * shared/sync/protocol.ts, 1 MB) with room for the envelope and other operations.
 */
export const RECAP_SNAPSHOT_MAX_BYTES = 600_000;

/** The figures a reviewer may correct (the totals); the rest are the tables they come from. */
export const correctableFigures = [
  'visits',
  'visitors',
  'averageStayMinutes',
  'overstays',
  'reservations',
  'noShows',
  'closedWithoutConfirmation',
  'deskProblems',
  'equipmentProblems',
  'complaintsFiled',
] as const;
export type CorrectableFigure = (typeof correctableFigures)[number];

const count = z.number().int().min(0);

export const recapTotalsSchema = z.object({
  visits: count,
  /** Different visitors who came at least once. */
  visitors: count,
  visitMinutes: count,
  averageStayMinutes: count.nullable(),
  overstays: count,
  /** Reservations for days of the period, cancelled ones left out. */
  reservations: count,
  noShows: count,
  /** noShows / reservations, 0–1 (null without reservations). */
  noShowRate: z.number().min(0).max(1).nullable(),
  closedWithoutConfirmation: count,
  /** Visits whose desk check noted a problem (visits.problems). */
  deskProblems: count,
  /** Problems recorded against inventory items in the period. */
  equipmentProblems: count,
  complaintsFiled: count,
  complaintsClosed: count,
  desksTotal: count,
  /** Days the space was open (service days) in the period. */
  openDays: count,
});
export type RecapTotals = z.infer<typeof recapTotalsSchema>;

export const recapFiguresSchema = z.object({
  v: z.literal(1),
  periodKind: z.enum(recapPeriodKinds),
  period: z.string().max(10),
  /** First and last local day, both included. */
  from: z.string().max(10),
  to: z.string().max(10),
  timeZone: z.string().max(64),
  computedAt: z.number().int(),
  totals: recapTotalsSchema,
  /** Visits per day from `from` on, one number a day. */
  perDay: z.array(count).max(366),
  /** Visits per month of the period (one for a month, three for a quarter, twelve for a year). */
  perMonth: z.array(count).max(12),
  /**
   * The trend of the average stay (minutes of closed visits) and of the no-show rate (0–1), a day at
   * a time for a month and a month at a time otherwise (like perDay / perMonth); null where nothing
   * was closed or booked.
   */
  trend: z.object({
    stay: z.array(z.number().min(0).nullable()).max(366),
    noShowRate: z.array(z.number().min(0).max(1).nullable()).max(366),
  }),
  /** Visits begun in each local hour 0–23. */
  perHour: z.array(count).length(24),
  /** Occupancy: desks in use on average, by weekday (Monday first) × hour 0–23, one decimal. */
  heat: z.array(z.array(z.number().min(0)).length(24)).length(7),
  /** [desk number, visits, minutes used, utilisation 0–1 of the service hours]. */
  desks: z.array(z.tuple([z.number().int(), count, count, z.number().min(0).max(1)])).max(500),
  /** [item category, problems] of the inventory (empty until the site keeps one). */
  problemsByCategory: z.array(z.tuple([z.string().max(80), count])).max(100),
  /** The IKM of the coworking service for the period, when surveys were answered. */
  ikm: z.object({ value: z.number(), grade: z.string().max(20), respondents: count }).nullable(),
  /**
   * The users (SOP 97 "rekap pengguna"): [name, visits, minutes], a month only; personal data, so
   * every read of a revision holding it is audited. Erased visitors have an empty name.
   */
  users: z.array(z.tuple([z.string().max(120), count, count])).nullable(),
});
export type RecapFigures = z.infer<typeof recapFiguresSchema>;

/** A period key of a kind recaps use: '2026-11', '2026-Q4', '2026'. */
export function parseRecapPeriod(kind: RecapPeriodKind, key: string): SurveyPeriod | null {
  const p = parsePeriodKey(key);
  return p && p.kind === kind ? p : null;
}

export const recapPeriodDays = (p: SurveyPeriod) => periodDays(p);
export const recapPeriodKey = (p: SurveyPeriod) => periodKey(p);

/** The snapshot's size as it travels (JSON bytes). */
export const figuresBytes = (f: RecapFigures): number => new TextEncoder().encode(JSON.stringify(f)).length;

/** The totals after the reviewer's corrections, in the order they were made (later ones win). */
export function correctedTotals(
  totals: RecapTotals,
  corrections: readonly { figure: CorrectableFigure; to: number | null }[],
): RecapTotals {
  const out: Record<string, number | null> = { ...totals };
  for (const c of corrections) out[c.figure] = c.to;
  return out as RecapTotals;
}
