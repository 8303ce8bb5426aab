// Options for Electron's webContents.print on a 58/80 mm roll (devices.md §2.5). Since Electron 25
// a print without pageSize is A4 (electron#39670), which thermal printers scale down to an
// unreadable strip (electron#9780, #49374): always give the size in microns, margins none.
// Pure, so it is tested here; the Electron glue passes the result straight to print().
import type { PaperWidth } from '../../../shared/receipt';

/** The subset of Electron's WebContentsPrintOptions we set, spelled out so no `electron` import is needed. */
export interface OsPrintOptions {
  readonly silent: true;
  readonly printBackground: true;
  readonly color: false;
  readonly landscape: false;
  readonly copies: 1;
  /** The system name of the printer (e.g. 'EPSON_TM_T20III'), not its friendly name. */
  readonly deviceName: string;
  readonly margins: { readonly marginType: 'none' };
  /** Microns; Electron rejects anything under 353. */
  readonly pageSize: { readonly width: number; readonly height: number };
}

export const minPageMicrons = 353;

export interface PrintOptionsInput {
  readonly paperWidth: PaperWidth;
  readonly deviceName: string;
  /** Height of the laid-out receipt in millimetres (measured or estimated). */
  readonly contentHeightMm: number;
}

export function buildPrintOptions(input: PrintOptionsInput): OsPrintOptions {
  if (input.deviceName.trim() === '') throw new RangeError('deviceName is required for silent printing');
  const height = Math.max(minPageMicrons, Math.ceil(input.contentHeightMm * 1000));
  return {
    silent: true,
    printBackground: true,
    color: false,
    landscape: false,
    copies: 1,
    deviceName: input.deviceName,
    margins: { marginType: 'none' },
    pageSize: { width: input.paperWidth * 1000, height },
  };
}

/** CSS pixels (96 per inch) of a measured page → millimetres, for `contentHeightMm`. */
export const cssPxToMm = (px: number): number => (px * 25.4) / 96;
