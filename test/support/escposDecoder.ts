// A small ESC/POS decoder for tests: turns the bytes a printer would receive back into lines of
// text (with alignment, bold and size), QR codes (GS ( k), raster images (GS v 0), cuts and pulses,
// so tests assert what a visitor would see on paper instead of comparing opaque byte strings.
// Command lengths follow the Epson ESC/POS Application Programming Guide (FAQ + command
// reference, TM-T20III/TM-T88 families); devices.md §5.2 lists the set the renderer emits.
import jsQR from 'jsqr';
import QRCode from 'qrcode';

export type Align = 'left' | 'center' | 'right';

export interface DecodedLine {
  readonly type: 'line';
  /** The printed characters, with the alignment padding removed. */
  readonly text: string;
  /** As sent, padding included. */
  readonly raw: string;
  /** From ESC a when set; otherwise inferred from the space padding (the encoder aligns text itself). */
  readonly align: Align;
  readonly bold: boolean;
  /** Character magnification from GS ! / ESC ! (1 = normal). */
  readonly width: number;
  readonly height: number;
}

export interface DecodedQr {
  readonly type: 'qr';
  readonly payload: string;
  readonly model: number;
  readonly moduleSize: number;
  readonly errorLevel: 'L' | 'M' | 'Q' | 'H';
  readonly align: Align;
}

export interface DecodedRaster {
  readonly type: 'raster';
  /** Width in dots (bytes per row × 8). */
  readonly width: number;
  readonly height: number;
  /** One byte per dot, 1 = black, row-major. */
  readonly dots: Uint8Array;
  readonly align: Align;
}

export interface DecodedCut {
  readonly type: 'cut';
  readonly partial: boolean;
}

export interface DecodedPulse {
  readonly type: 'pulse';
  readonly pin: number;
}

export interface DecodedStatusQuery {
  readonly type: 'statusQuery';
  readonly n: number;
}

export type DecodedItem =
  DecodedLine | DecodedQr | DecodedRaster | DecodedCut | DecodedPulse | DecodedStatusQuery;

export interface Decoded {
  readonly items: ReadonlyArray<DecodedItem>;
  readonly lines: ReadonlyArray<DecodedLine>;
  /** Non-empty lines' text, the easiest thing to assert on. */
  readonly texts: ReadonlyArray<string>;
  readonly qrs: ReadonlyArray<DecodedQr>;
  /** Raster images, with segments sent back to back (the encoder splits at 255 rows) stitched. */
  readonly images: ReadonlyArray<DecodedRaster>;
  readonly cuts: ReadonlyArray<DecodedCut>;
  /** How often ESC @ reset the printer. */
  readonly initializations: number;
  /** Code pages selected with ESC t, in order. */
  readonly codepages: ReadonlyArray<number>;
  /** Byte offsets of commands this decoder does not know; tests expect none. */
  readonly unknown: ReadonlyArray<number>;
}

export interface DecodeOptions {
  /** Characters per line, to infer alignment from padding. */
  readonly columns?: number;
}

// Code page 437, bytes 0x80–0xFF (IBM PC; Epson ESC t 0).
const cp437High =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
// Windows-1252 differs from Latin-1 only in 0x80–0x9F (Node's TextDecoder treats it as Latin-1).
const cp1252Low = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/** ESC t numbering shared by the Epson and POS-58/80 mappings (0 = PC437, 16 = WPC1252). */
function decodeChar(byte: number, codepage: number): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (codepage === 0) return cp437High[byte - 0x80] ?? '\ufffd';
  if (codepage === 16) return byte < 0xa0 ? (cp1252Low[byte - 0x80] ?? '\ufffd') : String.fromCharCode(byte);
  return '\ufffd';
}

const errorLevels = { 0x30: 'L', 0x31: 'M', 0x32: 'Q', 0x33: 'H' } as const;
const alignOf = (n: number): Align =>
  n === 1 || n === 0x31 ? 'center' : n === 2 || n === 0x32 ? 'right' : 'left';

interface Cell {
  ch: string;
  bold: boolean;
  width: number;
  height: number;
}

export function decodeEscPos(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const items: DecodedItem[] = [];
  const unknown: number[] = [];
  const codepages: number[] = [];
  let initializations = 0;

  // Printer state.
  let codepage = 0;
  let bold = false;
  let align: Align = 'left';
  let alignExplicit = false;
  let width = 1;
  let height = 1;
  let qrModel = 2;
  let qrSize = 3;
  let qrLevel: DecodedQr['errorLevel'] = 'L';
  let qrStored = '';
  let cells: Cell[] = [];

  const reset = () => {
    codepage = 0;
    bold = false;
    align = 'left';
    alignExplicit = false;
    width = 1;
    height = 1;
  };

  const flushLine = () => {
    const raw = cells.map((c) => c.ch).join('');
    const text = raw.trim();
    const printed = cells.filter((c) => c.ch.trim() !== '');
    let lineAlign = align;
    if (!alignExplicit && options.columns && text !== '') {
      const cellWidth = (c: Cell) => c.width;
      const firstInk = cells.findIndex((c) => c.ch.trim() !== '');
      const lead = cells.slice(0, firstInk).reduce((a, c) => a + cellWidth(c), 0);
      const used = cells.reduce((a, c) => a + cellWidth(c), 0);
      const lastInk = cells.length - 1 - [...cells].reverse().findIndex((c) => c.ch.trim() !== '');
      const tailSpaces = cells.slice(lastInk + 1).reduce((a, c) => a + cellWidth(c), 0);
      const trail = options.columns - used + tailSpaces;
      if (lead > 0 && trail <= 0) lineAlign = 'right';
      else if (lead > 0 && Math.abs(lead - trail) <= 1) lineAlign = 'center';
    }
    items.push({
      type: 'line',
      text,
      raw,
      align: lineAlign,
      bold: printed.length > 0 && printed.every((c) => c.bold),
      width: Math.max(1, ...cells.map((c) => c.width)),
      height: Math.max(1, ...cells.map((c) => c.height)),
    });
    cells = [];
  };

  const u16 = (i: number) => (bytes[i] ?? 0) + (bytes[i + 1] ?? 0) * 256;

  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n1 = bytes[i + 1];
    const n2 = bytes[i + 2];
    if (b === 0x0a) {
      flushLine();
      i += 1;
    } else if (b === 0x0d) {
      i += 1; // CR: print position back to the line start; LF does the printing.
    } else if (b === 0x09) {
      cells.push({ ch: ' ', bold, width, height });
      i += 1;
    } else if (b === 0x1b) {
      switch (n1) {
        case 0x40: // ESC @ initialize
          initializations++;
          reset();
          i += 2;
          break;
        case 0x74: // ESC t n code page
          codepage = n2 ?? 0;
          codepages.push(codepage);
          i += 3;
          break;
        case 0x45: // ESC E n emphasis
        case 0x47: // ESC G n double strike
          bold = ((n2 ?? 0) & 1) === 1;
          i += 3;
          break;
        case 0x61: // ESC a n justification
          align = alignOf(n2 ?? 0);
          alignExplicit = align !== 'left';
          i += 3;
          break;
        case 0x21: // ESC ! n print mode: bit 3 emphasis, bit 4 double height, bit 5 double width
          bold = ((n2 ?? 0) & 0x08) !== 0;
          height = (n2 ?? 0) & 0x10 ? 2 : 1;
          width = (n2 ?? 0) & 0x20 ? 2 : 1;
          i += 3;
          break;
        case 0x64: // ESC d n print and feed n lines
          flushLine();
          for (let k = 1; k < (n2 ?? 0); k++) flushLine();
          i += 3;
          break;
        case 0x2d: // ESC - n underline
        case 0x4d: // ESC M n font
        case 0x33: // ESC 3 n line spacing
        case 0x4a: // ESC J n feed dots
        case 0x7b: // ESC { n upside down
        case 0x56: // ESC V n rotate
        case 0x52: // ESC R n international set
        case 0x20: // ESC SP n right spacing
          i += 3;
          break;
        case 0x32: // ESC 2 default line spacing
          i += 2;
          break;
        case 0x70: // ESC p m t1 t2 pulse
          items.push({ type: 'pulse', pin: (n2 ?? 0) & 1 });
          i += 5;
          break;
        case 0x2a: {
          // ESC * m nL nH d… column image: 8-dot modes send 1 byte a column, 24-dot modes 3.
          const columns = u16(i + 3);
          i += 5 + columns * ((n2 ?? 0) >= 32 ? 3 : 1);
          break;
        }
        default:
          unknown.push(i);
          i += 2;
      }
    } else if (b === 0x1d) {
      switch (n1) {
        case 0x21: // GS ! n character size: high nibble width-1, low nibble height-1
          width = (((n2 ?? 0) >> 4) & 0x07) + 1;
          height = ((n2 ?? 0) & 0x07) + 1;
          i += 3;
          break;
        case 0x56: {
          // GS V m [n] cut: m 0/48 full, 1/49 partial; 65/66 take a feed amount.
          const m = n2 ?? 0;
          items.push({ type: 'cut', partial: m === 1 || m === 0x31 || m === 66 });
          i += m >= 65 ? 4 : 3;
          break;
        }
        case 0x76: {
          // GS v 0 m xL xH yL yH d… raster image, xL/xH in bytes.
          const xBytes = u16(i + 4);
          const rows = u16(i + 6);
          const start = i + 8;
          const dots = new Uint8Array(xBytes * 8 * rows);
          for (let y = 0; y < rows; y++) {
            for (let xb = 0; xb < xBytes; xb++) {
              const v = bytes[start + y * xBytes + xb] ?? 0;
              for (let bit = 0; bit < 8; bit++) dots[y * xBytes * 8 + xb * 8 + bit] = (v >> (7 - bit)) & 1;
            }
          }
          const prev = items.at(-1);
          if (prev?.type === 'raster' && prev.width === xBytes * 8 && cells.length === 0) {
            const joined = new Uint8Array(prev.dots.length + dots.length);
            joined.set(prev.dots);
            joined.set(dots, prev.dots.length);
            items[items.length - 1] = { ...prev, height: prev.height + rows, dots: joined };
          } else {
            items.push({ type: 'raster', width: xBytes * 8, height: rows, dots, align });
          }
          i = start + xBytes * rows;
          break;
        }
        case 0x28: {
          // GS ( <fn letter> pL pH …: length-prefixed function groups.
          const len = u16(i + 3);
          const body = bytes.subarray(i + 5, i + 5 + len);
          if (n2 === 0x6b && body[0] === 0x31) {
            // GS ( k cn=49: QR code. fn 65 model, 67 size, 69 EC level, 80 store, 81 print.
            const fn = body[1];
            if (fn === 65) qrModel = (body[2] ?? 0x32) - 0x30;
            else if (fn === 67) qrSize = body[2] ?? qrSize;
            else if (fn === 69) qrLevel = errorLevels[(body[2] ?? 0x30) as keyof typeof errorLevels] ?? 'L';
            else if (fn === 80) qrStored = new TextDecoder('latin1').decode(body.subarray(3));
            else if (fn === 81)
              items.push({
                type: 'qr',
                payload: qrStored,
                model: qrModel,
                moduleSize: qrSize,
                errorLevel: qrLevel,
                align,
              });
          }
          i += 5 + len;
          break;
        }
        case 0x50: // GS P x y motion units
          i += 4;
          break;
        case 0x4c: // GS L nL nH left margin
        case 0x57: // GS W nL nH print area width
          i += 4;
          break;
        case 0x42: // GS B n reverse
        case 0x48: // GS H n HRI position
        case 0x68: // GS h n barcode height
        case 0x77: // GS w n barcode width
        case 0x61: // GS a n automatic status back
        case 0x72: // GS r n transmit status
          i += 3;
          break;
        default:
          unknown.push(i);
          i += 2;
      }
    } else if (b === 0x1c) {
      // FS . cancel Kanji mode, FS & Kanji on; FS C n Kanji code system.
      if (n1 === 0x2e || n1 === 0x26) i += 2;
      else if (n1 === 0x43) i += 3;
      else {
        unknown.push(i);
        i += 2;
      }
    } else if (b === 0x10 && n1 === 0x04) {
      items.push({ type: 'statusQuery', n: n2 ?? 0 }); // DLE EOT n, answered in real time
      i += 3;
    } else if (b < 0x20) {
      unknown.push(i);
      i += 1;
    } else {
      cells.push({ ch: decodeChar(b, codepage), bold, width, height });
      i += 1;
    }
  }
  if (cells.length > 0) flushLine();

  const lines = items.filter((x): x is DecodedLine => x.type === 'line');
  return {
    items,
    lines,
    texts: lines.map((l) => l.text).filter((t) => t !== ''),
    qrs: items.filter((x): x is DecodedQr => x.type === 'qr'),
    images: items.filter((x): x is DecodedRaster => x.type === 'raster'),
    cuts: items.filter((x): x is DecodedCut => x.type === 'cut'),
    initializations,
    codepages,
    unknown,
  };
}

/** RGBA pixels of a decoded raster image (black dots on white), e.g. for jsQR or a PNG. */
export function rasterToRgba(
  img: DecodedRaster,
  quietDots = 0,
): { data: Uint8ClampedArray; width: number; height: number } {
  const width = img.width + 2 * quietDots;
  const height = img.height + 2 * quietDots;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (img.dots[y * img.width + x] !== 1) continue;
      const o = ((y + quietDots) * width + x + quietDots) * 4;
      data[o] = data[o + 1] = data[o + 2] = 0;
    }
  }
  return { data, width, height };
}

/** Reads a printed raster QR back with jsQR, as a phone or scanner would. */
export function readRasterQr(img: DecodedRaster): string | null {
  // A quiet margin in case the image was cropped to the symbol.
  const rgba = rasterToRgba(img, 16);
  return jsQR(rgba.data, rgba.width, rgba.height)?.data ?? null;
}

/**
 * A native QR is drawn by the printer's firmware, so there are no pixels in the stream. Draw what the
 * printer would (same payload, model 2, the EC level and module size it was told) and read that:
 * it proves the stored payload is a well-formed, scannable code at that size.
 */
export function readNativeQr(q: DecodedQr): string | null {
  const level = q.errorLevel;
  const { modules } = QRCode.create(q.payload, { errorCorrectionLevel: level });
  const quiet = 4;
  const span = modules.size + 2 * quiet;
  const side = span * q.moduleSize;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (modules.get(r, c) !== 1) continue;
      for (let dy = 0; dy < q.moduleSize; dy++) {
        for (let dx = 0; dx < q.moduleSize; dx++) {
          const o = (((r + quiet) * q.moduleSize + dy) * side + (c + quiet) * q.moduleSize + dx) * 4;
          data[o] = data[o + 1] = data[o + 2] = 0;
        }
      }
    }
  }
  return jsQR(data, side, side)?.data ?? null;
}
