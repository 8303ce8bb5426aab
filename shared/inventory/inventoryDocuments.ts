// The inventory's reports as the office files them: the inventory list (Daftar Inventaris Barang)
// and the problems of a period (Laporan Kerusakan dan Kehilangan Barang), as a report document
// (shared/documents: the kop, tables, the chart of problems per category, the signatures) and as a
// workbook with the raw tables. Pure: the kiosk gathers the rows and renders.
import type { DocumentSettings } from '../contract/settings';
import type { SiteIdentity } from '../contract/site';
import type { DocNode, ReportDocumentInput, Signer, WorkbookInput } from '../documents';
import { formatLongDate, type DocLang } from '../documents/format';
import type {
  ItemCondition,
  ItemKind,
  ItemStatus,
  LocationKind,
  ProblemKind,
  ProblemStatus,
} from './inventoryRules';

export interface ListItem {
  readonly assetCode: string;
  readonly name: string;
  readonly category: string;
  readonly kind: ItemKind;
  readonly unit: string;
  readonly location: { kind: LocationKind; deskNumber: number | null; room: string };
  readonly condition: ItemCondition;
  readonly status: ItemStatus;
  readonly purchasedOn: string | null;
  readonly stock: number | null;
}

export interface ReportProblem {
  readonly reportedAt: number;
  readonly assetCode: string;
  readonly itemName: string;
  readonly category: string;
  readonly kind: ProblemKind;
  readonly severity: string | null;
  readonly status: ProblemStatus;
  readonly note: string;
  readonly deskNumber: number | null;
  readonly resolvedAt: number | null;
  readonly resolutionNote: string | null;
}

export interface InventoryDocContext {
  readonly lang: DocLang;
  readonly identity: SiteIdentity;
  readonly settings: DocumentSettings;
  readonly madeAt: number;
  readonly timeZone: string;
  readonly preparer: { readonly name: string | null; readonly nip: string | null };
}

const words = {
  id: {
    listTitle: 'DAFTAR INVENTARIS BARANG',
    problemsTitle: 'LAPORAN KERUSAKAN DAN KEHILANGAN BARANG',
    asOf: (d: string) => `Keadaan per ${d}`,
    period: (a: string, b: string) => `Periode: ${a} s.d. ${b}`,
    no: 'No.',
    code: 'Kode Barang',
    name: 'Nama Barang',
    category: 'Kategori',
    place: 'Lokasi',
    condition: 'Kondisi',
    status: 'Status',
    purchased: 'Tgl. Perolehan',
    stock: 'Jumlah',
    date: 'Tanggal',
    problem: 'Masalah',
    note: 'Keterangan',
    followUp: 'Tindak Lanjut',
    summary: 'Ringkasan',
    items: 'Jumlah barang',
    good: 'Kondisi baik',
    lightDamage: 'Rusak ringan',
    heavyDamage: 'Rusak berat',
    missing: 'Hilang',
    problems: 'Jumlah masalah',
    damaged: 'Kerusakan',
    lost: 'Kehilangan',
    open: 'Belum selesai',
    perCategory: 'Masalah per kategori barang',
    none: 'Tidak ada masalah yang dilaporkan pada periode ini.',
    noItems: 'Belum ada barang yang dicatat.',
    desk: (n: number) => `Meja ${n}`,
    store: 'Gudang',
    conditions: { baik: 'Baik', rusak_ringan: 'Rusak ringan', rusak_berat: 'Rusak berat' },
    statuses: { active: 'Dipakai', missing: 'Hilang', written_off: 'Dihapuskan' },
    kinds: { damaged: 'Rusak', missing: 'Hilang' },
    problemStatuses: {
      reported: 'Dilaporkan',
      in_repair: 'Dalam perbaikan',
      fixed: 'Selesai diperbaiki',
      written_off: 'Dihapuskan',
    },
    atCheckout: (n: number) => `saat check-out Meja ${n}`,
    listSheet: 'Inventaris',
    problemsSheet: 'Masalah',
    categorySheet: 'Per Kategori',
  },
  en: {
    listTitle: 'EQUIPMENT INVENTORY',
    problemsTitle: 'DAMAGE AND LOSS REPORT',
    asOf: (d: string) => `As of ${d}`,
    period: (a: string, b: string) => `Period: ${a} to ${b}`,
    no: 'No.',
    code: 'Asset code',
    name: 'Item',
    category: 'Category',
    place: 'Location',
    condition: 'Condition',
    status: 'Status',
    purchased: 'Acquired',
    stock: 'Quantity',
    date: 'Date',
    problem: 'Problem',
    note: 'Notes',
    followUp: 'Follow-up',
    summary: 'Summary',
    items: 'Items',
    good: 'Good condition',
    lightDamage: 'Minor damage',
    heavyDamage: 'Major damage',
    missing: 'Missing',
    problems: 'Problems',
    damaged: 'Damage',
    lost: 'Loss',
    open: 'Not resolved',
    perCategory: 'Problems per item category',
    none: 'No problems were reported in this period.',
    noItems: 'No items recorded yet.',
    desk: (n: number) => `Desk ${n}`,
    store: 'Store',
    conditions: { baik: 'Good', rusak_ringan: 'Minor damage', rusak_berat: 'Major damage' },
    statuses: { active: 'In use', missing: 'Missing', written_off: 'Written off' },
    kinds: { damaged: 'Damaged', missing: 'Missing' },
    problemStatuses: {
      reported: 'Reported',
      in_repair: 'In repair',
      fixed: 'Fixed',
      written_off: 'Written off',
    },
    atCheckout: (n: number) => `at check-out, Desk ${n}`,
    listSheet: 'Inventory',
    problemsSheet: 'Problems',
    categorySheet: 'Per category',
  },
} as const;

export const inventoryWords = (lang: DocLang) => words[lang];

export function placeLabel(
  p: { kind: LocationKind; deskNumber: number | null; room: string },
  lang: DocLang,
): string {
  const w = words[lang];
  if (p.kind === 'desk') return w.desk(p.deskNumber ?? 0);
  if (p.kind === 'room') return p.room;
  return w.store;
}

const preparerOf = (ctx: InventoryDocContext): Signer => ({
  title: ctx.settings.preparerTitle,
  name: ctx.preparer.name,
  nip: ctx.preparer.nip,
});
const reviewerOf = (ctx: InventoryDocContext): Signer => ({
  lead: ctx.lang === 'id' ? 'Mengetahui,' : 'Acknowledged,',
  title: ctx.settings.reviewerTitle,
  name: null,
  nip: null,
});

const base = (ctx: InventoryDocContext) => ({
  lang: ctx.lang,
  identity: ctx.identity,
  settings: ctx.settings,
  madeAt: ctx.madeAt,
  timeZone: ctx.timeZone,
});

const day = (ms: number, ctx: InventoryDocContext) => formatLongDate(ms, ctx.timeZone, ctx.lang);

/** The inventory list: a summary, then every item by category with its place, condition and quantity. */
export function inventoryListDocument(
  items: readonly ListItem[],
  ctx: InventoryDocContext,
): ReportDocumentInput {
  const w = words[ctx.lang];
  const count = (f: (i: ListItem) => boolean) => String(items.filter(f).length);
  const body: DocNode[] = [
    {
      kind: 'facts',
      rows: [
        [w.items, String(items.length)],
        [w.good, count((i) => i.condition === 'baik' && i.status === 'active')],
        [w.lightDamage, count((i) => i.condition === 'rusak_ringan')],
        [w.heavyDamage, count((i) => i.condition === 'rusak_berat')],
        [w.missing, count((i) => i.status === 'missing')],
      ],
    },
    items.length === 0
      ? { kind: 'paragraph', text: w.noItems }
      : {
          kind: 'table',
          columns: [
            { title: w.no, align: 'right', width: 'auto' },
            { title: w.code, width: 'auto' },
            { title: w.name },
            { title: w.category, width: 'auto' },
            { title: w.place, width: 'auto' },
            { title: w.condition, width: 'auto' },
            { title: w.stock, align: 'right', width: 'auto' },
            { title: w.purchased, width: 'auto' },
          ],
          rows: items.map((i, n) => [
            n + 1,
            i.assetCode,
            i.name,
            i.category,
            placeLabel(i.location, ctx.lang),
            i.status === 'active' ? w.conditions[i.condition] : w.statuses[i.status],
            i.stock === null ? 1 : `${i.stock}${i.unit ? ` ${i.unit}` : ''}`,
            i.purchasedOn ? day(Date.parse(`${i.purchasedOn}T12:00:00Z`), ctx) : '-',
          ]),
        },
  ];
  return {
    ...base(ctx),
    title: w.listTitle,
    period: w.asOf(day(ctx.madeAt, ctx)),
    body,
    signatures: { preparer: preparerOf(ctx), reviewer: reviewerOf(ctx) },
    orientation: 'landscape',
  };
}

/** Problems per category, for the chart and the workbook. */
export function categoryCounts(problems: readonly ReportProblem[]) {
  const by = new Map<string, { damaged: number; missing: number }>();
  for (const p of problems) {
    const c = by.get(p.category) ?? { damaged: 0, missing: 0 };
    c[p.kind === 'damaged' ? 'damaged' : 'missing'] += 1;
    by.set(p.category, c);
  }
  return [...by.entries()]
    .map(([category, c]) => ({ category, ...c, total: c.damaged + c.missing }))
    .sort((a, b) => b.total - a.total || a.category.localeCompare(b.category));
}

const problemText = (p: ReportProblem, lang: DocLang) => {
  const w = words[lang];
  const what =
    p.kind === 'damaged' && p.severity ? w.conditions[p.severity as ItemCondition] : w.kinds[p.kind];
  return p.deskNumber !== null ? `${what} (${w.atCheckout(p.deskNumber)})` : what;
};

const followUp = (p: ReportProblem, ctx: InventoryDocContext) => {
  const w = words[ctx.lang];
  const status = w.problemStatuses[p.status];
  const when = p.resolvedAt !== null ? `, ${day(p.resolvedAt, ctx)}` : '';
  const note = p.resolutionNote ? `: ${p.resolutionNote}` : '';
  return `${status}${when}${note}`;
};

/** The problems reported in [from, to): a summary, the chart per category, then each problem. */
export function problemsDocument(
  problems: readonly ReportProblem[],
  period: { fromMs: number; toMs: number },
  ctx: InventoryDocContext,
): ReportDocumentInput {
  const w = words[ctx.lang];
  const cats = categoryCounts(problems);
  const body: DocNode[] = [
    {
      kind: 'facts',
      rows: [
        [w.problems, String(problems.length)],
        [w.damaged, String(problems.filter((p) => p.kind === 'damaged').length)],
        [w.lost, String(problems.filter((p) => p.kind === 'missing').length)],
        [w.open, String(problems.filter((p) => p.status === 'reported' || p.status === 'in_repair').length)],
      ],
    },
  ];
  if (problems.length === 0) body.push({ kind: 'paragraph', text: w.none });
  else {
    // The list first (what the office acts on), the chart after it: a short chart goes over with
    // the signatures instead of pushing the whole list to the next page.
    body.push({
      kind: 'table',
      columns: [
        { title: w.no, align: 'right', width: 'auto' },
        { title: w.date, width: 'auto' },
        { title: w.code, width: 'auto' },
        { title: w.name },
        { title: w.problem, width: 'auto' },
        { title: w.note },
        { title: w.followUp },
      ],
      rows: problems.map((p, n) => [
        n + 1,
        day(p.reportedAt, ctx),
        p.assetCode,
        p.itemName,
        problemText(p, ctx.lang),
        p.note || '-',
        followUp(p, ctx),
      ]),
    });
    body.push({
      kind: 'chart',
      chart: {
        kind: 'bars',
        title: w.perCategory,
        labels: cats.map((c) => c.category),
        series: [
          { name: w.damaged, values: cats.map((c) => c.damaged) },
          { name: w.lost, values: cats.map((c) => c.missing) },
        ],
        horizontal: true,
      },
      height: Math.min(240, 70 + cats.length * 28),
    });
  }
  // The period's last day is the day before `toMs` (the end is exclusive).
  return {
    ...base(ctx),
    title: w.problemsTitle,
    period: w.period(day(period.fromMs, ctx), day(period.toMs - 1, ctx)),
    body,
    signatures: { preparer: preparerOf(ctx), reviewer: reviewerOf(ctx) },
    orientation: 'landscape',
  };
}

export function inventoryListWorkbook(items: readonly ListItem[], ctx: InventoryDocContext): WorkbookInput {
  const w = words[ctx.lang];
  return {
    ...base(ctx),
    title: w.listTitle,
    period: w.asOf(day(ctx.madeAt, ctx)),
    sheets: [
      {
        name: w.listSheet,
        columns: [
          { title: w.no, format: 'integer' },
          { title: w.code, format: 'text' },
          { title: w.name, format: 'text' },
          { title: w.category, format: 'text' },
          { title: w.place, format: 'text' },
          { title: w.condition, format: 'text' },
          { title: w.status, format: 'text' },
          { title: w.stock, format: 'integer' },
          { title: w.purchased, format: 'date' },
        ],
        rows: items.map((i, n) => [
          n + 1,
          i.assetCode,
          i.name,
          i.category,
          placeLabel(i.location, ctx.lang),
          w.conditions[i.condition],
          w.statuses[i.status],
          i.stock ?? 1,
          i.purchasedOn,
        ]),
      },
    ],
  };
}

export function problemsWorkbook(
  problems: readonly ReportProblem[],
  period: { fromMs: number; toMs: number },
  ctx: InventoryDocContext,
): WorkbookInput {
  const w = words[ctx.lang];
  return {
    ...base(ctx),
    title: w.problemsTitle,
    period: w.period(day(period.fromMs, ctx), day(period.toMs - 1, ctx)),
    sheets: [
      {
        name: w.problemsSheet,
        columns: [
          { title: w.no, format: 'integer' },
          { title: w.date, format: 'date' },
          { title: w.code, format: 'text' },
          { title: w.name, format: 'text' },
          { title: w.category, format: 'text' },
          { title: w.problem, format: 'text' },
          { title: w.note, format: 'text' },
          { title: w.status, format: 'text' },
          { title: w.followUp, format: 'text' },
        ],
        rows: problems.map((p, n) => [
          n + 1,
          p.reportedAt,
          p.assetCode,
          p.itemName,
          p.category,
          problemText(p, ctx.lang),
          p.note,
          w.problemStatuses[p.status],
          followUp(p, ctx),
        ]),
      },
      {
        name: w.categorySheet,
        columns: [
          { title: w.category, format: 'text' },
          { title: w.damaged, format: 'integer' },
          { title: w.lost, format: 'integer' },
          { title: w.problems, format: 'integer' },
        ],
        rows: categoryCounts(problems).map((c) => [c.category, c.damaged, c.missing, c.total]),
      },
    ],
  };
}

/** 'inventaris-2026-12-02.pdf', 'masalah-inventaris-2026-11-01-2026-11-30.xlsx'. */
export function inventoryFileName(
  report: 'list' | 'problems',
  format: 'pdf' | 'xlsx',
  days: { made: string; from?: string; to?: string },
): string {
  return report === 'list'
    ? `inventaris-${days.made}.${format}`
    : `masalah-inventaris-${days.from ?? days.made}-${days.to ?? days.made}.${format}`;
}
