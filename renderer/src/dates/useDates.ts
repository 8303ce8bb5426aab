import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../api/useAppInfo';
import {
  formatDateTime,
  formatDateTimeSeconds,
  formatDay,
  formatDayShort,
  formatTime,
  formatWeekdayTime,
  langOf,
  type Lang,
} from './dates';

/** Where the site is until app.info answers (every screen waits for it; this is only a default). */
const FALLBACK_ZONE = 'Asia/Pontianak';

export interface Dates {
  readonly lang: Lang;
  readonly timeZone: string;
  /** The site's today, 'YYYY-MM-DD' (app.info), or null before it is known. */
  readonly today: string | null;
  time(at: number): string;
  day(day: string): string;
  dayShort(day: string): string;
  dateTime(at: number): string;
  dateTimeSeconds(at: number): string;
  weekdayTime(at: number): string;
}

/** The date formatters in the chosen language and the site's time zone. */
export function useDates(): Dates {
  const { i18n } = useTranslation();
  const info = useAppInfo();
  const lang = langOf(i18n.language);
  const timeZone = info?.timeZone ?? FALLBACK_ZONE;
  const today = info?.today ?? null;
  return useMemo(
    () => ({
      lang,
      timeZone,
      today,
      time: (at) => formatTime(at, timeZone, lang),
      day: (day) => formatDay(day, lang),
      dayShort: (day) => formatDayShort(day, lang),
      dateTime: (at) => formatDateTime(at, timeZone, lang),
      dateTimeSeconds: (at) => formatDateTimeSeconds(at, timeZone, lang),
      weekdayTime: (at) => formatWeekdayTime(at, timeZone, lang),
    }),
    [lang, timeZone, today],
  );
}
