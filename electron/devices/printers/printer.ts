// A printer as the print queue sees it: print a document (or its bytes), report status, and say
// clearly whether a failed job may already be on paper.
import type { ReceiptDoc } from '../../../shared/receipt';
import type { PrinterStatusReport } from './printerStatus';

/** Message keys the UI translates (under `errors.printer.`). */
export const printerErrorKeys = {
  paperOut: 'errors.printer.paperOut',
  coverOpen: 'errors.printer.coverOpen',
  offline: 'errors.printer.offline',
  unreachable: 'errors.printer.unreachable',
  disconnected: 'errors.printer.disconnected',
  timeout: 'errors.printer.timeout',
  permission: 'errors.printer.permission',
  io: 'errors.printer.io',
  rejected: 'errors.printer.rejected',
  renderFailed: 'errors.printer.renderFailed',
  unknownPrinter: 'errors.printer.unknownPrinter',
} as const;
export type PrinterErrorKey = (typeof printerErrorKeys)[keyof typeof printerErrorKeys];

export type PrintOutcome =
  | { readonly ok: true; readonly status: PrinterStatusReport }
  | {
      readonly ok: false;
      readonly errorKey: PrinterErrorKey;
      /** Worth trying again later (offline, out of paper) vs. needs a person (bad settings). */
      readonly retryable: boolean;
      /** Some bytes may have reached the printer: a retry could print the slip twice. */
      readonly mayHavePrinted: boolean;
      readonly status: PrinterStatusReport;
    };

export interface Printer {
  readonly id: string;
  /** ESC/POS printers render when the job is queued, so the stored job is exactly what prints. */
  render?(doc: ReceiptDoc): Uint8Array;
  print(doc: ReceiptDoc, rendered: Uint8Array | null): Promise<PrintOutcome>;
  status(): Promise<PrinterStatusReport>;
  close(): Promise<void>;
}
