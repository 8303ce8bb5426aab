// The one seam between "what to print" and "how bytes reach the printer" (devices.md §4).
// Each transport is small and owns one kind of link; the printer and the queue only see this.

export interface ByteTransport {
  /** 'tcp:192.168.1.50:9100', 'serial:/dev/ttyUSB0', 'usblp:/dev/usb/lp0'. */
  readonly id: string;
  /** Resolves once the bytes are flushed to the link (drain, socket close, file close). */
  write(data: Uint8Array): Promise<void>;
  /** Writes a command and reads up to `replyBytes` bytes; null when nothing came back in time. */
  request?(cmd: Uint8Array, replyBytes: number, timeoutMs: number): Promise<Uint8Array | null>;
  close(): Promise<void>;
}

export type TransportFailure =
  /** Nothing listens / no route / connect timed out: the printer is off or unplugged from the network. */
  | 'unreachable'
  /** The device node or port is gone (USB unplugged, ENOENT/ENXIO/EPIPE). */
  | 'disconnected'
  /** Connected, but the printer stopped taking bytes (paper out on some models, a hung printer). */
  | 'timeout'
  /** The OS refused access (udev rule missing, port held by another program). */
  | 'permission'
  | 'io';

/**
 * A failed write. `started` says whether any byte may have reached the printer: before that a
 * retry is safe; after it, part of a slip may be on paper and only the officer can tell.
 */
export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    readonly started: boolean,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TransportError';
  }
}

const byCode: Readonly<Record<string, TransportFailure>> = {
  ECONNREFUSED: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  ETIMEDOUT: 'unreachable',
  ENOENT: 'disconnected',
  ENXIO: 'disconnected',
  ENODEV: 'disconnected',
  EPIPE: 'disconnected',
  ECONNRESET: 'disconnected',
  EIO: 'disconnected',
  EACCES: 'permission',
  EPERM: 'permission',
  EBUSY: 'permission',
};

// @serialport/bindings-cpp reports open failures as text without an errno code, e.g.
// "Error: No such file or directory, cannot open /dev/ttyUSB0".
const byMessage: ReadonlyArray<readonly [RegExp, TransportFailure]> = [
  [/no such file|no such device|ENOENT|ENODEV|ENXIO|input\/output error/i, 'disconnected'],
  [/permission denied|EACCES|resource busy|cannot lock port/i, 'permission'],
];

export function failureOf(err: unknown): TransportFailure {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && byCode[code]) return byCode[code];
  const message = err instanceof Error ? err.message : String(err);
  return byMessage.find(([re]) => re.test(message))?.[1] ?? 'io';
}
