// Numbers as Indonesian offices print them ("1.234", "88,33", "12,5%"), with an explicit locale so
// the PC's locale never decides. Pure: the charts on screen and the documents in Node both use it.

export type NumberLang = 'id' | 'en';

const LOCALE: Record<NumberLang, string> = { id: 'id-ID', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: NumberLang, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/** 1234 → "1.234"; 88.333, 2 → "88,33" (English: "1,234", "88.33"). Not a number → "–". */
export function formatNumber(n: number, decimals = 0, lang: NumberLang = 'id'): string {
  if (!Number.isFinite(n)) return '–';
  // -0 would print as "-0".
  const s = formatter(lang, decimals).format(n);
  return s === `-${formatter(lang, decimals).format(0)}` ? formatter(lang, decimals).format(0) : s;
}

/** Percentage points: 12.5 → "12,5%" (decimals 1); 88.333, 2 → "88,33%". */
export function formatPercent(points: number, decimals = 1, lang: NumberLang = 'id'): string {
  if (!Number.isFinite(points)) return '–';
  return `${formatNumber(points, decimals, lang)}%`;
}

/** Minutes as hours and minutes: 95 → "1 j 35 mnt" (English "1 h 35 min"); 40 → "40 mnt"; 120 → "2 j". */
export function formatMinutes(minutes: number, lang: NumberLang = 'id'): string {
  if (!Number.isFinite(minutes)) return '–';
  const total = Math.round(Math.abs(minutes));
  const sign = minutes < 0 && total > 0 ? '-' : '';
  const h = Math.floor(total / 60);
  const m = total % 60;
  const [hu, mu] = lang === 'id' ? ['j', 'mnt'] : ['h', 'min'];
  if (h === 0) return `${sign}${m} ${mu}`;
  return m === 0
    ? `${sign}${formatNumber(h, 0, lang)} ${hu}`
    : `${sign}${formatNumber(h, 0, lang)} ${hu} ${m} ${mu}`;
}

/**
 * How many decimals a chart's values need to be read right: none for counts, one for averages and
 * rates (4,8 meja; 12,5%), two when every value is below 1.
 */
export function decimalsFor(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  if (finite.every(Number.isInteger)) return 0;
  return finite.every((v) => Math.abs(v) < 1) ? 2 : 1;
}
