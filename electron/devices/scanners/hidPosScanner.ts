// A scanner in HID POS mode (usage page 0x8C), read through the HidBackend port. There is no
// unplug event in node-hid: an unplug shows up as an 'error' ("could not read from HID device",
// node-hid #199 #422 #520), so on error we close, report 'disconnected' and re-enumerate with
// backoff (devices.md §1.6). Keyboard-mode collections are never opened (§1.1, §1.8).
import type { Clock } from '../../../shared/clock';
import { systemClock } from '../../../shared/clock';
import type { DeviceState, ScanEvent } from '../../../shared/scanEvent';
import { Reconnector } from './reconnector';
import { DeviceNotFoundError, asError, classifyDeviceError } from './deviceProblem';
import type { HidBackend, HidDeviceInfo, HidHandle, HidMatch } from './hidBackend';
import type { BackoffSchedule } from '../../../shared/backoff';
import { hidDeviceId, isHidPosScanner, isKeyboardCollection, matchesHid } from './hidBackend';
import type { HidPosDiscarded, HidPosProfileName } from './hidPosAssembler';
import { HidPosAssembler, profileForVendor } from './hidPosAssembler';
import { createEmitter } from '../../../shared/emitter';
import type { Scanner, ScanListener, StateListener } from './scanner';
import { systemTimers, type TimerHandle, type Timers } from '../../../shared/clock';

export interface HidPosScannerOptions {
  /** Which device: any field left out matches anything; `{}` takes the first HID POS scanner. */
  readonly match?: HidMatch;
  /** 'auto' picks by USB vendor id (Honeywell, Access-IS, Newland), else 'generic'. */
  readonly profile?: HidPosProfileName | 'auto';
  readonly allowMissingReportId?: boolean;
  readonly sequenceTimeoutMs?: number;
  readonly id?: string;
  readonly clock?: Clock;
  readonly timers?: Timers;
  /** Waits between reconnect attempts (default: shared/backoff.ts reconnectSchedule). */
  readonly reconnectSchedule?: BackoffSchedule;
  /** Told about codes dropped as truncated or oversized (diagnostics log). */
  readonly onDiscard?: (d: HidPosDiscarded) => void;
}

/** Honeywell scanners need feature report 0xFE [0x01] to send HID POS reports (WebHidBarcodeScanner). */
const vendorInit: Partial<Record<HidPosProfileName, readonly number[]>> = {
  honeywell: [0xfe, 0x01],
};

export class HidPosScanner implements Scanner {
  readonly id: string;
  #state: DeviceState = 'disconnected';
  #handle: HidHandle | undefined;
  #assembler: HidPosAssembler | undefined;
  #deviceId: string;
  #expiry: TimerHandle | undefined;
  readonly #events = createEmitter<{
    scan: ScanEvent;
    state: { state: DeviceState; err: Error | undefined };
  }>();
  readonly #reconnector: Reconnector;
  readonly #clock: Clock;
  readonly #timers: Timers;

  constructor(
    private readonly backend: HidBackend,
    private readonly options: HidPosScannerOptions = {},
  ) {
    this.id = options.id ?? hidDeviceId(options.match ?? {});
    this.#deviceId = this.id;
    this.#clock = options.clock ?? systemClock;
    this.#timers = options.timers ?? systemTimers;
    this.#reconnector = new Reconnector({
      timers: this.#timers,
      connect: () => this.#connect(),
      // node-hid has no attach event: while unplugged, the device list is looked at twice a second.
      present: async () => (await backend.devices()).some((d) => this.#matches(d)),
      presenceIntervalMs: 500,
      ...(options.reconnectSchedule ? { schedule: options.reconnectSchedule } : {}),
      onRetry: (err) => this.#setState(this.#stateForFailure(err), asError(err)),
    });
  }

  get state(): DeviceState {
    return this.#state;
  }

  onScan(cb: ScanListener): () => void {
    return this.#events.on('scan', cb);
  }

  onState(cb: StateListener): () => void {
    return this.#events.on('state', ({ state, err }) => cb(state, err));
  }

  async start(): Promise<void> {
    this.#reconnector.start();
  }

  async stop(): Promise<void> {
    this.#reconnector.stop();
    await this.#closeHandle();
    this.#setState('disconnected');
  }

  async #connect(): Promise<void> {
    this.#setState('connecting');
    const device = (await this.backend.devices()).find((d) => this.#matches(d));
    if (!device) throw new DeviceNotFoundError(`no HID POS scanner matching ${this.id}`);

    const handle = await this.backend.open(device.path);
    if (!this.#reconnector.running) {
      await handle.close().catch(() => undefined);
      return;
    }
    const profile =
      this.options.profile === undefined || this.options.profile === 'auto'
        ? profileForVendor(device.vendorId)
        : this.options.profile;
    this.#assembler = new HidPosAssembler({
      profile,
      ...(this.options.allowMissingReportId !== undefined
        ? { allowMissingReportId: this.options.allowMissingReportId }
        : {}),
      ...(this.options.sequenceTimeoutMs !== undefined
        ? { sequenceTimeoutMs: this.options.sequenceTimeoutMs }
        : {}),
    });
    this.#deviceId =
      this.options.id ??
      hidDeviceId({
        vendorId: device.vendorId,
        productId: device.productId,
        ...(device.serialNumber ? { serialNumber: device.serialNumber } : {}),
      });
    this.#handle = handle;
    handle.on('data', (report) => this.#onReport(report));
    handle.on('error', (err) => void this.#onUnplug(handle, err));
    const init = vendorInit[profile];
    if (init) await handle.sendFeatureReport(init).catch(() => undefined); // best effort; older firmware ignores it
    this.#setState('ready');
  }

  #onReport(report: Uint8Array): void {
    const assembler = this.#assembler;
    if (!assembler) return;
    const now = this.#clock.now();
    for (const out of assembler.push(report, now)) {
      if (out.type === 'discarded') {
        this.options.onDiscard?.(out);
        continue;
      }
      this.#events.emit('scan', {
        text: out.text,
        raw: out.bytes,
        source: 'hid-pos',
        deviceId: this.#deviceId,
        at: now,
        ...(out.aim !== undefined ? { aim: out.aim } : {}),
        ...(out.symbology !== undefined ? { symbology: out.symbology } : {}),
      });
    }
    this.#armExpiry();
  }

  /** A half-received code must not wait forever for its last packet (truncated read, unplug). */
  #armExpiry(): void {
    if (this.#expiry !== undefined) this.#timers.clearTimeout(this.#expiry);
    this.#expiry = undefined;
    const deadline = this.#assembler?.deadline();
    if (deadline === null || deadline === undefined) return;
    this.#expiry = this.#timers.setTimeout(
      () => {
        this.#expiry = undefined;
        // Timers may fire a millisecond early against Date.now(); the timer itself is the signal.
        for (const d of this.#assembler?.expire(Math.max(deadline, this.#clock.now())) ?? []) {
          if (d.type === 'discarded') this.options.onDiscard?.(d);
        }
      },
      Math.max(0, deadline - this.#clock.now()),
    );
  }

  async #onUnplug(handle: HidHandle, err: Error): Promise<void> {
    if (handle !== this.#handle) return; // a late error from a handle we already dropped
    await this.#closeHandle();
    if (!this.#reconnector.running) return;
    this.#setState('disconnected', err);
    this.#reconnector.connectionLost();
  }

  async #closeHandle(): Promise<void> {
    const handle = this.#handle;
    this.#handle = undefined;
    if (this.#expiry !== undefined) this.#timers.clearTimeout(this.#expiry);
    this.#expiry = undefined;
    this.#assembler?.reset();
    if (!handle) return;
    handle.removeAllListeners();
    // Swallow errors: closing an unplugged device throws on some platforms, and the handle is stale anyway.
    handle.on('error', () => undefined);
    await handle.close().catch(() => undefined);
  }

  /**
   * Only the POS collection: a scanner in keyboard mode (or its keyboard interface next to the POS
   * one) is left to the OS and the wedge detector.
   */
  #matches(d: HidDeviceInfo): boolean {
    return !isKeyboardCollection(d) && isHidPosScanner(d) && matchesHid(d, this.options.match ?? {});
  }

  #stateForFailure(err: unknown): DeviceState {
    // Unplugged is an ordinary state; anything else (permission, busy) needs someone to act.
    return classifyDeviceError(err) === 'notFound' ? 'disconnected' : 'error';
  }

  #setState(state: DeviceState, err?: Error): void {
    const changed = state !== this.#state;
    this.#state = state;
    if (changed || err) this.#events.emit('state', { state, err });
  }
}
