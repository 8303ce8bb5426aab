// Printer-model profiles. The encoder's own profile data (code-page numbering, fonts, QR support,
// image mode, cutter feed) is the source of truth (devices.md §2.2); this module only picks the
// ESC/POS models we support and derives what the renderer needs from the roll width.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { escPosModels, type EscPosModel } from '../../../shared/devices/printerConfig';
import type { PaperWidth } from '../../../shared/receipt';

export { escPosModels, type EscPosModel };

/**
 * How QR codes are printed: 'auto' uses the printer's own `GS ( k` when the profile has it;
 * 'raster' forces the image path for clones whose firmware claims a model but lacks the command.
 */
export type QrMode = 'auto' | 'raster';

export interface EscPosProfile {
  readonly model: EscPosModel;
  readonly paperWidth: PaperWidth;
  /** Characters per line in font A. */
  readonly columns: number;
  /** Printable dots per line (images are clamped to it). */
  readonly printableDots: number;
  /** Whether QR codes go out as `GS ( k` (model 2) or as a `GS v 0` raster image. */
  readonly nativeQr: boolean;
}

interface EncoderCapabilities {
  readonly fonts: Readonly<Record<string, { readonly columns: number }>>;
  readonly qrcode: { readonly supported: boolean; readonly models: ReadonlyArray<string> };
}

/** 58 mm rolls give 32 columns of font A on every model we know; 80 mm gives the model's own (42 or 48). */
export function profileFor(model: EscPosModel, paperWidth: PaperWidth, qr: QrMode = 'auto'): EscPosProfile {
  const probe = new ReceiptPrinterEncoder({ printerModel: model });
  const caps = probe.printerCapabilities as EncoderCapabilities;
  const modelColumns = caps.fonts['A']?.columns ?? probe.columns;
  const columns = paperWidth === 58 ? Math.min(32, modelColumns) : modelColumns;
  const printableDots = new ReceiptPrinterEncoder({ printerModel: model, columns }).printableWidth;
  // Model 2 is what every phone and scanner reads; a profile that lists only model 1 is treated as
  // "no native QR" (the TM-T88III lists none at all and gets the raster fallback, devices.md §5.2).
  const profileHasQr = caps.qrcode.supported && caps.qrcode.models.includes('2');
  const nativeQr = qr === 'auto' && profileHasQr;
  return { model, paperWidth, columns, printableDots, nativeQr };
}
