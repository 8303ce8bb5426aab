// Times on slips are shown in the site's zone (ARCHITECTURE.md "Data": UTC ms stored, shown in
// Asia/Pontianak). Pontianak is on WIB (UTC+7, no DST), so the suffix is fixed.
import { DateTime } from 'luxon';
import type { SlipLang } from './labels';

export const siteZone = 'Asia/Pontianak';
const zoneSuffix = 'WIB';

const at = (ms: number, lang: SlipLang) => DateTime.fromMillis(ms, { zone: siteZone }).setLocale(lang);

/** "14:05 WIB" */
export const formatTime = (ms: number, lang: SlipLang): string =>
  `${at(ms, lang).toFormat('HH:mm')} ${zoneSuffix}`;

/** "Senin, 12 Mei 2025" / "Monday, 12 May 2025" */
export const formatDate = (ms: number, lang: SlipLang): string => at(ms, lang).toFormat('cccc, d LLLL yyyy');

/** A calendar day 'YYYY-MM-DD' (already in the site's zone) in words. */
export function formatDay(day: string, lang: SlipLang): string {
  const d = DateTime.fromISO(day, { zone: siteZone }).setLocale(lang);
  if (!d.isValid) throw new RangeError(`Not a calendar day: ${day}`);
  return d.toFormat('cccc, d LLLL yyyy');
}

/** "12 Mei 2025 14:05 WIB" */
export const formatDateTime = (ms: number, lang: SlipLang): string =>
  `${at(ms, lang).toFormat('d LLL yyyy HH:mm')} ${zoneSuffix}`;

/** 95 → "1 j 35 menit" / "1 h 35 min" */
export function formatDuration(minutes: number, labels: { minutes: string; hoursShort: string }): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return h > 0 ? `${h} ${labels.hoursShort} ${rest} ${labels.minutes}` : `${rest} ${labels.minutes}`;
}
