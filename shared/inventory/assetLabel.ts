// An item's label as the receipt printer prints it: the office's name, the asset code large, the
// item's name and category, and a QR the desk scanner reads back as an equipment label (never a
// ticket: the QR carries ASSET_LABEL_PREFIX before the code). One slip per item, cut between.
import { cut, feed, qr, rule, text, type PaperWidth, type ReceiptDoc } from '../receipt';
import { assetLabelText } from './inventoryRules';

export interface AssetLabelData {
  readonly siteName: string;
  readonly assetCode: string;
  readonly name: string;
  readonly category: string;
}

const ascii = (s: string) => s.normalize('NFKD').replace(/[^\x20-\x7E]/g, '');

export function assetLabelSlip(data: AssetLabelData, width: PaperWidth): ReceiptDoc {
  return {
    width,
    blocks: [
      text(data.siteName, { align: 'center', bold: true }),
      text('BARANG INVENTARIS', { align: 'center' }),
      rule(),
      // The QR carries only ASCII (devices.md §2.3); the code itself is ASCII by its pattern.
      qr(ascii(assetLabelText(data.assetCode)), 5),
      text(data.assetCode, { align: 'center', bold: true, size: 2 }),
      text(data.name, { align: 'center' }),
      text(data.category, { align: 'center' }),
      feed(1),
      cut(),
    ],
  };
}
