// ReceiptDoc → ESC/POS bytes → the test decoder: what would be on paper, per printer model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../../electron/devices/printers/escPosRenderer';
import { normalizeReceiptText } from '../../../electron/devices/printers/normalizeText';
import { profileFor } from '../../../electron/devices/printers/profiles';
import type { ReceiptDoc } from '../../../shared/receipt';
import { checkInSlip } from '../../../shared/slips/checkInSlip';
import { decodeEscPos, readNativeQr, readRasterQr } from '../../support/escposDecoder';

const token = 'LK1ABCDEFGHJKMNPQRSTVWXYZ01';
const slip = (width: 58 | 80, visitorName = 'Budi Santoso') =>
  checkInSlip(
    {
      siteName: 'Ruang Kerja Diskominfo',
      visitorName,
      deskLabel: 'A-12',
      lockerLabel: '7',
      checkedInAt: Date.parse('2026-11-23T08:30:00+07:00'),
      endsAt: Date.parse('2026-11-23T16:00:00+07:00'),
      checkoutToken: token,
    },
    width,
  );

describe('renderEscPos', () => {
  it('prints a check-in slip on a TM-T20III with the native QR command and a cut', () => {
    const d = decodeEscPos(renderEscPos(slip(80), { model: 'epson-tm-t20iii' }), { columns: 48 });
    expect(d.unknown).toEqual([]);
    expect(d.initializations).toBe(1);
    const title = d.lines.find((l) => l.text === 'BUKTI CHECK-IN');
    expect(title).toMatchObject({ align: 'center', bold: true, width: 2, height: 2 });
    expect(d.lines.find((l) => l.text === 'Ruang Kerja Diskominfo')).toMatchObject({
      align: 'center',
      bold: true,
    });
    expect(d.texts).toContain('Senin, 23 November 2026');
    expect(d.texts.some((t) => /^Pengunjung\s+Budi S\*{4}$/.test(t))).toBe(true);
    expect(d.texts.some((t) => /^Meja\s+A-12$/.test(t))).toBe(true);
    expect(d.texts.some((t) => /^Masuk\s+08:30 WIB$/.test(t))).toBe(true);
    expect(d.texts.some((t) => /^Batas waktu\s+16:00 WIB$/.test(t))).toBe(true);
    expect(d.texts.join('\n')).not.toContain('Santoso');
    expect(d.qrs).toHaveLength(1);
    expect(d.qrs[0]).toMatchObject({
      payload: token,
      model: 2,
      moduleSize: 6,
      errorLevel: 'M',
      align: 'center',
    });
    expect(readNativeQr(d.qrs[0]!)).toBe(token);
    expect(d.images).toHaveLength(0);
    expect(d.items.at(-1)?.type === 'cut' || d.items.at(-2)?.type === 'cut').toBe(true);
    expect(d.cuts).toEqual([{ type: 'cut', partial: true }]);
  });

  it('falls back to a raster QR on a TM-T88III, whose profile has no QR command, and it scans', () => {
    expect(profileFor('epson-tm-t88iii', 80).nativeQr).toBe(false);
    const d = decodeEscPos(renderEscPos(slip(80), { model: 'epson-tm-t88iii' }), { columns: 42 });
    expect(d.unknown).toEqual([]);
    expect(d.qrs).toHaveLength(0);
    expect(d.images).toHaveLength(1);
    expect(readRasterQr(d.images[0]!)).toBe(token);
    expect(d.texts.some((t) => /^Pengunjung\s+Budi S\*{4}$/.test(t))).toBe(true);
  });

  it("forces the raster path when configured (clones that claim GS ( k but don't have it)", () => {
    const d = decodeEscPos(renderEscPos(slip(80), { model: 'pos-8360', qr: 'raster' }));
    expect(d.qrs).toHaveLength(0);
    expect(readRasterQr(d.images[0]!)).toBe(token);
  });

  it('lays a 58 mm slip out in 32 columns on a POS-5890', () => {
    const bytes = renderEscPos(slip(58), { model: 'pos-5890' });
    const d = decodeEscPos(bytes, { columns: 32 });
    expect(d.unknown).toEqual([]);
    for (const l of d.lines) expect([...l.raw.trimEnd()].length * l.width).toBeLessThanOrEqual(32);
    expect(d.texts.some((t) => /^Loker\s+7$/.test(t))).toBe(true);
    expect(readNativeQr(d.qrs[0]!)).toBe(token);
  });

  it('keeps a long raster QR inside the 58 mm printable width by shrinking its modules', () => {
    const long = 'K2' + 'ABCDEFGHJKMNPQRSTVWXYZ0123456789'.repeat(4);
    const doc: ReceiptDoc = { width: 58, blocks: [{ kind: 'qr', payload: long, size: 8 }] };
    const d = decodeEscPos(renderEscPos(doc, { model: 'pos-5890', qr: 'raster' }));
    expect(d.images[0]!.width).toBeLessThanOrEqual(profileFor('pos-5890', 58).printableDots);
    expect(readRasterQr(d.images[0]!)).toBe(long);
  });

  it('always ends the job with a cut, even when the document has none', () => {
    const d = decodeEscPos(
      renderEscPos(
        { width: 80, blocks: [{ kind: 'text', text: 'tanpa potong' }] },
        { model: 'epson-tm-t20iii' },
      ),
    );
    expect(d.cuts).toHaveLength(1);
    expect(d.texts).toEqual(['tanpa potong']);
  });

  it('prints Indonesian UI typography as ASCII, keeps é, and strips emoji', () => {
    const doc: ReceiptDoc = {
      width: 80,
      blocks: [{ kind: 'text', text: '“Selamat datang” – José’s meja 😀👍🏽 ‘ok’…' }],
    };
    const d = decodeEscPos(renderEscPos(doc, { model: 'epson-tm-t20iii' }));
    expect(d.texts).toEqual(["\"Selamat datang\" - José's meja  'ok'..."]);
  });

  it('prints an accented name through the code-page search, and it reads back', () => {
    const d = decodeEscPos(renderEscPos(slip(80, 'José Ramos'), { model: 'epson-tm-t20iii' }), {
      columns: 48,
    });
    expect(d.texts.some((t) => /^Pengunjung\s+José R\*{4}$/.test(t))).toBe(true);
    expect(d.unknown).toEqual([]);
  });

  it('turns control bytes in a hostile name into nothing: no drawer kick, cut or reset', () => {
    const hostile = 'Budi\x1bp\x00\x19\xfa\x1dV\x01\x1b@ Santoso';
    const d = decodeEscPos(renderEscPos(slip(80, hostile), { model: 'epson-tm-t20iii' }));
    expect(d.items.filter((x) => x.type === 'pulse')).toEqual([]);
    expect(d.cuts).toHaveLength(1);
    expect(d.initializations).toBe(1);
    expect(d.unknown).toEqual([]);
  });

  it('never lets any text inject a command (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.boolean(), (value, bold) => {
        const doc: ReceiptDoc = { width: 58, blocks: [{ kind: 'text', text: value, bold }] };
        const d = decodeEscPos(renderEscPos(doc, { model: 'pos-5890' }));
        expect(d.unknown).toEqual([]);
        expect(d.initializations).toBe(1);
        expect(d.cuts).toHaveLength(1);
        expect(d.items.filter((x) => x.type !== 'line' && x.type !== 'cut')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // Found by the property above (seed -1123854896): '◘' is code page 437's glyph for 0x08.
  it('regression: glyphs that code page 437 keeps at control positions never reach the printer', () => {
    const glyphs = '☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼⌂';
    for (const glyph of [...glyphs, `Budi ◘ Santoso ${glyphs}`]) {
      const d = decodeEscPos(
        renderEscPos({ width: 58, blocks: [{ kind: 'text', text: glyph }] }, { model: 'pos-5890' }),
      );
      expect(d.unknown, glyph).toEqual([]);
      expect(
        d.items.filter((x) => x.type !== 'line' && x.type !== 'cut'),
        glyph,
      ).toEqual([]);
    }
  });
});

describe('normalizeReceiptText', () => {
  it('maps full-width forms and ligatures with NFKC and removes flags, ZWJ sequences and tabs', () => {
    expect(normalizeReceiptText('ＭＥＪＡ\u00a012 ﬁ 🇮🇩 👩‍💻\tx')).toBe('MEJA 12 fi   x');
  });
});
