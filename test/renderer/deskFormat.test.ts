import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import i18next from 'i18next';
import { en } from '../../renderer/src/i18n/en';
import { id } from '../../renderer/src/i18n/id';
import { formatDuration, formatTimeLeft, serverNow, timeLeftParts } from '../../renderer/src/desk/deskFormat';
import { checkRules } from '../../renderer/src/desk/rulesForm';
import { defaultRules } from '../../electron/services/settings/rules';

const MIN = 60_000;
const at0900 = Date.parse('2026-11-23T09:00:00+07:00');

// The real catalogues, so the tests read what the officer reads.
const i18n = i18next.createInstance();
await i18n.init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: 'id',
  interpolation: { escapeValue: false },
});
const t = i18n.getFixedT('id');
const tEn = i18n.getFixedT('en');

describe('time left on the board', () => {
  it('shows hours and minutes, rounded up, from an hour on', () => {
    expect(formatTimeLeft(t, at0900, at0900 + (2 * 60 + 5) * MIN)).toBe('2 j 05 m');
    expect(formatTimeLeft(t, at0900, at0900 + 405 * MIN)).toBe('6 j 45 m');
    expect(formatTimeLeft(t, at0900 + 30_000, at0900 + 405 * MIN)).toBe('6 j 45 m');
    expect(formatTimeLeft(t, at0900, at0900 + 60 * MIN)).toBe('1 j 00 m');
    expect(formatTimeLeft(tEn, at0900, at0900 + 125 * MIN)).toBe('2 h 05 m');
  });

  it('counts minutes and seconds in the last hour, so the officer sees it move', () => {
    expect(formatTimeLeft(t, at0900, at0900 + 60 * MIN - 1000)).toBe('59 m 59 dtk');
    expect(formatTimeLeft(t, at0900, at0900 + 9 * MIN + 5_000)).toBe('9 m 05 dtk');
    expect(formatTimeLeft(t, at0900, at0900 + 1)).toBe('0 m 01 dtk');
  });

  it('says how long over once the stay has ended (the end itself is over: [start, end))', () => {
    expect(formatTimeLeft(t, at0900, at0900)).toBe('lewat 0 j 00 m');
    expect(formatTimeLeft(t, at0900 + 72 * MIN + 59_000, at0900)).toBe('lewat 1 j 12 m');
    expect(formatTimeLeft(tEn, at0900 + 12 * MIN, at0900)).toBe('over by 0 h 12 m');
  });

  it('never goes up as time passes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 720 * 60 }),
        fc.integer({ min: 1, max: 3600 }),
        (leftS, stepS) => {
          const endsAt = at0900 + leftS * 1000;
          const seconds = (now: number) => {
            const p = timeLeftParts(now, endsAt);
            if (p.kind === 'hours') return p.h * 3600 + Number(p.m) * 60;
            if (p.kind === 'minutes') return p.m * 60 + Number(p.s);
            return -(p.h * 3600 + Number(p.m) * 60) - 1;
          };
          return seconds(at0900 + stepS * 1000) <= seconds(at0900);
        },
      ),
    );
  });
});

describe('the server clock on the desk', () => {
  it('is the board’s "now" plus local time elapsed, never the PC clock alone', () => {
    expect(serverNow(at0900, 5_000, 12_000)).toBe(at0900 + 7_000);
    // A local clock that went backwards does not move the server clock back.
    expect(serverNow(at0900, 5_000, 4_000)).toBe(at0900);
  });
});

describe('durations', () => {
  it('gives a closed stay’s real length in whole minutes, and nothing while open', () => {
    expect(formatDuration(t, at0900, at0900 + (6 * 60 + 58) * MIN + 59_000)).toBe('6 j 58 m');
    expect(formatDuration(t, at0900, at0900 + 30_000)).toBe('0 j 00 m');
    expect(formatDuration(t, at0900, null)).toBeNull();
  });
});

describe('the rules form', () => {
  it('accepts the SOP 97 defaults', () => {
    expect(checkRules(defaultRules)).toEqual({});
  });

  it('names each field that is wrong', () => {
    const cal = defaultRules.calendar;
    expect(checkRules({ ...defaultRules, calendar: { ...cal, opensAt: '7:00' } })).toEqual({
      opensAt: 'board.rules.timeInvalid',
    });
    expect(checkRules({ ...defaultRules, calendar: { ...cal, opensAt: '16:00' } })).toEqual({
      closesAt: 'board.rules.closesBeforeOpens',
    });
    expect(checkRules({ ...defaultRules, calendar: { ...cal, openDays: [] } })).toEqual({
      openDays: 'board.rules.noOpenDay',
    });
    expect(checkRules({ ...defaultRules, maxStayMinutes: 20 })).toEqual({
      maxStayMinutes: 'board.rules.maxStayRange',
    });
    expect(checkRules({ ...defaultRules, warningMinutes: [10, 30] })).toEqual({
      warning1: 'board.rules.warningOrder',
    });
    expect(checkRules({ ...defaultRules, warningMinutes: [0, 10] })).toEqual({
      warning0: 'board.rules.warningRange',
    });
  });

  it('gives every message key it names a text in both languages', () => {
    for (const key of [
      'timeInvalid',
      'closesBeforeOpens',
      'noOpenDay',
      'maxStayRange',
      'warningRange',
      'warningOrder',
    ]) {
      expect(i18n.exists(`board.rules.${key}`, { lng: 'id' })).toBe(true);
      expect(i18n.exists(`board.rules.${key}`, { lng: 'en' })).toBe(true);
    }
  });
});
