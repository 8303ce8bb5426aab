// The reports' raw tables as workbooks (renderWorkbook, as the recap's), read back with exceljs as a
// spreadsheet program would: the kop and title above each sheet, the sheets a clerk expects, the
// events as rows with their day as a date and their counts as numbers, a formula-looking office
// name kept as text, and the same input giving the same bytes.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../../shared/documents';
import { requestReportWorkbook } from '../../../shared/requests/requestReports';
import { pontianakContext } from './lettersFixtures';
import { applicationsYear, periods, pontiveYear, reportInput } from './reportsFixtures';

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The header row: the first row after the kop whose first cell is the given title. */
function headerRowOf(ws: ExcelJS.Worksheet, firstTitle: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === firstTitle) return r;
  throw new Error(`No header "${firstTitle}" in ${ws.name}`);
}

describe('the monthly room-loan workbook', () => {
  it('holds the events, the totals per room and per type, under the kop, and is the same every time', async () => {
    const records = pontiveYear();
    // An office typed as a formula stays text.
    const first = records.find((r) => r.intake.event.day === '2026-11-03')!;
    const hostile = { ...first, intake: { ...first.intake, office: '=HYPERLINK("http://x","klik")' } };
    const input = reportInput(
      periods.november,
      records.map((r) => (r === first ? hostile : r)),
    );
    const workbook = requestReportWorkbook('monthly_room_loans', input, pontianakContext);
    const bytes = await renderWorkbook(workbook);
    expect((await renderWorkbook(workbook)).equals(bytes)).toBe(true);

    const wb = await read(bytes);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Daftar',
      'Rekap per ruangan',
      'Rekap per jenis permohonan',
    ]);
    const list = wb.getWorksheet('Daftar')!;
    expect(list.getRow(1).getCell(1).value).toBe('PEMERINTAH KOTA PONTIANAK');
    expect(list.getRow(6).getCell(1).value).toBe('LAPORAN BULANAN PEMINJAMAN RUANGAN');
    expect(list.getRow(7).getCell(1).value).toBe('Periode: November 2026');
    const header = headerRowOf(list, 'Rujukan');
    expect(list.getRow(header).values).toEqual([
      undefined,
      'Rujukan',
      'Jenis',
      'Instansi/Pemohon',
      'Perihal',
      'Ruangan',
      'Tanggal',
      'Waktu',
      'Peserta (rencana)',
      'Hadir',
      'Status',
    ]);
    // Six events held in November, in the order of their day.
    expect(list.rowCount).toBe(header + 6);
    const row = list.getRow(header + 1);
    expect(row.getCell(1).value).toBe(first.reference);
    expect(row.getCell(3).value).toBe('\'=HYPERLINK("http://x","klik")');
    expect(row.getCell(5).value).toBe('Ruang Pontive Center');
    expect(row.getCell(6).value).toEqual(new Date('2026-11-03T00:00:00Z'));
    expect(row.getCell(6).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(7).value).toBe('09.00–11.00');
    expect(typeof row.getCell(8).value).toBe('number');
    expect(row.getCell(10).value).toBe('Selesai');

    const rooms = wb.getWorksheet('Rekap per ruangan')!;
    const roomHeader = headerRowOf(rooms, 'Ruangan');
    expect(rooms.getRow(roomHeader + 1).values).toEqual([undefined, 'Ruang Pontive Center', 4, 540, 87]);
    expect(rooms.getRow(roomHeader + 2).values).toEqual([undefined, 'Ruang Rapat Startup Hub', 2, 270, 38]);
  });
});

describe('the yearly application workbook', () => {
  it('gives each request its outcome and processing days as a number', async () => {
    const wb = await read(
      await renderWorkbook(
        requestReportWorkbook(
          'yearly_applications',
          reportInput(periods.year, applicationsYear()),
          pontianakContext,
        ),
      ),
    );
    const ws = wb.worksheets[0]!;
    const header = headerRowOf(ws, 'Rujukan');
    const rows = Array.from({ length: ws.rowCount - header }, (_, i) => ws.getRow(header + 1 + i));
    expect(rows.map((r) => r.getCell(5).value)).toEqual([
      'Diterima, RKA 2027',
      'Ditolak',
      'Diterima, RKA 2027',
      'Ditolak',
      'Diterima, RKA 2027',
      'Dalam proses',
    ]);
    expect(rows.map((r) => r.getCell(7).value)).toEqual([14, 9, 21, 0, 30, null]);
    expect(rows[3]!.getCell(3).value).toBe('Aplikasi parkir <b>daring</b> 🚗');
    expect(ws.getRow(header).getCell(7).value).toBe('Lama proses (hari)');
  });
});

describe('the yearly operations workbook', () => {
  it('has the months, the equipment problems and the summary with the complaints', async () => {
    const wb = await read(
      await renderWorkbook(
        requestReportWorkbook(
          'yearly_operations',
          reportInput(periods.year, pontiveYear()),
          pontianakContext,
        ),
      ),
    );
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Rekap per bulan',
      'Masalah peralatan dari laporan',
      'Ringkasan',
    ]);
    const months = wb.getWorksheet('Rekap per bulan')!;
    const header = headerRowOf(months, 'Bulan');
    expect(months.getRow(header + 1).values).toEqual([undefined, 'Januari', 3, 2, 1, 6, 125, 0]);
    expect(months.rowCount).toBe(header + 12);
    const summary = wb.getWorksheet('Ringkasan')!;
    const s = headerRowOf(summary, 'Ringkasan');
    expect(summary.getRow(s + 5).values).toEqual([undefined, 'Pengaduan masuk', 3]);
  });
});
