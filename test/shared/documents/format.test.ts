// The words and numbers of a filed document (indonesian-services.md §8), checked against what the
// offices print, whatever the machine's locale or zone.
import { describe, expect, it } from 'vitest';
import {
  formatLongDate,
  formatLongDateWithDay,
  formatMinutes,
  formatMonth,
  formatNip,
  formatNumber,
  formatPercent,
  formatPrintTime,
  formatQuarter,
  placeDateLine,
} from '../../../shared/documents/format';

const ZONE = 'Asia/Pontianak';
/** 2 December 2026 00:30 in Pontianak: still 1 December in UTC. */
const EARLY = Date.parse('2026-12-02T00:30:00+07:00');

describe('document formats', () => {
  it('writes numbers as Indonesian offices print them', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(88.333, 2)).toBe('88,33');
    expect(formatNumber(-0.001, 2)).toBe('0,00');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatNumber(1234, 0, 'en')).toBe('1,234');
    expect(formatPercent(12.5)).toBe('12,5%');
    expect(formatPercent(88.333, 2)).toBe('88,33%');
    expect(formatMinutes(95)).toBe('1 j 35 mnt');
    expect(formatMinutes(120)).toBe('2 j');
    expect(formatMinutes(40)).toBe('40 mnt');
    expect(formatMinutes(95, 'en')).toBe('1 h 35 min');
  });

  it('writes dates in Indonesian, in the site’s zone', () => {
    expect(formatLongDate(EARLY, ZONE)).toBe('2 Desember 2026');
    expect(formatLongDate(EARLY, 'UTC')).toBe('1 Desember 2026');
    expect(formatLongDate('2026-12-02', ZONE)).toBe('2 Desember 2026');
    expect(formatLongDate('2026-12-02', ZONE, 'en')).toBe('2 December 2026');
    expect(formatLongDateWithDay('2026-12-02', ZONE)).toBe('Rabu, 2 Desember 2026');
    expect(() => formatLongDate('2/12/2026', ZONE)).toThrow(RangeError);
    expect(formatMonth('2026-11')).toBe('November 2026');
    expect(formatMonth('2026-08')).toBe('Agustus 2026');
    expect(formatMonth('2026-08', 'en')).toBe('August 2026');
    expect(formatQuarter(2026, 4)).toBe('Triwulan IV 2026');
    expect(formatQuarter(2026, 1, 'en')).toBe('Quarter I 2026');
    expect(() => formatQuarter(2026, 5)).toThrow(RangeError);
    expect(formatPrintTime(Date.parse('2026-12-02T14:30:00+07:00'), ZONE)).toBe('2 Desember 2026 14.30 WIB');
    expect(formatPrintTime(Date.parse('2026-12-02T14:30:00+08:00'), 'Asia/Makassar')).toBe(
      '2 Desember 2026 14.30 WITA',
    );
  });

  it('prints the place-date line, or the date alone without a city', () => {
    expect(placeDateLine('Pontianak', EARLY, ZONE)).toBe('Pontianak, 2 Desember 2026');
    expect(placeDateLine('  ', EARLY, ZONE)).toBe('2 Desember 2026');
    expect(placeDateLine(null, EARLY, ZONE)).toBe('2 Desember 2026');
  });

  it('groups an 18-digit NIP 8 6 1 3, and leaves anything else as written', () => {
    expect(formatNip('196103291989031004')).toBe('19610329 198903 1 004');
    expect(formatNip('19610329 198903 1 004')).toBe('19610329 198903 1 004');
    expect(formatNip(' 12345 ')).toBe('12345');
  });
});
