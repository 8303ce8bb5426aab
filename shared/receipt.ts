// A neutral receipt document: *what* a slip says, never *how* a printer is driven. The ESC/POS
// renderer (electron/devices/printers), the HTML renderer for the OS printer and the renderer's
// on-screen preview all read this one shape (devices.md §4: "domain model; no ESC/POS in core").
// No node:, DOM or electron imports here: the renderer bundles this file.
import { z } from 'zod';

export const paperWidths = [58, 80] as const;
/** Roll width in millimetres; the printable width is about 48 mm / 72 mm (devices.md §2.5). */
export type PaperWidth = (typeof paperWidths)[number];

export type Align = 'left' | 'center' | 'right';

/**
 * Size of one QR module in printer dots (203 dpi: 1 dot ≈ 0.125 mm). 6 dots puts a v6 code at
 * about 37 mm, which fits both roll widths (devices.md §3.3).
 */
export type QrModuleSize = 3 | 4 | 5 | 6 | 7 | 8;

export type TextBlock = Readonly<{
  kind: 'text';
  /** Plain text; '\n' starts a new line. Visitor-supplied text is allowed: renderers escape it. */
  text: string;
  align?: Align;
  bold?: boolean;
  /** 2 = double width and height, for headings. */
  size?: 1 | 2;
}>;

export type RuleBlock = Readonly<{ kind: 'rule'; style?: 'single' | 'double' }>;

/** Label on the left, value on the right: the bulk of every slip. */
export type KeyValueBlock = Readonly<{ kind: 'keyValue'; rows: ReadonlyArray<readonly [string, string]> }>;

export type TableColumn = Readonly<{
  /** Relative share of the line width (default 1). */
  share?: number;
  align?: Align;
}>;

export type TableBlock = Readonly<{
  kind: 'table';
  columns: ReadonlyArray<TableColumn>;
  header?: ReadonlyArray<string>;
  rows: ReadonlyArray<ReadonlyArray<string>>;
}>;

export type QrBlock = Readonly<{
  kind: 'qr';
  /** Keep payloads ASCII: non-Latin-1 QR data breaks on some printers (devices.md §2.3). */
  payload: string;
  size?: QrModuleSize;
}>;

export type FeedBlock = Readonly<{ kind: 'feed'; lines: number }>;

export type CutBlock = Readonly<{ kind: 'cut'; partial?: boolean }>;

export type ReceiptBlock =
  TextBlock | RuleBlock | KeyValueBlock | TableBlock | QrBlock | FeedBlock | CutBlock;

export type ReceiptDoc = Readonly<{ width: PaperWidth; blocks: ReadonlyArray<ReceiptBlock> }>;

export const defaultQrModuleSize: QrModuleSize = 6;

// The print queue keeps documents as JSON in SQLite; what comes back from a file is `unknown`
// until parsed (ARCHITECTURE.md "The contract").
const alignSchema = z.enum(['left', 'center', 'right']);
const blockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: z.string(),
    align: alignSchema.optional(),
    bold: z.boolean().optional(),
    size: z.literal([1, 2]).optional(),
  }),
  z.object({ kind: z.literal('rule'), style: z.enum(['single', 'double']).optional() }),
  z.object({ kind: z.literal('keyValue'), rows: z.array(z.tuple([z.string(), z.string()])) }),
  z.object({
    kind: z.literal('table'),
    columns: z
      .array(z.object({ share: z.number().positive().optional(), align: alignSchema.optional() }))
      .min(1),
    header: z.array(z.string()).optional(),
    rows: z.array(z.array(z.string())),
  }),
  z.object({
    kind: z.literal('qr'),
    payload: z.string().min(1).max(1000),
    size: z.literal([3, 4, 5, 6, 7, 8]).optional(),
  }),
  z.object({ kind: z.literal('feed'), lines: z.number().int().min(0).max(20) }),
  z.object({ kind: z.literal('cut'), partial: z.boolean().optional() }),
]);

export const receiptDocSchema: z.ZodType<ReceiptDoc> = z.object({
  width: z.literal(paperWidths),
  blocks: z.array(blockSchema),
});

// Small constructors so slip builders read like the slip.
export const text = (value: string, style: Omit<TextBlock, 'kind' | 'text'> = {}): TextBlock => ({
  kind: 'text',
  text: value,
  ...style,
});
export const heading = (value: string): TextBlock => ({
  kind: 'text',
  text: value,
  align: 'center',
  bold: true,
  size: 2,
});
export const rule = (style: 'single' | 'double' = 'single'): RuleBlock => ({ kind: 'rule', style });
export const keyValue = (rows: ReadonlyArray<readonly [string, string]>): KeyValueBlock => ({
  kind: 'keyValue',
  rows,
});
export const qr = (payload: string, size: QrModuleSize = defaultQrModuleSize): QrBlock => ({
  kind: 'qr',
  payload,
  size,
});
export const feed = (lines = 1): FeedBlock => ({ kind: 'feed', lines });
export const cut = (partial = true): CutBlock => ({ kind: 'cut', partial });
