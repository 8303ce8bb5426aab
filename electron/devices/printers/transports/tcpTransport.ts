// Raw TCP to port 9100 (devices.md §2.4): one socket per job, write, end(), wait for close, with
// connect and write timeouts. Printers take one connection at a time, and escpos-php#394 reports
// TM-T20II units refusing sockets after a day of half-closed connections: so every path ends in
// destroy(), and no socket outlives its job.
import net from 'node:net';
import { TransportError, failureOf } from './byteTransport';
import type { ByteTransport } from './byteTransport';

export interface TcpTransportOptions {
  readonly host: string;
  readonly port?: number;
  readonly connectTimeoutMs?: number;
  /** From connect until the printer has taken the whole job and closed. */
  readonly writeTimeoutMs?: number;
}

export class TcpTransport implements ByteTransport {
  readonly id: string;
  private readonly port: number;
  private readonly connectTimeoutMs: number;
  private readonly writeTimeoutMs: number;

  constructor(private readonly options: TcpTransportOptions) {
    this.port = options.port ?? 9100;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 3000;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 15000;
    this.id = `tcp:${options.host}:${this.port}`;
  }

  /** Opens a socket and runs `job` on it; the job settles the promise, we clean up. */
  private session<T>(timeoutMs: number, job: (socket: net.Socket, done: (v: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let connected = false;
      let settled = false;
      const socket = net.connect({ host: this.options.host, port: this.port });
      const finish = (err: TransportError | null, value?: T) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        if (err) reject(err);
        else resolve(value as T);
      };
      let timer = setTimeout(
        () => finish(new TransportError('unreachable', false, `No connection to ${this.id}`)),
        this.connectTimeoutMs,
      );
      socket.once('connect', () => {
        connected = true;
        clearTimeout(timer);
        timer = setTimeout(
          () => finish(new TransportError('timeout', true, `${this.id} stopped taking data`)),
          timeoutMs,
        );
        job(socket, (v) => finish(null, v));
      });
      socket.on('error', (err) => {
        const failure = connected ? 'disconnected' : failureOf(err);
        finish(new TransportError(failure, connected, `${this.id}: ${err.message}`, { cause: err }));
      });
      socket.once('close', () => {
        if (!connected)
          finish(new TransportError('unreachable', false, `${this.id} closed before connecting`));
      });
    });
  }

  write(data: Uint8Array): Promise<void> {
    return this.session<void>(this.writeTimeoutMs, (socket, done) => {
      // Some printers send Automatic Status Back on the job socket; read and drop it so the
      // socket never stalls on a full receive buffer.
      socket.resume();
      socket.once('close', () => done());
      // end() after the data: the printer sees EOF, prints, and closes its side.
      socket.end(data);
    });
  }

  request(cmd: Uint8Array, replyBytes: number, timeoutMs: number): Promise<Uint8Array | null> {
    return this.session<Uint8Array | null>(timeoutMs, (socket, done) => {
      const chunks: Buffer[] = [];
      let got = 0;
      // A printer that does not answer DLE EOT is common on cheap models: "no reply" = unknown.
      const quiet = setTimeout(() => done(got > 0 ? Buffer.concat(chunks) : null), timeoutMs - 1);
      socket.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        got += chunk.length;
        if (got >= replyBytes) {
          clearTimeout(quiet);
          done(Uint8Array.from(Buffer.concat(chunks).subarray(0, replyBytes)));
        }
      });
      socket.once('close', () => {
        clearTimeout(quiet);
        done(got > 0 ? Buffer.concat(chunks) : null);
      });
      socket.write(cmd);
    });
  }

  async close(): Promise<void> {
    // Nothing to do: no socket outlives a job.
  }
}
