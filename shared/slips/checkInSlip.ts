// The slip a visitor takes to the desk after checking in (SOP: desk, locker, time limit, and the
// QR they scan again to check out). Only the masked name is printed.
import { cut, feed, heading, keyValue, qr, rule, text } from '../receipt';
import type { PaperWidth, ReceiptDoc } from '../receipt';
import { formatDate, formatTime } from './format';
import { slipLabels } from './labels';
import type { SlipLang } from './labels';
import { maskName } from './mask';

export interface CheckInSlipData {
  readonly siteName: string;
  /** The visitor's full name as stored; the slip prints only `maskName(visitorName)`. */
  readonly visitorName: string;
  readonly deskLabel: string;
  readonly lockerLabel: string | null;
  /** UTC epoch ms. */
  readonly checkedInAt: number;
  /** UTC epoch ms: the end of the allowed stay. */
  readonly endsAt: number;
  /** The check-out QR payload (an ASCII token, devices.md §3.2). */
  readonly checkoutToken: string;
}

export function checkInSlip(data: CheckInSlipData, width: PaperWidth, lang: SlipLang = 'id'): ReceiptDoc {
  const l = slipLabels[lang];
  return {
    width,
    blocks: [
      text(data.siteName, { align: 'center', bold: true }),
      heading(l.checkInTitle),
      text(formatDate(data.checkedInAt, lang), { align: 'center' }),
      rule(),
      keyValue([
        [l.visitor, maskName(data.visitorName)],
        [l.desk, data.deskLabel],
        [l.locker, data.lockerLabel ?? l.noLocker],
        [l.checkedInAt, formatTime(data.checkedInAt, lang)],
        [l.endsAt, formatTime(data.endsAt, lang)],
      ]),
      rule(),
      qr(data.checkoutToken),
      text(l.checkoutHint, { align: 'center' }),
      text(l.keepSlip, { align: 'center' }),
      feed(1),
      cut(),
    ],
  };
}
