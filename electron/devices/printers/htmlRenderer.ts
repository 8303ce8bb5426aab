// ReceiptDoc → a self-contained HTML page for the OS printer (Electron webContents.print,
// devices.md §2.5). Everything from the document is text and is escaped here, at the last moment:
// a visitor's name is hostile input ("<img onerror=…>" must print as those characters). A strict
// CSP in the page is the second fence: no script, no remote fetch, even if an escape were missed.
import type { Align, PaperWidth, ReceiptBlock, ReceiptDoc, TableBlock } from '../../../shared/receipt';
import { defaultQrModuleSize } from '../../../shared/receipt';
import { qrMatrix, quietZoneModules } from './qrMatrix';

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** Printable width of the roll: about 72 mm of 80 and 48 mm of 58 (devices.md §2.5). */
export const printableMm: Readonly<Record<PaperWidth, number>> = { 80: 72, 58: 48 };

// 203 dpi thermal dot, so a QR block is the same size on paper whichever path prints it.
const mmPerDot = 25.4 / 203;
const lineMm = 4.5;

const escText = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');
const alignClass = (a: Align | undefined) => `a-${a ?? 'left'}`;

function qrSvg(payload: string, moduleDots: number): { html: string; mm: number } {
  const m = qrMatrix(payload);
  const span = m.size + 2 * quietZoneModules;
  let d = '';
  for (let r = 0; r < m.size; r++) {
    for (let c = 0; c < m.size; c++) {
      if (m.isDark(r, c)) d += `M${c + quietZoneModules} ${r + quietZoneModules}h1v1h-1z`;
    }
  }
  const mm = Math.round(span * moduleDots * mmPerDot * 100) / 100;
  // Geometry only: the payload itself never enters the markup.
  const html =
    `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${span} ${span}" ` +
    `width="${mm}mm" height="${mm}mm" shape-rendering="crispEdges"><rect width="${span}" height="${span}" fill="#fff"/>` +
    `<path d="${d}" fill="#000"/></svg>`;
  return { html, mm };
}

function table(b: TableBlock, cls: string): string {
  const total = b.columns.reduce((a, c) => a + (c.share ?? 1), 0);
  const cols = b.columns
    .map((c) => `<col style="width:${Math.round(((c.share ?? 1) / total) * 1000) / 10}%">`)
    .join('');
  const cell = (tag: 'td' | 'th', v: string | undefined, i: number) =>
    `<${tag} class="${alignClass(b.columns[i]?.align)}">${escText(v ?? '')}</${tag}>`;
  const head = b.header
    ? `<thead><tr>${b.columns.map((_, i) => cell('th', b.header?.[i], i)).join('')}</tr></thead>`
    : '';
  const rows = b.rows
    .map((r) => `<tr>${b.columns.map((_, i) => cell('td', r[i], i)).join('')}</tr>`)
    .join('');
  return `<table class="${cls}"><colgroup>${cols}</colgroup>${head}<tbody>${rows}</tbody></table>`;
}

function block(b: ReceiptBlock, last: boolean): { html: string; mm: number } {
  switch (b.kind) {
    case 'text': {
      const cls = ['t', alignClass(b.align), b.bold ? 'b' : '', b.size === 2 ? 's2' : '']
        .filter(Boolean)
        .join(' ');
      const lines = b.text.split('\n').length * (b.size === 2 ? 2 : 1);
      return { html: `<p class="${cls}">${escText(b.text)}</p>`, mm: lines * lineMm };
    }
    case 'rule':
      return { html: `<hr class="${b.style ?? 'single'}">`, mm: lineMm };
    case 'keyValue':
      return {
        html: table(
          {
            kind: 'table',
            columns: [{ share: 2 }, { share: 3, align: 'right' }],
            rows: b.rows.map(([k, v]) => [k, v]),
          },
          'kv',
        ),
        mm: b.rows.length * lineMm,
      };
    case 'table':
      return { html: table(b, 'grid'), mm: (b.rows.length + (b.header ? 1 : 0)) * lineMm };
    case 'qr': {
      const q = qrSvg(b.payload, b.size ?? defaultQrModuleSize);
      return { html: `<div class="a-center">${q.html}</div>`, mm: q.mm + 2 };
    }
    case 'feed':
      return { html: `<div style="height:${b.lines * lineMm}mm"></div>`, mm: b.lines * lineMm };
    case 'cut':
      // The driver cuts at the end of the document; a cut inside it becomes a page break.
      return { html: last ? '' : '<div class="cut"></div>', mm: 0 };
    default: {
      const never: never = b;
      throw new Error(`Unhandled receipt block: ${JSON.stringify(never)}`);
    }
  }
}

export interface RenderedHtml {
  readonly html: string;
  /** Estimated content height; the Electron glue may measure the laid-out page instead. */
  readonly heightMm: number;
}

export function renderReceiptHtml(doc: ReceiptDoc, lang: 'id' | 'en' = 'id'): RenderedHtml {
  const parts = doc.blocks.map((b, i) => block(b, i === doc.blocks.length - 1));
  const heightMm = Math.ceil(parts.reduce((a, p) => a + p.mm, 0) + 8);
  const width = printableMm[doc.width];
  const css = [
    `@page{size:${doc.width}mm ${heightMm}mm;margin:0}`,
    `html,body{margin:0;padding:0;background:#fff;color:#000}`,
    `body{width:${width}mm;margin:0 auto;padding:2mm 0;font:3.2mm/1.35 "DejaVu Sans Mono",Consolas,monospace}`,
    `p{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}`,
    `.a-left{text-align:left}.a-center{text-align:center}.a-right{text-align:right}`,
    `.b{font-weight:bold}.s2{font-size:6.4mm;line-height:1.2}`,
    `hr{border:0;border-top:0.3mm solid #000;margin:1mm 0}hr.double{border-top:0.9mm double #000}`,
    `table{width:100%;border-collapse:collapse;table-layout:fixed}td,th{padding:0;vertical-align:top;overflow-wrap:anywhere}`,
    `th{font-weight:bold}.kv td:first-child{text-align:left}`,
    `.qr{display:inline-block;margin:1mm 0}.cut{break-after:page}`,
  ].join('');
  const html =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>Loket</title><style>${css}</style></head><body>${parts.map((p) => p.html).join('')}</body></html>`;
  return { html, heightMm };
}
