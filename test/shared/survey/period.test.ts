import { describe, expect, it } from 'vitest';
import {
  containsDay,
  parsePeriodKey,
  periodDays,
  periodKey,
  periodKeySchema,
  periodLabel,
  periodOfDay,
  quartersOf,
} from '../../../shared/survey/period';

describe('survey periods', () => {
  it.each([
    ['2026-12', '2026-12-01', '2026-12-31', 'Desember 2026', 'December 2026'],
    ['2028-02', '2028-02-01', '2028-02-29', 'Februari 2028', 'February 2028'],
    ['2026-02', '2026-02-01', '2026-02-28', 'Februari 2026', 'February 2026'],
    ['2026-Q1', '2026-01-01', '2026-03-31', 'Triwulan I 2026', 'Q1 2026'],
    ['2026-Q4', '2026-10-01', '2026-12-31', 'Triwulan IV 2026', 'Q4 2026'],
    ['2026-S1', '2026-01-01', '2026-06-30', 'Semester I 2026', 'First half of 2026'],
    ['2026-S2', '2026-07-01', '2026-12-31', 'Semester II 2026', 'Second half of 2026'],
    ['2026', '2026-01-01', '2026-12-31', 'Tahun 2026', 'Year 2026'],
  ])('%s runs from %s to %s ("%s")', (key, from, to, id, en) => {
    const p = parsePeriodKey(key)!;
    expect(periodDays(p)).toEqual({ from, to });
    expect(periodKey(p)).toBe(key);
    expect(periodLabel(p)).toEqual({ id, en });
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-S3', '26-Q1', '2026-q1', '', '1999'])('refuses %j', (k) => {
    expect(parsePeriodKey(k)).toBeNull();
    expect(periodKeySchema.safeParse(k).success).toBe(false);
  });

  it('finds the period of a day', () => {
    expect(periodKey(periodOfDay('2026-11-23', 'quarter'))).toBe('2026-Q4');
    expect(periodKey(periodOfDay('2026-03-31', 'quarter'))).toBe('2026-Q1');
    expect(periodKey(periodOfDay('2026-04-01', 'quarter'))).toBe('2026-Q2');
    expect(periodKey(periodOfDay('2026-06-30', 'semester'))).toBe('2026-S1');
    expect(periodKey(periodOfDay('2026-07-01', 'semester'))).toBe('2026-S2');
    expect(periodKey(periodOfDay('2026-11-23', 'month'))).toBe('2026-11');
    expect(periodKey(periodOfDay('2026-11-23', 'year'))).toBe('2026');
    expect(containsDay(parsePeriodKey('2026-Q4')!, '2026-12-31')).toBe(true);
    expect(containsDay(parsePeriodKey('2026-Q4')!, '2027-01-01')).toBe(false);
  });

  it('lists the four quarters of a year', () => {
    expect(quartersOf(2026).map(periodKey)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });
});
