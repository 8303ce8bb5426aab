// The inventory's files made at the kiosk: the inventory list and a period's problems as PDF (with
// the office's kop and signature blocks, shared/documents) or xlsx, and an A4 sheet of QR labels.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { SiteIdentity } from '../../../shared/contract/site';
import type { DocLang } from '../../../shared/documents/format';
import {
  inventoryFileName,
  inventoryListDocument,
  inventoryListWorkbook,
  problemsDocument,
  problemsWorkbook,
  type InventoryDocContext,
} from '../../../shared/inventory/inventoryDocuments';
import { assetLabelText } from '../../../shared/inventory/inventoryRules';
import { localDay } from '../../../shared/rules/siteCalendar';
import { readDocumentSettings } from '../settings/documents';
import { allItems, problemsInPeriod } from './inventoryQueries';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface InventoryFile {
  filename: string;
  mime: string;
  contentBase64: string;
}

// pdfmake, ECharts and exceljs load on the first report asked for, not at the kiosk's start.
const documents = () => import('../../../shared/documents');

const OFFICER = 'SELECT full_name, nip FROM officers WHERE id = ?';

export interface ReportRequest {
  report: 'list' | 'problems';
  format: 'pdf' | 'xlsx';
  fromMs: number | null;
  toMs: number | null;
  lang: DocLang;
}

/** One report as a file: the officer who asked signs it as its preparer. */
export async function inventoryReportFile(
  db: Db,
  site: { identity: SiteIdentity; timeZone: string; now: number },
  officerId: string | null,
  req: ReportRequest,
): Promise<InventoryFile> {
  const officer = officerId
    ? (prepared(db, OFFICER).get(officerId) as { full_name: string; nip: string | null } | undefined)
    : undefined;
  const ctx: InventoryDocContext = {
    lang: req.lang,
    identity: site.identity,
    settings: readDocumentSettings(db),
    madeAt: site.now,
    timeZone: site.timeZone,
    preparer: { name: officer?.full_name ?? null, nip: officer?.nip ?? null },
  };
  const made = localDay(site.now, site.timeZone);
  if (req.report === 'list') {
    const items = allItems(db);
    const filename = inventoryFileName('list', req.format, { made });
    if (req.format === 'pdf') {
      const pdf = await (await documents()).renderReportPdf(inventoryListDocument(items, ctx));
      return { filename, mime: 'application/pdf', contentBase64: pdf.toString('base64') };
    }
    const book = await (await documents()).renderWorkbook(inventoryListWorkbook(items, ctx));
    return { filename, mime: XLSX, contentBase64: book.toString('base64') };
  }
  const period = { fromMs: req.fromMs ?? 0, toMs: req.toMs ?? site.now };
  const problems = problemsInPeriod(db, period.fromMs, period.toMs);
  const filename = inventoryFileName('problems', req.format, {
    made,
    from: localDay(period.fromMs, site.timeZone),
    to: localDay(period.toMs - 1, site.timeZone),
  });
  if (req.format === 'pdf') {
    const pdf = await (await documents()).renderReportPdf(problemsDocument(problems, period, ctx));
    return { filename, mime: 'application/pdf', contentBase64: pdf.toString('base64') };
  }
  const book = await (await documents()).renderWorkbook(problemsWorkbook(problems, period, ctx));
  return { filename, mime: XLSX, contentBase64: book.toString('base64') };
}

const MM = 72 / 25.4;
const COLUMNS = 3;
const ROWS = 8;

/**
 * An A4 sheet of labels for sticker paper (3 × 8 labels of 70 × 37 mm, the common "A4 24" sheet):
 * each with its QR (the same text as the slip's), the code, the name and the office.
 */
export async function labelSheetPdf(
  items: readonly { assetCode: string; name: string }[],
  siteName: string,
  now: number,
): Promise<Buffer> {
  const pdfmake = (await documents()).pdfmakeWithFonts();
  const cell = (i: { assetCode: string; name: string } | undefined) =>
    i
      ? {
          columns: [
            // A quiet zone of 4 mm around the QR, so a handheld scanner finds it on a sheet of neighbours.
            { qr: assetLabelText(i.assetCode), fit: 25 * MM, margin: [4 * MM, 4 * MM, 0, 0] },
            {
              stack: [
                { text: i.assetCode, bold: true, fontSize: 10 },
                { text: i.name, fontSize: 8, margin: [0, 2, 0, 0] },
                { text: siteName, fontSize: 6.5, color: '#555555', margin: [0, 4, 0, 0] },
              ],
              margin: [2 * MM, 4 * MM, 2 * MM, 0],
            },
          ],
          columnGap: 0,
        }
      : { text: '' };
  const pages: unknown[] = [];
  for (let start = 0; start < items.length; start += COLUMNS * ROWS) {
    const chunk = items.slice(start, start + COLUMNS * ROWS);
    const body: unknown[][] = [];
    for (let r = 0; r < ROWS; r += 1) body.push([0, 1, 2].map((c) => cell(chunk[r * COLUMNS + c])));
    if (start > 0) pages.push({ text: '', pageBreak: 'before' });
    pages.push({
      table: {
        widths: [70 * MM - 2, 70 * MM - 2, 70 * MM - 2],
        heights: 37 * MM - 2,
        body,
        dontBreakRows: true,
      },
      layout: {
        hLineColor: () => '#dddddd',
        vLineColor: () => '#dddddd',
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        paddingLeft: () => 0,
        paddingRight: () => 0,
        paddingTop: () => 0,
        paddingBottom: () => 0,
      },
    });
  }
  const def = {
    pageSize: 'A4',
    pageMargins: [0, 0, 0, 0],
    info: { title: 'Label inventaris', creationDate: new Date(now), modDate: new Date(now) },
    defaultStyle: { font: 'Roboto' },
    content: pages,
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pdfmake's node types are loose
  return pdfmake.createPdf(def as any).getBuffer();
}
