// The serial port seam (devices.md §4): the scanner needs only data/close/error events and close().
// The real opener loads `serialport` lazily, like node-hid, so core imports stay light and a
// missing native binding fails one device, not the app.
import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';

export interface SerialLike extends EventEmitter {
  readonly isOpen: boolean;
  close(cb?: (err?: Error | null) => void): void;
}

export interface SerialOpenOptions {
  readonly path: string;
  readonly baudRate: number;
}

/** Resolves with an open port or rejects (ENOENT when unplugged, "Permission denied" without dialout). */
export type SerialOpener = (options: SerialOpenOptions) => Promise<SerialLike>;

export interface SerialPortListing {
  readonly path: string;
  readonly manufacturer?: string;
  readonly serialNumber?: string;
  readonly vendorId?: string;
  readonly productId?: string;
  readonly pnpId?: string;
}

export type SerialLister = () => Promise<SerialPortListing[]>;

type SerialPortModule = typeof import('serialport');

let loading: Promise<SerialPortModule> | undefined;
function loadSerialport(): Promise<SerialPortModule> {
  loading ??= import('serialport');
  return loading;
}

export const openSerialPort: SerialOpener = async ({ path, baudRate }) => {
  const { SerialPort } = await loadSerialport();
  return new Promise<SerialLike>((resolve, reject) => {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    port.open((err) => (err ? reject(err) : resolve(port)));
  });
};

/**
 * `SerialPort.list()` shells out to `udevadm info -e` on Linux and rejects with `spawn udevadm ENOENT`
 * where udev is absent (containers). The caller catches; configured paths still work then.
 */
export const listSerialPorts: SerialLister = async () => {
  const { SerialPort } = await loadSerialport();
  const ports = await SerialPort.list();
  return ports.map((p) => ({
    path: p.path,
    ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}),
    ...(p.serialNumber ? { serialNumber: p.serialNumber } : {}),
    ...(p.vendorId ? { vendorId: p.vendorId } : {}),
    ...(p.productId ? { productId: p.productId } : {}),
    ...(p.pnpId ? { pnpId: p.pnpId } : {}),
  }));
};

/**
 * Whether a serial port is there to be opened: its device node (or udev link) exists; a Windows COM
 * port, which has no path to look at, is looked for in the port list.
 */
export function serialPortPresent(
  path: string,
  lister: SerialLister = listSerialPorts,
): () => Promise<boolean> {
  if (/^COM\d+$/i.test(path))
    return async () => (await lister()).some((p) => p.path.toUpperCase() === path.toUpperCase());
  return async () => existsSync(path);
}
