// Slip builders end to end: plain data → ReceiptDoc → ESC/POS → what the paper says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../../electron/devices/printers/escPosRenderer';
import { receiptDocSchema } from '../../../shared/receipt';
import { checkInSlip } from '../../../shared/slips/checkInSlip';
import { dailyRecapSlip } from '../../../shared/slips/dailyRecapSlip';
import type { DailyRecapData } from '../../../shared/slips/dailyRecapSlip';
import { slipLabels } from '../../../shared/slips/labels';
import { maskName } from '../../../shared/slips/mask';
import { testPage } from '../../../shared/slips/testPage';
import { walkInReservationSlip } from '../../../shared/slips/walkInReservationSlip';
import { decodeEscPos, readNativeQr } from '../../support/escposDecoder';

const print = (doc: Parameters<typeof renderEscPos>[0]) =>
  decodeEscPos(renderEscPos(doc, { model: 'epson-tm-t20iii' }), { columns: doc.width === 58 ? 32 : 48 });

describe('maskName', () => {
  it.each([
    ['Budi Santoso', 'Budi S****'],
    ['  muhammad   rizky pratama ', 'muhammad R****'],
    ['Sukarno', 'Suk****'],
    ['Ani', 'A****'],
    ['', '****'],
    ['Élodie Ñúñez', 'Élodie Ñ****'],
    ['Budi\u001bSantoso', 'Budi S****'],
  ])('%j → %j', (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });

  it('never shows the second word beyond its initial, nor any later word (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z]{2,12}$/);
    fc.assert(
      fc.property(word, word, fc.array(word, { maxLength: 3 }), (first, second, rest) => {
        const masked = maskName([first, second, ...rest].join(' '));
        expect(masked).toBe(`${first} ${second[0]!.toUpperCase()}****`);
      }),
    );
  });
});

describe('slips', () => {
  it('check-in slip in English', () => {
    const d = print(
      checkInSlip(
        {
          siteName: 'Loket',
          visitorName: 'Budi Santoso',
          deskLabel: '5',
          lockerLabel: null,
          checkedInAt: Date.parse('2026-11-23T13:05:00+07:00'),
          endsAt: Date.parse('2026-11-23T17:00:00+07:00'),
          checkoutToken: 'LK1CHECKOUT',
        },
        80,
        'en',
      ),
    );
    expect(d.texts).toContain('CHECK-IN SLIP');
    expect(d.texts).toContain('Monday, 23 November 2026');
    expect(d.texts.some((t) => /^Locker\s+-$/.test(t))).toBe(true);
    expect(d.texts.some((t) => /^Checked in\s+13:05 WIB$/.test(t))).toBe(true);
    expect(readNativeQr(d.qrs[0]!)).toBe('LK1CHECKOUT');
  });

  it('walk-in reservation slip carries its token and the reserved day', () => {
    const doc = walkInReservationSlip(
      {
        siteName: 'Loket',
        visitorName: 'Siti Aminah',
        day: '2026-11-24',
        deskLabel: null,
        createdAt: Date.parse('2026-11-23T10:00:00+07:00'),
        reservationToken: 'LK1WALKIN',
      },
      58,
    );
    const d = print(doc);
    expect(d.texts).toContain('RESERVASI');
    expect(d.texts.some((t) => /^Tanggal\s+Selasa, 24$/.test(t) || t.includes('Selasa, 24'))).toBe(true);
    expect(d.texts.join(' ')).toContain('November 2026');
    expect(d.texts.some((t) => /^Pengunjung\s+Siti A\*{4}$/.test(t))).toBe(true);
    expect(d.qrs[0]!.payload).toBe('LK1WALKIN');
  });

  it('daily recap lays out every figure', () => {
    const data: DailyRecapData = {
      siteName: 'Loket',
      day: '2026-11-23',
      visits: 42,
      peakHour: 10,
      peakHourVisits: 9,
      desksUsed: 18,
      desksTotal: 20,
      averageStayMinutes: 135,
      overstays: 3,
      noShows: 4,
      closedWithoutConfirmation: 2,
      equipmentProblems: 1,
      equipmentNotes: ['Monitor meja 3 mati'],
      generatedAt: Date.parse('2026-11-23T17:30:00+07:00'),
    };
    const d = print(dailyRecapSlip(data, 80));
    const has = (re: RegExp) =>
      expect(
        d.texts.some((t) => re.test(t)),
        String(re),
      ).toBe(true);
    has(/^REKAP HARIAN$/);
    has(/^Senin, 23 November 2026$/);
    has(/^Kunjungan\s+42$/);
    has(/^Jam tersibuk\s+10:00-11:00 \(9\)$/);
    has(/^Meja terpakai\s+18\/20$/);
    has(/^Rata-rata lama\s+2 j 15 menit$/);
    has(/^Melewati batas\s+3$/);
    has(/^Tidak datang\s+4$/);
    has(/^Ditutup tanpa konfirmasi\s+2$/);
    has(/^Masalah peralatan\s+1$/);
    has(/^- Monitor meja 3 mati$/);
    has(/^Dicetak: 23 Nov 2026 17:30 WIB$/);
    const empty = print(
      dailyRecapSlip(
        { ...data, visits: 0, peakHour: null, averageStayMinutes: null, equipmentNotes: [] },
        58,
        'en',
      ),
    );
    expect(empty.texts.some((t) => /^Peak hour\s+-$/.test(t))).toBe(true);
    expect(empty.texts.some((t) => /^Average stay\s+-$/.test(t))).toBe(true);
  });

  // Issue 9: on 58 mm paper the labels wrapped into fragments ("Melewati 0 / batas").
  it.each([58, 80] as const)(
    'daily recap reads as whole labels and right-aligned figures on %i mm paper',
    (width) => {
      const columns = width === 58 ? 32 : 48;
      const d = print(
        dailyRecapSlip(
          {
            siteName: 'Startup Hub & Pontive Center',
            day: '2026-11-23',
            visits: 42,
            peakHour: 10,
            peakHourVisits: 9,
            desksUsed: 18,
            desksTotal: 20,
            averageStayMinutes: 135,
            overstays: 3,
            noShows: 4,
            closedWithoutConfirmation: 2,
            equipmentProblems: 1,
            equipmentNotes: [],
            generatedAt: Date.parse('2026-11-23T17:30:00+07:00'),
          },
          width,
        ),
      );
      const labels = [
        'Kunjungan',
        'Jam tersibuk',
        'Meja terpakai',
        'Rata-rata lama',
        'Melewati batas',
        'Tidak datang',
        'Ditutup tanpa konfirmasi',
        'Masalah peralatan',
      ];
      const values = ['42', '10:00-11:00 (9)', '18/20', '2 j 15 menit', '3', '4', '2', '1'];
      labels.forEach((label, i) => {
        const at = d.texts.findIndex((t) => t.startsWith(label));
        expect(at, label).toBeGreaterThanOrEqual(0);
        // The value ends its label's line, or, when both do not fit, the next line, right-aligned.
        const line = d.texts[at]!.endsWith(values[i]!) ? d.texts[at]! : d.texts[at + 1]!;
        expect(line.endsWith(values[i]!), `${label} → ${values[i]}`).toBe(true);
        expect(line.length).toBeLessThanOrEqual(columns);
      });
    },
  );

  it('ends lines with LF alone and the job with its cut, with nothing fed after it', () => {
    for (const width of [58, 80] as const) {
      const bytes = renderEscPos(
        testPage({ siteName: 'Loket', printerLabel: 'P', now: 0, qrPayload: 'T' }, width),
        {
          model: 'epson-tm-t20iii',
        },
      );
      expect(bytes.includes(0x0d), 'a carriage return').toBe(false);
      expect([...bytes.subarray(-3)]).toEqual([0x1d, 0x56, 0x01]);
    }
  });

  it('every slip is a valid document in both languages, and English has every label', () => {
    expect(Object.keys(slipLabels.en).sort()).toEqual(Object.keys(slipLabels.id).sort());
    for (const lang of ['id', 'en'] as const) {
      const doc = testPage({ siteName: 'Loket', printerLabel: 'P', now: 0, qrPayload: 'T' }, 58, lang);
      expect(receiptDocSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
      const d = print(doc);
      expect(d.texts).toContain(lang === 'id' ? 'HALAMAN UJI' : 'TEST PAGE');
      expect(d.lines.find((l) => l.text === slipLabels[lang].testAlign[2])?.align).toBe('right');
      expect(d.lines.find((l) => l.text === slipLabels[lang].testAlign[1])?.align).toBe('center');
    }
  });
});
