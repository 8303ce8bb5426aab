// What a report to file is made of, independent of how it is printed: the office (kop), the title and
// period, the body as a list of blocks, the signatures. reportPdf.ts lays it out; the recaps, the
// inventory reports and later the letters build it.
import type { ChartSpec } from '../charts/chartSpec';
import type { DocumentSettings } from '../contract/settings';
import type { SiteIdentity } from '../contract/site';
import type { DocLang } from './format';

/** One signature block: who signs, in which capacity; no name leaves a line to write it by hand. */
export interface Signer {
  /** The line above the title: 'Mengetahui,' (reviewer), 'Diterima oleh,' … */
  readonly lead?: string;
  /** The jabatan: 'Kepala Seksi PK&AI'. */
  readonly title: string;
  readonly name: string | null;
  /** 18 digits for a civil servant (printed 8 6 1 3); null for a non-ASN officer: no NIP line. */
  readonly nip: string | null;
}

export interface TableColumn {
  readonly title: string;
  /** Default: numbers right, text left. */
  readonly align?: 'left' | 'right' | 'center';
  /** Points, '*' (share the rest) or 'auto'. Default: 'auto' for right-aligned columns, else '*'. */
  readonly width?: number | '*' | 'auto';
  /**
   * Decimals of this column's numbers. Default: two for a column of mostly fractions ("5,00",
   * "88,33"); otherwise whole numbers bare and fractions with two (a column of mixed figures).
   */
  readonly decimals?: number;
}

export type TableCell = string | number | null;

export type DocNode =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [label: string, value: string])[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly TableCell[])[];
      readonly totals?: readonly TableCell[];
    }
  | { readonly kind: 'chart'; readonly chart: ChartSpec; readonly caption?: string; readonly height?: number }
  | { readonly kind: 'qr'; readonly text: string; readonly caption?: string }
  | { readonly kind: 'pageBreak' };

export interface ReportDocumentInput {
  readonly lang: DocLang;
  /** The office's name, logo and address lines. */
  readonly identity: SiteIdentity;
  /** The government line, unit lines, city and signer titles. */
  readonly settings: DocumentSettings;
  /** 'REKAP PENGGUNA COWORKING SPACE' */
  readonly title: string;
  /** 'Periode: November 2026' */
  readonly period?: string;
  /** When the document was made (epoch ms): its date line and the PDF's dates. */
  readonly madeAt: number;
  /** The site's zone (Asia/Pontianak). */
  readonly timeZone: string;
  readonly body: readonly DocNode[];
  /** Right: place-date line and the preparer; left: 'Mengetahui,' the reviewer; below, centred: the receiver. */
  readonly signatures: { readonly preparer: Signer; readonly reviewer?: Signer; readonly receiver?: Signer };
  readonly orientation?: 'portrait' | 'landscape';
}
