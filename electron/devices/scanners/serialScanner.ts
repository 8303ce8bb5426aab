// A scanner in serial / USB-CDC mode (devices.md §1.4). Frames codes with LineFramer, strips an
// in-band AIM id, and survives unplug: serialport closes with `err.disconnected === true`, opening a
// vanished tty fails with ENOENT, and both lead to re-opening with backoff (§1.6). Windows may not
// report the close at all (serialport #2351); the hub's slow re-enumeration is the backstop there.
import type { Clock } from '../../../shared/clock';
import { systemClock } from '../../../shared/clock';
import type { DeviceState, ScanEvent } from '../../../shared/scanEvent';
import { Reconnector } from './reconnector';
import { asError, classifyDeviceError } from './deviceProblem';
import { payloadText } from './hidPosAssembler';
import type { FramerOutput } from './lineFramer';
import { LineFramer } from './lineFramer';
import { createEmitter } from '../../../shared/emitter';
import type { Scanner, ScanListener, StateListener } from './scanner';
import { serialPortPresent, type SerialLike, type SerialOpener } from './serialPort';
import type { BackoffSchedule } from '../../../shared/backoff';
import { splitAimPrefix, symbologyFromAim } from '../../../shared/scanning/symbology';
import { systemTimers, type TimerHandle, type Timers } from '../../../shared/clock';

export interface SerialScannerOptions {
  readonly baudRate?: number;
  /** Flush a code after this much line silence, for scanners set to send no suffix. */
  readonly idleFlushMs?: number | null;
  readonly maxLength?: number;
  /** Strip a leading AIM id ("]Q1") into `aim`/`symbology`. Default true. */
  readonly stripAim?: boolean;
  readonly id?: string;
  readonly clock?: Clock;
  readonly timers?: Timers;
  /** Waits between reconnect attempts (default: shared/backoff.ts reconnectSchedule). */
  readonly reconnectSchedule?: BackoffSchedule;
  /** Whether the port is there to open, watched while unplugged (default: its path exists). */
  readonly present?: () => boolean | Promise<boolean>;
  /** Told when garbage longer than maxLength was dropped (diagnostics log). */
  readonly onDrop?: (reason: 'too-long', length: number) => void;
}

export function serialDeviceId(path: string): string {
  return `serial:${path}`;
}

export class SerialScanner implements Scanner {
  readonly id: string;
  #state: DeviceState = 'disconnected';
  #port: SerialLike | undefined;
  #idleTimer: TimerHandle | undefined;
  readonly #framer: LineFramer;
  readonly #events = createEmitter<{
    scan: ScanEvent;
    state: { state: DeviceState; err: Error | undefined };
  }>();
  readonly #reconnector: Reconnector;
  readonly #clock: Clock;
  readonly #timers: Timers;

  constructor(
    private readonly opener: SerialOpener,
    readonly path: string,
    private readonly options: SerialScannerOptions = {},
  ) {
    this.id = options.id ?? serialDeviceId(path);
    this.#clock = options.clock ?? systemClock;
    this.#timers = options.timers ?? systemTimers;
    this.#framer = new LineFramer({
      idleFlushMs: options.idleFlushMs ?? null,
      maxLength: options.maxLength ?? 4096,
    });
    this.#reconnector = new Reconnector({
      timers: this.#timers,
      connect: () => this.#connect(),
      present: options.present ?? serialPortPresent(path),
      ...(options.reconnectSchedule ? { schedule: options.reconnectSchedule } : {}),
      onRetry: (err) =>
        this.#setState(classifyDeviceError(err) === 'notFound' ? 'disconnected' : 'error', asError(err)),
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
    const port = this.#port;
    this.#dropPort();
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    this.#setState('disconnected');
  }

  async #connect(): Promise<void> {
    this.#setState('connecting');
    const port = await this.opener({ path: this.path, baudRate: this.options.baudRate ?? 9600 });
    if (!this.#reconnector.running) {
      port.close();
      return;
    }
    this.#framer.reset();
    this.#port = port;
    port.on('data', (chunk: Uint8Array) => this.#onData(chunk));
    port.on('error', () => undefined); // the close that follows carries the state change
    port.on('close', (err?: Error | null) => this.#onClose(port, err ?? undefined));
    this.#setState('ready');
  }

  #onData(chunk: Uint8Array): void {
    this.#deliver(this.#framer.push(chunk, this.#clock.now()));
    this.#armIdle();
  }

  #armIdle(): void {
    if (this.#idleTimer !== undefined) this.#timers.clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
    const deadline = this.#framer.idleDeadline();
    if (deadline === null) return;
    this.#idleTimer = this.#timers.setTimeout(
      () => {
        this.#idleTimer = undefined;
        // Timers may fire a millisecond early against Date.now(); the timer itself is the signal.
        this.#deliver(this.#framer.flushIfIdle(Math.max(deadline, this.#clock.now())));
      },
      Math.max(0, deadline - this.#clock.now()),
    );
  }

  #deliver(outputs: readonly FramerOutput[]): void {
    for (const out of outputs) {
      if (out.type === 'dropped') {
        this.options.onDrop?.(out.reason, out.length);
        continue;
      }
      const { aim, body } = this.options.stripAim === false ? { body: out.bytes } : splitAimPrefix(out.bytes);
      const text = payloadText(body);
      if (text.length === 0) continue;
      const symbology = symbologyFromAim(aim);
      this.#events.emit('scan', {
        text,
        raw: out.bytes,
        source: 'serial',
        deviceId: this.id,
        at: this.#clock.now(),
        ...(aim !== undefined ? { aim } : {}),
        ...(symbology !== undefined ? { symbology } : {}),
      });
    }
  }

  #onClose(port: SerialLike, err: Error | undefined): void {
    if (port !== this.#port) return; // our own stop() or a stale port
    this.#dropPort();
    if (!this.#reconnector.running) return;
    // `err.disconnected === true` is the unplug case (serialport DisconnectedError); any other
    // unexpected close is treated the same: the port is gone until we reopen it.
    this.#setState('disconnected', err);
    this.#reconnector.connectionLost();
  }

  #dropPort(): void {
    if (this.#idleTimer !== undefined) this.#timers.clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
    this.#framer.reset();
    this.#port = undefined;
  }

  #setState(state: DeviceState, err?: Error): void {
    const changed = state !== this.#state;
    this.#state = state;
    if (changed || err) this.#events.emit('state', { state, err });
  }
}
