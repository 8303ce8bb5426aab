// ReceiptDoc → ESC/POS bytes through @point-of-sale/receipt-printer-encoder (devices.md §2.2): it
// knows each model's code-page numbering (`ESC t` differs per vendor, §2.3), fonts and QR support.
// We add: text normalisation, column layout for key/value rows and tables, the raster-QR fallback,
// and a cut at the end of every job.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { TableColumn as EncoderColumn } from '@point-of-sale/receipt-printer-encoder';
import type { Align, ReceiptBlock, ReceiptDoc, TableBlock } from '../../../shared/receipt';
import { defaultQrModuleSize } from '../../../shared/receipt';
import { normalizeReceiptText } from './normalizeText';
import { profileFor } from './profiles';
import type { EscPosModel, EscPosProfile, QrMode } from './profiles';
import { qrImage } from './qrMatrix';

export interface EscPosRenderOptions {
  readonly model: EscPosModel;
  readonly qr?: QrMode;
}

type Encoder = ReceiptPrinterEncoder;

function assertNever(x: never): never {
  throw new Error(`Unhandled receipt block: ${JSON.stringify(x)}`);
}

/** Splits `columns` characters between table columns by share, one space between columns. */
export function columnWidths(shares: ReadonlyArray<number>, columns: number): number[] {
  const gaps = shares.length - 1;
  const usable = columns - gaps;
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.max(1, Math.floor((usable * s) / total)));
  // Hand the rounding remainder to the first column (labels are usually there).
  const rest = usable - widths.reduce((a, b) => a + b, 0);
  widths[0] = (widths[0] ?? 0) + rest;
  return widths;
}

function table(enc: Encoder, block: TableBlock, columns: number): void {
  const shares = block.columns.map((c) => c.share ?? 1);
  const widths = columnWidths(shares, columns);
  const cols: EncoderColumn[] = block.columns.map((c, i) => ({
    width: widths[i] ?? 1,
    align: c.align ?? 'left',
    marginRight: i < block.columns.length - 1 ? 1 : 0,
    overflow: 'wrap',
  }));
  const cell = (v: string | undefined) => normalizeReceiptText(v ?? '').replace(/\n/g, ' ');
  const rows = block.rows.map((r) => block.columns.map((_, i) => cell(r[i])));
  if (block.header) {
    const header = block.header;
    enc.bold(true);
    enc.table(cols, [block.columns.map((_, i) => cell(header[i]))]);
    enc.bold(false);
  }
  enc.table(cols, rows);
}

/**
 * A label and its value on one line, the value right-aligned so numbers line up; when both do not fit
 * (long Indonesian labels on 58 mm paper), the label gets the line to itself and the value goes
 * right-aligned on the next, rather than a label broken into fragments ("Melewati / batas").
 */
export function keyValueLines(rows: ReadonlyArray<readonly [string, string]>, columns: number): string[] {
  const lines: string[] = [];
  for (const [rawKey, rawValue] of rows) {
    const key = normalizeReceiptText(rawKey).replace(/\n/g, ' ');
    const value = normalizeReceiptText(rawValue).replace(/\n/g, ' ');
    if (key.length + 1 + value.length <= columns) {
      lines.push(key + value.padStart(columns - key.length));
      continue;
    }
    lines.push(...wrapWords(key, columns));
    for (const part of wrapWords(value, columns)) lines.push(part.padStart(columns));
  }
  return lines;
}

/** Breaks text into lines of at most `columns`, between words where it can. */
function wrapWords(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    for (let w = word; w.length > 0;) {
      const candidate = line ? `${line} ${w}` : w;
      if (candidate.length <= columns) {
        line = candidate;
        w = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(w.slice(0, columns));
        w = w.slice(columns);
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

function keyValue(enc: Encoder, rows: ReadonlyArray<readonly [string, string]>, columns: number): void {
  for (const line of keyValueLines(rows, columns)) enc.line(line);
}

function textBlock(enc: Encoder, value: string, align: Align, bold: boolean, size: 1 | 2): void {
  enc.align(align).bold(bold).size(size, size);
  for (const line of normalizeReceiptText(value).split('\n')) enc.line(line);
  enc.size(1, 1).bold(false).align('left');
}

function qrBlock(enc: Encoder, payload: string, moduleDots: number, profile: EscPosProfile): void {
  enc.align('center');
  if (profile.nativeQr) {
    // GS ( k: model 2 (fn 65), module size (fn 67), EC M (fn 69), store (fn 80), print (fn 81).
    enc.qrcode(payload, { model: 2, size: moduleDots, errorlevel: 'm' });
  } else {
    const img = qrImage(payload, moduleDots, profile.printableDots);
    // GS v 0 raster mode: every ESC/POS model we list supports it (TM-T88III included), while
    // ESC * column images depend on the motion-unit setting.
    enc.image(img, { width: img.width, height: img.height, mode: 'raster', algorithm: 'threshold' });
  }
  enc.align('left');
}

function block(enc: Encoder, b: ReceiptBlock, profile: EscPosProfile): void {
  switch (b.kind) {
    case 'text':
      return textBlock(enc, b.text, b.align ?? 'left', b.bold ?? false, b.size ?? 1);
    case 'rule':
      enc.rule({ style: b.style ?? 'single' });
      return;
    case 'keyValue':
      return keyValue(enc, b.rows, profile.columns);
    case 'table':
      return table(enc, b, profile.columns);
    case 'qr':
      return qrBlock(enc, b.payload, b.size ?? defaultQrModuleSize, profile);
    case 'feed':
      if (b.lines > 0) enc.newline(b.lines);
      return;
    case 'cut':
      enc.cut(b.partial === false ? 'full' : 'partial');
      return;
    default:
      return assertNever(b);
  }
}

function blockTexts(b: ReceiptBlock): ReadonlyArray<string> {
  switch (b.kind) {
    case 'text':
      return [b.text];
    case 'keyValue':
      return b.rows.flat();
    case 'table':
      return [...(b.header ?? []), ...b.rows.flat()];
    default:
      return [];
  }
}

/**
 * Most slips are plain ASCII once normalised. Those go out in code page 437, which every ESC/POS
 * model numbers 0 and whose box-drawing rule characters we use; `codepage('auto')` (which picks a
 * code page per text fragment, devices.md §2.3) is kept for names with accents or other scripts,
 * where it is right and also about ten times slower (bench/slipBytes.ts).
 */
function isPlainAscii(doc: ReceiptDoc): boolean {
  return doc.blocks.every((b) =>
    blockTexts(b).every((t) => /^[\x20-\x7e\n]*$/.test(normalizeReceiptText(t))),
  );
}

/**
 * Renders a document for one printer model. Every job ends with a cut (the encoder feeds the
 * profile's cutter distance first), so a slip is never left hanging inside the printer.
 */
export function renderEscPos(doc: ReceiptDoc, options: EscPosRenderOptions): Uint8Array {
  const profile = profileFor(options.model, doc.width, options.qr ?? 'auto');
  return renderWithProfile(doc, profile);
}

export function renderWithProfile(doc: ReceiptDoc, profile: EscPosProfile): Uint8Array {
  const enc = new ReceiptPrinterEncoder({
    printerModel: profile.model,
    columns: profile.columns,
    // LF alone ends a line: with LF then CR, a printer set to take CR as a new line double-spaces.
    newline: '\n',
    // Fail loudly on anything the profile cannot do rather than silently dropping a QR code.
    errors: 'strict',
  });
  enc.initialize().codepage(isPlainAscii(doc) ? 'cp437' : 'auto');
  for (const b of doc.blocks) block(enc, b, profile);
  if (doc.blocks.at(-1)?.kind !== 'cut') enc.cut('partial');
  return withoutFeedAfterCut(enc.encode());
}

/**
 * The encoder ends every command group with a line feed, the cut included: a stray feed after the cut
 * advances the next slip's paper for nothing. The job ends with the cut.
 */
function withoutFeedAfterCut(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0x0a) end--;
  const isCut = end >= 3 && bytes[end - 3] === 0x1d && bytes[end - 2] === 0x56;
  return isCut ? bytes.subarray(0, end) : bytes;
}
