// Linux USB printer class through the usblp driver's device file (devices.md §2.4): no libusb, no
// claiming interfaces; a udev rule gives the kiosk user access (§1.7). usblp does not give us DLE
// EOT replies through Node (status needs LPGETSTATUS ioctl), so this transport has no request().
import fs from 'node:fs';
import { TransportError, failureOf } from './byteTransport';
import type { ByteTransport } from './byteTransport';

export interface UsbLpTransportOptions {
  /** '/dev/usb/lp0' or a udev symlink such as '/dev/kiosk-printer'. */
  readonly devicePath: string;
  readonly writeTimeoutMs?: number;
}

// Write-only and append, but never O_CREAT: with the printer unplugged, /dev/usb/lp0 is missing,
// and creating a regular file there would swallow every later job without an error.
const openFlags = fs.constants.O_WRONLY | fs.constants.O_APPEND;

export class UsbLpTransport implements ByteTransport {
  readonly id: string;

  constructor(private readonly options: UsbLpTransportOptions) {
    this.id = `usblp:${options.devicePath}`;
  }

  write(data: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      let opened = false;
      let settled = false;
      const stream = fs.createWriteStream(this.options.devicePath, { flags: openFlags as unknown as string });
      const settle = (err: TransportError | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) {
          stream.destroy();
          reject(err);
        } else resolve();
      };
      // usblp blocks a write while the printer is out of paper or offline. The stuck write cannot be
      // cancelled, but the job is reported so the queue and the officer know.
      const timer = setTimeout(
        () => settle(new TransportError('timeout', opened, `${this.id} stopped taking data`)),
        this.options.writeTimeoutMs ?? 15000,
      );
      stream.once('open', () => {
        opened = true;
      });
      stream.on('error', (err) => {
        settle(new TransportError(failureOf(err), opened, `${this.id}: ${err.message}`, { cause: err }));
      });
      stream.once('close', () => settle(null));
      stream.end(data);
    });
  }

  async close(): Promise<void> {
    // One open per job: nothing held between jobs, so an unplug is noticed on the next job.
  }
}
