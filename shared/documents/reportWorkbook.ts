// The raw tables of a report as an xlsx made with exceljs (as electron/services/survey/surveyExport.ts
// does for the SKM): each sheet headed by the kop lines and the title, a styled header row frozen in
// place with an autofilter, and number formats by column ("1.234" and "88,33" in an Indonesian Excel,
// which applies its own separators to the formats). The workbook's dates and the archive's file
// stamps come from madeAt and nothing else varies, so the same input gives the same bytes.
import ExcelJS from 'exceljs';
import type { DocumentSettings } from '../contract/settings';
import type { SiteIdentity } from '../contract/site';
import { formatPrintTime, type DocLang } from './format';
import { stampZip } from './zipDates';

export type WorkbookColumnFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'date';

export interface WorkbookSheet {
  /** The tab's name (cut to Excel's 31 characters, without []:*?/\). */
  readonly name: string;
  readonly columns: readonly {
    readonly title: string;
    /** Characters; default from the title and the data. */
    readonly width?: number;
    /**
     * 'percent' takes percentage points (12.5 → 12,5%); 'date' takes 'YYYY-MM-DD' or epoch ms
     * (written as a date cell, shown dd/mm/yyyy).
     */
    readonly format?: WorkbookColumnFormat;
  }[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export interface WorkbookInput {
  readonly lang: DocLang;
  readonly identity: SiteIdentity;
  readonly settings: DocumentSettings;
  readonly title: string;
  readonly period?: string;
  readonly madeAt: number;
  readonly timeZone: string;
  readonly sheets: readonly WorkbookSheet[];
}

/** Text as a cell keeps it: control characters out (a spreadsheet shows emoji, so they stay). */
const cellText = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').slice(0, 32_000);

const numFmt: Record<WorkbookColumnFormat, string | undefined> = {
  text: '@',
  integer: '#,##0',
  decimal: '#,##0.00',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

const words = { id: { printed: 'Dicetak' }, en: { printed: 'Printed' } } as const;

/** Excel refuses these in a sheet name, and more than 31 characters; names must differ. */
export function sheetName(name: string, taken: Set<string>): string {
  const base =
    cellText(name)
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 27)} (${i})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function cellValue(
  value: string | number | null,
  format: WorkbookColumnFormat | undefined,
): ExcelJS.CellValue {
  if (value === null) return null;
  if (format === 'percent' && typeof value === 'number') return value / 100;
  if (format === 'date') {
    if (typeof value === 'number') return new Date(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  }
  if (typeof value === 'string') {
    // A cell starting with = + - @ would be read as a formula by some spreadsheet programs.
    const clean = cellText(value);
    return /^[=+\-@]/.test(clean) ? `'${clean}` : clean;
  }
  return value;
}

export async function renderWorkbook(input: WorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const at = new Date(input.madeAt);
  wb.creator = 'Loket';
  wb.lastModifiedBy = 'Loket';
  wb.created = at;
  wb.modified = at;
  wb.lastPrinted = at;
  wb.title = cellText(input.title);
  wb.company = cellText(input.identity.officeName);
  const taken = new Set<string>();
  const kopLines = [
    ...(input.settings.governmentLine ? [input.settings.governmentLine.toUpperCase()] : []),
    (input.settings.officeLine ?? input.identity.officeName).toUpperCase(),
    ...input.settings.unitLines.map((u) => u.toUpperCase()),
    ...input.identity.letterhead,
  ];
  const printed = `${words[input.lang].printed}: ${formatPrintTime(input.madeAt, input.timeZone, input.lang)}`;

  for (const sheet of input.sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.name, taken));
    const span = Math.max(1, sheet.columns.length);
    const headLines: { text: string; bold: boolean; size: number }[] = [
      ...kopLines.map((text, i) => ({
        text,
        bold: i < kopLines.length - input.identity.letterhead.length,
        size: 11,
      })),
      { text: '', bold: false, size: 11 },
      { text: input.title, bold: true, size: 13 },
      ...(input.period ? [{ text: input.period, bold: false, size: 11 }] : []),
      { text: printed, bold: false, size: 9 },
      { text: '', bold: false, size: 11 },
    ];
    for (const line of headLines) {
      const row = ws.addRow(line.text ? [cellValue(line.text, 'text')] : []);
      row.font = { bold: line.bold, size: line.size };
      if (span > 1) ws.mergeCells(row.number, 1, row.number, span);
      row.getCell(1).alignment = { horizontal: 'center' };
    }
    const header = ws.addRow(sheet.columns.map((c) => cellText(c.title)));
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
      cell.border = { bottom: { style: 'thin' }, top: { style: 'thin' } };
    });
    const headerRow = header.number;
    for (const r of sheet.rows) ws.addRow(sheet.columns.map((c, i) => cellValue(r[i] ?? null, c.format)));
    sheet.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      const fmt = numFmt[c.format ?? 'text'];
      const longest = Math.max(
        c.title.length,
        ...sheet.rows.slice(0, 500).map((r) => String(r[i] ?? '').length),
      );
      col.width = c.width ?? Math.min(60, Math.max(8, longest + 2));
      if (fmt && c.format && c.format !== 'text') {
        for (let n = headerRow + 1; n <= headerRow + sheet.rows.length; n++)
          ws.getCell(n, i + 1).numFmt = fmt;
      }
    });
    ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
    if (sheet.columns.length > 0)
      ws.autoFilter = {
        from: { row: headerRow, column: 1 },
        to: { row: headerRow + sheet.rows.length, column: sheet.columns.length },
      };
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  // The archive's own file stamps would otherwise be the moment it was written.
  stampZip(bytes, input.madeAt);
  return bytes;
}
