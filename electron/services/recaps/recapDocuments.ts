// A revision's PDF and xlsx made at the kiosk, from the same builder the central server uses
// (shared/recaps/recapDocument.ts) so both make the same bytes.
import type { DocumentSettings } from '../../../shared/contract/settings';
import type { SiteIdentity } from '../../../shared/contract/site';
import { renderReportPdf, renderWorkbook, type DocLang } from '../../../shared/documents';
import { recapFileName, recapReportDocument, recapWorkbook } from '../../../shared/recaps/recapDocument';
import type { RecapRecord } from '../../../shared/recaps/recapRecord';

/** The kop's government and unit lines, the city and the signers' titles, as the site set them. */
export { readDocumentSettings as documentSettingsOf } from '../settings/documents';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function recapPdfFile(
  r: RecapRecord,
  identity: SiteIdentity,
  settings: DocumentSettings,
  lang: DocLang,
) {
  const pdf = await renderReportPdf(recapReportDocument(r, { identity, settings, lang }));
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
  const file = await renderWorkbook(recapWorkbook(r, { identity, settings, lang }));
  return { filename: recapFileName(r, 'xlsx'), mime: XLSX, contentBase64: file.toString('base64') };
}
