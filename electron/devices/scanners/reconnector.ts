// Reconnect loop shared by the HID and serial adapters (devices.md §1.6): after a failed open or
// an unplug, wait out the reconnect schedule (shared/backoff.ts) and re-enumerate on each attempt.
// Never reuse a stale handle. A successful connection resets the schedule; a device seen coming
// back (`poke`) is tried at once.
import { backoffDelay, reconnectSchedule, type BackoffSchedule } from '../../../shared/backoff';
import type { TimerHandle, Timers } from '../../../shared/clock';

export interface ReconnectorOptions {
  readonly timers: Timers;
  /** Opens the device; resolves once it is ready, rejects when it could not. */
  readonly connect: () => Promise<void>;
  /** Told about every failed attempt and when the next one is due. */
  readonly onRetry?: (err: unknown, delayMs: number) => void;
  readonly schedule?: BackoffSchedule;
}

/** Drives connect attempts: one at a time, with backoff, until stopped. */
export class Reconnector {
  #attempt = 0;
  #timer: TimerHandle | undefined;
  #running = false;
  #inFlight = false;
  #lostWhileConnecting = false;

  constructor(private readonly options: ReconnectorOptions) {}

  get running(): boolean {
    return this.#running;
  }

  /** Starts connecting now. Idempotent. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#attempt = 0;
    void this.#tryNow();
  }

  /** The established connection dropped (unplug): retry after the first backoff step. */
  connectionLost(): void {
    if (!this.#running) return;
    if (this.#inFlight) {
      this.#lostWhileConnecting = true;
      return;
    }
    this.#schedule();
  }

  /** An external hint (hot-plug attach, settings screen "retry"): try at once instead of waiting. */
  poke(): void {
    if (!this.#running || this.#inFlight || this.#timer === undefined) return;
    this.options.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
    void this.#tryNow();
  }

  stop(): void {
    this.#running = false;
    if (this.#timer !== undefined) this.options.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#inFlight) return;
    const delay = backoffDelay(this.#attempt++, this.options.schedule ?? reconnectSchedule);
    this.#timer = this.options.timers.setTimeout(() => {
      this.#timer = undefined;
      void this.#tryNow();
    }, delay);
  }

  async #tryNow(): Promise<void> {
    if (!this.#running || this.#inFlight) return;
    this.#inFlight = true;
    this.#lostWhileConnecting = false;
    try {
      await this.options.connect();
      this.#attempt = 0;
    } catch (err) {
      this.#inFlight = false;
      if (!this.#running) return;
      const delay = backoffDelay(this.#attempt, this.options.schedule ?? reconnectSchedule);
      this.options.onRetry?.(err, delay);
      this.#schedule();
      return;
    }
    this.#inFlight = false;
    if (this.#lostWhileConnecting && this.#running) this.#schedule();
  }
}
