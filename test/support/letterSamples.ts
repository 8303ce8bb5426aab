// Real, minimal letters built byte by byte for the file tests: a PDF with a correct cross-reference
// table (poppler reads it), a PNG written by pngjs, and a baseline JPEG (one 8×8 grey block with
// one-code Huffman tables). `variant` changes the content, so each test can have its own hash.
import { PNG } from 'pngjs';

const encoder = new TextEncoder();

/** A one-page PDF saying `text`, with the offsets in its xref table right. */
export function samplePdf(text = 'Surat permohonan'): Uint8Array<ArrayBuffer> {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the content stream, below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 18 Tf 72 760 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((content, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${content}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(body);
}

/** A `width`×`height` PNG filled with one colour. */
export function samplePng(width = 4, height = 3, shade = 200): Uint8Array<ArrayBuffer> {
  const png = new PNG({ width, height });
  png.data.fill(shade);
  for (let i = 3; i < png.data.length; i += 4) png.data[i] = 255;
  return new Uint8Array(PNG.sync.write(png));
}

const segment = (marker: number, payload: number[]): number[] => [
  0xff,
  marker,
  (payload.length + 2) >> 8,
  (payload.length + 2) & 0xff,
  ...payload,
];

/**
 * A baseline greyscale JPEG, 8×8, one block whose DC difference is 0 (mid grey) and whose AC part is
 * end-of-block: both Huffman tables have a single one-bit code, so the scan is the two bits `00`.
 * `comment` goes in a COM segment (a different file, the same picture).
 */
export function sampleJpeg(comment = 'surat'): Uint8Array<ArrayBuffer> {
  const jfif = [0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const quant = [0x00, ...new Array<number>(64).fill(1)];
  const frame = [0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00];
  const oneCode = (tableClass: number, symbol: number) => [
    (tableClass << 4) | 0,
    1,
    ...new Array<number>(15).fill(0),
    symbol,
  ];
  const scanHeader = [0x01, 0x01, 0x00, 0x00, 0x3f, 0x00];
  return new Uint8Array([
    0xff,
    0xd8,
    ...segment(0xe0, jfif),
    ...segment(0xfe, Array.from(encoder.encode(comment))),
    ...segment(0xdb, quant),
    ...segment(0xc0, frame),
    ...segment(0xc4, oneCode(0, 0x00)),
    ...segment(0xc4, oneCode(1, 0x00)),
    ...segment(0xda, scanHeader),
    0x3f, // the bits 0 (DC: category 0) and 0 (AC: end of block), padded with ones
    0xff,
    0xd9,
  ]);
}

/** `bytes` with `extra` appended: a different file of the same type, for a fresh hash. */
export const withTrailer = (bytes: Uint8Array, extra: string): Uint8Array<ArrayBuffer> => {
  const tail = encoder.encode(extra);
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
};
