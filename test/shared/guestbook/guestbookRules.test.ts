// The guest book's pure rules: the 35-minute standard and its warning, queue numbers and letters,
// purposes in both languages, the slip's content, and the kiosk's step order.
import { describe, expect, it } from 'vitest';
import { guestSlip } from '../../../shared/guestbook/guestSlip';
import { purposeLabel, serviceShortNames } from '../../../shared/guestbook/purposes';
import {
  QUEUE_LETTERS,
  defaultQueuePrefix,
  formatQueueNumber,
  queuePrefixPattern,
} from '../../../shared/guestbook/queueNumber';
import { minutesBetween, waitLevel } from '../../../shared/guestbook/serviceTime';
import { serviceIds } from '../../../shared/serviceStandards/serviceIds';
import { nextOf, pathOf, progressOf, stepOfField } from '../../../renderer/src/guestbook/guestFlow';

const T0 = Date.parse('2026-11-23T09:00:00+07:00');
const MIN = 60_000;

describe('the 35-minute standard', () => {
  it.each([
    [0, 'ok'],
    [24 * MIN + 59_999, 'ok'],
    [25 * MIN, 'soon'],
    [34 * MIN + 59_999, 'soon'],
    [35 * MIN, 'over'],
    [5 * 60 * MIN, 'over'],
  ] as const)('after %i ms a guest is %s', (waited, level) => {
    expect(waitLevel(T0, T0 + waited)).toBe(level);
  });

  it('never counts negative minutes when a kiosk clock runs ahead', () => {
    expect(minutesBetween(T0, T0 - 5 * MIN)).toBe(0);
  });
});

describe('queue numbers', () => {
  it('pads to three digits and grows past 999', () => {
    expect(formatQueueNumber('B', 12)).toBe('B-012');
    expect(formatQueueNumber('KB', 1000)).toBe('KB-1000');
  });

  it('gives every device a stable letter that reads clearly', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `device-${i}`);
    const letters = ids.map(defaultQueuePrefix);
    expect(letters.every((l) => queuePrefixPattern.test(l))).toBe(true);
    expect(defaultQueuePrefix('device-7')).toBe(defaultQueuePrefix('device-7'));
    // Spread over the alphabet, not one letter for all.
    expect(new Set(letters).size).toBeGreaterThan(QUEUE_LETTERS.length / 2);
    for (const bad of ['I', 'O', 'Q', 'S', 'Z', 'a', 'ABC', '', '1'])
      expect(queuePrefixPattern.test(bad)).toBe(false);
  });
});

describe('purposes', () => {
  it('names all 15 services in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const names = serviceShortNames(lang);
      expect(Object.keys(names).sort()).toEqual([...serviceIds].sort());
      expect(Object.values(names).every((n) => n.trim().length > 0)).toBe(true);
    }
    expect(purposeLabel({ serviceId: null, other: 'Magang' }, 'id')).toBe('Lainnya: Magang');
    expect(purposeLabel({ serviceId: null, other: '' }, 'en')).toBe('Other');
    expect(purposeLabel({ serviceId: 'ppid', other: null }, 'en')).toBe('Public information (PPID)');
  });
});

describe('the guest slip', () => {
  const data = {
    siteName: 'Sekretariat Diskominfo',
    queueNumber: 'B-012',
    guestName: 'Siti Aminah Rahayu',
    purpose: { serviceId: 'data' as const, other: null },
    registeredAt: T0,
    surveyUrl: 'https://loket.example.id/survey/SV1ABC',
  };
  const texts = (doc: ReturnType<typeof guestSlip>) =>
    doc.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'keyValue' ? b.rows.flat() : []));

  it('prints the number large, the masked name, the purpose, the time in WIB and the survey QR', () => {
    const doc = guestSlip(data, 80, 'id');
    expect(doc.blocks.find((b) => b.kind === 'text' && b.text === 'B-012')).toMatchObject({ size: 2 });
    expect(texts(doc)).toEqual(
      expect.arrayContaining(['Siti A****', 'Pelayanan data', '09:00 WIB', 'BUKU TAMU']),
    );
    expect(texts(doc).join('\n')).not.toMatch(/Aminah|Rahayu/);
    expect(doc.blocks.filter((b) => b.kind === 'qr')).toEqual([
      { kind: 'qr', payload: 'https://loket.example.id/survey/SV1ABC', size: 6 },
    ]);
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'cut' });
  });

  it('leaves the QR and its line out when there is no survey to open', () => {
    const doc = guestSlip({ ...data, surveyUrl: null }, 58, 'en');
    expect(doc.blocks.some((b) => b.kind === 'qr')).toBe(false);
    expect(texts(doc).join('\n')).not.toMatch(/survey/i);
    expect(texts(doc)).toEqual(expect.arrayContaining(['GUEST BOOK', 'Data service']));
  });
});

describe('the kiosk steps', () => {
  const facts = { found: false, previous: false, preselected: false, purpose: null };

  it('asks a new guest everything, one question a screen', () => {
    expect(pathOf(facts)).toEqual(['phone', 'name', 'institution', 'purpose', 'meet', 'letter', 'check']);
    expect(progressOf('meet', facts)).toEqual({ n: 5, total: 7 });
  });

  it('asks a returning guest who says "Ya" neither name nor institution', () => {
    const f = { ...facts, found: true, previous: true };
    expect(pathOf(f)).toEqual(['phone', 'returning', 'purpose', 'meet', 'letter', 'check']);
    expect(nextOf('returning', f)).toBe('purpose');
  });

  it('skips the purpose chosen on a service page, and asks for the words of "Lainnya"', () => {
    expect(nextOf('institution', { ...facts, preselected: true })).toBe('meet');
    const other = { ...facts, purpose: { kind: 'other' as const, text: '' } };
    expect(nextOf('purpose', other)).toBe('other');
    expect(nextOf('other', other)).toBe('meet');
    expect(progressOf('other', other)).toEqual(progressOf('purpose', other));
  });

  it('sends a refused field back to the question that asks it', () => {
    expect(stepOfField('identity.fullName')).toBe('name');
    expect(stepOfField('identity.institution')).toBe('institution');
    expect(stepOfField('purpose.text')).toBe('other');
    expect(stepOfField('purpose.serviceId')).toBe('purpose');
    expect(stepOfField('consent')).toBe('check');
  });
});
