// A request's letters, its disposition sheet and the requests' reports as files, made at the kiosk
// from the shared builders (shared/requests/requestLetters.ts, requestReports.ts), which load on the
// first document asked for, not at the kiosk's start.
import type { DocLang } from '../../../shared/documents/format';
import type { IssuedLetter, RequestRecord } from '../../../shared/requests/requestRecord';
import type { RequestReportKind } from '../../../shared/contract/requests';
import type { DomainContext } from '../core/domainContext';
import { readDocumentSettings } from '../settings/documents';
import type { RequestWorld } from './requestViews';
import { typeOf } from './requestViews';

const letters = () => import('../../../shared/requests/requestLetters');

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

export async function requestReportFile(
  _ctx: DomainContext,
  _w: RequestWorld,
  _input: { kind: RequestReportKind; period: string; lang: DocLang },
  _format: 'pdf' | 'xlsx',
): Promise<{ filename: string; mime: string; contentBase64: string }> {
  throw new Error('requests reports: wired when shared/requests/requestReports.ts lands');
}
