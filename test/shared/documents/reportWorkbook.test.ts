// The report's workbook read back with exceljs as a spreadsheet program would: the kop lines and
// title above each sheet, a styled header row that stays in view with its autofilter, the numbers
// as numbers with their formats, dates as dates, a formula-looking text kept as text, sheet names
// Excel accepts; and the same input giving the same bytes.
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { renderWorkbook, sheetName } from '../../../shared/documents';
import { MADE_AT, workbookInput } from './reportFixtures';

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

const column = (ws: ExcelJS.Worksheet, col: number) => {
  const values: unknown[] = [];
  ws.getColumn(col).eachCell({ includeEmpty: true }, (cell) => values.push(cell.value));
  return values;
};

describe('the report workbook', () => {
  it('heads every sheet with the kop and title, then a frozen, filterable header row', async () => {
    const wb = await read(await renderWorkbook(workbookInput()));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Pengguna', 'Per hari November 2026 rekap']);
    const ws = wb.getWorksheet('Pengguna')!;
    const head = column(ws, 1).slice(0, 9);
    expect(head).toEqual([
      'PEMERINTAH KOTA PONTIANAK',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'Jalan Rahadi Osman No. 3 Telp. (0561) 8181771 Fax. (0561) 733041 Pontianak 78111',
      'Website: www.diskominfo.pontianak.go.id. E-mail: diskominfo@pontianak.go.id',
      null,
      'REKAP PENGGUNA COWORKING SPACE',
      'Periode: November 2026',
      'Dicetak: 2 Desember 2026 14.30 WIB',
      null,
    ]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getRow(6).font?.bold).toBe(true);

    const headerRow = 10;
    expect(ws.getRow(headerRow).values).toEqual([undefined, 'No', 'Nama', 'Instansi', 'Kunjungan', 'Jam']);
    expect(ws.getRow(headerRow).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(ws.autoFilter).toBe(`A${headerRow}:E${headerRow + 12}`);
    expect(ws.getColumn(3).width).toBe(40);

    // The data as numbers with their formats; the hostile name as plain text.
    const first = ws.getRow(headerRow + 1);
    expect(first.values).toEqual([undefined, 1, 'Rina Wulandari', 'Universitas Tanjungpura', 1, 3.2]);
    expect(first.getCell(4).numFmt).toBe('#,##0');
    expect(first.getCell(5).numFmt).toBe('#,##0.00');
    expect(ws.getRow(headerRow + 5).getCell(2).value).toBe('<script>alert("x")</script> Ani 🚀 Lestari');
    expect(ws.rowCount).toBe(headerRow + 12);
  });

  it('writes dates as dates, percentages as fractions, and formula-looking text as text', async () => {
    const wb = await read(await renderWorkbook(workbookInput()));
    const ws = wb.worksheets[1]!;
    const headerRow = 10;
    const row = ws.getRow(headerRow + 1);
    expect(row.getCell(1).value).toEqual(new Date('2026-11-02T00:00:00Z'));
    expect(row.getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(2).value).toBe(1234);
    expect(row.getCell(3).value).toBe(0.125);
    expect(row.getCell(3).numFmt).toBe('0.0%');
    expect(row.getCell(4).value).toBe('\'=HYPERLINK("http://x")');
    expect(ws.getRow(headerRow + 2).getCell(4).value).toBeNull();
  });

  it('gives the same bytes for the same input, and other bytes for another moment', async () => {
    // Made on two different days: nothing of the moment it is written may show in the bytes.
    vi.useFakeTimers({ toFake: ['Date'] });
    let a: Buffer;
    let b: Buffer;
    try {
      vi.setSystemTime(new Date('2027-03-01T08:00:00Z'));
      a = await renderWorkbook(workbookInput());
      vi.setSystemTime(new Date('2027-06-15T13:21:07Z'));
      b = await renderWorkbook(workbookInput());
    } finally {
      vi.useRealTimers();
    }
    expect(a.equals(b)).toBe(true);
    const later = await renderWorkbook(workbookInput(MADE_AT + 86_400_000));
    expect(later.equals(a)).toBe(false);
    const wb = await read(a);
    expect(wb.created).toEqual(new Date(MADE_AT));
    // The archive's first file is stamped with the moment the report was made, 2 Dec 2026 07.30 UTC
    // in MS-DOS form (date (2026-1980)<<9 | 12<<5 | 2, time 7<<11 | 30<<5), not when it was written.
    expect(a.readUInt32LE(0)).toBe(0x04034b50);
    expect([a.readUInt16LE(12), a.readUInt16LE(10)]).toEqual([23938, 15296]);
  });

  it('names sheets as Excel allows: 31 characters, no []:*?/\\, each once', () => {
    const taken = new Set<string>();
    expect(sheetName('Rekap: November/2026 [final]?', taken)).toBe('Rekap November 2026 final');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('Pengguna', taken)).toBe('Pengguna');
    expect(sheetName('pengguna', taken)).toBe('pengguna (2)');
    expect(sheetName('   ', taken)).toBe('Sheet');
  });
});
