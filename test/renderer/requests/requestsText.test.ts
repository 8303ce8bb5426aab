// The requests screens' small words: a slot's hours the Indonesian way, how late a step is, a file's
// size, a rule's params written out (days in words, times with the dot), the validation paths of the
// intake as the form's fields, typed times cleaned, and the periods a report offers.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../renderer/src/dates/dates';
import {
  clockText,
  cssColour,
  failureParams,
  fieldOfPath,
  fileSizeText,
  hhmmOf,
  lateParts,
  phoneText,
  minutesOf,
  normaliseTime,
  periodChoices,
  proposedEnd,
  timeRangeText,
} from '../../../renderer/src/requests/requestsText';

describe('requests text', () => {
  it('writes a slot’s hours with the Indonesian dot and an en dash, the English colon', () => {
    expect(clockText('09:00', 'id')).toBe('09.00');
    expect(timeRangeText('09:00', '11:00', 'id')).toBe('09.00–11.00');
    expect(timeRangeText('13:30', '15:45', 'en')).toBe('13:30–15:45');
    expect(formatDay('2026-12-09')).toBe('Rabu, 9 Desember 2026');
  });

  it('counts minutes of the day both ways and proposes an end from the type’s usual length', () => {
    expect(minutesOf('07:00')).toBe(420);
    expect(minutesOf('15:45')).toBe(945);
    expect(minutesOf('7:00')).toBeNaN();
    expect(minutesOf('24:00')).toBeNaN();
    expect(hhmmOf(945)).toBe('15:45');
    expect(hhmmOf(-5)).toBe('00:00');
    expect(proposedEnd('09:00', 120)).toBe('11:00');
    expect(proposedEnd('', 120)).toBe('');
  });

  it('splits lateness into days, hours and minutes', () => {
    expect(lateParts(25)).toEqual({ days: 0, hours: 0, minutes: 25 });
    expect(lateParts(65)).toEqual({ days: 0, hours: 1, minutes: 5 });
    expect(lateParts(1440 + 125)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(lateParts(-3)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it('writes a file’s size with the language’s decimal mark', () => {
    expect(fileSizeText(880, 'id')).toBe('880 B');
    expect(fileSizeText(348_160, 'id')).toBe('340 KB');
    expect(fileSizeText(1_258_291, 'id')).toBe('1,2 MB');
    expect(fileSizeText(1_258_291, 'en')).toBe('1.2 MB');
  });

  it('writes a rule’s day params in words and its times with the dot, the rest as they came', () => {
    const params = failureParams(
      { earliest: '2026-12-09', count: 3, time: '07.00', context: 'letter', today: 'not a day' },
      (d) => formatDay(d),
      'id',
    );
    expect(params).toEqual({
      earliest: 'Rabu, 9 Desember 2026',
      count: 3,
      time: '07.00',
      context: 'letter',
      today: 'not a day',
    });
    expect(failureParams({ time: '07.00' }, formatDay, 'en')).toEqual({ time: '07:00' });
    expect(failureParams(undefined, formatDay, 'id')).toEqual({});
  });

  it('puts the core’s validation paths on the form’s fields', () => {
    expect(fieldOfPath('contactPhone')).toBe('contactPhone');
    expect(fieldOfPath('intake.letter.number')).toBe('letterNumber');
    expect(fieldOfPath('event.start')).toBe('time');
    expect(fieldOfPath('event.equipment.3')).toBe('equipment');
    expect(fieldOfPath('letterFile')).toBe('letterFile');
    expect(fieldOfPath('noBuffet')).toBe('noBuffet');
    expect(fieldOfPath('requestKey')).toBeNull();
  });

  it('reads times as officers type them', () => {
    expect(normaliseTime('9.00')).toBe('09:00');
    expect(normaliseTime('09:30')).toBe('09:30');
    expect(normaliseTime('1330')).toBe('13:30');
    expect(normaliseTime(' 7.05 ')).toBe('07:05');
    expect(normaliseTime('25.00')).toBe('25.00');
    expect(normaliseTime('jam 9')).toBe('jam 9');
    expect(normaliseTime('')).toBe('');
  });

  it('offers the periods of this year and last up to the current one, newest first', () => {
    const months = periodChoices('month', '2026-11-23', 'id');
    expect(months[0]).toEqual({ value: '2026-11', label: 'November 2026' });
    expect(months).toHaveLength(11 + 12);
    expect(months.at(-1)?.value).toBe('2025-01');
    const quarters = periodChoices('quarter', '2026-11-23', 'id');
    expect(quarters.map((q) => q.value).slice(0, 2)).toEqual(['2026-Q4', '2026-Q3']);
    expect(quarters[0]?.label).toBe('Triwulan IV 2026');
    expect(periodChoices('year', '2026-01-02', 'en')).toEqual([
      { value: '2026', label: expect.stringContaining('2026') },
      { value: '2025', label: expect.stringContaining('2025') },
    ]);
  });

  it('writes an Indonesian number the way people read it, anything else as stored', () => {
    expect(phoneText('+6281255667788')).toBe('0812-5566-7788');
    expect(phoneText('+62561733041')).toBe('0561-7330-41');
    expect(phoneText('+6591234567')).toBe('+6591234567');
  });

  it('draws Mantine colours and hex colours alike', () => {
    expect(cssColour('teal.9')).toBe('var(--mantine-color-teal-9)');
    expect(cssColour('#a14500')).toBe('#a14500');
  });
});
