// The decoder is the eyes of every printer test, so it is checked against hand-assembled byte
// streams (from the Epson command reference), not against the encoder it is used to test.
import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeEscPos, readNativeQr, readRasterQr } from './escposDecoder';

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];

describe('decodeEscPos', () => {
  it('reads text lines with explicit alignment, bold and size, and a partial cut', () => {
    const bytes = Uint8Array.from([
      ESC,
      0x40,
      ESC,
      0x61,
      1,
      ESC,
      0x45,
      1,
      GS,
      0x21,
      0x11,
      ...ascii('JUDUL'),
      LF,
      ESC,
      0x61,
      0,
      ESC,
      0x45,
      0,
      GS,
      0x21,
      0x00,
      ...ascii('isi biasa'),
      0x0d,
      LF,
      GS,
      0x56,
      1,
    ]);
    const d = decodeEscPos(bytes);
    expect(d.initializations).toBe(1);
    expect(d.lines[0]).toMatchObject({ text: 'JUDUL', align: 'center', bold: true, width: 2, height: 2 });
    expect(d.lines[1]).toMatchObject({ text: 'isi biasa', align: 'left', bold: false, width: 1 });
    expect(d.cuts).toEqual([{ type: 'cut', partial: true }]);
    expect(d.unknown).toEqual([]);
  });

  it('infers centre and right alignment from space padding when given the column count', () => {
    const pad = (s: string, left: number) => ascii(' '.repeat(left) + s);
    const bytes = Uint8Array.from([...pad('Tengah', 13), LF, ...pad('Kanan', 27), LF, ...ascii('Kiri'), LF]);
    const d = decodeEscPos(bytes, { columns: 32 });
    expect(d.lines.map((l) => [l.text, l.align])).toEqual([
      ['Tengah', 'center'],
      ['Kanan', 'right'],
      ['Kiri', 'left'],
    ]);
  });

  it('decodes code page 437 and WPC1252 bytes after ESC t', () => {
    const bytes = Uint8Array.from([ESC, 0x74, 0, 0x82, 0xc4, LF, ESC, 0x74, 16, 0xe9, 0x93, LF]);
    const d = decodeEscPos(bytes);
    expect(d.texts).toEqual(['é─', 'é“']);
    expect(d.codepages).toEqual([0, 16]);
  });

  it('has a full 128-entry high half for both code pages', () => {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    for (const cp of [0, 16]) {
      const [line] = decodeEscPos(Uint8Array.from([ESC, 0x74, cp, ...high])).lines;
      expect([...line!.raw]).toHaveLength(128);
    }
  });

  it('reads a GS ( k QR code (fn 65/67/69/80/81) and the QR it describes scans', () => {
    const payload = 'LK1ABCDEFGHJKMNPQRSTVWXYZ01';
    const store = [0x31, 0x50, 0x30, ...ascii(payload)];
    const bytes = Uint8Array.from([
      GS,
      0x28,
      0x6b,
      4,
      0,
      0x31,
      0x41,
      0x32,
      0x00,
      GS,
      0x28,
      0x6b,
      3,
      0,
      0x31,
      0x43,
      6,
      GS,
      0x28,
      0x6b,
      3,
      0,
      0x31,
      0x45,
      0x31,
      GS,
      0x28,
      0x6b,
      store.length & 0xff,
      store.length >> 8,
      ...store,
      GS,
      0x28,
      0x6b,
      3,
      0,
      0x31,
      0x51,
      0x30,
    ]);
    const [q] = decodeEscPos(bytes).qrs;
    expect(q).toMatchObject({ payload, model: 2, moduleSize: 6, errorLevel: 'M' });
    expect(readNativeQr(q!)).toBe(payload);
  });

  it('stitches back-to-back GS v 0 raster segments into one image that jsQR reads', () => {
    const payload = 'stitched-raster-qr';
    const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
    const scale = 4;
    const quiet = 4;
    const side = (modules.size + 2 * quiet) * scale;
    const xBytes = Math.ceil(side / 8);
    const rows: number[][] = [];
    for (let y = 0; y < side; y++) {
      const row = new Array<number>(xBytes).fill(0);
      for (let x = 0; x < side; x++) {
        const r = Math.floor(y / scale) - quiet;
        const c = Math.floor(x / scale) - quiet;
        const dark = r >= 0 && c >= 0 && r < modules.size && c < modules.size && modules.get(r, c) === 1;
        if (dark) row[x >> 3]! |= 0x80 >> (x & 7);
      }
      rows.push(row);
    }
    const segment = (from: number, to: number) => [
      GS,
      0x76,
      0x30,
      0,
      xBytes,
      0,
      (to - from) & 0xff,
      (to - from) >> 8,
      ...rows.slice(from, to).flat(),
    ];
    const split = Math.floor(side / 2);
    const d = decodeEscPos(Uint8Array.from([...segment(0, split), ...segment(split, side)]));
    expect(d.images).toHaveLength(1);
    expect(d.images[0]).toMatchObject({ width: xBytes * 8, height: side });
    expect(readRasterQr(d.images[0]!)).toBe(payload);
  });

  it('skips image and status commands by their declared lengths and reports unknown ones', () => {
    const bytes = Uint8Array.from([
      ESC,
      0x2a,
      33,
      2,
      0,
      1,
      2,
      3,
      4,
      5,
      6, // ESC * 24-dot, 2 columns × 3 bytes
      0x10,
      0x04,
      4,
      ESC,
      0x70,
      0,
      0x32,
      0xfa,
      ESC,
      0x7e, // not a command the renderer uses
      ...ascii('ok'),
      LF,
    ]);
    const d = decodeEscPos(bytes);
    expect(d.texts).toEqual(['ok']);
    expect(d.items.filter((x) => x.type === 'statusQuery')).toEqual([{ type: 'statusQuery', n: 4 }]);
    expect(d.items.filter((x) => x.type === 'pulse')).toHaveLength(1);
    expect(d.unknown).toEqual([19]);
  });

  it('round-trips any printable ASCII lines (property)', () => {
    const line = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const bytes = Uint8Array.from(lines.flatMap((l) => [...ascii(l), 0x0d, LF]));
        expect(decodeEscPos(bytes).lines.map((l) => l.raw)).toEqual(lines);
      }),
    );
  });
});
