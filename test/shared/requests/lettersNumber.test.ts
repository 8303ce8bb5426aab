// The numbers of the letters Loket writes, by the site's pattern, and the sequence that runs per year.
import { describe, expect, it } from 'vitest';
import { formatLetterNumber, nextSequence } from '../../../shared/requests/letterNumber';
import { defaultRequestSettings, singkawangRequestSettings } from '../../../shared/requests/requestSettings';

describe('formatLetterNumber', () => {
  it('numbers as the seeds do: code / sequence / unit / year', () => {
    expect(formatLetterNumber(defaultRequestSettings.numbering, 21, 2026)).toBe('000.8.3.3/21/AI-A/2026');
    expect(formatLetterNumber(singkawangRequestSettings.numbering, 4, 2027)).toBe(
      '000.1.2.3/4/DKIS-SKW/2027',
    );
  });

  it('keeps the spaces of a pattern that has them', () => {
    const n = { pattern: '{urut} / {unit} / {tahun}', code: '', unit: 'TKPBET.DKI' };
    expect(formatLetterNumber(n, 97, 2020)).toBe('97 / TKPBET.DKI / 2020');
  });

  it('drops an empty part with its separator rather than print "/21/…" or "21//2026"', () => {
    const noCode = { pattern: '{kode}/{urut}/{unit}/{tahun}', code: '', unit: 'AI-A' };
    expect(formatLetterNumber(noCode, 21, 2026)).toBe('21/AI-A/2026');
    const noUnit = { pattern: '{urut} / {unit} / {tahun}', code: '', unit: '  ' };
    expect(formatLetterNumber(noUnit, 3, 2026)).toBe('3 / 2026');
  });

  it('prints literal text and unknown braces as written', () => {
    const n = { pattern: 'B-{urut}/{kode}/{bulan}/{tahun}', code: '005', unit: '' };
    expect(formatLetterNumber(n, 7, 2026)).toBe('B-7/005/{bulan}/2026');
  });

  it('refuses a sequence below 1 or a year that is not one', () => {
    expect(() => formatLetterNumber(defaultRequestSettings.numbering, 0, 2026)).toThrow(RangeError);
    expect(() => formatLetterNumber(defaultRequestSettings.numbering, 1.5, 2026)).toThrow(RangeError);
    expect(() => formatLetterNumber(defaultRequestSettings.numbering, 1, 26)).toThrow(RangeError);
  });
});

describe('nextSequence', () => {
  it('starts each year at 1', () => {
    expect(nextSequence([], 2026)).toBe(1);
    expect(nextSequence([{ year: 2025, sequence: 140 }], 2026)).toBe(1);
  });

  it('is one past the highest of that year, whatever the order and gaps', () => {
    const issued = [
      { year: 2026, sequence: 3 },
      { year: 2025, sequence: 99 },
      { year: 2026, sequence: 12 },
      { year: 2026, sequence: 5 },
    ];
    expect(nextSequence(issued, 2026)).toBe(13);
    expect(nextSequence(issued, 2025)).toBe(100);
  });
});
