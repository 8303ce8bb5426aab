// A report as Indonesian offices file it (indonesian-services.md §8), as a PDF made with pdfmake in
// Node: the kop (logo, government line, office, units, address, double rule), the title and period,
// the body (tables whose header repeats on each page, numbers right-aligned as "1.234" / "88,33",
// charts as vector SVG), the signature blocks kept together, and "Halaman 1 dari 3" with the print
// time at the foot. The same input gives the same bytes: the PDF's dates (and so its file ID) come
// from madeAt, and nothing else in it varies, so a forwarded report never changes.
import type {
  Content,
  ContentTable,
  ContextPageSize,
  Node,
  NodeQueries,
  TableCell as PdfCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { colours } from '../theme/tokens';
import { chartSvg } from './chartSvg';
import { pdfmakeWithFonts } from './fonts';
import { formatNip, formatNumber, formatPrintTime, placeDateLine } from './format';
import type { DocNode, ReportDocumentInput, Signer, TableCell, TableColumn } from './reportDocument';

const words = {
  id: { page: (n: number, of: number) => `Halaman ${n} dari ${of}`, printed: 'Dicetak', nip: 'NIP.' },
  en: { page: (n: number, of: number) => `Page ${n} of ${of}`, printed: 'Printed', nip: 'NIP.' },
} as const;

export const A4 = { width: 595.28, height: 841.89 };
/** The page margins of every filed document (the kop's double rule spans the width between them). */
export const MARGIN = { left: 56, top: 42, right: 48, bottom: 54 };
const RULE = '#000000';
const HEADER_FILL = '#e9ecef';
const TOTAL_FILL = '#f1f3f5';
const TEXT_LIMIT = 4000;
const CHART_SCALE = 1.3;

/**
 * Text as pdfmake should see it: control characters out (they draw as boxes or break lines), very
 * long runs cut, and a zero-width space every 20 letters of an unbroken run so it wraps in its cell.
 */
export function printable(text: string): string {
  const clean = text
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\r\n?/g, '\n')
    // Direction overrides turn text around (a known trick to disguise it) and draw as boxes.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    // Roboto has no emoji: a box in a filed report reads as a fault, so they go (with their joiners).
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f/gu, '')
    .replace(/[ \t]{2,}/g, ' ');
  const cut = clean.length > TEXT_LIMIT ? `${clean.slice(0, TEXT_LIMIT)}…` : clean;
  return cut.replace(/[^\s\u200b]{20}(?=[^\s])/g, (run) => `${run}\u200b`);
}

function cellText(
  value: TableCell,
  lang: ReportDocumentInput['lang'],
  decimals: number | null,
  empty = '–',
): string {
  if (value === null) return empty;
  if (typeof value === 'number')
    return formatNumber(value, decimals ?? (Number.isInteger(value) ? 0 : 2), lang);
  return printable(value);
}

/**
 * The decimals of a column's numbers, or null for "each number its own" (whole numbers bare,
 * fractions with two). A column of mostly fractions (hours, percentages) shares two, so 5 and 88,33
 * line up as 5,00 and 88,33; a column of mixed measures (one row per figure) keeps counts whole.
 */
function columnDecimals(
  column: TableColumn,
  rows: readonly (readonly TableCell[])[],
  i: number,
): number | null {
  if (column.decimals !== undefined) return Math.max(0, Math.min(6, Math.trunc(column.decimals)));
  const numbers = rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number');
  const fractions = numbers.filter((v) => !Number.isInteger(v)).length;
  return fractions * 2 > numbers.length ? 2 : null;
}

function columnAlign(column: TableColumn, rows: readonly (readonly TableCell[])[], i: number) {
  if (column.align) return column.align;
  const numeric = rows.some((r) => typeof r[i] === 'number');
  return numeric ? 'right' : 'left';
}

/** The kop: logo, government line, office, units, address, double rule (letters print it too). */
export function kop(
  input: Pick<ReportDocumentInput, 'identity' | 'settings'>,
  contentWidth: number,
): Content[] {
  const { identity, settings } = input;
  const lines: Content[] = [];
  if (settings.governmentLine)
    lines.push({ text: printable(settings.governmentLine.toUpperCase()), fontSize: 13, bold: true });
  lines.push({
    text: printable((settings.officeLine ?? identity.officeName).toUpperCase()),
    fontSize: 15,
    bold: true,
  });
  for (const unit of settings.unitLines)
    lines.push({ text: printable(unit.toUpperCase()), fontSize: 12, bold: true });
  for (const line of identity.letterhead) lines.push({ text: printable(line), fontSize: 9 });
  const logo = identity.logo && /^data:image\/(png|jpeg);/.test(identity.logo) ? identity.logo : null;
  const logoWidth = 66;
  const heading: Content = logo
    ? {
        columns: [
          { image: logo, fit: [logoWidth, logoWidth], width: logoWidth },
          // The lines centre in the room beside the logo, as the offices' kops do.
          { stack: lines, alignment: 'center', width: '*' },
        ],
        columnGap: 8,
      }
    : { stack: lines, alignment: 'center' };
  return [
    heading,
    {
      canvas: [
        { type: 'line', x1: 0, y1: 4, x2: contentWidth, y2: 4, lineWidth: 2.25, lineColor: RULE },
        { type: 'line', x1: 0, y1: 7.5, x2: contentWidth, y2: 7.5, lineWidth: 0.75, lineColor: RULE },
      ],
      margin: [0, 2, 0, 12],
    },
  ];
}

type Width = number | '*' | 'auto';

const TABLE_FONT = 9.5;
const CELL_PADDING = 4;

/**
 * A column's 'auto' width worked out here from its longest line (Roboto's letters average about
 * 0.56 em; bold headers 0.6), used when a table is printed in two parts that must line up.
 */
function estimatedWidth(texts: readonly string[], headerText: string, cap: number): number {
  const longest = (s: string) => Math.max(0, ...s.split('\n').map((l) => l.replace(/\u200b/g, '').length));
  const body = Math.max(0, ...texts.map(longest)) * TABLE_FONT * 0.56;
  // A header may wrap at its spaces: its longest word must fit.
  const header = Math.max(0, ...headerText.split(/\s+/).map((w) => w.length)) * TABLE_FONT * 0.6;
  return Math.min(cap, Math.ceil(Math.max(body, header) + 2 * CELL_PADDING + 2));
}

interface TableLayout {
  readonly aligns: readonly ('left' | 'right' | 'center')[];
  readonly widths: readonly Width[];
  readonly decimals: readonly (number | null)[];
}

function tableLayout(node: Extract<DocNode, { kind: 'table' }>): TableLayout {
  const all = node.totals ? [...node.rows, node.totals] : node.rows;
  const aligns = node.columns.map((c, i) => columnAlign(c, all, i));
  const widths = node.columns.map((c, i): Width => c.width ?? (aligns[i] === 'left' ? '*' : 'auto'));
  const decimals = node.columns.map((c, i) => columnDecimals(c, all, i));
  return { aligns, widths, decimals };
}

/**
 * A table, or the rows [from, to) of it (with the header and, for the last part, the totals): the
 * header repeats on every page, a row never splits, numbers stand right as "1.234" and "88,33".
 */
function tableNode(
  node: Extract<DocNode, { kind: 'table' }>,
  lang: ReportDocumentInput['lang'],
  layout: TableLayout = tableLayout(node),
  from = 0,
  to = node.rows.length,
): ContentTable {
  const { aligns, widths, decimals } = layout;
  const header: PdfCell[] = node.columns.map((c) => ({
    text: printable(c.title),
    bold: true,
    alignment: 'center',
    fillColor: HEADER_FILL,
  }));
  const row = (cells: readonly TableCell[], extra: Record<string, unknown> = {}, empty = '–'): PdfCell[] =>
    node.columns.map((_, i) => ({
      text: cellText(cells[i] ?? null, lang, decimals[i] ?? null, empty),
      alignment: aligns[i],
      ...extra,
    }));
  const body: PdfCell[][] = [header, ...node.rows.slice(from, to).map((r) => row(r))];
  // A blank in the totals row is "not summed", not "no value".
  if (node.totals && to === node.rows.length)
    body.push(row(node.totals, { bold: true, fillColor: TOTAL_FILL }, ''));
  return {
    table: { headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1, widths: [...widths], body },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#868e96',
      vLineColor: () => '#868e96',
      paddingLeft: () => CELL_PADDING,
      paddingRight: () => CELL_PADDING,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize: TABLE_FONT,
    margin: [0, 2, 0, 10],
  };
}

/**
 * A long last table in two parts, so its last rows go over to the next page with the signatures
 * instead of leaving them alone there: the same columns, widths fixed so both parts line up.
 */
function splitTable(
  node: Extract<DocNode, { kind: 'table' }>,
  lang: ReportDocumentInput['lang'],
  contentWidth: number,
  tail: number,
): [ContentTable, ContentTable] {
  const base = tableLayout(node);
  const all = node.totals ? [...node.rows, node.totals] : node.rows;
  const widths = base.widths.map((w, i) =>
    w === 'auto'
      ? estimatedWidth(
          all.map((r) => cellText(r[i] ?? null, lang, base.decimals[i] ?? null)),
          printable(node.columns[i]?.title ?? ''),
          contentWidth * 0.4,
        )
      : w,
  );
  const layout = { ...base, widths };
  const cut = Math.max(1, node.rows.length - tail);
  const head = tableNode(node, lang, layout, 0, cut);
  return [{ ...head, margin: [0, 2, 0, 0] }, tableNode(node, lang, layout, cut)];
}

function bodyNode(node: DocNode, input: ReportDocumentInput, contentWidth: number): Content {
  switch (node.kind) {
    case 'heading':
      return {
        text: printable(node.text),
        bold: true,
        fontSize: 11.5,
        margin: [0, 8, 0, 4],
        headlineLevel: 1,
      };
    case 'paragraph':
      return { text: printable(node.text), alignment: 'justify', margin: [0, 0, 0, 6] };
    case 'facts':
      return {
        table: {
          widths: ['auto', 'auto', '*'],
          body: node.rows.map(([label, value]) => [
            printable(label),
            ':',
            { text: printable(value), bold: true },
          ]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 8],
      };
    case 'table':
      return tableNode(node, input.lang);
    case 'chart': {
      const height = node.height ?? 250;
      // Drawn larger and scaled down: the chart's 12 px type prints at about 9 pt, beside 10.5 pt text.
      const parts: Content[] = [
        {
          svg: chartSvg(
            node.chart,
            input.lang,
            Math.round(contentWidth * CHART_SCALE),
            Math.round(height * CHART_SCALE),
          ),
          width: contentWidth,
        },
      ];
      if (node.caption)
        parts.push({
          text: printable(node.caption),
          italics: true,
          fontSize: 9,
          alignment: 'center',
          margin: [0, 2, 0, 0],
        });
      return { stack: parts, unbreakable: true, margin: [0, 4, 0, 10] };
    }
    case 'qr': {
      const parts: Content[] = [{ qr: node.text, fit: 120, eccLevel: 'M', alignment: 'center' }];
      if (node.caption)
        parts.push({ text: printable(node.caption), fontSize: 9, alignment: 'center', margin: [0, 2, 0, 0] });
      return { stack: parts, unbreakable: true, margin: [0, 4, 0, 8] };
    }
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

/** The name (bold, underlined) and the NIP line, or a dotted line to write the name by hand. */
export function signedName(signer: Signer): Content[] {
  const name: Content = signer.name
    ? { text: printable(signer.name), bold: true, decoration: 'underline' }
    : { text: '(................................................)' };
  return signer.nip ? [name, { text: `NIP. ${formatNip(signer.nip)}` }] : [name];
}

const SIGN_SPACE = 56;

/** A heading never ends a page: it goes over with the table or chart it introduces. */
const breakBefore = (node: Node, queries: NodeQueries): boolean =>
  node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0;

/** The body as printed: a page break at the very end would leave the signatures alone on a page. */
const bodyOf = (input: ReportDocumentInput): readonly DocNode[] =>
  input.body.at(-1)?.kind === 'pageBreak' ? input.body.slice(0, -1) : input.body;

/**
 * A table's height in lines, by a cautious count: a cell wraps every 28 characters (a narrow column's
 * width), the row is as tall as its tallest cell.
 */
const tableLines = (rows: readonly (readonly TableCell[])[]): number =>
  rows.reduce(
    (sum, row) => sum + Math.max(1, ...row.map((cell) => Math.ceil(String(cell ?? '').length / 28))),
    0,
  );

/**
 * Whether a block is short enough to go over to the next page together with the signatures. A block
 * kept together that is taller than a page is dropped by pdfmake whole, so a table counts its lines,
 * not only its rows: 18 lines and the signatures fit even a landscape page.
 */
function keepsWithSignatures(node: DocNode): boolean {
  switch (node.kind) {
    case 'table':
      return node.rows.length <= 15 && tableLines(node.rows) <= 18;
    case 'paragraph':
      return node.text.length <= 1200;
    case 'facts':
      return node.rows.length <= 12;
    case 'pageBreak':
      return false;
    default:
      return true;
  }
}

function signatureBlocks(input: ReportDocumentInput): Content {
  const { preparer, reviewer, receiver } = input.signatures;
  const place = placeDateLine(input.settings.city, input.madeAt, input.timeZone, input.lang);
  const right: Content[] = [{ text: place }];
  if (preparer.lead) right.push({ text: printable(preparer.lead) });
  right.push({ text: printable(preparer.title) });
  const left: Content[] = reviewer
    ? [
        { text: printable(reviewer.lead ?? (input.lang === 'id' ? 'Mengetahui,' : 'Acknowledged,')) },
        { text: printable(reviewer.title) },
      ]
    : [];
  // A table keeps both names on one line however many lines each title takes.
  const rows: PdfCell[][] = [
    [{ stack: left }, { stack: right }],
    [{ text: '', margin: [0, SIGN_SPACE / 2, 0, SIGN_SPACE / 2] }, { text: '' }],
    [{ stack: reviewer ? signedName(reviewer) : [] }, { stack: signedName(preparer) }],
  ];
  const blocks: Content[] = [
    {
      table: { widths: ['*', '*'], body: rows },
      layout: 'noBorders',
      alignment: 'center',
    },
  ];
  if (receiver) {
    const stack: Content[] = [];
    if (receiver.lead) stack.push({ text: printable(receiver.lead) });
    stack.push({ text: printable(receiver.title) });
    stack.push({ text: '', margin: [0, SIGN_SPACE / 2, 0, SIGN_SPACE / 2] });
    stack.push(...signedName(receiver));
    blocks.push({
      columns: [
        { text: '', width: '*' },
        { stack, width: '50%', alignment: 'center' },
        { text: '', width: '*' },
      ],
      margin: [0, 16, 0, 0],
    });
  }
  return { stack: blocks, unbreakable: true, margin: [0, 20, 0, 0] };
}

/** The pdfmake definition; exported for tests that check the layout decisions themselves. */
export function reportDefinition(
  input: ReportDocumentInput,
  options: { readonly tailRows?: number; readonly signatures?: boolean } = {},
): TDocumentDefinitions {
  const landscape = input.orientation === 'landscape';
  const pageWidth = landscape ? A4.height : A4.width;
  const contentWidth = pageWidth - MARGIN.left - MARGIN.right;
  const w = words[input.lang];
  const printed = `${w.printed}: ${formatPrintTime(input.madeAt, input.timeZone, input.lang)}`;
  const at = new Date(input.madeAt);
  const content: Content[] = [
    ...kop(input, contentWidth),
    { text: printable(input.title), alignment: 'center', bold: true, fontSize: 13, margin: [0, 4, 0, 2] },
  ];
  if (input.period) content.push({ text: printable(input.period), alignment: 'center', fontSize: 11 });
  content.push({ text: '', margin: [0, 0, 0, 10] });
  const body = bodyOf(input);
  const made = body.map((node) => bodyNode(node, input, contentWidth));
  const last = body.at(-1);
  const signatures = options.signatures === false ? [] : [signatureBlocks(input)];
  if (last?.kind === 'table' && options.tailRows) {
    // The last rows of a long table go over with the signatures (renderReportPdf decides when).
    const [head, tail] = splitTable(last, input.lang, contentWidth, options.tailRows);
    content.push(...made.slice(0, -1), head, { stack: [tail, ...signatures], unbreakable: true });
  } else {
    // The signatures never stand alone on the last page: a short last block (with the headings just
    // above it) goes over with them.
    let keep = 0;
    if (last && keepsWithSignatures(last)) {
      keep = 1;
      while (keep < body.length && body[body.length - 1 - keep]?.kind === 'heading') keep++;
    }
    content.push(...made.slice(0, made.length - keep));
    content.push(
      keep > 0
        ? { stack: [...made.slice(made.length - keep), ...signatures], unbreakable: true }
        : signatures,
    );
  }
  return {
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: {
      title: printable(`${input.title}${input.period ? ` · ${input.period}` : ''}`),
      author: printable(input.identity.officeName),
      creator: 'Loket',
      producer: 'Loket',
      creationDate: at,
      modDate: at,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: colours.text },
    pageBreakBefore: breakBefore,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: printed, alignment: 'left' },
        { text: w.page(page, pages), alignment: 'right' },
      ],
      fontSize: 8.5,
      color: colours.dimmed,
      margin: [MARGIN.left, 20, MARGIN.right, 0],
    }),
    content,
  };
}

/** How many rows of a long last table go over with the signatures when they would stand alone. */
const TAIL_ROWS = 3;

async function render(definition: TDocumentDefinitions): Promise<{ pdf: Buffer; pages: number }> {
  let pages = 0;
  const footer = definition.footer;
  const counted: TDocumentDefinitions = {
    ...definition,
    footer: (page: number, count: number, size: ContextPageSize) => {
      pages = count;
      return typeof footer === 'function' ? footer(page, count, size) : (footer ?? null);
    },
  };
  const pdf = await pdfmakeWithFonts().createPdf(counted).getBuffer();
  return { pdf, pages };
}

/**
 * The report as PDF bytes; the same input gives the same bytes. When it ends with a long table, it
 * is also laid out without the signatures: if they would need a page of their own, the table's last
 * rows go over with them.
 */
export async function renderReportPdf(input: ReportDocumentInput): Promise<Buffer> {
  const full = await render(reportDefinition(input));
  const last = bodyOf(input).at(-1);
  if (last?.kind !== 'table' || keepsWithSignatures(last)) return full.pdf;
  const bare = await render(reportDefinition(input, { signatures: false }));
  if (full.pages <= bare.pages) return full.pdf;
  return (await render(reportDefinition(input, { tailRows: TAIL_ROWS }))).pdf;
}
