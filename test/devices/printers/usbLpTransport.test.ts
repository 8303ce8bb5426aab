// The Linux usblp device file, stood in for by a regular file and a FIFO (devices.md §5.3.7).
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  closeSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EscPosPrinter } from '../../../electron/devices/printers/escPosPrinter';
import { printerErrorKeys } from '../../../electron/devices/printers/printer';
import { UsbLpTransport } from '../../../electron/devices/printers/transports/usbLpTransport';
import { testPage } from '../../../shared/slips/testPage';
import { decodeEscPos } from '../../support/escposDecoder';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'loket-lp-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const doc = testPage({ siteName: 'Loket', printerLabel: 'usblp', now: 0, qrPayload: 'LOKET-LP' }, 80);

describe('UsbLpTransport', () => {
  it('writes each job to the device file', async () => {
    const lp = join(dir, 'lp0');
    writeFileSync(lp, '');
    const printer = new EscPosPrinter(
      { id: 'usb', model: 'epson-tm-t20iii' },
      new UsbLpTransport({ devicePath: lp }),
    );
    expect(await printer.status()).toBe('unknown');
    expect(await printer.print(doc, null)).toEqual({ ok: true, status: 'unknown' });
    expect(await printer.print(doc, null)).toMatchObject({ ok: true });
    const d = decodeEscPos(readFileSync(lp));
    expect(d.initializations).toBe(2);
    expect(d.qrs.map((q) => q.payload)).toEqual(['LOKET-LP', 'LOKET-LP']);
  });

  it('reports a missing device (unplugged) as disconnected and does not create a file there', async () => {
    const lp = join(dir, 'lp0');
    const printer = new EscPosPrinter(
      { id: 'usb', model: 'epson-tm-t20iii' },
      new UsbLpTransport({ devicePath: lp }),
    );
    expect(await printer.print(doc, null)).toMatchObject({
      ok: false,
      errorKey: printerErrorKeys.disconnected,
      retryable: true,
      mayHavePrinted: false,
    });
    expect(existsSync(lp)).toBe(false);
  });

  it('streams a job through a FIFO to a reading "printer"', async () => {
    const fifo = join(dir, 'lp-fifo');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reader = createReadStream(fifo);
    reader.on('data', (c) => chunks.push(c as Buffer));
    const closed = new Promise<void>((r) => reader.once('close', () => r()));
    const bytes = new EscPosPrinter(
      { id: 'usb', model: 'epson-tm-t20iii' },
      new UsbLpTransport({ devicePath: fifo }),
    ).render(doc);
    await new UsbLpTransport({ devicePath: fifo }).write(bytes);
    await closed;
    expect(Buffer.concat(chunks).equals(Buffer.from(bytes))).toBe(true);
  });

  it('maps a reader that goes away mid-job (EPIPE) to disconnected, possibly printed', async () => {
    const fifo = join(dir, 'lp-fifo');
    execFileSync('mkfifo', [fifo]);
    // The "printer" opens, then vanishes before the job is written: the kernel answers EPIPE.
    const opening = new Promise<number>((resolve) => setImmediate(() => resolve(openSync(fifo, 'r'))));
    const t = new UsbLpTransport({ devicePath: fifo, writeTimeoutMs: 3000 });
    const job = t.write(new Uint8Array(1024 * 1024).fill(0x41));
    closeSync(await opening);
    await expect(job).rejects.toMatchObject({ failure: 'disconnected', started: true });
  });
});
