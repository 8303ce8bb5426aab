// Words the visitor reads about this site, made from its settings, never hard-coded (issue 8:
// Singkawang is a second site). Pure apart from `t`, so they are unit-tested.
import type { RulesSettings } from '../../../shared/contract';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** "Senin–Jumat" for a run of days, "Senin, Rabu, Jumat" otherwise. */
export function openDaysWords(t: Translate, days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const name = (d: number) => t(`board.weekday.${d}`);
  const run = sorted.length > 2 && sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  return run ? `${name(sorted[0]!)}–${name(sorted.at(-1)!)}` : sorted.map(name).join(', ');
}

/** "Layanan: Senin–Jumat, 07.00–15.45 WIB." from the site's calendar. */
export function serviceHoursLine(t: Translate, calendar: RulesSettings['calendar']): string {
  return t('kiosk.hours', {
    days: openDaysWords(t, calendar.openDays),
    opens: calendar.opensAt.replace(':', '.'),
    closes: calendar.closesAt.replace(':', '.'),
  });
}

/** How long data is kept, as the consent text says it: "1 tahun" for 365 days, else in days. */
export function retentionWords(t: Translate, days: number): string {
  return days % 365 === 0 ? t('register.years', { count: days / 365 }) : t('register.days', { count: days });
}
