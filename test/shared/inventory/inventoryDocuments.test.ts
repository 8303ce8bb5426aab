// The inventory's filed documents, rendered for real (pdfmake, exceljs) and read back as a reader
// would (pdftotext; every page as PNG in test/e2e/screenshots/ to look at): the kop and signature
// from the site's document settings, Indonesian dates, the chart per category, each problem's
// follow-up; the differences of a stock count; a label read back from a scan.
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReportPdf, renderWorkbook } from '../../../shared/documents';
import {
  inventoryListDocument,
  problemsDocument,
  problemsWorkbook,
  type InventoryDocContext,
  type ListItem,
  type ReportProblem,
} from '../../../shared/inventory/inventoryDocuments';
import { assetLabelText, readAssetScan } from '../../../shared/inventory/inventoryRules';
import { formatTicketToken } from '../../../shared/rules/ticketToken';
import { stockCountDifferences } from '../../../shared/inventory/stockCountDiff';
import { pdfText, pdfToPngs } from '../../support/pdfPages';

const DAY = Date.parse('2026-12-02T10:00:00+07:00');
const ctx: InventoryDocContext = {
  lang: 'id',
  identity: {
    siteName: 'Startup Hub & Pontive Center',
    officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
    letterhead: ['Jl. Rahadi Usman No. 3, Pontianak'],
    logo: null,
  },
  settings: {
    governmentLine: 'PEMERINTAH KOTA PONTIANAK',
    officeLine: 'DINAS KOMUNIKASI DAN INFORMATIKA',
    unitLines: [],
    city: 'Pontianak',
    preparerTitle: 'Admin Startup Hub',
    reviewerTitle: 'Kepala Seksi PK&AI',
    receiverTitle: 'Kepala Bidang TKPBET',
  },
  madeAt: DAY,
  timeZone: 'Asia/Pontianak',
  preparer: { name: 'Rina Petugas', nip: '198701012010012001' },
};

const items: ListItem[] = Array.from({ length: 40 }, (_, i) => ({
  assetCode: `02.06.03.02.${String(i + 1).padStart(3, '0')}`,
  name:
    i % 3 === 0 ? 'Laptop Lenovo ThinkPad E14' : i % 3 === 1 ? 'Kursi kerja ergonomis' : 'Kertas A4 80 gram',
  category: i % 3 === 0 ? 'Elektronik' : i % 3 === 1 ? 'Mebel' : 'ATK',
  kind: i % 3 === 2 ? 'consumable' : 'asset',
  unit: i % 3 === 2 ? 'rim' : '',
  location:
    i % 3 === 0
      ? { kind: 'desk', deskNumber: (i % 8) + 1, room: '' }
      : i % 3 === 1
        ? { kind: 'room', deskNumber: null, room: 'Ruang Rapat' }
        : { kind: 'store', deskNumber: null, room: '' },
  condition: i === 4 ? 'rusak_berat' : i === 7 ? 'rusak_ringan' : 'baik',
  status: i === 10 ? 'missing' : 'active',
  purchasedOn: i % 2 ? '2025-03-14' : null,
  stock: i % 3 === 2 ? 12 - i : null,
}));

const problems: ReportProblem[] = [
  {
    reportedAt: DAY - 20 * 86_400_000,
    assetCode: '02.06.03.02.005',
    itemName: 'Laptop Lenovo ThinkPad E14',
    category: 'Elektronik',
    kind: 'damaged',
    severity: 'rusak_berat',
    status: 'fixed',
    note: 'Engsel layar patah',
    deskNumber: 3,
    resolvedAt: DAY - 15 * 86_400_000,
    resolutionNote: 'Engsel diganti',
  },
  {
    reportedAt: DAY - 10 * 86_400_000,
    assetCode: '02.06.03.02.011',
    itemName: 'Kursi kerja ergonomis',
    category: 'Mebel',
    kind: 'missing',
    severity: null,
    status: 'reported',
    note: '',
    deskNumber: null,
    resolvedAt: null,
    resolutionNote: null,
  },
  {
    reportedAt: DAY - 5 * 86_400_000,
    assetCode: '02.06.03.02.008',
    itemName: 'Kursi kerja ergonomis',
    category: 'Mebel',
    kind: 'damaged',
    severity: 'rusak_ringan',
    status: 'in_repair',
    note: 'Roda <b>lepas</b>',
    deskNumber: 2,
    resolvedAt: null,
    resolutionNote: null,
  },
];

const OUT = join(process.cwd(), 'test', 'e2e', 'screenshots');

describe('the inventory documents', () => {
  it('files the inventory list with the kop, a summary, every item and the signatures', async () => {
    const pdf = await renderReportPdf(inventoryListDocument(items, ctx));
    const text = await pdfText(pdf);
    expect(text).toContain('PEMERINTAH KOTA PONTIANAK');
    expect(text).toContain('DAFTAR INVENTARIS BARANG');
    expect(text).toContain('Keadaan per 2 Desember 2026');
    expect(text).toContain('02.06.03.02.040');
    expect(text).toContain('Rusak berat');
    expect(text).toContain('Pontianak, 2 Desember 2026');
    expect(text).toContain('Rina Petugas');
    expect(text).toContain('Mengetahui');
    const pages = await pdfToPngs(pdf, OUT, 'inventory-list-pdf');
    expect(pages.length).toBeGreaterThanOrEqual(1);
  });

  it('files a period’s problems with the chart per category and each follow-up, hostile text as text', async () => {
    const period = { fromMs: DAY - 30 * 86_400_000, toMs: DAY };
    const pdf = await renderReportPdf(problemsDocument(problems, period, ctx));
    const text = await pdfText(pdf);
    expect(text).toContain('LAPORAN KERUSAKAN DAN KEHILANGAN BARANG');
    expect(text).toContain('Periode: 2 November 2026 s.d. 2 Desember 2026');
    // The follow-up column wraps: its two lines.
    expect(text).toContain('Selesai diperbaiki, 17 November');
    expect(text).toContain('2026: Engsel diganti');
    expect(text).toContain('Roda <b>lepas</b>');
    expect(text).toContain('Masalah per kategori barang');
    await pdfToPngs(pdf, OUT, 'inventory-problems-pdf');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await renderWorkbook(problemsWorkbook(problems, period, ctx))) as unknown as ArrayBuffer,
    );
    expect(book.worksheets.map((s) => s.name)).toEqual(['Masalah', 'Per Kategori']);
    const perCategory = book.getWorksheet('Per Kategori')!;
    const values = perCategory
      .getSheetValues()
      .flat()
      .filter((v) => v !== undefined && v !== null);
    expect(values).toEqual(expect.arrayContaining(['Mebel', 'Elektronik']));
  });

  it('reads a label back from its QR text, and a bare code only when it is shaped like one', () => {
    expect(readAssetScan(assetLabelText('INV-2026-0007'))).toEqual({ kind: 'label', code: 'INV-2026-0007' });
    expect(readAssetScan(' lkt-inv: inv-2026-0007 ')).toEqual({ kind: 'label', code: 'INV-2026-0007' });
    expect(readAssetScan('02.06.03.02.001')).toEqual({ kind: 'maybeCode', code: '02.06.03.02.001' });
    // A wedge scanner that lost its shift key: ';' for ':' and lower case.
    expect(readAssetScan('lkt-inv;inv-2026-0007')).toEqual({ kind: 'label', code: 'INV-2026-0007' });
    expect(readAssetScan('inv-2026-0007')).toEqual({ kind: 'maybeCode', code: 'INV-2026-0007' });
    expect(readAssetScan('Inv-2026-0007')).toEqual({ kind: 'none' });
    expect(readAssetScan('eyJhbGciOi.xyz')).toEqual({ kind: 'none' });
    // A ticket's token is shaped like a code but is a ticket, in either case, and its lookup is skipped.
    const ticket = formatTicketToken(new Uint8Array(16).fill(7));
    expect(readAssetScan(ticket)).toEqual({ kind: 'none' });
    expect(readAssetScan(ticket.toLowerCase())).toEqual({ kind: 'none' });
    expect(readAssetScan(`${ticket}0`)).toEqual({ kind: 'maybeCode', code: `${ticket}0` });
    expect(readAssetScan('LKT-INV:<script>')).toEqual({ kind: 'none' });
    expect(readAssetScan('x'.repeat(200))).toEqual({ kind: 'none' });
  });

  it('lists a count’s differences: not found, elsewhere, another condition, another quantity; written-off items not expected', () => {
    const base = {
      kind: 'asset' as const,
      status: 'active' as const,
      condition: 'baik' as const,
      stock: null,
    };
    const store = { kind: 'store' as const, deskNumber: null, room: '' };
    const diffs = stockCountDifferences(
      [
        { ...base, id: 'a', assetCode: 'A', name: 'A', location: store },
        {
          ...base,
          id: 'b',
          assetCode: 'B',
          name: 'B',
          location: { kind: 'room', deskNumber: null, room: 'Ruang Rapat' },
        },
        { ...base, id: 'c', assetCode: 'C', name: 'C', location: store, kind: 'consumable', stock: 5 },
        { ...base, id: 'd', assetCode: 'D', name: 'D', location: store, status: 'written_off' },
      ],
      [
        {
          itemId: 'b',
          location: { kind: 'room', deskNumber: null, room: 'ruang rapat' },
          condition: 'rusak_ringan',
          quantity: null,
        },
        { itemId: 'c', location: { kind: 'desk', deskNumber: 2, room: '' }, condition: 'baik', quantity: 4 },
      ],
    );
    expect(diffs.map((d) => [d.assetCode, d.kind, d.expected, d.found])).toEqual([
      ['A', 'not_found', store, null],
      ['B', 'condition_differs', 'baik', 'rusak_ringan'],
      ['C', 'found_elsewhere', store, { kind: 'desk', deskNumber: 2, room: '' }],
      ['C', 'quantity_differs', 5, 4],
    ]);
  });
});

describe('the A4 sheet of labels', () => {
  it('puts 24 labels on a page, each with the QR text a scan reads back as the label', async () => {
    const { labelSheetPdf } = await import('../../../electron/services/inventory/inventoryReports');
    const labels = Array.from({ length: 26 }, (_, i) => ({
      assetCode: `INV-2026-${String(i + 1).padStart(4, '0')}`,
      name: i % 2 ? 'Kursi kerja ergonomis' : 'Laptop Lenovo ThinkPad E14',
    }));
    const pdf = await labelSheetPdf(labels, 'Startup Hub & Pontive Center', DAY);
    const pages = await pdfToPngs(pdf, OUT, 'inventory-label-sheet');
    expect(pages).toHaveLength(2);
    // The first label's QR, cut from the rendered page, decodes to the label's own text.
    const png = PNG.sync.read(readFileSync(pages[0]!));
    const w = Math.floor(png.width / 3);
    const h = Math.floor(png.height / 8);
    const cell = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++)
      cell.set(png.data.subarray(y * png.width * 4, y * png.width * 4 + w * 4), y * w * 4);
    expect(jsQR(cell, w, h)?.data).toBe(assetLabelText('INV-2026-0001'));
    const text = await pdfText(pdf);
    expect(text).toContain('INV-2026-0024');
    expect(text.split('\f')[1]).toContain('INV-2026-0026');
  });
});
