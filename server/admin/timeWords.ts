// Times as the admin pages write them, in the site's time zone: "09.00" (id-ID's own separator),
// "23 Nov 2026 09.00", and how long ago ("5 menit lalu") or how long waiting ("2 jam").
import { adminText } from './adminText';
import type { Lang } from '../web/lang';

export function clockTime(at: number, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(at));
}

export function agoText(ms: number, lang: Lang): string {
  const t = adminText[lang].ago;
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return t.now;
  if (minutes < 60) return t.minutes(minutes);
  if (minutes < 48 * 60) return t.hours(Math.floor(minutes / 60));
  return t.days(Math.floor(minutes / 1440));
}

export function waitText(ms: number, lang: Lang): string {
  const t = adminText[lang].ago;
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 60) return t.waitMinutes(minutes);
  if (minutes < 48 * 60) return t.waitHours(Math.floor(minutes / 60));
  return t.waitDays(Math.floor(minutes / 1440));
}
