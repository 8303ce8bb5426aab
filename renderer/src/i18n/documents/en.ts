// English strings of the documents an office files: the settings of their kop and signature blocks.
import type { Widen } from '../catalogue';
import type { documentsId } from './id';

export const documentsEn: Widen<typeof documentsId> = {
  settings: {
    tab: 'Letterhead & signatures',
    title: 'Report letterhead and signatures',
    explain:
      'These lines are printed at the head and foot of every report (monthly recap, quarterly and yearly reports, inventory). The office name, logo and address are set under Office.',
    kop: 'Letterhead',
    governmentLine: 'Local government line',
    governmentLineHint: 'For example: PEMERINTAH KOTA PONTIANAK. Leave empty if not used.',
    officeLine: 'Office line',
    officeLineHint: 'For example: DINAS KOMUNIKASI DAN INFORMATIKA. Empty: the office name from Office.',
    unitLine: 'Division/section line {{n}}',
    unitLineHint: 'For example: BIDANG TKPBET. May be empty.',
    city: 'City on the date line',
    cityHint: 'For example: Pontianak → “Pontianak, 2 Desember 2026”. Empty: the date alone.',
    signatures: 'Signers’ positions',
    preparerTitle: 'Prepared by',
    preparerHint: 'For example: Admin Coworking Space',
    reviewerTitle: 'Reviewed by (Mengetahui)',
    reviewerHint: 'For example: Kepala Seksi PK&AI',
    receiverTitle: 'Received by',
    receiverHint: 'For example: Kepala Bidang TKPBET',
    preview: 'Preview',
    previewDate: 'Date line',
  },
};
