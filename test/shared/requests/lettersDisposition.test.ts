// The lembar disposisi of a request's incoming letter (indonesian-services.md §7), rendered to PDF
// and PNG (test/e2e/screenshots/request-letters/) and read back: the boxes of the letter's
// particulars, one row per step of the chain with the instruction, who and when, room to write in
// the steps not yet taken, hostile text as text, the same bytes for the same record.
import { describe, expect, it } from 'vitest';
import { dispositionSheetDocument, renderDispositionSheetPdf } from '../../../shared/requests/requestLetters';
import { defaultRequestSettings } from '../../../shared/requests/requestSettings';
import { pdfText, pdfToPngs } from '../../support/pdfPages';
import { pontianakContext, roomLoan } from './lettersFixtures';

const OUT = 'test/e2e/screenshots/request-letters';
const squash = (s: string) => s.replace(/\s+/g, ' ');
const chain = defaultRequestSettings.types.find((t) => t.id === 'room_loan')!.chain;
const pdfBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('the disposition sheet', () => {
  it('prints the letter and its whole chain on one page of the kop', async () => {
    const pdf = pdfBuffer(await renderDispositionSheetPdf(roomLoan, chain, pontianakContext));
    expect(await pdfToPngs(pdf, OUT, 'disposition-sheet')).toHaveLength(1);
    const raw = await pdfText(pdf);
    const text = squash(raw);
    for (const line of [
      'PEMERINTAH KOTA PONTIANAK',
      'LEMBAR DISPOSISI',
      'Index',
      'Kode',
      'Nomor Urut',
      'Tgl. Penyelesaian',
      'Isi Ringkas',
      'Permohonan peminjaman ruangan untuk rapat koordinasi guru TIK',
      'Asal Surat',
      'Tanggal',
      'Nomor',
      'Lamp.',
      '30 November 2026',
      '1 berkas',
      'Srikandi',
      'PMH-2026-ROOM1X',
      'Diteruskan kepada',
      'Informasi/Instruksi',
    ])
      expect(text).toContain(line);
    // The code of the site's numbering and the agenda number; completed the day the last step was.
    expect(raw).toMatch(/000\.8\.3\.3\s+1187\s+1 Desember 2026/);
    // One row a step, numbered in the chain's order, with who and when.
    const rows = ['Sekretariat', 'Kepala Dinas', 'Kabid TKPBET', 'Kasi PK&AI', 'Admin Pontive'].map(
      (title, n) => raw.search(new RegExp(`^\\s*${n + 1}\\s+${title}`, 'm')),
    );
    expect(rows.every((at) => at > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(text).toContain('Kabid TKPBET: untuk');
    expect(text).toContain('Siti Rahmawati');
    expect(text).toContain('08.20 WIB');
    expect(raw).toMatch(/Admin Pontive Center\s+Dijadwalkan, pemohon\s+Rina Wulandari\s+1 Desember 2026/);
    // Dated at the last step: a reprint of the same record is the same file.
    expect(text).toContain('Dicetak: 1 Desember 2026 09.48 WIB');
    const again = pdfBuffer(await renderDispositionSheetPdf(roomLoan, chain, pontianakContext));
    expect(again.equals(pdf)).toBe(true);
  });

  it('leaves the steps not yet taken blank to write in, and prints hostile text as text', async () => {
    const longNote = `Segera <b>tindak lanjuti</b> 🚀 ${'catatan panjang '.repeat(40)}`;
    const partial = {
      ...roomLoan,
      intake: { ...roomLoan.intake, subject: '<script>alert("disposisi")</script> Rapat guru' },
      steps: [
        { ...roomLoan.steps[0]! },
        { ...roomLoan.steps[1]!, note: longNote },
        // A step of a chain since changed in the settings still prints, after the chain's own.
        { ...roomLoan.steps[2]!, stepId: 'old_step' },
      ],
      schedule: null,
    };
    const sheet = dispositionSheetDocument(partial, chain, pontianakContext);
    expect(sheet.table.rows.map((r) => r[1])).toEqual([
      'Sekretariat (surat masuk)',
      'Kepala Dinas',
      'Kabid TKPBET',
      'Kasi PK&AI / Sub Koordinator PKAI',
      'Admin Pontive Center',
      'old_step',
    ]);
    expect(sheet.table.rows[2]).toEqual(['3', 'Kabid TKPBET', '', '', '']);
    // Not complete: no completion date.
    expect(sheet.grid[0]![3]).toEqual({ label: 'Tgl. Penyelesaian', value: '' });

    const pdf = pdfBuffer(await renderDispositionSheetPdf(partial, chain, pontianakContext));
    // A 700-character instruction grows its row: the sheet goes on to a second, numbered page.
    expect(await pdfToPngs(pdf, OUT, 'disposition-sheet-partial')).toHaveLength(2);
    const text = squash(await pdfText(pdf));
    expect(text).toContain('Halaman 2 dari 2');
    expect(text).toContain('<script>alert("disposisi")</script> Rapat guru');
    // The tag as written (the cell wraps it after its slash, the row's other cells read between).
    expect(text).toContain('Segera <b>tindak lanjuti</');
    expect(text).not.toContain('🚀');
  });
});
