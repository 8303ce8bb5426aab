// A QR code as pixels, for printers without a native QR command (raster fallback, devices.md §4.4)
// and for the HTML renderer. EC level M, as the credential design recommends for paper (§3.3).
import QRCode from 'qrcode';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  isDark(row: number, col: number): boolean;
}

export function qrMatrix(payload: string): QrMatrix {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
}

/** ISO/IEC 18004 asks for four light modules around the symbol. */
export const quietZoneModules = 4;

export interface RgbaImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/**
 * Renders the QR with whole dots per module (no resampling: a blurred module edge is what makes
 * cheap thermal QRs unreadable), shrinking the module until the symbol fits the printable width.
 */
export function qrImage(payload: string, moduleDots: number, maxDots: number): RgbaImage {
  const m = qrMatrix(payload);
  const span = m.size + 2 * quietZoneModules;
  const dots = Math.max(1, Math.min(moduleDots, Math.floor(maxDots / span)));
  const side = span * dots;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < m.size; row++) {
    for (let col = 0; col < m.size; col++) {
      if (!m.isDark(row, col)) continue;
      for (let dy = 0; dy < dots; dy++) {
        const y = (row + quietZoneModules) * dots + dy;
        for (let dx = 0; dx < dots; dx++) {
          const i = (y * side + (col + quietZoneModules) * dots + dx) * 4;
          data[i] = 0;
          data[i + 1] = 0;
          data[i + 2] = 0;
        }
      }
    }
  }
  return { data, width: side, height: side };
}
