import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDateTimeSeconds,
  formatDay,
  formatDayShort,
  formatTime,
  formatWeekdayTime,
} from '../../renderer/src/dates/dates';

const at0900 = Date.parse('2026-11-23T09:00:00+07:00');

// Issue 9: dates in Indonesian everywhere, in the site's zone, 24-hour, whatever the browser's locale
// and the PC's zone (this process runs in whatever zone the machine has).
describe('dates and times on every screen', () => {
  it('writes a calendar day in words, the same in any zone', () => {
    expect(formatDay('2026-12-25')).toBe('Jumat, 25 Desember 2026');
    expect(formatDay('2026-12-25', 'en')).toMatch(/^Friday,? 25 December 2026$/); // ICU versions differ on the comma
    expect(formatDayShort('2026-11-23')).toBe('23 Nov 2026');
  });

  it('writes instants in the site’s zone, 24-hour, with the Indonesian dot', () => {
    expect(formatTime(at0900, 'Asia/Pontianak')).toBe('09.00');
    expect(formatTime(Date.parse('2026-11-23T15:45:00+07:00'), 'Asia/Pontianak')).toBe('15.45');
    expect(formatTime(at0900, 'Asia/Pontianak', 'en')).toBe('09:00');
    expect(formatTime(at0900, 'Asia/Makassar')).toBe('10.00');
    expect(formatDateTime(Date.parse('2026-11-23T23:30:00Z'), 'Asia/Pontianak')).toBe('24 Nov 2026 06.30');
    expect(formatDateTimeSeconds(at0900 + 12_000, 'Asia/Pontianak')).toBe('23 Nov 2026 09.00.12');
    expect(formatWeekdayTime(Date.parse('2026-11-24T07:00:00+07:00'), 'Asia/Pontianak')).toBe('Selasa 07.00');
  });

  it('never writes a 12-hour clock, in either language', () => {
    const afternoon = Date.parse('2026-11-23T14:05:00+07:00');
    expect(formatTime(afternoon, 'Asia/Pontianak')).toBe('14.05');
    expect(formatTime(afternoon, 'Asia/Pontianak', 'en')).toBe('14:05');
    expect(formatTime(Date.parse('2026-11-23T00:30:00+07:00'), 'Asia/Pontianak')).toBe('00.30');
  });
});
