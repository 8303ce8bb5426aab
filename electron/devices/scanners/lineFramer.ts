// Splits a serial scanner's byte stream into codes (devices.md §1.4). Byte-based, so a UTF-8
// character split across two reads is joined before decoding; CR, LF and CRLF all end a code
// (empty frames are skipped, which makes CRLF one terminator). Scanners configured without a
// suffix are framed by an inter-byte idle timeout instead, like serialport's InterByteTimeoutParser.
// Pure: the caller passes the time and arms a timer for `idleDeadline()`.

export interface LineFramerOptions {
  /** Flush a pending code after this much silence; `null` = only terminators end a code. */
  readonly idleFlushMs?: number | null;
  /** Longer than any real code (a v2 token is 138 chars): anything past this is line noise. */
  readonly maxLength?: number;
}

export type FramerOutput =
  | { readonly type: 'frame'; readonly bytes: Uint8Array; readonly by: 'terminator' | 'idle' }
  | { readonly type: 'dropped'; readonly reason: 'too-long'; readonly length: number };

const CR = 0x0d;
const LF = 0x0a;

export class LineFramer {
  readonly idleFlushMs: number | null;
  readonly maxLength: number;
  #buf: Uint8Array;
  #len = 0;
  #lastByteAt = 0;
  /** Set after an oversize run was dropped: swallow bytes until the next terminator. */
  #skipping = false;

  constructor(options: LineFramerOptions = {}) {
    this.idleFlushMs = options.idleFlushMs ?? null;
    this.maxLength = options.maxLength ?? 4096;
    this.#buf = new Uint8Array(Math.min(256, this.maxLength));
  }

  /** Bytes waiting for a terminator or the idle timeout. */
  get pendingLength(): number {
    return this.#len;
  }

  /** When `flushIfIdle` would emit, or null when nothing is pending or no idle flush is configured. */
  idleDeadline(): number | null {
    if (this.idleFlushMs === null || (this.#len === 0 && !this.#skipping)) return null;
    return this.#lastByteAt + this.idleFlushMs;
  }

  push(chunk: Uint8Array, now: number): FramerOutput[] {
    const out: FramerOutput[] = [];
    this.#lastByteAt = now;
    for (const b of chunk) {
      if (b === CR || b === LF) {
        this.#endFrame(out, 'terminator');
        continue;
      }
      if (this.#skipping) continue;
      if (this.#len >= this.maxLength) {
        out.push({ type: 'dropped', reason: 'too-long', length: this.#len + 1 });
        this.#skipping = true;
        this.#len = 0;
        continue;
      }
      this.#append(b);
    }
    return out;
  }

  /** Called by the owner's timer: emits the pending code if the line has been idle long enough. */
  flushIfIdle(now: number): FramerOutput[] {
    const deadline = this.idleDeadline();
    if (deadline === null || now < deadline) return [];
    const out: FramerOutput[] = [];
    this.#endFrame(out, 'idle');
    return out;
  }

  reset(): void {
    this.#len = 0;
    this.#skipping = false;
  }

  #endFrame(out: FramerOutput[], by: 'terminator' | 'idle'): void {
    if (this.#skipping) {
      this.#skipping = false;
      return;
    }
    if (this.#len === 0) return;
    out.push({ type: 'frame', bytes: this.#buf.slice(0, this.#len), by });
    this.#len = 0;
  }

  #append(b: number): void {
    if (this.#len === this.#buf.length) {
      const bigger = new Uint8Array(Math.min(this.maxLength, this.#buf.length * 2));
      bigger.set(this.#buf);
      this.#buf = bigger;
    }
    this.#buf[this.#len++] = b;
  }
}
