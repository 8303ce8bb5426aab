// Every date and time the renderer shows, in one module (issue 9): written with an explicit locale
// (Indonesian, or English when chosen) and the site's time zone, 24-hour, whatever the browser's
// locale or the PC's zone. Pure, so test/renderer/dates.test.ts checks them; useDates.ts binds them
// to the language and the site.

export type Lang = 'id' | 'en';

/** The app's language as a date language: English when chosen, Indonesian otherwise. */
export const langOf = (language: string): Lang => (language === 'en' ? 'en' : 'id');

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

// Building an Intl.DateTimeFormat costs more than using one; the scan answer paints within a frame.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], options);
    formatters.set(key, f);
  }
  return f;
}

const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
/** A calendar day 'YYYY-MM-DD' is zone-free: it is formatted at UTC midnight, in UTC. */
const dayInstant = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** "09.00" (English: "09:00") in the site's zone. */
export const formatTime = (at: number, timeZone: string, lang: Lang = 'id') =>
  formatter(lang, { ...CLOCK, timeZone }).format(at);

/** "Senin, 23 November 2026". */
export const formatDay = (day: string, lang: Lang = 'id') =>
  formatter(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayInstant(day));

/** "23 Nov 2026", for tables. */
export const formatDayShort = (day: string, lang: Lang = 'id') =>
  formatter(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    dayInstant(day),
  );

/** "23 Nov 2026 09.00" in the site's zone. */
export const formatDateTime = (at: number, timeZone: string, lang: Lang = 'id') =>
  `${formatter(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at)} ${formatTime(at, timeZone, lang)}`;

/** "23 Nov 2026 09.00.12", to the second, as a log is read. */
export const formatDateTimeSeconds = (at: number, timeZone: string, lang: Lang = 'id') =>
  `${formatter(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at)} ${formatter(lang, { ...CLOCK, second: '2-digit', timeZone }).format(at)}`;

/** "Senin 07.00": when the service opens next. */
export const formatWeekdayTime = (at: number, timeZone: string, lang: Lang = 'id') =>
  `${formatter(lang, { weekday: 'long', timeZone }).format(at)} ${formatTime(at, timeZone, lang)}`;

export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
