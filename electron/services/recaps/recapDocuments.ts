// A revision's PDF and xlsx made at the kiosk, from the same builder the central server uses
// (shared/recaps/recapDocument.ts) so both make the same bytes.
import type { DocumentSettings } from '../../../shared/contract/settings';
import type { SiteIdentity } from '../../../shared/contract/site';
import type { DocLang } from '../../../shared/documents/format';
import { recapFileName, recapReportDocument, recapWorkbook } from '../../../shared/recaps/recapDocument';
import type { RecapRecord } from '../../../shared/recaps/recapRecord';

// pdfmake, ECharts and exceljs load on the first report asked for, not at the kiosk's start.
const documents = () => import('../../../shared/documents');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function recapPdfFile(
  r: RecapRecord,
  identity: SiteIdentity,
  settings: DocumentSettings,
  lang: DocLang,
) {
  const pdf = await (await documents()).renderReportPdf(recapReportDocument(r, { identity, settings, lang }));
  return {
    filename: recapFileName(r, 'pdf'),
    mime: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}

export async function recapXlsxFile(
  r: RecapRecord,
  identity: SiteIdentity,
  settings: DocumentSettings,
  lang: DocLang,
) {
  const file = await (await documents()).renderWorkbook(recapWorkbook(r, { identity, settings, lang }));
  return { filename: recapFileName(r, 'xlsx'), mime: XLSX, contentBase64: file.toString('base64') };
}
