// Serial / USB-CDC / virtual COM printers (devices.md §2.4): one port kept open across jobs
// (opening toggles DTR, which resets some printers), a write counts as done only after drain, and
// the printer answers DLE EOT on the same port. `serialport` is loaded lazily, so a missing native
// binding fails this printer, not the app.
import type { EventEmitter } from 'node:events';
import { TransportError, failureOf } from './byteTransport';
import type { ByteTransport } from './byteTransport';

export interface PrinterSerialPort extends EventEmitter {
  readonly isOpen: boolean;
  write(data: Uint8Array, cb?: (err?: Error | null) => void): boolean;
  drain(cb: (err?: Error | null) => void): void;
  close(cb?: (err?: Error | null) => void): void;
}

export interface SerialTransportOptions {
  readonly path: string;
  readonly baudRate: number;
  /** Per the printer's DIP/menu setting; XON/XOFF or RTS/CTS keep a slow printer's buffer from overflowing. */
  readonly flowControl?: 'none' | 'rtscts' | 'xonxoff';
  readonly writeTimeoutMs?: number;
}

export type PrinterSerialOpener = (o: SerialTransportOptions) => Promise<PrinterSerialPort>;

export const openPrinterSerialPort: PrinterSerialOpener = async ({ path, baudRate, flowControl }) => {
  const { SerialPort } = await import('serialport');
  return new Promise((resolve, reject) => {
    const port = new SerialPort({
      path,
      baudRate,
      autoOpen: false,
      rtscts: flowControl === 'rtscts',
      xon: flowControl === 'xonxoff',
      xoff: flowControl === 'xonxoff',
    });
    port.open((err) => (err ? reject(err) : resolve(port)));
  });
};

export class SerialTransport implements ByteTransport {
  readonly id: string;
  private port: PrinterSerialPort | null = null;

  constructor(
    private readonly options: SerialTransportOptions,
    private readonly open: PrinterSerialOpener = openPrinterSerialPort,
  ) {
    this.id = `serial:${options.path}`;
  }

  private async ensureOpen(): Promise<PrinterSerialPort> {
    if (this.port?.isOpen) return this.port;
    try {
      const port = await this.open(this.options);
      // Unplugging a USB-CDC printer closes the port with err.disconnected; the next job reopens.
      port.once('close', () => {
        if (this.port === port) this.port = null;
      });
      port.on('error', () => {});
      // Keep the port flowing so stray bytes (ASB, a late reply) are dropped, not handed to the
      // next status request as if they were its answer.
      port.on('data', () => {});
      this.port = port;
      return port;
    } catch (err) {
      throw new TransportError(failureOf(err), false, `${this.id}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  async write(data: Uint8Array): Promise<void> {
    const port = await this.ensureOpen();
    const timeoutMs = this.options.writeTimeoutMs ?? 15000;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A printer holding CTS low (paper out, cover open) never drains: give up, and drop the
        // port so queued bytes are not printed later on top of a retry.
        this.dropPort(port);
        reject(new TransportError('timeout', true, `${this.id} stopped taking data`));
      }, timeoutMs);
      const fail = (err: Error) => {
        clearTimeout(timer);
        this.dropPort(port);
        reject(new TransportError('disconnected', true, `${this.id}: ${err.message}`, { cause: err }));
      };
      port.write(data, (err) => {
        if (err) return fail(err);
        port.drain((e) => {
          if (e) return fail(e);
          clearTimeout(timer);
          resolve();
        });
      });
    });
  }

  async request(cmd: Uint8Array, replyBytes: number, timeoutMs: number): Promise<Uint8Array | null> {
    const port = await this.ensureOpen();
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let got = 0;
      const done = (v: Uint8Array | null) => {
        clearTimeout(timer);
        port.off('data', onData);
        resolve(v);
      };
      const onData = (chunk: Buffer) => {
        chunks.push(chunk);
        got += chunk.length;
        if (got >= replyBytes) done(Uint8Array.from(Buffer.concat(chunks).subarray(0, replyBytes)));
      };
      // No reply in time is "unknown", not an error (devices.md §2.4).
      const timer = setTimeout(
        () => done(got > 0 ? Uint8Array.from(Buffer.concat(chunks)) : null),
        timeoutMs,
      );
      port.on('data', onData);
      port.write(cmd, (err) => {
        if (err) done(null);
      });
    });
  }

  private dropPort(port: PrinterSerialPort): void {
    if (this.port === port) this.port = null;
    if (port.isOpen) port.close(() => {});
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
