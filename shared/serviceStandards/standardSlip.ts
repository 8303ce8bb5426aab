// A service standard on a receipt slip, for the visitor to take away: what to bring, the steps, the
// time, the cost, where to complain, and a QR that opens the full page on their phone. The slip
// carries what a visitor acts on; the legal basis and the officers' side (staff, supervision,
// evaluation) stay on the page the QR opens.
import { cut, feed, keyValue, qr, rule, text } from '../receipt';
import type { PaperWidth, ReceiptBlock, ReceiptDoc } from '../receipt';
import { formatDateTime } from '../slips/format';
import type { CatalogueSource } from './catalogue';
import type { Lang } from './fieldText';
import { costLine, type LocalisedStandard } from './localise';

export const standardSlipLabels = {
  id: {
    title: (n: number) => `Standar Pelayanan No. ${n}`,
    requirements: 'Persyaratan',
    procedure: 'Alur pelayanan',
    time: 'Waktu',
    cost: 'Biaya',
    free: 'Gratis',
    product: 'Hasil',
    complaints: 'Pengaduan',
    scan: 'Pindai untuk membuka halaman ini di HP Anda',
    source: 'Sumber',
    printedAt: 'Dicetak',
  },
  en: {
    title: (n: number) => `Service Standard No. ${n}`,
    requirements: 'Requirements',
    procedure: 'Steps',
    time: 'Time',
    cost: 'Cost',
    free: 'Free',
    product: 'You receive',
    complaints: 'Complaints',
    scan: 'Scan to open this page on your phone',
    source: 'Source',
    printedAt: 'Printed',
  },
} as const;

export interface StandardSlipData {
  readonly siteName: string;
  readonly standard: LocalisedStandard;
  readonly source: CatalogueSource;
  /** The service's page on the portal; null when this kiosk has no portal to point at. */
  readonly pageUrl: string | null;
  readonly printedAt: number;
}

const numbered = (items: readonly string[]): ReceiptBlock[] =>
  items.map((item, i) => text(`${i + 1}. ${item}`));

export function standardSlip(data: StandardSlipData, width: PaperWidth, lang: Lang): ReceiptDoc {
  const l = standardSlipLabels[lang];
  const s = data.standard;
  const steps = s.procedure.flatMap((section) => [
    ...(section.title ? [text(section.title, { bold: true })] : []),
    ...numbered(section.steps),
  ]);
  return {
    width,
    blocks: [
      text(data.siteName, { align: 'center', bold: true }),
      text(l.title(s.number), { align: 'center' }),
      text(s.name, { align: 'center', bold: true }),
      rule(),
      text(l.requirements, { bold: true }),
      ...numbered(s.requirements),
      feed(1),
      text(l.procedure, { bold: true }),
      ...steps,
      rule(),
      keyValue([
        [l.time, s.serviceTime.join('; ')],
        [l.cost, costLine(s, l.free)],
        [l.product, s.product],
      ]),
      rule(),
      text(l.complaints, { bold: true }),
      ...s.complaintChannels.map((c) => text(`- ${c.label}`)),
      ...(data.pageUrl ? [rule(), qr(data.pageUrl), text(l.scan, { align: 'center' })] : []),
      rule(),
      text(`${l.source}: ${data.source.title[lang]}`),
      text(`${l.printedAt}: ${formatDateTime(data.printedAt, lang)}`),
      feed(1),
      cut(),
    ],
  };
}
