// Owns the configured scanners: builds them from ScannerConfig, fans their scans into one stream,
// reports each one's DeviceStatus for the admin screen, lists what is plugged in for the settings
// screen.
import { systemClock, systemTimers, type Clock, type Timers } from '../../../shared/clock';
import type { DeviceState, DeviceStatus, ScanEvent } from '../../../shared/scanEvent';
import { deviceProblemKey, deviceProblemKeys } from './deviceProblem';
import type { HidBackend } from './hidBackend';
import { hidDeviceId, isHidPosScanner } from './hidBackend';
import { HidPosScanner } from './hidPosScanner';
import type { KeySource } from '../../../shared/scanning/keyInput';
import { KeyboardWedgeScanner } from './keyboardWedgeScanner';
import { createEmitter } from '../../../shared/emitter';
import { createNodeHidBackend } from './nodeHidBackend';
import type { Scanner } from './scanner';
import type { ScannerConfig, ScannerConfigInput } from '../../../shared/devices/scannerConfig';
import { parseScannerConfigs, scannerConfigSchema } from '../../../shared/devices/scannerConfig';
import type { SerialLister, SerialOpener, SerialPortListing } from './serialPort';
import { listSerialPorts, openSerialPort } from './serialPort';
import { SerialScanner, serialDeviceId } from './serialScanner';

export interface ScannerHubDeps {
  /** Defaults to node-hid (loaded lazily on first use). */
  readonly hidBackend?: HidBackend;
  /** Defaults to the real `serialport`. */
  readonly serialOpener?: SerialOpener;
  readonly serialLister?: SerialLister;
  /** Needed for `kind: 'keyboard'`: the before-input-event adapter, or a push source in the host. */
  readonly keySource?: KeySource;
  readonly clock?: Clock;
  readonly timers?: Timers;
}

export interface AvailableScanner {
  readonly kind: 'hid-pos' | 'serial';
  /** Would-be device id once configured. */
  readonly deviceId: string;
  readonly label: string | null;
  readonly port: string | null;
  /** A config the settings screen can save as is. */
  readonly config: ScannerConfigInput;
  readonly configured: boolean;
  /** False for a configured serial path the OS did not list (a pty, or unplugged right now). */
  readonly listed: boolean;
}

export interface AvailableScanners {
  readonly scanners: readonly AvailableScanner[];
  /** Enumerations that failed (no udevadm, libusb missing); the rest of the list is still valid. */
  readonly problems: readonly {
    readonly source: 'hid' | 'serial';
    readonly messageKey: string;
    readonly detail: string;
  }[];
}

/** The device id a config yields; scan events and statuses carry it. */
export function scannerIdFor(config: ScannerConfig): string {
  if (config.id !== undefined) return config.id;
  switch (config.kind) {
    case 'hid-pos':
      return hidDeviceId(config);
    case 'serial':
      return serialDeviceId(config.path);
    case 'keyboard':
      return 'kbd:main';
    default: {
      const never: never = config;
      throw new Error(`unknown scanner kind ${JSON.stringify(never)}`);
    }
  }
}

/** How a configured scanner is attached; its name is the officer's label, or none (the screen says the kind). */
function attachment(config: ScannerConfig): Pick<DeviceStatus, 'label' | 'connection' | 'port'> {
  const label = config.label || null;
  switch (config.kind) {
    case 'hid-pos':
      return { label, connection: 'hid', port: scannerIdFor(config).replace(/^hid:/, '') };
    case 'serial':
      return { label, connection: 'serial', port: config.path };
    case 'keyboard':
      return { label, connection: 'keyboard', port: null };
    default: {
      const never: never = config;
      throw new Error(`unknown scanner kind ${JSON.stringify(never)}`);
    }
  }
}

/**
 * A serial port worth offering as a scanner: one a USB device brought (it has a vendor id). The
 * motherboard's legacy ports (/dev/ttyS0…S31, COM1) are always listed by the OS and never a scanner.
 */
const isUsbSerial = (p: SerialPortListing) => Boolean(p.vendorId);

/**
 * What the UI should explain. An unplug is just 'disconnected' (the state says it all), except when
 * the device is missing altogether; errors always carry their cause.
 */
function problemKeyFor(state: DeviceState, err: Error | undefined): string | undefined {
  if (err === undefined || state === 'ready' || state === 'connecting') return undefined;
  if (state === 'disconnected') {
    const key = deviceProblemKey(err);
    return key === deviceProblemKeys.notFound ? key : undefined;
  }
  return deviceProblemKey(err);
}

interface Entry {
  readonly config: ScannerConfig;
  readonly key: string;
  readonly scanner: Scanner;
  unsubscribe: () => void;
  status: DeviceStatus;
}

export class ScannerHub {
  #entries = new Map<string, Entry>();
  #started = false;
  readonly #events = createEmitter<{ scan: ScanEvent; status: DeviceStatus }>();
  readonly #clock: Clock;
  readonly #timers: Timers;
  #hidBackend: HidBackend | undefined;

  constructor(private readonly deps: ScannerHubDeps = {}) {
    this.#clock = deps.clock ?? systemClock;
    this.#timers = deps.timers ?? systemTimers;
  }

  /** Every scan from every scanner. */
  onScan(cb: (e: ScanEvent) => void): () => void {
    return this.#events.on('scan', cb);
  }

  /** A scanner's status changed (state, problem, last scan time). */
  onStatus(cb: (s: DeviceStatus) => void): () => void {
    return this.#events.on('status', cb);
  }

  statuses(): DeviceStatus[] {
    return [...this.#entries.values()].map((e) => e.status);
  }

  get started(): boolean {
    return this.#started;
  }

  /**
   * Replaces the configuration. Unchanged scanners keep running (no reconnect blip); removed or
   * changed ones are stopped; new ones start if the hub is started. Throws a ZodError on bad input.
   */
  async configure(configs: readonly ScannerConfigInput[]): Promise<void> {
    // Parsed even though typed: the list comes from a settings file or over IPC.
    const parsed = parseScannerConfigs(configs);
    const next = new Map<string, ScannerConfig>();
    for (const c of parsed) next.set(scannerIdFor(c), c);

    const stopping: Promise<void>[] = [];
    for (const [id, entry] of this.#entries) {
      const wanted = next.get(id);
      if (wanted && JSON.stringify(wanted) === entry.key) continue;
      this.#entries.delete(id);
      entry.unsubscribe();
      stopping.push(entry.scanner.stop());
    }
    await Promise.all(stopping);

    for (const [id, config] of next) {
      if (this.#entries.has(id)) continue;
      const entry = this.#create(id, config);
      this.#entries.set(id, entry);
      this.#events.emit('status', entry.status);
      if (this.#started) await entry.scanner.start();
    }
  }

  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    await Promise.all([...this.#entries.values()].map((e) => e.scanner.start()));
  }

  async stop(): Promise<void> {
    this.#started = false;
    await Promise.all([...this.#entries.values()].map((e) => e.scanner.stop()));
  }

  /** What is plugged in: HID POS collections and serial ports, each enumeration failing on its own. */
  async listAvailable(): Promise<AvailableScanners> {
    const scanners: AvailableScanner[] = [];
    const problems: { source: 'hid' | 'serial'; messageKey: string; detail: string }[] = [];
    const configuredIds = new Set(this.#entries.keys());

    const [hid, serial] = await Promise.allSettled([this.#hid().devices(), this.#serialLister()()]);
    if (hid.status === 'fulfilled') {
      for (const d of hid.value.filter(isHidPosScanner)) {
        const config: ScannerConfigInput = {
          kind: 'hid-pos',
          vendorId: d.vendorId,
          productId: d.productId,
          ...(d.serialNumber ? { serialNumber: d.serialNumber } : {}),
        };
        const deviceId = scannerIdFor(scannerConfigSchema.parse(config));
        if (scanners.some((s) => s.deviceId === deviceId)) continue; // one entry per scanner, not per interface
        scanners.push({
          kind: 'hid-pos',
          deviceId,
          label: [d.manufacturer, d.product].filter(Boolean).join(' ') || null,
          port: deviceId.replace(/^hid:/, ''),
          config,
          configured: configuredIds.has(deviceId),
          listed: true,
        });
      }
    } else {
      problems.push({ source: 'hid', messageKey: 'errors.device.listFailed', detail: String(hid.reason) });
    }

    if (serial.status === 'fulfilled') {
      for (const p of serial.value.filter(isUsbSerial)) {
        const deviceId = serialDeviceId(p.path);
        scanners.push({
          kind: 'serial',
          deviceId,
          label: p.manufacturer ?? null,
          port: p.path,
          config: { kind: 'serial', path: p.path },
          configured: configuredIds.has(deviceId),
          listed: true,
        });
      }
    } else {
      // `spawn udevadm ENOENT` in containers: listing fails, configured paths still work.
      problems.push({
        source: 'serial',
        messageKey: 'errors.device.listFailed',
        detail: String(serial.reason),
      });
    }

    for (const e of this.#entries.values()) {
      if (e.config.kind !== 'serial' || scanners.some((s) => s.deviceId === e.status.deviceId)) continue;
      scanners.push({
        kind: 'serial',
        deviceId: e.status.deviceId,
        label: e.status.label,
        port: e.status.port,
        config: e.config,
        configured: true,
        listed: false,
      });
    }
    return { scanners, problems };
  }

  #hid(): HidBackend {
    this.#hidBackend ??= this.deps.hidBackend ?? createNodeHidBackend();
    return this.#hidBackend;
  }

  #serialLister(): SerialLister {
    return this.deps.serialLister ?? listSerialPorts;
  }

  #create(id: string, config: ScannerConfig): Entry {
    const common = { id, clock: this.#clock, timers: this.#timers };
    const scanner = this.#build(config, common);
    const entry: Entry = {
      config,
      key: JSON.stringify(config),
      scanner,
      unsubscribe: () => undefined,
      status: { deviceId: id, kind: 'scanner', ...attachment(config), state: scanner.state },
    };
    if (config.kind === 'keyboard' && !this.deps.keySource) {
      entry.status = { ...entry.status, state: 'error', problemKey: 'errors.device.keyboardUnavailable' };
    }
    const offScan = scanner.onScan((e) => this.#onScan(entry, e));
    const offState = scanner.onState((s, err) => this.#onState(entry, s, err));
    entry.unsubscribe = () => {
      offScan();
      offState();
    };
    return entry;
  }

  #build(config: ScannerConfig, common: { id: string; clock: Clock; timers: Timers }): Scanner {
    switch (config.kind) {
      case 'hid-pos':
        return new HidPosScanner(this.#hid(), {
          ...common,
          match: {
            ...(config.vendorId !== undefined ? { vendorId: config.vendorId } : {}),
            ...(config.productId !== undefined ? { productId: config.productId } : {}),
            ...(config.serialNumber !== undefined ? { serialNumber: config.serialNumber } : {}),
            ...(config.path !== undefined ? { path: config.path } : {}),
          },
          profile: config.profile,
          allowMissingReportId: config.allowMissingReportId,
        });
      case 'serial':
        return new SerialScanner(this.deps.serialOpener ?? openSerialPort, config.path, {
          ...common,
          baudRate: config.baudRate,
          idleFlushMs: config.idleFlushMs,
          maxLength: config.maxLength,
          stripAim: config.stripAim,
        });
      case 'keyboard':
        return new KeyboardWedgeScanner(this.deps.keySource ?? { subscribe: () => () => undefined }, {
          ...common,
          config: {
            prefix: config.prefix,
            suffix: config.suffix,
            maxGapMs: config.maxGapMs,
            endIdleMs: config.endIdleMs,
            minLength: config.minLength,
          },
        });
      default: {
        const never: never = config;
        throw new Error(`unknown scanner kind ${JSON.stringify(never)}`);
      }
    }
  }

  #onScan(entry: Entry, e: ScanEvent): void {
    if (this.#entries.get(entry.status.deviceId) === entry)
      this.#setStatus(entry, { ...entry.status, lastScanAt: e.at });
    this.#events.emit('scan', e);
  }

  #onState(entry: Entry, state: DeviceState, err: Error | undefined): void {
    if (this.#entries.get(entry.status.deviceId) !== entry) return; // removed by configure()
    if (entry.config.kind === 'keyboard' && !this.deps.keySource) return; // stays 'keyboardUnavailable'
    const prev = entry.status;
    // Retrying after a known problem: keep showing the problem rather than flashing "connecting".
    if (state === 'connecting' && prev.problemKey !== undefined) return;
    const { problemKey: _drop, ...rest } = prev;
    const problemKey = problemKeyFor(state, err);
    this.#setStatus(entry, { ...rest, state, ...(problemKey !== undefined ? { problemKey } : {}) });
  }

  #setStatus(entry: Entry, status: DeviceStatus): void {
    if (JSON.stringify(status) === JSON.stringify(entry.status)) return;
    entry.status = status;
    this.#events.emit('status', status);
  }
}
