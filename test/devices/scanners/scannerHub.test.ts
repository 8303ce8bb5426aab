import { SerialPortMock } from 'serialport';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceStatus, ScanEvent } from '../../../shared/scanEvent';
import { createKeySource } from '../../../shared/scanning/keyInput';
import { ScannerHub } from '../../../electron/devices/scanners/scannerHub';
import type { SerialLike, SerialOpener } from '../../../electron/devices/scanners/serialPort';
import { FakeHidBackend, hidPosDevice, keyboardCollection, loadHidFixture } from '../../fakes/hid';
import { typeString } from './keyStreams';

// Serial through serialport's own SerialPortMock (real stream, mock binding; devices.md §1.5).
const mockOpener: SerialOpener = ({ path, baudRate }) =>
  new Promise<SerialLike>((resolve, reject) => {
    const port = new SerialPortMock({ path, baudRate, autoOpen: false });
    port.open((err) => (err ? reject(err) : resolve(port)));
  });

function emitSerial(port: SerialLike | undefined, text: string): void {
  (port as SerialPortMock).port?.emitData(Buffer.from(text));
}

// The mock binding instance SerialPortMock really uses (the package ships CJS and ESM builds).
const MockBinding = SerialPortMock.binding;

const T0 = Date.UTC(2026, 0, 5, 3, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  MockBinding.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

function makeHub(over: Partial<ConstructorParameters<typeof ScannerHub>[0]> = {}) {
  const hid = new FakeHidBackend([keyboardCollection(), hidPosDevice()]);
  const opened: SerialLike[] = [];
  const keys = createKeySource();
  const hub = new ScannerHub({
    hidBackend: hid,
    serialOpener: async (o) => {
      const p = await mockOpener(o);
      opened.push(p);
      return p;
    },
    // A USB scanner in serial mode, and the motherboard's legacy port every Linux PC lists.
    serialLister: async () => [
      { path: '/dev/ttyS0' },
      { path: '/dev/ttyACM0', manufacturer: 'Newland', vendorId: '1eab', productId: '1d06' },
    ],
    keySource: keys,
    ...over,
  });
  const scans: ScanEvent[] = [];
  const statuses: DeviceStatus[] = [];
  hub.onScan((e) => scans.push(e));
  hub.onStatus((s) => statuses.push(s));
  return { hub, hid, opened, keys, scans, statuses };
}

const allThree = [
  { kind: 'hid-pos', vendorId: 0x0c2e, label: 'Meja depan' },
  { kind: 'serial', path: '/dev/ttyACM0' },
  { kind: 'keyboard', suffix: '\r' },
] as const;

describe('ScannerHub', () => {
  it('fans scans from HID POS, serial and keyboard scanners into one stream with their device ids', async () => {
    MockBinding.createPort('/dev/ttyACM0');
    const { hub, hid, opened, keys, scans } = makeHub();
    await hub.configure(allThree);
    await hub.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.statuses().map((s) => [s.deviceId, s.state])).toEqual([
      ['hid:0c2e', 'ready'],
      ['serial:/dev/ttyACM0', 'ready'],
      ['kbd:main', 'ready'],
    ]);

    hid.lastHandle!.replay(loadHidFixture('newland-fm430-ean13.hid'));
    await vi.advanceTimersByTimeAsync(1);
    emitSerial(opened[0], ']C0LOKET-0042\r');
    await vi.advanceTimersByTimeAsync(1);
    for (const k of typeString('K1WEDGE0001\r', { start: performance.now(), gap: () => 0 })) keys.push(k);

    expect(scans.map((s) => [s.deviceId, s.source])).toEqual([
      ['hid:0c2e', 'hid-pos'],
      ['serial:/dev/ttyACM0', 'serial'],
      ['kbd:main', 'keyboard'],
    ]);
    expect(scans.map((s) => s.text)).toEqual([expect.any(String), 'LOKET-0042', 'K1WEDGE0001']);
    expect(hub.statuses().find((s) => s.deviceId === 'serial:/dev/ttyACM0')?.lastScanAt).toBe(T0 + 1);
    await hub.stop();
  });

  it('reports unplug and replug as status changes the admin screen can show', async () => {
    const { hub, hid, statuses } = makeHub();
    await hub.configure([allThree[0]]);
    await hub.start();
    await vi.advanceTimersByTimeAsync(0);
    hid.devicesList = [];
    hid.lastHandle!.unplug();
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.statuses()[0]).toMatchObject({ state: 'disconnected', label: 'Meja depan' });
    hid.devicesList = [hidPosDevice()];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(statuses.map((s) => s.state)).toEqual([
      'disconnected',
      'connecting',
      'ready',
      'disconnected',
      'connecting',
      'ready',
    ]);
    await hub.stop();
  });

  it('maps EACCES on /dev/hidraw* and "Permission denied" on /dev/tty* to errors.device.permission', async () => {
    const hid = new FakeHidBackend([hidPosDevice()]);
    hid.openErrors.set(
      '/dev/hidraw3',
      Object.assign(new Error('cannot open device with path /dev/hidraw3 (EACCES)'), { code: 'EACCES' }),
    );
    const { hub } = makeHub({
      hidBackend: hid,
      // The message bindings-cpp produces (serialport_unix.cpp), no errno code attached.
      serialOpener: async ({ path }) => {
        throw new Error(`Error: Permission denied, cannot open ${path}`);
      },
    });
    await hub.configure(allThree.slice(0, 2));
    await hub.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.statuses().map((s) => [s.state, s.problemKey])).toEqual([
      ['error', 'errors.device.permission'],
      ['error', 'errors.device.permission'],
    ]);
    // Retries keep the problem on screen instead of flashing "connecting".
    await vi.advanceTimersByTimeAsync(3_000);
    expect(hub.statuses().map((s) => s.problemKey)).toEqual([
      'errors.device.permission',
      'errors.device.permission',
    ]);
    await hub.stop();
  });

  it('an unplugged serial scanner shows notFound, not a permission problem', async () => {
    const { hub } = makeHub({
      // What bindings-cpp says for a vanished tty (serialport_unix.cpp), no errno code attached.
      serialOpener: async ({ path }) => {
        throw new Error(`Error: No such file or directory, cannot open ${path}`);
      },
    });
    await hub.configure([allThree[1]]);
    await hub.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.statuses()[0]).toMatchObject({ state: 'disconnected', problemKey: 'errors.device.notFound' });
    await hub.stop();
  });

  it('reconfigure keeps unchanged scanners open, reopens changed ones and closes removed ones', async () => {
    MockBinding.createPort('/dev/ttyACM0');
    MockBinding.createPort('/dev/ttyACM1');
    const { hub, hid, opened } = makeHub();
    await hub.configure(allThree.slice(0, 2));
    await hub.start();
    await vi.advanceTimersByTimeAsync(0);
    const hidHandle = hid.lastHandle!;

    await hub.configure([allThree[0], { kind: 'serial', path: '/dev/ttyACM1' }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(hid.handles).toHaveLength(1);
    expect(hidHandle.closed).toBe(false);
    expect(opened.map((p) => [(p as SerialPortMock).path, p.isOpen])).toEqual([
      ['/dev/ttyACM0', false],
      ['/dev/ttyACM1', true],
    ]);

    await hub.configure([{ ...allThree[0], profile: 'honeywell' }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(hidHandle.closed).toBe(true);
    expect(hid.handles).toHaveLength(2);
    expect(hub.statuses().map((s) => s.deviceId)).toEqual(['hid:0c2e']);
    await hub.stop();
  });

  it('rejects an invalid configuration before touching any device', async () => {
    const { hub, hid } = makeHub();
    await expect(hub.configure([{ kind: 'serial', path: '' }])).rejects.toThrow();
    await expect(hub.configure([{ kind: 'bluetooth' } as never])).rejects.toThrow();
    expect(hid.enumerations).toBe(0);
  });

  it('a keyboard scanner without a key source says so instead of pretending to be ready', async () => {
    const { hub } = makeHub({ keySource: undefined });
    await hub.configure([allThree[2]]);
    await hub.start();
    expect(hub.statuses()[0]).toMatchObject({
      state: 'error',
      problemKey: 'errors.device.keyboardUnavailable',
    });
  });
});

describe('ScannerHub.listAvailable', () => {
  it('lists HID POS scanners (not keyboard collections) and USB serial ports, marking configured ones', async () => {
    const { hub } = makeHub();
    await hub.configure([{ kind: 'serial', path: '/dev/ttyACM0' }]);
    const list = await hub.listAvailable();
    expect(list.problems).toEqual([]);
    // /dev/ttyS0 is no scanner: a person choosing from this list should not be offered it.
    expect(list.scanners.map((s) => [s.kind, s.deviceId, s.configured, s.label, s.port])).toEqual([
      [
        'hid-pos',
        'hid:0c2e:0b87:15232B1F0C',
        false,
        'Honeywell Imaging & Mobility 1602g',
        '0c2e:0b87:15232B1F0C',
      ],
      ['serial', 'serial:/dev/ttyACM0', true, 'Newland', '/dev/ttyACM0'],
    ]);
    expect(list.scanners[0]?.config).toEqual({
      kind: 'hid-pos',
      vendorId: 0x0c2e,
      productId: 0x0b87,
      serialNumber: '15232B1F0C',
    });
  });

  it('tolerates `spawn udevadm ENOENT` from SerialPort.list() and still offers configured paths', async () => {
    const { hub } = makeHub({
      serialLister: async () => {
        throw Object.assign(new Error('spawn udevadm ENOENT'), { code: 'ENOENT' });
      },
    });
    await hub.configure([{ kind: 'serial', path: '/dev/kiosk-scanner', label: 'Pemindai' }]);
    const list = await hub.listAvailable();
    expect(list.problems).toEqual([
      {
        source: 'serial',
        messageKey: 'errors.device.listFailed',
        detail: expect.stringContaining('udevadm'),
      },
    ]);
    expect(list.scanners.map((s) => [s.deviceId, s.listed])).toEqual([
      ['hid:0c2e:0b87:15232B1F0C', true],
      ['serial:/dev/kiosk-scanner', false],
    ]);
  });

  it('tolerates node-hid failing to load (libusb missing) and still lists serial ports', async () => {
    const { hub } = makeHub({
      hidBackend: {
        devices: async () => {
          throw new Error('libusb-1.0.so.0: cannot open shared object file');
        },
        open: async () => {
          throw new Error('unreachable');
        },
      },
    });
    const list = await hub.listAvailable();
    expect(list.problems.map((p) => p.source)).toEqual(['hid']);
    expect(list.scanners.map((s) => s.deviceId)).toEqual(['serial:/dev/ttyACM0']);
  });
});
