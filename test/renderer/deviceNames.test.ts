import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from '../../renderer/src/i18n/en';
import { id } from '../../renderer/src/i18n/id';
import {
  deviceName,
  printerConfigName,
  scanSourceName,
  scannerConfigName,
} from '../../renderer/src/devices/deviceNames';
import { printerConfigSchema } from '../../shared/devices/printerConfig';
import { scannerConfigSchema } from '../../shared/devices/scannerConfig';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: 'id',
  interpolation: { escapeValue: false },
});
const t = i18n.getFixedT('id');
const tEn = i18n.getFixedT('en');

// Issue 9: devices in words a person understands, never `keyboard`, `tcp` or `epson-tm-t20iii`.
describe('device names', () => {
  it('says what a device is, its name, and where it is attached', () => {
    expect(
      deviceName(t, {
        kind: 'scanner',
        connection: 'hid',
        label: 'Honeywell Voyager 1250g',
        port: '0c2e:0b87',
      }),
    ).toBe('Pemindai USB (HID) · Honeywell Voyager 1250g');
    expect(deviceName(t, { kind: 'scanner', connection: 'serial', label: null, port: '/dev/ttyACM0' })).toBe(
      'Pemindai serial · /dev/ttyACM0',
    );
    expect(deviceName(t, { kind: 'scanner', connection: 'keyboard', label: null, port: null })).toBe(
      'Pemindai keyboard',
    );
    expect(deviceName(t, { kind: 'printer', connection: 'network', label: null, port: '192.168.1.20' })).toBe(
      'Printer jaringan · 192.168.1.20',
    );
    expect(
      deviceName(tEn, { kind: 'printer', connection: 'usb', label: 'Kasir', port: '/dev/usb/lp0' }),
    ).toBe('USB printer · Kasir · /dev/usb/lp0');
  });

  it('names the scanners and printers the officer set up, with the makers’ model names', () => {
    const serial = scannerConfigSchema.parse({ kind: 'serial', path: 'COM3', label: 'Pemindai meja' });
    expect(scannerConfigName(t, serial)).toBe('Pemindai serial · Pemindai meja · COM3');
    expect(scannerConfigName(t, scannerConfigSchema.parse({ kind: 'keyboard', suffix: '\r' }))).toBe(
      'Pemindai keyboard',
    );
    const tcp = {
      id: 'p1',
      label: 'Printer meja depan',
      paperWidth: 80,
      kind: 'tcp',
      model: 'epson-tm-t20iii',
      host: '192.168.1.20',
    } as const;
    expect(printerConfigName(t, printerConfigSchema.parse(tcp))).toBe(
      'Printer meja depan · Printer jaringan · 192.168.1.20 · Epson TM-T20III · kertas 80 mm',
    );
    expect(printerConfigName(t, printerConfigSchema.parse({ ...tcp, port: 9101 }))).toContain(
      '192.168.1.20:9101',
    );
  });

  it('names the scanner a test scan came from', () => {
    const status = {
      deviceId: 'serial:/dev/ttyACM0',
      kind: 'scanner' as const,
      label: null,
      connection: 'serial' as const,
      port: '/dev/ttyACM0',
      state: 'ready' as const,
    };
    expect(scanSourceName(t, 'serial:/dev/ttyACM0', [status])).toBe('Pemindai serial · /dev/ttyACM0');
    expect(scanSourceName(t, 'kbd:page', [])).toBe('Pemindai keyboard (layar ini)');
  });
});
