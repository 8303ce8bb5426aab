// The periods an SKM is reported for: a month, a quarter (triwulan; decree 18/2024 asks quarterly
// reports for most services), a semester (the Inspektorat's Semester I/II) and a year. A period is a
// range of local days 'YYYY-MM-DD', both ends included, in the site's time zone (the caller turns
// an answer's instant into its local day). Keys are short and sortable: '2026-12', '2026-Q4',
// '2026-S2', '2026'. Pure: no node:, no DOM.
import { z } from 'zod';
import type { Bilingual } from './questionnaire';

export const surveyPeriodKinds = ['month', 'quarter', 'semester', 'year'] as const;
export type SurveyPeriodKind = (typeof surveyPeriodKinds)[number];

export type SurveyPeriod =
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'semester'; readonly year: number; readonly semester: number }
  | { readonly kind: 'year'; readonly year: number };

const PERIOD_KEY = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|S([12])))?$/;

export const periodKeySchema = z
  .string()
  .regex(PERIOD_KEY, { error: 'errors.survey.periodInvalid' })
  .refine((k) => parsePeriodKey(k) !== null, { error: 'errors.survey.periodInvalid' });

/** '2026-12' | '2026-Q4' | '2026-S2' | '2026' → the period; null for anything else. */
export function parsePeriodKey(key: string): SurveyPeriod | null {
  const m = PERIOD_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2999) return null;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, month } : null;
  }
  if (m[3] !== undefined) return { kind: 'quarter', year, quarter: Number(m[3]) };
  if (m[4] !== undefined) return { kind: 'semester', year, semester: Number(m[4]) };
  return { kind: 'year', year };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function periodKey(p: SurveyPeriod): string {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${pad2(p.month)}`;
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'semester':
      return `${p.year}-S${p.semester}`;
    case 'year':
      return String(p.year);
  }
}

/** First and last month (1–12) of the period. */
function monthSpan(p: SurveyPeriod): readonly [number, number] {
  switch (p.kind) {
    case 'month':
      return [p.month, p.month];
    case 'quarter':
      return [3 * p.quarter - 2, 3 * p.quarter];
    case 'semester':
      return [6 * p.semester - 5, 6 * p.semester];
    case 'year':
      return [1, 12];
  }
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period's local days, both ends included: 2026-Q4 → 2026-10-01 … 2026-12-31. */
export function periodDays(p: SurveyPeriod): { readonly from: string; readonly to: string } {
  const [first, last] = monthSpan(p);
  return {
    from: `${p.year}-${pad2(first)}-01`,
    to: `${p.year}-${pad2(last)}-${pad2(daysInMonth(p.year, last))}`,
  };
}

/** The period of a kind that holds a local day: ('2026-11-23', 'quarter') → 2026-Q4. */
export function periodOfDay(day: string, kind: SurveyPeriodKind): SurveyPeriod {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(day);
  if (!m) throw new RangeError(`not a local day: ${day}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  switch (kind) {
    case 'month':
      return { kind, year, month };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) };
    case 'semester':
      return { kind, year, semester: month <= 6 ? 1 : 2 };
    case 'year':
      return { kind, year };
  }
}

export const containsDay = (p: SurveyPeriod, day: string): boolean => {
  const { from, to } = periodDays(p);
  return day >= from && day <= to;
};

/** The four quarters of a year, for the per-quarter chart. */
export const quartersOf = (year: number): readonly SurveyPeriod[] =>
  [1, 2, 3, 4].map((quarter) => ({ kind: 'quarter', year, quarter }) as const);

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
// prettier-ignore
const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;
// prettier-ignore
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "Triwulan IV 2026" / "Q4 2026", as report headers write it. */
export function periodLabel(p: SurveyPeriod): Bilingual {
  switch (p.kind) {
    case 'month':
      return { id: `${MONTHS_ID[p.month - 1]} ${p.year}`, en: `${MONTHS_EN[p.month - 1]} ${p.year}` };
    case 'quarter':
      return { id: `Triwulan ${ROMAN[p.quarter - 1]} ${p.year}`, en: `Q${p.quarter} ${p.year}` };
    case 'semester':
      return {
        id: `Semester ${ROMAN[p.semester - 1]} ${p.year}`,
        en: `${p.semester === 1 ? 'First' : 'Second'} half of ${p.year}`,
      };
    case 'year':
      return { id: `Tahun ${p.year}`, en: `Year ${p.year}` };
  }
}

/** A local day in words, whatever the browser's locale: '2026-12-02' → "2 Desember 2026". */
export function formatSurveyDay(day: string, lang: keyof Bilingual): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`not a local day: ${day}`);
  const month = (lang === 'id' ? MONTHS_ID : MONTHS_EN)[Number(m[2]) - 1];
  return `${Number(m[3])} ${month} ${m[1]}`;
}
