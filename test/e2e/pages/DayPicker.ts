import type { Page } from '@playwright/test';

const MONTHS = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;
const NEXT = { id: 'Bulan berikutnya', en: 'Next month' } as const;
const PREVIOUS = { id: 'Bulan sebelumnya', en: 'Previous month' } as const;

/** "25 Desember 2026": how the calendar names a day, and how the picker shows the chosen one. */
export const dayWords = (day: string, lang: 'id' | 'en' = 'id') => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
};

/**
 * Picks `day` ('YYYY-MM-DD') on a date field's calendar as a person would: open it, page to the
 * month, tap the day. The calendar opens on the field's day, or on the site's month (`siteMonth`).
 */
export async function pickDay(
  page: Page,
  testId: string,
  day: string,
  { siteMonth = '2026-11', lang = 'id' }: { siteMonth?: string; lang?: 'id' | 'en' } = {},
): Promise<void> {
  const field = page.getByTestId(testId);
  const shown = (await field.getAttribute('data-value')) || siteMonth;
  await field.click();
  const month = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  const steps = month(day) - month(shown);
  const control = page.getByRole('button', { name: steps > 0 ? NEXT[lang] : PREVIOUS[lang] });
  for (let i = 0; i < Math.abs(steps); i++) await control.click();
  await page.getByRole('button', { name: dayWords(day, lang), exact: true }).click();
}
