// The number of a letter Loket writes (a reply, a notice), by the site's pattern as the seeds number
// theirs (indonesian-services.md §7): "000.8.3.3/21/AI-A/2026" is `{kode}/{urut}/{unit}/{tahun}`,
// "97 / TKPBET.DKI / 2020" is `{urut} / {unit} / {tahun}`. The sequence runs per calendar year,
// starting at 1, as an agenda book does. Pure.
import type { LetterNumbering } from './requestSettings';

/** The places a pattern may name; anything else in braces is printed as written. */
const TOKEN = /\{(kode|urut|unit|tahun)\}/g;
/** The separators between the parts of a number, with the spaces some offices put around them. */
const SEPARATOR = /\s*[/.-]\s*/;

/**
 * The printed number. A part left empty in the settings (no classification code) takes its
 * separator with it, so "{kode}/{urut}/{unit}/{tahun}" without a code reads "21/AI-A/2026", not
 * "/21/AI-A/2026".
 */
export function formatLetterNumber(numbering: LetterNumbering, sequence: number, year: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Not a letter sequence: ${sequence}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  const value: Record<string, string> = {
    kode: numbering.code.trim(),
    urut: String(sequence),
    unit: numbering.unit.trim(),
    tahun: String(year),
  };
  // Split the pattern into literal text and tokens, then drop each empty token with the separator
  // that joins it to its neighbour (the one before it, or after it when it leads).
  const parts: { text: string; token: boolean }[] = [];
  let last = 0;
  for (const m of numbering.pattern.matchAll(TOKEN)) {
    if (m.index > last) parts.push({ text: numbering.pattern.slice(last, m.index), token: false });
    parts.push({ text: value[m[1]!]!, token: true });
    last = m.index + m[0].length;
  }
  if (last < numbering.pattern.length) parts.push({ text: numbering.pattern.slice(last), token: false });
  const kept = parts.filter((p, i) => {
    if (!p.token || p.text !== '') return true;
    const before = parts[i - 1];
    const after = parts[i + 1];
    if (before && !before.token && isSeparator(before.text)) before.text = '';
    else if (after && !after.token && isSeparator(after.text)) after.text = '';
    return false;
  });
  return kept
    .map((p) => p.text)
    .join('')
    .trim();
}

const isSeparator = (text: string) => new RegExp(`^${SEPARATOR.source}$`).test(text);

/** The next sequence of a year: one past the highest issued in that year, 1 for its first letter. */
export function nextSequence(
  issued: readonly { readonly year: number; readonly sequence: number }[],
  year: number,
): number {
  let max = 0;
  for (const l of issued) if (l.year === year && l.sequence > max) max = l.sequence;
  return max + 1;
}
