// The complaint slip (print job kind 'complaintSlip'): the ticket number large, the access code, the
// service and the time filed, and a QR that opens the status page on the visitor's phone. No
// complaint text and no contact on paper: a slip left on the counter tells a stranger nothing.
import { cut, feed, heading, keyValue, qr, rule, text } from '../receipt';
import type { PaperWidth, ReceiptDoc } from '../receipt';
import { formatDateTime } from '../slips/format';

export type ComplaintSlipLang = 'id' | 'en';

export interface ComplaintSlipData {
  readonly siteName: string;
  readonly ticket: string;
  readonly code: string;
  /** The service's short name in the slip's language; null when none was chosen. */
  readonly serviceName: string | null;
  readonly filedAt: number;
  /** The status page; null when the kiosk does not know the central server's address. */
  readonly statusUrl: string | null;
}

const labels = {
  id: {
    title: 'BUKTI PENGADUAN',
    ticket: 'Nomor tiket',
    code: 'Kode akses',
    service: 'Layanan',
    filed: 'Diterima',
    scan: 'Pindai untuk melihat jawaban petugas.',
    noUrl: 'Lihat jawaban di portal layanan dengan nomor tiket dan kode akses ini.',
    keep: 'Simpan bukti ini. Kode akses hanya untuk Anda.',
  },
  en: {
    title: 'COMPLAINT RECEIPT',
    ticket: 'Ticket number',
    code: 'Access code',
    service: 'Service',
    filed: 'Received',
    scan: "Scan to see the officer's answer.",
    noUrl: "See the answer on the service's portal with this ticket number and access code.",
    keep: 'Keep this receipt. The access code is for you only.',
  },
} as const;

export function complaintSlip(
  data: ComplaintSlipData,
  width: PaperWidth,
  lang: ComplaintSlipLang = 'id',
): ReceiptDoc {
  const l = labels[lang];
  return {
    width,
    blocks: [
      text(data.siteName, { align: 'center', bold: true }),
      heading(l.title),
      rule(),
      text(data.ticket, { align: 'center', bold: true, size: 2 }),
      keyValue([
        [l.code, data.code],
        ...(data.serviceName === null ? [] : [[l.service, data.serviceName] as const]),
        [l.filed, formatDateTime(data.filedAt, lang)],
      ]),
      rule(),
      ...(data.statusUrl ? [qr(data.statusUrl), text(l.scan, { align: 'center' })] : [text(l.noUrl)]),
      text(l.keep, { align: 'center' }),
      feed(1),
      cut(),
    ],
  };
}
