// The guest slip (buku tamu): the queue number large, the masked name, the purpose, when the guest
// registered and the 35-minute standard; with a QR that opens the satisfaction survey for this entry
// on the visitor's phone when the kiosk has one. Only the masked name is printed (UU 27/2022).
import { cut, feed, heading, keyValue, qr, rule, text } from '../receipt';
import type { PaperWidth, ReceiptDoc } from '../receipt';
import { formatDate, formatTime } from '../slips/format';
import { maskName } from '../slips/mask';
import { purposeLabel, type Purpose } from './purposes';
import { GUEST_STANDARD_MINUTES } from './serviceTime';

export type GuestSlipLang = 'id' | 'en';

const labels = {
  id: {
    title: 'BUKU TAMU',
    number: 'Nomor antrean',
    guest: 'Tamu',
    purpose: 'Keperluan',
    registeredAt: 'Terdaftar',
    standard: `Standar waktu layanan: ${GUEST_STANDARD_MINUTES} menit`,
    wait: 'Silakan duduk. Petugas akan memanggil nomor Anda.',
    survey: 'Setelah dilayani, pindai kode ini untuk mengisi survei kepuasan.',
  },
  en: {
    title: 'GUEST BOOK',
    number: 'Queue number',
    guest: 'Guest',
    purpose: 'Purpose',
    registeredAt: 'Registered',
    standard: `Service standard: ${GUEST_STANDARD_MINUTES} minutes`,
    wait: 'Please take a seat. An officer will call your number.',
    survey: 'After your visit, scan this code to answer the satisfaction survey.',
  },
} as const satisfies Record<GuestSlipLang, Record<string, string>>;

export interface GuestSlipData {
  readonly siteName: string;
  readonly queueNumber: string;
  /** The full name as stored; only `maskName(guestName)` is printed. */
  readonly guestName: string;
  readonly purpose: Purpose;
  /** UTC epoch ms. */
  readonly registeredAt: number;
  /** The survey page for this entry on the portal, or null when the kiosk cannot offer one. */
  readonly surveyUrl: string | null;
}

export function guestSlip(data: GuestSlipData, width: PaperWidth, lang: GuestSlipLang = 'id'): ReceiptDoc {
  const l = labels[lang];
  return {
    width,
    blocks: [
      text(data.siteName, { align: 'center', bold: true }),
      text(l.title, { align: 'center', bold: true }),
      text(formatDate(data.registeredAt, lang), { align: 'center' }),
      rule(),
      text(l.number, { align: 'center' }),
      heading(data.queueNumber),
      rule(),
      keyValue([
        [l.guest, maskName(data.guestName)],
        [l.purpose, purposeLabel(data.purpose, lang)],
        [l.registeredAt, formatTime(data.registeredAt, lang)],
      ]),
      rule(),
      text(l.wait, { align: 'center' }),
      text(l.standard, { align: 'center' }),
      ...(data.surveyUrl === null ? [] : [feed(1), qr(data.surveyUrl), text(l.survey, { align: 'center' })]),
      feed(1),
      cut(),
    ],
  };
}
