// A letter as an Indonesian office sends it (naskah dinas, indonesian-services.md §7–§8), and the
// disposition sheet (lembar disposisi) that goes with an incoming one, as PDFs made with pdfmake in
// Node. The report layout (reportPdf.ts) gives the kop, the fonts and the text cleaning; this file
// lays out what a letter has and a report has not: the place and date on the right, the Nomor /
// Sifat / Lampiran / Hal lines, the addressee, body paragraphs with their first line indented, the
// closing, one signature on the right and the tembusan; and the boxed form of a disposition sheet
// with room to write by hand. Same input, same bytes: the PDF's dates come from madeAt.
import type { Column, Content, TableCell as PdfCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentSettings } from '../contract/settings';
import type { SiteIdentity } from '../contract/site';
import { colours } from '../theme/tokens';
import { pdfmakeWithFonts } from './fonts';
import { formatPrintTime, placeDateLine, type DocLang } from './format';
import type { Signer } from './reportDocument';
import { A4, MARGIN, kop, printable, signedName } from './reportPdf';

/** A block of a letter's body. */
export type LetterBlock =
  /** A paragraph, justified, its first line indented. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Label : value lines, indented ("Hari/tanggal : Rabu, 9 Desember 2026"). */
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [label: string, value: string])[] }
  /** A numbered list, indented. */
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** A passage set in from both sides (a reason, the requester's own words). */
  | { readonly kind: 'quote'; readonly text: string };

export interface LetterDocumentInput {
  readonly lang: DocLang;
  readonly identity: SiteIdentity;
  readonly settings: DocumentSettings;
  /** When the letter is dated (epoch ms): its date line and the PDF's dates. */
  readonly madeAt: number;
  readonly timeZone: string;
  /** "000.8.3.3/21/AI-A/2026". */
  readonly number: string;
  /** Sifat: "Biasa", "Segera". */
  readonly nature: string;
  /** Lampiran: "-" or "1 (satu) berkas". */
  readonly attachment: string;
  /** Hal: what the letter is about. */
  readonly subject: string;
  /** "Yth. Kepala Dinas Pendidikan Kota Pontianak", "u.p. Ibu Sari", "di Tempat". */
  readonly addressee: readonly string[];
  readonly body: readonly LetterBlock[];
  /** "Demikian disampaikan, …". */
  readonly closing: string;
  /** The one who signs, on the right: the title, space, the name bold and underlined, the NIP. */
  readonly signer: Signer;
  /** Tembusan; none printed when empty. */
  readonly copies?: readonly string[];
  /** A QR code to scan (an event's attendance code), printed left of the signature with its caption. */
  readonly qr?: { readonly text: string; readonly caption: string };
}

/** One boxed field of a form: its label small above its value. */
export interface FormField {
  readonly label: string;
  readonly value: string;
}

export interface FormSheetInput {
  readonly lang: DocLang;
  readonly identity: SiteIdentity;
  readonly settings: DocumentSettings;
  readonly madeAt: number;
  readonly timeZone: string;
  /** "LEMBAR DISPOSISI". */
  readonly title: string;
  /** Rows of boxed fields across the page; a row holds 1, 2, 3, 4 or 6 fields. */
  readonly grid: readonly (readonly FormField[])[];
  /** The table under the fields: its rows keep room to write in by hand. */
  readonly table: {
    readonly columns: readonly { readonly title: string; readonly width: number | '*' }[];
    readonly rows: readonly (readonly string[])[];
  };
  /** A line under the table, small ("Lembar ini dicetak dari Loket …"). */
  readonly note?: string;
}

const words = {
  id: {
    number: 'Nomor',
    nature: 'Sifat',
    attachment: 'Lampiran',
    subject: 'Hal',
    copies: 'Tembusan:',
    page: (n: number, of: number) => `Halaman ${n} dari ${of}`,
    printed: 'Dicetak',
  },
  en: {
    number: 'Number',
    nature: 'Classification',
    attachment: 'Attachment',
    subject: 'Subject',
    copies: 'Copies:',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    printed: 'Printed',
  },
} as const;

const INDENT = 28;
const SIGN_SPACE = 48;
const RULE = '#000000';

type KopSource = Pick<LetterDocumentInput, 'lang' | 'identity' | 'settings' | 'madeAt' | 'timeZone'>;

/** The kop exactly as the reports print it, across the letter's width. */
const kopOf = (source: KopSource): Content[] => kop(source, A4.width - MARGIN.left - MARGIN.right);

/**
 * Text as a letter prints it: cleaned as the reports clean it, but a word of ordinary length keeps
 * no break points inside ("050/902/Bappeda/2026", "Pembangunan/Pengembangan"), which a justified
 * line would otherwise open up into gaps. Only a run too long for a line (pasted junk) may break.
 */
export function letterText(text: string): string {
  return printable(text).replace(/[^\s]+/g, (run) => {
    const bare = run.replace(/\u200b/g, '');
    return bare.length <= LONG_RUN ? bare : run;
  });
}

const LONG_RUN = 48;

/**
 * What a justified line must not spread open at its inner break points: a range of times
 * ("09.00–11.00") and a word with slashes or dashes ("421.3/88/SMAN1/2026", "Pembangunan/Pengembangan").
 */
const RANGE = /\d[\d.:]*\s?–\s?\d[\d.:]*|[^\s/–-]+(?:[/–-][^\s/–-]*)+/g;

/** A paragraph's text as pdfmake's pieces: the ranges in it unbreakable, the rest as it flows. */
function flowing(text: string): string | Content[] {
  const clean = letterText(text);
  const parts: Content[] = [];
  let last = 0;
  for (const m of clean.matchAll(RANGE)) {
    if (m.index > last) parts.push({ text: clean.slice(last, m.index) });
    // The space after it goes with it: starting the next piece, it would be stretched twice.
    const end = m.index + m[0].length + (clean[m.index + m[0].length] === ' ' ? 1 : 0);
    const piece = clean.slice(m.index, end);
    // A run too long for a line (pasted junk) keeps its break points.
    parts.push(m[0].length <= LONG_RUN ? { text: piece, noWrap: true } : { text: piece });
    last = end;
  }
  if (parts.length === 0) return clean;
  if (last < clean.length) parts.push({ text: clean.slice(last) });
  return parts;
}

function letterBlock(block: LetterBlock): Content {
  switch (block.kind) {
    case 'paragraph':
      return {
        text: flowing(block.text),
        alignment: 'justify',
        leadingIndent: INDENT,
        margin: [0, 0, 0, 6],
      };
    case 'facts':
      return {
        table: {
          widths: ['auto', 'auto', '*'],
          body: block.rows.map(([label, value]) => [letterText(label), ':', letterText(value)]),
        },
        layout: {
          defaultBorder: false,
          paddingLeft: () => 0,
          paddingRight: () => 6,
          paddingTop: () => 0,
          paddingBottom: () => 0,
        },
        margin: [INDENT, 0, 0, 6],
      };
    case 'list':
      return {
        ol: block.items.map((item) => ({ text: flowing(item), alignment: 'justify' })),
        margin: [INDENT, 0, 0, 6],
      };
    case 'quote':
      return { text: flowing(block.text), alignment: 'justify', margin: [INDENT, 0, INDENT, 6] };
  }
}

/** A page number only when there is more than one page: a one-page letter carries none. */
const pageFooter =
  (lang: DocLang) =>
  (page: number, pages: number): Content | null =>
    pages > 1
      ? {
          text: words[lang].page(page, pages),
          alignment: 'right',
          fontSize: 8.5,
          color: colours.dimmed,
          margin: [MARGIN.left, 20, MARGIN.right, 0],
        }
      : null;

const pdfInfo = (title: string, identity: SiteIdentity, madeAt: number) => {
  const at = new Date(madeAt);
  return {
    title: printable(title),
    author: printable(identity.officeName),
    creator: 'Loket',
    producer: 'Loket',
    creationDate: at,
    modDate: at,
  };
};

/** The pdfmake definition of a letter; exported for tests that check the layout decisions. */
export function letterDefinition(input: LetterDocumentInput): TDocumentDefinitions {
  const w = words[input.lang];
  const place = placeDateLine(input.settings.city, input.madeAt, input.timeZone, input.lang);
  const heading: Content = {
    table: {
      widths: ['auto', 'auto', '*'],
      body: [
        [w.number, ':', letterText(input.number)],
        [w.nature, ':', printable(input.nature)],
        [w.attachment, ':', printable(input.attachment)],
        [w.subject, ':', { text: letterText(input.subject) }],
      ],
    },
    layout: {
      defaultBorder: false,
      paddingLeft: () => 0,
      paddingRight: () => 6,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin: [0, 0, 0, 12],
  };
  const qr: Column = input.qr
    ? {
        stack: [
          { qr: input.qr.text, fit: 92, eccLevel: 'M', alignment: 'center' },
          { text: letterText(input.qr.caption), fontSize: 8.5, alignment: 'center', margin: [0, 3, 0, 0] },
        ],
        width: '*',
        margin: [0, 6, 24, 0],
      }
    : { text: '', width: '*' };
  const signature: Content = {
    columns: [
      qr,
      {
        width: 240,
        alignment: 'center',
        stack: [
          ...(input.signer.lead ? [{ text: printable(input.signer.lead) }] : []),
          { text: `${letterText(input.signer.title)},` },
          { text: '', margin: [0, SIGN_SPACE / 2, 0, SIGN_SPACE / 2] },
          ...signedName(input.signer),
        ],
      },
    ],
    margin: [0, 10, 0, 0],
  };
  const copies = input.copies ?? [];
  const content: Content[] = [
    ...kopOf(input),
    { text: place, alignment: 'right', margin: [0, 2, 0, 10] },
    heading,
    { stack: input.addressee.map((line) => ({ text: letterText(line) })), margin: [0, 0, 0, 12] },
    ...input.body.map(letterBlock),
    // The closing stays with the signature: a signature alone on a page is not a letter.
    {
      stack: [{ text: letterText(input.closing), alignment: 'justify', leadingIndent: INDENT }, signature],
      unbreakable: true,
    },
  ];
  if (copies.length > 0)
    content.push({
      stack: [{ text: w.copies }, { ol: copies.map((c) => printable(c)) }],
      fontSize: 10,
      unbreakable: true,
      margin: [0, 20, 0, 0],
    });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: pdfInfo(`${input.number} · ${input.subject}`, input.identity, input.madeAt),
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.15, color: colours.text },
    footer: pageFooter(input.lang),
    content,
  };
}

/** A label small above its value, in a box spanning `span` of the grid's 12 columns. */
function fieldCell(field: FormField, span: number): PdfCell {
  return {
    colSpan: span,
    stack: [
      { text: printable(field.label), fontSize: 8.5, color: colours.dimmed },
      { text: printable(field.value) || ' ', margin: [0, 1, 0, 0] },
    ],
  };
}

const GRID = 12;

/** The pdfmake definition of a boxed form (the disposition sheet); exported for the layout tests. */
export function formSheetDefinition(input: FormSheetInput): TDocumentDefinitions {
  const w = words[input.lang];
  const gridBody: PdfCell[][] = input.grid
    .filter((row) => row.length > 0)
    .map((row) => {
      const span = GRID / row.length;
      if (!Number.isInteger(span))
        throw new RangeError(`A form row holds 1, 2, 3, 4 or 6 fields, not ${row.length}`);
      return row.flatMap((field) => [
        fieldCell(field, span),
        // The cells a colSpan covers are still listed, empty.
        ...Array.from({ length: span - 1 }, (): PdfCell => ({ text: '' })),
      ]);
    });
  const lines = {
    hLineWidth: () => 0.75,
    vLineWidth: () => 0.75,
    hLineColor: () => RULE,
    vLineColor: () => RULE,
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 3,
    paddingBottom: () => 4,
  };
  const tableBody: PdfCell[][] = [
    input.table.columns.map((c) => ({ text: printable(c.title), bold: true, alignment: 'center' as const })),
    ...input.table.rows.map((row) => input.table.columns.map((_, i) => ({ text: printable(row[i] ?? '') }))),
  ];
  const content: Content[] = [
    ...kopOf(input),
    { text: printable(input.title), alignment: 'center', bold: true, fontSize: 13, margin: [0, 2, 0, 10] },
  ];
  if (gridBody.length > 0)
    content.push({
      table: { widths: Array.from({ length: GRID }, () => '*'), body: gridBody, dontBreakRows: true },
      layout: lines,
    });
  content.push({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: input.table.columns.map((c) => c.width),
      // Each step's row keeps room for a handwritten instruction and paraf.
      heights: (row: number) => (row === 0 ? 'auto' : 58),
      body: tableBody,
    },
    layout: lines,
    fontSize: 10,
    margin: [0, -0.75, 0, 0],
  });
  if (input.note)
    content.push({
      text: printable(input.note),
      fontSize: 8.5,
      color: colours.dimmed,
      margin: [0, 6, 0, 0],
    });
  const printed = `${w.printed}: ${formatPrintTime(input.madeAt, input.timeZone, input.lang)}`;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: pdfInfo(input.title, input.identity, input.madeAt),
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2, color: colours.text },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: printed, alignment: 'left' },
        { text: pages > 1 ? w.page(page, pages) : '', alignment: 'right' },
      ],
      fontSize: 8.5,
      color: colours.dimmed,
      margin: [MARGIN.left, 20, MARGIN.right, 0],
    }),
    content,
  };
}

async function render(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmakeWithFonts().createPdf(definition).getBuffer();
}

/** The letter as PDF bytes; the same input gives the same bytes. */
export function renderLetterPdf(input: LetterDocumentInput): Promise<Buffer> {
  return render(letterDefinition(input));
}

/** The form (disposition sheet) as PDF bytes; the same input gives the same bytes. */
export function renderFormSheetPdf(input: FormSheetInput): Promise<Buffer> {
  return render(formSheetDefinition(input));
}
