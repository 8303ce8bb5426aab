// Devices in words a person understands (issue 9): "Pemindai USB (HID) · Honeywell Voyager 1250g",
// "Pemindai serial · /dev/ttyACM0", "Printer jaringan · 192.168.1.20", never `keyboard`, `tcp` or a
// model id. Pure apart from `t`, so test/renderer/deviceNames.test.ts checks them.
import type { DeviceConnection, DeviceStatus } from '../../../shared/scanEvent';
import type { ScannerConfig } from '../../../shared/devices/scannerConfig';
import { escPosModelNames, type PrinterConfig } from '../../../shared/devices/printerConfig';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Kind = DeviceStatus['kind'];

/** What it is and how it is attached: "Pemindai serial", "Printer jaringan". */
const deviceKindWords = (t: Translate, kind: Kind, connection: DeviceConnection) =>
  t(`devices.connection.${kind}.${connection}`);

/** The kind, then the name the officer gave it (or the model it reports), then where it is attached. */
export function deviceName(
  t: Translate,
  d: { kind: Kind; connection: DeviceConnection; label: string | null; port: string | null },
): string {
  // A USB id (0c2e:0b87) tells a person nothing once the device has a name.
  const port = d.connection === 'hid' && d.label ? null : d.port;
  return [deviceKindWords(t, d.kind, d.connection), d.label, port].filter(Boolean).join(' · ');
}

const SCANNER_CONNECTION: Record<ScannerConfig['kind'], DeviceConnection> = {
  'hid-pos': 'hid',
  serial: 'serial',
  keyboard: 'keyboard',
};
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** A scanner the officer set up, as the settings list shows it. */
export function scannerConfigName(t: Translate, c: ScannerConfig): string {
  const port =
    c.kind === 'serial'
      ? c.path
      : c.kind === 'hid-pos' && c.vendorId !== undefined && c.productId !== undefined
        ? `USB ${hex4(c.vendorId)}:${hex4(c.productId)}`
        : null;
  return deviceName(t, {
    kind: 'scanner',
    connection: SCANNER_CONNECTION[c.kind],
    label: c.label ?? null,
    port,
  });
}

const PRINTER_CONNECTION: Record<PrinterConfig['kind'], DeviceConnection> = {
  tcp: 'network',
  serial: 'serial',
  usbLp: 'usb',
  os: 'os',
};

/** A receipt printer the officer set up: its name, how it is attached, where, the model and paper. */
export function printerConfigName(t: Translate, p: PrinterConfig): string {
  const where =
    p.kind === 'tcp'
      ? p.port === 9100
        ? p.host
        : `${p.host}:${p.port}`
      : p.kind === 'serial'
        ? p.path
        : p.kind === 'usbLp'
          ? p.devicePath
          : p.deviceName;
  const model = p.kind === 'os' ? null : escPosModelNames[p.model];
  return [
    p.label,
    deviceKindWords(t, 'printer', PRINTER_CONNECTION[p.kind]),
    where,
    model,
    t('devices.paperWidth', { mm: p.paperWidth }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Which scanner read a test scan: a device the host lists, or this screen's own keyboard input. */
export function scanSourceName(t: Translate, deviceId: string, devices: readonly DeviceStatus[]): string {
  const known = devices.find((d) => d.deviceId === deviceId);
  if (known) return deviceName(t, known);
  if (deviceId.startsWith('kbd:')) return t('devices.thisScreenKeyboard');
  return t('devices.aScanner');
}
