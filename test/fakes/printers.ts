// Hand-written printers at the edge of the world (STYLE.md "Tests"): a TCP printer on loopback, a
// serial printer on the far end of a real pty pair (socat), and a listener that never accepts.
// They speak the real protocol: raw job bytes in, DLE EOT status bytes out (devices.md §5.3).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { SerialPort } from 'serialport';

export interface FakeStatus {
  readonly offline?: boolean;
  readonly coverOpen?: boolean;
  readonly paperNearEnd?: boolean;
  readonly paperOut?: boolean;
}

/**
 * Reply bytes per Epson's DLE EOT table: fixed bits 1 and 4 make an idle printer answer 0x12;
 * n=4 near end sets bits 2-3 (0x1E), paper end bits 5-6 (0x72).
 */
export function statusReply(n: number, s: FakeStatus): number {
  const stopped = s.offline === true || s.coverOpen === true || s.paperOut === true;
  if (n === 1) return 0x12 | (stopped ? 0x08 : 0);
  if (n === 2) return 0x12 | (s.coverOpen ? 0x04 : 0) | (s.paperOut ? 0x20 : 0);
  if (n === 4) return 0x12 | (s.paperNearEnd ? 0x0c : 0) | (s.paperOut ? 0x60 : 0);
  return 0x12;
}

/** 'accept' records jobs; 'stall' accepts and never reads or closes; 'drop' resets mid-job. */
export type TcpPrinterMode = 'accept' | 'stall' | 'drop';

export interface FakeTcpPrinterOptions {
  mode?: TcpPrinterMode;
  status?: FakeStatus;
  /** A cheap printer that ignores DLE EOT. */
  answersStatus?: boolean;
  /** In 'drop' mode: read this many bytes, then reset the connection. */
  dropAfterBytes?: number;
}

export interface FakeTcpPrinter {
  readonly host: string;
  readonly port: number;
  /** Complete jobs (connections that carried print data and ended normally). */
  readonly jobs: Buffer[];
  /** Bytes received on connections that carried print data, however they ended. */
  readonly partial: Buffer[];
  /** Connections that carried only DLE EOT queries. */
  statusQueries: number;
  /** Connections opened. */
  connections: number;
  mode: TcpPrinterMode;
  status: FakeStatus;
  answersStatus: boolean;
  /** Resolves when the next print-data connection has delivered its first bytes. */
  nextJobStarted(): Promise<void>;
  close(): Promise<void>;
}

const isDleEot = (b: Buffer, i: number) => b[i] === 0x10 && b[i + 1] === 0x04;

export async function startFakeTcpPrinter(options: FakeTcpPrinterOptions = {}): Promise<FakeTcpPrinter> {
  const sockets = new Set<net.Socket>();
  let waiters: Array<() => void> = [];
  // Half-open allowed: otherwise Node answers the client's FIN by itself, and a "stalled" printer
  // would still close the connection.
  const server = net.createServer({ allowHalfOpen: true });
  const fake: FakeTcpPrinter = {
    host: '127.0.0.1',
    port: 0,
    jobs: [],
    partial: [],
    statusQueries: 0,
    connections: 0,
    mode: options.mode ?? 'accept',
    status: options.status ?? {},
    answersStatus: options.answersStatus ?? true,
    nextJobStarted: () => new Promise<void>((resolve) => waiters.push(resolve)),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  server.on('connection', (socket) => {
    fake.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const mode = fake.mode;
    let buf = Buffer.alloc(0);
    let answered = 0;
    let printData = false;
    let partialIndex = -1;

    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      // Only DLE EOT so far: a status connection, answered byte for byte in real time.
      while (!printData && answered * 3 + 3 <= buf.length && isDleEot(buf, answered * 3)) {
        if (fake.answersStatus) socket.write(Uint8Array.of(statusReply(buf[answered * 3 + 2]!, fake.status)));
        answered++;
      }
      const rest = buf.subarray(answered * 3);
      const mayBeQuery = rest.length < 3 && rest[0] === 0x10 && (rest.length < 2 || rest[1] === 0x04);
      if (!printData && rest.length > 0 && !mayBeQuery) {
        printData = true;
        partialIndex = fake.partial.push(buf) - 1;
        const w = waiters;
        waiters = [];
        for (const resolve of w) resolve();
        if (mode === 'stall') {
          // Stop reading: the kernel buffers fill, and nobody ever closes.
          socket.pause();
          return;
        }
      }
      if (printData) fake.partial[partialIndex] = buf;
      if (printData && mode === 'drop' && buf.length >= (options.dropAfterBytes ?? 64)) {
        socket.resetAndDestroy();
      }
    });
    socket.on('end', () => {
      // A stalled printer holds the connection open forever, EOF or not.
      if (printData && mode === 'stall') return;
      if (printData) fake.jobs.push(buf);
      else fake.statusQueries++;
      socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  (fake as { port: number }).port = (server.address() as net.AddressInfo).port;
  return fake;
}

/**
 * A port where something listens but never accepts: a child process listens with backlog 1 and is
 * stopped (SIGSTOP), and filler connections fill the kernel's accept queue, so a further connect
 * gets no SYN-ACK and hangs, as with a printer whose network stack has wedged.
 */
export async function startNonAcceptingListener(): Promise<{ port: number; close(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer();s.listen({port:0,host:'127.0.0.1',backlog:1},()=>{process.stdout.write(String(s.address().port)+'\\n')})",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('error', reject);
  });
  child.kill('SIGSTOP');
  const fillers: net.Socket[] = [];
  for (let i = 0; i < 8; i++) {
    const s = net.connect({ port, host: '127.0.0.1' });
    s.on('error', () => {});
    fillers.push(s);
  }
  await new Promise((r) => setTimeout(r, 150));
  return {
    port,
    close: async () => {
      for (const s of fillers) s.destroy();
      child.kill('SIGKILL');
      await new Promise((r) =>
        child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r),
      );
    },
  };
}

export interface PtyPrinter {
  /** The path the transport under test opens. */
  readonly hostPath: string;
  status: FakeStatus;
  received(): Buffer;
  /** Kills socat: the host side sees the port vanish, as with a USB-serial unplug. */
  unplug(): Promise<void>;
  close(): Promise<void>;
}

async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A serial printer on a real pty pair: `socat -d -d pty,raw,echo=0,link=A pty,raw,echo=0,link=B`
 * (devices.md §5.3). The printer side is a real SerialPort on A that records bytes and answers
 * DLE EOT n as the configured status says.
 */
export async function startPtyPrinter(dir: string, status: FakeStatus = {}): Promise<PtyPrinter> {
  const devicePath = join(dir, 'printer');
  const hostPath = join(dir, 'host');
  const socat: ChildProcess = spawn(
    'socat',
    ['-d', '-d', `pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${hostPath}`],
    { stdio: 'ignore' },
  );
  await waitFor(() => existsSync(devicePath) && existsSync(hostPath), 5000, 'socat ptys');
  const device = new SerialPort({ path: devicePath, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => device.open((e) => (e ? reject(e) : resolve())));
  device.on('error', () => {});
  const chunks: Buffer[] = [];
  let pending = Buffer.alloc(0);
  const printer: PtyPrinter = {
    hostPath,
    status,
    received: () => Buffer.concat(chunks),
    unplug: async () => {
      socat.kill('SIGTERM');
      await new Promise((r) =>
        socat.exitCode !== null || socat.signalCode !== null ? r(null) : socat.once('exit', r),
      );
    },
    close: async () => {
      if (device.isOpen) await new Promise<void>((r) => device.close(() => r()));
      await printer.unplug();
    },
  };
  device.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    pending = Buffer.concat([pending, chunk]);
    let i = 0;
    for (; i + 2 < pending.length; i++) {
      if (isDleEot(pending, i)) {
        device.write(Uint8Array.of(statusReply(pending[i + 2]!, printer.status)));
        i += 2;
      }
    }
    pending = pending.subarray(i);
  });
  return printer;
}
