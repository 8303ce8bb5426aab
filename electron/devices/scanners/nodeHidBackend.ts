// The real HID backend over node-hid 3's async API (devices.md §1.1). node-hid is imported lazily
// inside the adapter: its prebuilt binary links libusb-1.0.so.0, and a missing library must not
// break core or the unit tests, which never touch real HID.
import { constants as fsConstants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { HidBackend, HidDeviceInfo, HidHandle } from './hidBackend';

type NodeHid = typeof import('node-hid');

let loading: Promise<NodeHid> | undefined;
function loadNodeHid(): Promise<NodeHid> {
  loading ??= import('node-hid').then((m) => ((m as { default?: NodeHid }).default ?? m) as NodeHid);
  return loading;
}

/**
 * hidapi reports only "cannot open device with path /dev/hidraw3"; check the node ourselves so a
 * missing udev rule surfaces as EACCES (→ 'errors.device.permission') instead of a generic failure.
 */
async function explainOpenFailure(path: string, err: unknown): Promise<Error> {
  const base = err instanceof Error ? err : new Error(String(err));
  if (!path.startsWith('/dev/')) return base;
  try {
    await access(path, fsConstants.R_OK | fsConstants.W_OK);
    return base;
  } catch (fsErr) {
    const code = (fsErr as NodeJS.ErrnoException).code;
    return Object.assign(new Error(`${base.message} (${code ?? 'unknown'})`), { code, cause: base });
  }
}

export function createNodeHidBackend(): HidBackend {
  return {
    async devices(): Promise<HidDeviceInfo[]> {
      const hid = await loadNodeHid();
      const list = await hid.devicesAsync();
      return list.flatMap((d) =>
        d.path === undefined
          ? []
          : [
              {
                path: d.path,
                vendorId: d.vendorId,
                productId: d.productId,
                interface: d.interface,
                ...(d.serialNumber !== undefined ? { serialNumber: d.serialNumber } : {}),
                ...(d.manufacturer !== undefined ? { manufacturer: d.manufacturer } : {}),
                ...(d.product !== undefined ? { product: d.product } : {}),
                ...(d.usagePage !== undefined ? { usagePage: d.usagePage } : {}),
                ...(d.usage !== undefined ? { usage: d.usage } : {}),
              },
            ],
      );
    },
    async open(path: string): Promise<HidHandle> {
      const hid = await loadNodeHid();
      let device: Awaited<ReturnType<NodeHid['HIDAsync']['open']>>;
      try {
        device = await hid.HIDAsync.open(path);
      } catch (err) {
        throw await explainOpenFailure(path, err);
      }
      const handle: HidHandle = {
        on(event: 'data' | 'error', cb: ((report: Uint8Array) => void) | ((err: Error) => void)): void {
          device.on(event, cb as (arg: unknown) => void);
        },
        removeAllListeners: () => void device.removeAllListeners(),
        sendFeatureReport: (report) => device.sendFeatureReport([...report]),
        close: () => device.close(),
      };
      return handle;
    },
  };
}
