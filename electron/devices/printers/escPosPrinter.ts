// An ESC/POS printer: a model profile plus a byte transport. Before each job it asks the printer
// for its status where the link can answer (DLE EOT, devices.md §2.4): sending a job into a
// printer that is out of paper only fills its buffer and prints later, unseen.
import type { ReceiptDoc } from '../../../shared/receipt';
import { renderEscPos } from './escPosRenderer';
import { printerErrorKeys } from './printer';
import type { PrintOutcome, Printer, PrinterErrorKey } from './printer';
import { fullStatusQuery, parseStatus } from './printerStatus';
import type { PrinterStatus, PrinterStatusReport } from './printerStatus';
import type { EscPosModel, QrMode } from './profiles';
import { TransportError } from './transports/byteTransport';
import type { ByteTransport, TransportFailure } from './transports/byteTransport';

export interface EscPosPrinterOptions {
  readonly id: string;
  readonly model: EscPosModel;
  readonly qr?: QrMode;
  readonly statusTimeoutMs?: number;
}

const failureKeys: Readonly<Record<TransportFailure, PrinterErrorKey>> = {
  unreachable: printerErrorKeys.unreachable,
  disconnected: printerErrorKeys.disconnected,
  timeout: printerErrorKeys.timeout,
  permission: printerErrorKeys.permission,
  io: printerErrorKeys.io,
};

/** What stops a job before any byte is sent, most specific first. */
function blockingProblem(s: PrinterStatus): PrinterErrorKey | null {
  if (s.paperOut) return printerErrorKeys.paperOut;
  if (s.coverOpen) return printerErrorKeys.coverOpen;
  if (!s.online || s.error) return printerErrorKeys.offline;
  return null;
}

export class EscPosPrinter implements Printer {
  readonly id: string;

  constructor(
    private readonly options: EscPosPrinterOptions,
    private readonly transport: ByteTransport,
  ) {
    this.id = options.id;
  }

  render(doc: ReceiptDoc): Uint8Array {
    return renderEscPos(doc, { model: this.options.model, qr: this.options.qr ?? 'auto' });
  }

  async status(): Promise<PrinterStatusReport> {
    if (!this.transport.request) return 'unknown';
    const reply = await this.transport.request(fullStatusQuery, 3, this.options.statusTimeoutMs ?? 800);
    return parseStatus(reply);
  }

  async print(doc: ReceiptDoc, rendered: Uint8Array | null): Promise<PrintOutcome> {
    let status: PrinterStatusReport = 'unknown';
    try {
      status = await this.status();
      if (status !== 'unknown') {
        const problem = blockingProblem(status);
        if (problem) return { ok: false, errorKey: problem, retryable: true, mayHavePrinted: false, status };
      }
      await this.transport.write(rendered ?? this.render(doc));
      return { ok: true, status };
    } catch (err) {
      if (err instanceof TransportError) {
        return {
          ok: false,
          errorKey: failureKeys[err.failure],
          // A missing udev rule does not fix itself; everything else (power, cable, paper) might.
          retryable: err.failure !== 'permission',
          mayHavePrinted: err.started,
          status,
        };
      }
      return {
        ok: false,
        errorKey: printerErrorKeys.renderFailed,
        retryable: false,
        mayHavePrinted: false,
        status,
      };
    }
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}
