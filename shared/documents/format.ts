// The words and numbers of a filed document (indonesian-services.md §8): "2 Desember 2026",
// "November 2026", "Triwulan IV 2026", "NIP. 19610329 198903 1 004", "Pontianak, 2 Desember 2026",
// "1.234" and "88,33". Always with an explicit locale and the site's zone, never the machine's.
import { formatMinutes, formatNumber, formatPercent } from '../charts/numbers';

export { formatMinutes, formatNumber, formatPercent };

export type DocLang = 'id' | 'en';

const LOCALE: Record<DocLang, string> = { id: 'id-ID', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(lang: DocLang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], options);
    formatters.set(key, f);
  }
  return f;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * "2 Desember 2026" (English "2 December 2026"). A calendar day 'YYYY-MM-DD' is taken as written;
 * an instant is read in the site's zone.
 */
export function formatLongDate(at: number | string, timeZone: string, lang: DocLang = 'id'): string {
  const options = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  if (typeof at === 'string') {
    if (!DAY.test(at)) throw new RangeError(`Not a calendar day: ${at}`);
    return dateFormatter(lang, { ...options, timeZone: 'UTC' }).format(Date.parse(`${at}T00:00:00Z`));
  }
  return dateFormatter(lang, { ...options, timeZone }).format(at);
}

/** "Rabu, 2 Desember 2026". */
export function formatLongDateWithDay(at: number | string, timeZone: string, lang: DocLang = 'id'): string {
  const options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
  if (typeof at === 'string') {
    if (!DAY.test(at)) throw new RangeError(`Not a calendar day: ${at}`);
    return dateFormatter(lang, { ...options, timeZone: 'UTC' }).format(Date.parse(`${at}T00:00:00Z`));
  }
  return dateFormatter(lang, { ...options, timeZone }).format(at);
}

/** "2 Desember 2026 14.30 WIB"-style print time: the day and the clock in the site's zone. */
export function formatPrintTime(at: number, timeZone: string, lang: DocLang = 'id'): string {
  const clock = dateFormatter(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
  const zone = zoneAbbreviation(timeZone);
  return `${formatLongDate(at, timeZone, lang)} ${clock}${zone ? ` ${zone}` : ''}`;
}

/** WIB / WITA / WIT for Indonesia's zones; otherwise none (the clock alone). */
export function zoneAbbreviation(timeZone: string): string | null {
  const wib = ['Asia/Jakarta', 'Asia/Pontianak'];
  const wita = ['Asia/Makassar', 'Asia/Ujung_Pandang'];
  if (wib.includes(timeZone)) return 'WIB';
  if (wita.includes(timeZone)) return 'WITA';
  if (timeZone === 'Asia/Jayapura') return 'WIT';
  return null;
}

/** '2026-11' → "November 2026". */
export function formatMonth(month: string, lang: DocLang = 'id'): string {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Not a month: ${month}`);
  return dateFormatter(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, 1),
  );
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** (2026, 4) → "Triwulan IV 2026" (English "Quarter IV 2026"), as the decree names the report. */
export function formatQuarter(year: number, quarter: number, lang: DocLang = 'id'): string {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    throw new RangeError(`Not a quarter: ${quarter}`);
  return `${lang === 'id' ? 'Triwulan' : 'Quarter'} ${ROMAN[quarter - 1]} ${year}`;
}

/**
 * An 18-digit NIP in its printed groups 8 6 1 3 (birth date, appointment month, sex, number):
 * '196103291989031004' → "19610329 198903 1 004". Anything else is printed as given, trimmed.
 */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/** "Pontianak, 2 Desember 2026"; without a city, the date alone. */
export function placeDateLine(
  city: string | null,
  at: number,
  timeZone: string,
  lang: DocLang = 'id',
): string {
  const date = formatLongDate(at, timeZone, lang);
  const place = city?.trim();
  return place ? `${place}, ${date}` : date;
}
