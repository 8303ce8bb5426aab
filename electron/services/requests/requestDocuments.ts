// A request's letters, its disposition sheet and the requests' reports as files, made at the kiosk
// from the shared builders (shared/requests/requestLetters.ts, requestReports.ts), which load on the
// first document asked for, not at the kiosk's start.
import type { DocLang } from '../../../shared/documents/format';
import type { IssuedLetter, RequestRecord } from '../../../shared/requests/requestRecord';
import type { RequestReportKind } from '../../../shared/contract/requests';
import { prepared } from '../../../db/statements';
import { requestRecordSchema } from '../../../shared/requests/requestRecord';
import { reject } from '../../../shared/result';
import { localDayRange } from '../../../shared/rules/siteCalendar';
import { parsePeriodKey, periodDays } from '../../../shared/survey/period';
import type { DomainContext } from '../core/domainContext';
import { readDocumentSettings } from '../settings/documents';
import type { RequestWorld } from './requestViews';
import { typeOf } from './requestViews';

// pdfmake, ECharts and exceljs load on the first document asked for, not at the kiosk's start.
const letters = () => import('../../../shared/requests/requestLetters');
const reportBuilders = () => import('../../../shared/requests/requestReports');
const documentMachinery = () => import('../../../shared/documents');

export type RequestDocument =
  | { readonly kind: 'letter'; readonly letter: IssuedLetter; readonly record: RequestRecord }
  | { readonly kind: 'disposition'; readonly record: RequestRecord };

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const safe = (text: string) => text.replace(/[^0-9A-Za-z-]+/g, '-');

export async function requestDocumentFile(
  ctx: DomainContext,
  w: RequestWorld,
  doc: RequestDocument,
  lang: DocLang,
) {
  const context = {
    identity: ctx.site.get(),
    settings: readDocumentSettings(w.db),
    requestSettings: w.settings,
    lang,
    timeZone: w.calendar.timeZone,
  };
  const l = await letters();
  if (doc.kind === 'letter') {
    const pdf = await l.renderRequestLetterPdf(doc.letter.kind, doc.record, doc.letter, context);
    return {
      filename: `surat-${safe(doc.letter.number)}.pdf`,
      mime: 'application/pdf',
      contentBase64: base64(pdf),
    };
  }
  const chain = typeOf(w.settings, doc.record.intake.typeId)?.chain ?? [];
  const pdf = await l.renderDispositionSheetPdf(doc.record, chain, context);
  return {
    filename: `lembar-disposisi-${safe(doc.record.reference)}.pdf`,
    mime: 'application/pdf',
    contentBase64: base64(pdf),
  };
}

const REPORT_RECORDS = `SELECT record FROM requests
  WHERE (day >= ? AND day <= ?) OR kind = 'application' ORDER BY entered_at`;
const COMPLAINTS_FILED = 'SELECT count(*) FROM complaints WHERE filed_at >= ? AND filed_at < ?';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One of the requests' reports as PDF or xlsx, signed by the officer who makes it (the Kasi's
 * "Mengetahui" block left to sign). The builder keeps the requests of its period; the room requests
 * of the period's days and every application request are handed to it.
 */
export async function requestReportFile(
  ctx: DomainContext,
  w: RequestWorld,
  input: { kind: RequestReportKind; period: string; lang: DocLang },
  format: 'pdf' | 'xlsx',
  preparedBy: { name: string; nip: string | null },
): Promise<{ filename: string; mime: string; contentBase64: string }> {
  const parsed = parsePeriodKey(input.period);
  if (!parsed || parsed.kind === 'semester')
    throw reject('validation', 'errors.requests.periodInvalid', {
      fields: { period: 'errors.requests.periodInvalid' },
    });
  const { from, to } = periodDays(parsed);
  const period = { kind: parsed.kind, key: input.period, from, to };
  const records = (prepared(w.db, REPORT_RECORDS).pluck().all(from, to) as string[]).map((json) =>
    requestRecordSchema.parse(JSON.parse(json)),
  );
  const complaintsFiled = prepared(w.db, COMPLAINTS_FILED)
    .pluck()
    .get(
      localDayRange(from, w.calendar.timeZone).start,
      localDayRange(to, w.calendar.timeZone).end,
    ) as number;
  const context = {
    identity: ctx.site.get(),
    settings: readDocumentSettings(w.db),
    requestSettings: w.settings,
    lang: input.lang,
    timeZone: w.calendar.timeZone,
  };
  const report = { period, records, complaintsFiled, madeAt: w.now, preparedBy, reviewedBy: null };
  const [reports, documents] = await Promise.all([reportBuilders(), documentMachinery()]);
  if (format === 'pdf') {
    const pdf = await documents.renderReportPdf(reports.requestReportDocument(input.kind, report, context));
    return {
      filename: reports.requestReportFileName(input.kind, period, 'pdf'),
      mime: 'application/pdf',
      contentBase64: base64(pdf),
    };
  }
  const xlsx = await documents.renderWorkbook(reports.requestReportWorkbook(input.kind, report, context));
  return {
    filename: reports.requestReportFileName(input.kind, period, 'xlsx'),
    mime: XLSX,
    contentBase64: base64(xlsx),
  };
}
