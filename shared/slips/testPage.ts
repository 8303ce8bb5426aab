// A test page the officer prints from the admin screen when setting up a printer: it exercises
// every block kind, the Indonesian typography the normaliser must fix, and a scannable QR.
import { cut, feed, heading, keyValue, qr, rule, text } from '../receipt';
import type { PaperWidth, ReceiptDoc } from '../receipt';
import { formatDateTime } from './format';
import { slipLabels } from './labels';
import type { SlipLang } from './labels';

export interface TestPageData {
  readonly siteName: string;
  /** Printer name as configured, e.g. 'Epson TM-T20III (meja depan)'. */
  readonly printerLabel: string;
  /** UTC epoch ms. */
  readonly now: number;
  /** What the QR carries; the setup screen checks that a scan returns it. */
  readonly qrPayload: string;
}

export function testPage(data: TestPageData, width: PaperWidth, lang: SlipLang = 'id'): ReceiptDoc {
  const l = slipLabels[lang];
  const [left, center, right] = l.testAlign;
  return {
    width,
    blocks: [
      text(data.siteName, { align: 'center', bold: true }),
      heading(l.testTitle),
      rule('double'),
      keyValue([
        [l.testPrinter, data.printerLabel],
        [l.testPaper, `${width} mm`],
        [l.printedAt, formatDateTime(data.now, lang)],
      ]),
      rule(),
      text(left, { align: 'left' }),
      text(center, { align: 'center' }),
      text(right, { align: 'right' }),
      text(l.testBold, { bold: true }),
      text(l.testLarge, { size: 2 }),
      text(l.testSample),
      {
        kind: 'table',
        columns: [{ share: 2 }, { share: 1, align: 'right' }, { share: 1, align: 'right' }],
        header: ['A', 'B', 'C'],
        rows: [
          ['1', '2', '3'],
          ['10', '20', '30'],
        ],
      },
      rule(),
      qr(data.qrPayload),
      text(l.testQrHint, { align: 'center' }),
      feed(1),
      cut(),
    ],
  };
}
