// A keyboard-wedge scanner as a Scanner: feeds a KeySource into the WedgeDetector, arms a timer for
// its idle deadline, and emits ScanEvents. The KeySource is the Electron before-input-event adapter in
// main (electron/main owns it) or a keydown listener in the loopback host page.
import type { Clock } from '../../../shared/clock';
import { systemClock } from '../../../shared/clock';
import type { DeviceState, ScanEvent } from '../../../shared/scanEvent';
import type { KeySource } from '../../../shared/scanning/keyInput';
import { createEmitter } from '../../../shared/emitter';
import type { Scanner, ScanListener, StateListener } from './scanner';
import { systemTimers, type TimerHandle, type Timers } from '../../../shared/clock';
import type { WedgeConfig, WedgeScan } from '../../../shared/scanning/wedgeDetector';
import { WedgeDetector } from '../../../shared/scanning/wedgeDetector';

export interface KeyboardWedgeScannerOptions {
  readonly config?: WedgeConfig;
  /** 'kbd:main' unless several windows feed separate detectors. */
  readonly id?: string;
  readonly clock?: Clock;
  readonly timers?: Timers;
  /** The same monotonic clock the KeySource stamps `t` with (performance.now()). */
  readonly monotonicNow?: () => number;
}

export class KeyboardWedgeScanner implements Scanner {
  readonly id: string;
  #state: DeviceState = 'disconnected';
  #unsubscribe: (() => void) | undefined;
  #timer: TimerHandle | undefined;
  readonly #detector: WedgeDetector;
  readonly #events = createEmitter<{
    scan: ScanEvent;
    state: { state: DeviceState; err: Error | undefined };
  }>();
  readonly #clock: Clock;
  readonly #timers: Timers;
  readonly #monotonicNow: () => number;

  constructor(
    private readonly keys: KeySource,
    options: KeyboardWedgeScannerOptions = {},
  ) {
    this.id = options.id ?? 'kbd:main';
    this.#detector = new WedgeDetector(options.config);
    this.#clock = options.clock ?? systemClock;
    this.#timers = options.timers ?? systemTimers;
    this.#monotonicNow = options.monotonicNow ?? (() => performance.now());
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
    if (this.#unsubscribe) return;
    this.#unsubscribe = this.keys.subscribe((k) => {
      const step = this.#detector.feed(k);
      if (step.scan) this.#emit(step.scan);
      this.#arm();
      return step.swallow;
    });
    this.#setState('ready');
  }

  async stop(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#setState('disconnected');
  }

  #arm(): void {
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    const deadline = this.#detector.nextDeadline();
    if (deadline === null) return;
    this.#timer = this.#timers.setTimeout(
      () => {
        this.#timer = undefined;
        // The timer may fire a hair early relative to the key clock; poll at the deadline itself.
        const scan = this.#detector.poll(Math.max(deadline, this.#monotonicNow()));
        if (scan) this.#emit(scan);
      },
      Math.max(0, deadline - this.#monotonicNow()),
    );
  }

  #emit(scan: WedgeScan): void {
    this.#events.emit('scan', {
      text: scan.text,
      raw: scan.raw,
      source: 'keyboard',
      deviceId: this.id,
      at: this.#clock.now(),
      ...(scan.aim !== undefined ? { aim: scan.aim } : {}),
      ...(scan.symbology !== undefined ? { symbology: scan.symbology } : {}),
    });
  }

  #setState(state: DeviceState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#events.emit('state', { state, err: undefined });
  }
}
