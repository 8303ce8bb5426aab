// Reconnect loop shared by the HID and serial adapters (devices.md §1.6): after a failed open or
// an unplug, wait out the reconnect schedule (shared/backoff.ts) and re-enumerate on each attempt.
// Never reuse a stale handle. A successful connection resets the schedule.
// While it waits, it watches for the device coming back (`present`: the serial port's path exists,
// the HID scanner is enumerated again) and tries at once when it does: a visitor who scans a second
// after the scanner was replugged must not have their scan lost to a 10-second backoff.
import { backoffDelay, reconnectSchedule, type BackoffSchedule } from '../../../shared/backoff';
import type { TimerHandle, Timers } from '../../../shared/clock';

export interface ReconnectorOptions {
  readonly timers: Timers;
  /** Opens the device; resolves once it is ready, rejects when it could not. */
  readonly connect: () => Promise<void>;
  /** Told about every failed attempt and when the next one is due. */
  readonly onRetry?: (err: unknown, delayMs: number) => void;
  readonly schedule?: BackoffSchedule;
  /** Whether the device is there to be opened; looked at while waiting to retry. */
  readonly present?: () => boolean | Promise<boolean>;
  /** How often `present` is looked at while waiting (default 250 ms). */
  readonly presenceIntervalMs?: number;
}

/** Drives connect attempts: one at a time, with backoff, until stopped. */
export class Reconnector {
  #attempt = 0;
  #timer: TimerHandle | undefined;
  #watch: TimerHandle | undefined;
  #running = false;
  #inFlight = false;
  #lostWhileConnecting = false;
  #pokedWhileConnecting = false;
  /** Whether the device was there when the last attempt failed: only its return is news. */
  #wasPresent = true;

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
    this.#wasPresent = false;
    this.#schedule();
  }

  /** An external hint (the device came back, the settings screen's "retry"): try at once. */
  poke(): void {
    if (!this.#running) return;
    if (this.#inFlight) {
      this.#pokedWhileConnecting = true;
      return;
    }
    if (this.#timer === undefined) return;
    this.#clearTimers();
    void this.#tryNow();
  }

  stop(): void {
    this.#running = false;
    this.#clearTimers();
  }

  #clearTimers(): void {
    if (this.#timer !== undefined) this.options.timers.clearTimeout(this.#timer);
    if (this.#watch !== undefined) this.options.timers.clearTimeout(this.#watch);
    this.#timer = undefined;
    this.#watch = undefined;
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#inFlight) return;
    const delay = backoffDelay(this.#attempt++, this.options.schedule ?? reconnectSchedule);
    this.#timer = this.options.timers.setTimeout(() => {
      this.#clearTimers();
      void this.#tryNow();
    }, delay);
    this.#watchPresence();
  }

  #watchPresence(): void {
    const present = this.options.present;
    if (!present) return;
    this.#watch = this.options.timers.setTimeout(async () => {
      this.#watch = undefined;
      // Could not look (e.g. enumeration failed): wait for the backoff instead.
      const there = await Promise.resolve()
        .then(present)
        .catch(() => false);
      if (this.#timer === undefined) return; // an attempt started meanwhile, or stopped
      if (there && !this.#wasPresent) {
        this.poke();
        return;
      }
      this.#wasPresent = there;
      this.#watchPresence();
    }, this.options.presenceIntervalMs ?? 250);
  }

  async #isPresent(): Promise<boolean> {
    try {
      return (await this.options.present?.()) ?? true;
    } catch {
      return false;
    }
  }

  async #tryNow(): Promise<void> {
    if (!this.#running || this.#inFlight) return;
    this.#inFlight = true;
    this.#lostWhileConnecting = false;
    this.#pokedWhileConnecting = false;
    const before = this.options.present ? await this.#isPresent() : true;
    try {
      await this.options.connect();
      this.#attempt = 0;
    } catch (err) {
      // The device may have come back while this attempt was failing: then try again at once.
      this.#wasPresent = await this.#isPresent();
      const comeBack = this.#pokedWhileConnecting || (!before && this.#wasPresent);
      this.#inFlight = false;
      if (!this.#running) return;
      if (comeBack) {
        void this.#tryNow();
        return;
      }
      const delay = backoffDelay(this.#attempt, this.options.schedule ?? reconnectSchedule);
      this.options.onRetry?.(err, delay);
      this.#schedule();
      return;
    }
    this.#inFlight = false;
    if (this.#lostWhileConnecting && this.#running) {
      this.#wasPresent = false;
      this.#schedule();
    }
  }
}
