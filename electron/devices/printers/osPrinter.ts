// The OS printer fallback: HTML through the platform's driver via Electron's silent print. This
// module must not import 'electron' (ARCHITECTURE.md): the glue in electron/main injects
// `printHtml`, which loads the page in a hidden window and calls webContents.print(options).
import type { ReceiptDoc } from '../../../shared/receipt';
import { renderReceiptHtml } from './htmlRenderer';
import { printerErrorKeys } from './printer';
import type { PrintOutcome, Printer } from './printer';
import type { PrinterStatusReport } from './printerStatus';
import { buildPrintOptions } from './printOptions';
import type { OsPrintOptions } from './printOptions';

/** Electron's print callback result: `(success, failureReason)`. */
export interface PrintHtmlResult {
  readonly success: boolean;
  readonly failureReason?: string;
}

export type PrintHtmlPort = (html: string, options: OsPrintOptions) => Promise<PrintHtmlResult>;

export interface OsPrinterOptions {
  readonly id: string;
  readonly deviceName: string;
  readonly lang?: 'id' | 'en';
}

export class OsPrinter implements Printer {
  readonly id: string;

  constructor(
    private readonly options: OsPrinterOptions,
    private readonly printHtml: PrintHtmlPort,
  ) {
    this.id = options.id;
  }

  async print(doc: ReceiptDoc): Promise<PrintOutcome> {
    const { html, heightMm } = renderReceiptHtml(doc, this.options.lang ?? 'id');
    const options = buildPrintOptions({
      paperWidth: doc.width,
      deviceName: this.options.deviceName,
      contentHeightMm: heightMm,
    });
    const status: PrinterStatusReport = 'unknown';
    try {
      const result = await this.printHtml(html, options);
      if (result.success) return { ok: true, status };
      // "Invalid printer settings" will not fix itself; a failed or cancelled spool might.
      const settings = /invalid printer settings/i.test(result.failureReason ?? '');
      return {
        ok: false,
        errorKey: settings ? printerErrorKeys.rejected : printerErrorKeys.io,
        retryable: !settings,
        mayHavePrinted: false,
        status,
      };
    } catch {
      return { ok: false, errorKey: printerErrorKeys.io, retryable: true, mayHavePrinted: false, status };
    }
  }

  /** The OS spooler does not tell us about paper; the driver's own dialog does. */
  async status(): Promise<PrinterStatusReport> {
    return 'unknown';
  }

  async close(): Promise<void> {}
}
