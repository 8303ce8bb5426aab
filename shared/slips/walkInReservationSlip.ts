// A reservation made at the kiosk or by the officer for someone who walked in: the QR is the
// reservation token they scan to check in.
import { cut, feed, heading, keyValue, qr, rule, text } from '../receipt';
import type { PaperWidth, ReceiptDoc } from '../receipt';
import { formatDay, formatTime } from './format';
import { slipLabels } from './labels';
import type { SlipLang } from './labels';
import { maskName } from './mask';

export interface WalkInReservationSlipData {
  readonly siteName: string;
  /** Full name as stored; only the masked form is printed. */
  readonly visitorName: string;
  /** The reserved day, 'YYYY-MM-DD' in the site's zone. */
  readonly day: string;
  readonly deskLabel: string | null;
  /** UTC epoch ms the reservation was made. */
  readonly createdAt: number;
  readonly reservationToken: string;
}

export function walkInReservationSlip(
  data: WalkInReservationSlipData,
  width: PaperWidth,
  lang: SlipLang = 'id',
): ReceiptDoc {
  const l = slipLabels[lang];
  return {
    width,
    blocks: [
      text(data.siteName, { align: 'center', bold: true }),
      heading(l.walkInTitle),
      rule(),
      keyValue([
        [l.visitor, maskName(data.visitorName)],
        [l.date, formatDay(data.day, lang)],
        ...(data.deskLabel === null ? [] : [[l.desk, data.deskLabel] as const]),
        [l.issuedAt, formatTime(data.createdAt, lang)],
      ]),
      rule(),
      qr(data.reservationToken),
      text(l.walkInHint, { align: 'center' }),
      feed(1),
      cut(),
    ],
  };
}
