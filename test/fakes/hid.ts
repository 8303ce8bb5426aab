// The HID edge of the world for tests: a parser for hid-recorder text files (man hid-recorder(1):
// `R:` descriptor, `N:` name, `I:` bus/vid/pid, `E: <sec>.<usec> <size> <hex…>` input reports) and a
// FakeHidBackend / FakeHidHandle that replay them into the real HidPosScanner. No node-hid involved.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HidBackend, HidDeviceInfo, HidHandle } from '../../electron/devices/scanners/hidBackend';

export interface HidRecording {
  readonly name: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly descriptor: Uint8Array;
  /** Input reports with their time offset in ms from the first one. */
  readonly events: readonly { readonly atMs: number; readonly report: Uint8Array }[];
}

const hexBytes = (s: string): Uint8Array =>
  Uint8Array.from(s.trim().split(/\s+/).filter(Boolean), (h) => parseInt(h, 16));

export function parseHidRecording(text: string): HidRecording {
  let name = '';
  let vendorId = 0;
  let productId = 0;
  let descriptor = new Uint8Array(0);
  const events: { atMs: number; report: Uint8Array }[] = [];
  let t0: number | undefined;
  for (const line of text.split('\n')) {
    const m = /^([A-Z]):\s?(.*)$/.exec(line);
    if (!m) continue;
    const [, tag, rest = ''] = m;
    if (tag === 'N') name = rest.trim();
    if (tag === 'I') {
      const [, vid = '0', pid = '0'] = rest.trim().split(/\s+/);
      vendorId = parseInt(vid, 16);
      productId = parseInt(pid, 16);
    }
    if (tag === 'R') descriptor = hexBytes(rest).slice(1); // first number is the length
    if (tag === 'E') {
      const [ts = '0', size = '0', ...hex] = rest.trim().split(/\s+/);
      const report = hexBytes(hex.join(' '));
      if (report.length !== Number(size)) throw new Error(`bad E: line, size ${size} ≠ ${report.length}`);
      const sec = Number(ts) * 1000;
      t0 ??= sec;
      events.push({ atMs: Math.round((sec - t0) * 1000) / 1000, report });
    }
  }
  return { name, vendorId, productId, descriptor, events };
}

export function loadHidFixture(file: string): HidRecording {
  return parseHidRecording(
    readFileSync(fileURLToPath(new URL(`../fixtures/hid/${file}`, import.meta.url)), 'utf8'),
  );
}

type DataCb = (report: Uint8Array) => void;
type ErrorCb = (err: Error) => void;

export class FakeHidHandle implements HidHandle {
  readonly featureReports: number[][] = [];
  closed = false;
  #data = new Set<DataCb>();
  #error = new Set<ErrorCb>();

  constructor(readonly path: string) {}

  on(event: 'data' | 'error', cb: DataCb | ErrorCb): void {
    if (event === 'data') this.#data.add(cb as DataCb);
    else this.#error.add(cb as ErrorCb);
  }

  removeAllListeners(): void {
    this.#data.clear();
    this.#error.clear();
  }

  async sendFeatureReport(report: readonly number[]): Promise<number> {
    this.featureReports.push([...report]);
    return report.length;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  get listening(): boolean {
    return this.#data.size > 0;
  }

  /** One input report, as node-hid's 'data' event delivers it (a Buffer, report id at byte 0). */
  emitReport(report: Uint8Array): void {
    for (const cb of [...this.#data]) cb(Buffer.from(report));
  }

  /** Schedules the recording's reports at their recorded offsets (drive with fake timers). */
  replay(rec: HidRecording, startInMs = 0): void {
    for (const e of rec.events) setTimeout(() => this.emitReport(e.report), startInMs + e.atMs);
  }

  /** What node-hid does on unplug: an 'error' event, no close event (node-hid #199, #422). */
  unplug(): void {
    for (const cb of [...this.#error]) cb(new Error('could not read from HID device'));
  }
}

export class FakeHidBackend implements HidBackend {
  devicesList: HidDeviceInfo[] = [];
  readonly handles: FakeHidHandle[] = [];
  readonly opened: string[] = [];
  enumerations = 0;
  /** path → error thrown by open() (e.g. EACCES without the udev rule). */
  openErrors = new Map<string, Error>();

  constructor(devices: HidDeviceInfo[] = []) {
    this.devicesList = devices;
  }

  async devices(): Promise<HidDeviceInfo[]> {
    this.enumerations++;
    return this.devicesList.map((d) => ({ ...d }));
  }

  async open(path: string): Promise<FakeHidHandle> {
    this.opened.push(path);
    const err = this.openErrors.get(path);
    if (err) throw err;
    const d = this.devicesList.find((x) => x.path === path);
    if (!d) throw new Error(`cannot open device with path ${path}`);
    // As on Windows: keyboard collections belong to the OS and cannot be opened (node-hid #302).
    if (d.usagePage === 0x01 && d.usage === 0x06) throw new Error(`cannot open device with path ${path}`);
    const h = new FakeHidHandle(path);
    this.handles.push(h);
    return h;
  }

  get lastHandle(): FakeHidHandle | undefined {
    return this.handles[this.handles.length - 1];
  }
}

export function hidPosDevice(over: Partial<HidDeviceInfo> = {}): HidDeviceInfo {
  return {
    path: '/dev/hidraw3',
    vendorId: 0x0c2e,
    productId: 0x0b87,
    serialNumber: '15232B1F0C',
    manufacturer: 'Honeywell Imaging & Mobility',
    product: '1602g',
    usagePage: 0x8c,
    usage: 0x02,
    interface: 0,
    ...over,
  };
}

export function keyboardCollection(over: Partial<HidDeviceInfo> = {}): HidDeviceInfo {
  return hidPosDevice({ path: '/dev/hidraw2', usagePage: 0x01, usage: 0x06, ...over });
}
