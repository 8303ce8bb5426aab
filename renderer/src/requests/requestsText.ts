// Small words and numbers the requests' screens share: a status's colour, a slot's day and hours the
// Indonesian way ("Rabu, 9 Desember 2026", "09.00–11.00"), how late a step is, a file's size, a rule's
// message with its days written out, and the periods a report may cover. Pure (no React, no DOM), so
// test/renderer/requests/requestsText.test.ts checks them.
import type { RequestStatus } from '../../../shared/requests/requestRecord';
import { requestFieldIds } from '../../../shared/requests/requestSettings';
import { periodKey, periodLabel, periodOfDay, type SurveyPeriod } from '../../../shared/survey/period';
import type { Lang } from '../dates/dates';

// Dark shades: white text on them passes WCAG AA; a dark amber for the states still moving.
const AMBER = '#a14500';
export const STATUS_COLOR: Record<RequestStatus, string> = {
  received: 'blue.9',
  in_chain: 'indigo.9',
  in_process: AMBER,
  scheduled: 'teal.9',
  accepted: '#246b2f',
  rejected: 'red.9',
  cancelled: 'gray.8',
  done: 'dark.6',
};

/** '09:00' → "09.00" in Indonesian (the 24-hour clock with a dot), "09:00" in English. */
export const clockText = (hhmm: string, lang: Lang): string =>
  lang === 'id' ? hhmm.replace(':', '.') : hhmm;

/** "09.00–11.00" (an en dash, no spaces, as the letters write a range). */
export const timeRangeText = (start: string, end: string, lang: Lang): string =>
  `${clockText(start, lang)}–${clockText(end, lang)}`;

/** 'HH:MM' → minutes after midnight; NaN for anything else. */
export function minutesOf(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

/** Minutes after midnight → 'HH:MM' (clamped to the day). */
export function hhmmOf(minutes: number): string {
  const m = Math.max(0, Math.min(23 * 60 + 59, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The end a start proposes when the officer has typed no end yet: the type's usual length. */
export function proposedEnd(start: string, defaultMinutes: number): string {
  const from = minutesOf(start);
  return Number.isNaN(from) ? '' : hhmmOf(from + defaultMinutes);
}

/** How late, as words: minutes under an hour, then hours and minutes, then days ("1 hari 2 jam"). */
export function lateParts(minutes: number): { days: number; hours: number; minutes: number } {
  const total = Math.max(0, Math.round(minutes));
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** "1,2 MB", "340 KB", "880 B" with the language's decimal mark. */
export function fileSizeText(bytes: number, lang: Lang): string {
  const format = (n: number) =>
    new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

/** The params of a rule's message whose value is a day 'YYYY-MM-DD' (shared/requests/requestRules.ts). */
const DAY_PARAMS = new Set(['day', 'earliest', 'letterDate', 'receivedOn', 'today']);
const TIME_PARAM = /^([01]\d|2[0-3])[.:]([0-5]\d)$/;

/**
 * A rule's params as the message shows them: days written out ("Rabu, 9 Desember 2026"), times in
 * the language's clock, everything else as it came.
 */
export function failureParams(
  params: Readonly<Record<string, string | number>> | undefined,
  formatDay: (day: string) => string,
  lang: Lang,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string' && DAY_PARAMS.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(value))
      out[key] = formatDay(value);
    else if (typeof value === 'string' && TIME_PARAM.test(value))
      out[key] = clockText(value.replace('.', ':'), lang);
    else out[key] = value;
  }
  return out;
}

/** Where a field of the rules lives on the intake form (its input's test id and error slot). */
export const FORM_FIELDS = [...requestFieldIds, 'noBuffet'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The core's validation paths ('letter.number', 'event.start') as the form's fields. */
const PATH_FIELD: Record<string, FormField> = {
  office: 'office',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
  subject: 'subject',
  'letter.number': 'letterNumber',
  'letter.date': 'letterDate',
  'letter.receivedOn': 'letterReceivedOn',
  'letter.file': 'letterFile',
  'letter.agendaNumber': 'letterNumber',
  'event.roomId': 'room',
  'event.day': 'day',
  'event.start': 'time',
  'event.end': 'time',
  'event.participants': 'participants',
  'event.layout': 'layout',
  'event.equipment': 'equipment',
  'event.application': 'application',
  'event.connectionTest': 'connectionTest',
  'event.connectionTest.day': 'connectionTest',
  'event.connectionTest.time': 'connectionTest',
  noBuffet: 'noBuffet',
  notes: 'office',
};

/** The form field a refusal names, by its id ('letterFile') or its path ('intake.letter.number'), or null. */
export function fieldOfPath(path: string): FormField | null {
  const bare = path.replace(/^intake\./, '').replace(/\.\d+$/, '');
  // The rules' refusal names the fields themselves ('letterFile', 'day'); zod's, their paths.
  if ((FORM_FIELDS as readonly string[]).includes(bare)) return bare as FormField;
  return PATH_FIELD[bare] ?? null;
}

/** The report kinds with the kind of period each covers; the list of loans may cover any. */
export const REPORT_PERIOD: Record<string, 'month' | 'quarter' | 'year' | 'any'> = {
  loans_list: 'any',
  monthly_room_loans: 'month',
  quarterly_visits: 'quarter',
  yearly_operations: 'year',
  yearly_applications: 'year',
};

/** The periods of a kind this year and last, newest first, up to the current one, with their labels. */
export function periodChoices(
  kind: 'month' | 'quarter' | 'year',
  today: string,
  lang: Lang,
): { value: string; label: string }[] {
  const current = periodOfDay(today, kind);
  const list: SurveyPeriod[] = [];
  for (const y of [current.year, current.year - 1]) {
    if (kind === 'year') list.push({ kind, year: y });
    if (kind === 'quarter') for (const quarter of [4, 3, 2, 1]) list.push({ kind, year: y, quarter });
    if (kind === 'month') for (let month = 12; month >= 1; month--) list.push({ kind, year: y, month });
  }
  return list
    .filter((p) => periodKey(p) <= periodKey(current))
    .map((p) => ({ value: periodKey(p), label: periodLabel(p)[lang] }));
}

/** A random key for one filing, so a retried submit never files the request twice. */
export function freshRequestKey(): string {
  return crypto.randomUUID();
}

/** A time as typed ("9.00", "09:00", "0900") as 'HH:MM', or the text unchanged when it is no time. */
export function normaliseTime(typed: string): string {
  const s = typed.trim();
  const m = /^(\d{1,2})[.:]?(\d{2})$/.exec(s);
  if (!m) return s;
  const hh = Number(m[1]);
  const mm = Number(m[2]);
  if (hh > 23 || mm > 59) return s;
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/** A Mantine colour ('teal.9') or a hex as a CSS value, for the agenda's hand-drawn blocks. */
export const cssColour = (c: string): string =>
  c.startsWith('#') ? c : `var(--mantine-color-${c.replace('.', '-')})`;

/** An Indonesian number kept in E.164 as people write it: "+6281255667788" → "0812-5566-7788". */
export function phoneText(e164: string): string {
  if (!/^\+62\d{6,}$/.test(e164)) return e164;
  const local = `0${e164.slice(3)}`;
  return [local.slice(0, 4), local.slice(4, 8), local.slice(8)].filter((p) => p !== '').join('-');
}
