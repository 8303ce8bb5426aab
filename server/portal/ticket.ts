// The visitor's ticket to keep: the QR code as a PNG, and a one-page PDF with the code, the day and
// the place, to save or print. The QR holds only the LK1 token (no personal data), like the kiosk's.
import QRCode from 'qrcode';
import { pdfmakeWithFonts } from '../../shared/documents/fonts';
import type { Lang } from '../web/lang';
import { longDay } from '../web/lang';

/** Error correction M and a quiet zone of 4, as on the kiosk's screen and slips. */
export const qrPng = (token: string): Promise<Buffer> =>
  QRCode.toBuffer(token, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 10 });

export interface TicketFacts {
  readonly lang: Lang;
  readonly officeName: string;
  readonly siteName: string;
  readonly day: string;
  readonly firstName: string;
  readonly token: string;
  readonly hours: string;
}

const words = {
  id: {
    title: 'Tiket reservasi',
    day: 'Tanggal',
    hours: 'Jam layanan',
    name: 'Atas nama',
    how: 'Tunjukkan kode QR ini ke pemindai di meja layanan saat datang. Kode tidak terbaca? Sebutkan kode di bawahnya kepada petugas.',
  },
  en: {
    title: 'Reservation ticket',
    day: 'Date',
    hours: 'Service hours',
    name: 'Name',
    how: 'Show this QR code to the scanner at the front desk when you arrive. If it does not scan, read the code below it to the officer.',
  },
} as const;

export async function ticketPdf(facts: TicketFacts): Promise<Buffer> {
  const pdfmake = pdfmakeWithFonts();
  const w = words[facts.lang];
  const qr = await QRCode.toDataURL(facts.token, { errorCorrectionLevel: 'M', margin: 4, scale: 10 });
  const doc = pdfmake.createPdf({
    pageSize: 'A5',
    pageMargins: [36, 36, 36, 36],
    info: { title: `${w.title} · ${facts.siteName}`, creator: 'Loket' },
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.25 },
    content: [
      { text: facts.officeName, fontSize: 10, color: '#495057' },
      { text: facts.siteName, fontSize: 16, bold: true, margin: [0, 2, 0, 12] },
      { text: w.title, fontSize: 20, bold: true, color: '#1f4e85' },
      { image: qr, width: 220, alignment: 'center', margin: [0, 12, 0, 4] },
      {
        text: facts.token,
        alignment: 'center',
        font: 'Roboto',
        fontSize: 11,
        characterSpacing: 1,
        margin: [0, 0, 0, 12],
      },
      {
        table: {
          widths: ['auto', '*'],
          body: [
            [
              { text: w.day, color: '#495057' },
              { text: longDay(facts.day, facts.lang), bold: true },
            ],
            [
              { text: w.hours, color: '#495057' },
              { text: facts.hours, bold: true },
            ],
            [
              { text: w.name, color: '#495057' },
              { text: facts.firstName, bold: true },
            ],
          ],
        },
        layout: 'noBorders',
      },
      { text: w.how, margin: [0, 14, 0, 0] },
    ],
  });
  return doc.getBuffer();
}
