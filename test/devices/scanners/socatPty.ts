// A real pty pair from socat standing in for a serial scanner (devices.md §5.3): the code under test
// opens `hostPath` with the real serialport (termios and all), the test writes scanner bytes into
// `scannerPath`. Killing socat is a real unplug; starting it again with the same links is a replug.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasSocat = spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;

export interface SocatPair {
  readonly dir: string;
  readonly scannerPath: string;
  readonly hostPath: string;
  /** Writes bytes as the scanner would send them. */
  write(bytes: Uint8Array | string): Promise<void>;
  /** Unplug: kill socat; both pty ends vanish. */
  unplug(): Promise<void>;
  /** Replug: start socat again with the same link names. */
  replug(): Promise<void>;
  /** Kill socat and remove the temp dir. Safe to call twice. */
  dispose(): Promise<void>;
}

function startSocat(scannerPath: string, hostPath: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'socat',
      ['-d', '-d', `pty,raw,echo=0,link=${scannerPath}`, `pty,raw,echo=0,link=${hostPath}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`socat did not start: ${log}`));
    }, 5_000);
    child.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
      // socat prints this once both ptys exist and their links are in place.
      if (log.includes('starting data transfer loop')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`socat exited early (${code}): ${log}`));
    });
  });
}

function kill(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function createSocatPair(options: { start?: boolean } = {}): Promise<SocatPair> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-pty-'));
  const scannerPath = join(dir, 'scanner');
  const hostPath = join(dir, 'host');
  let child: ChildProcess | undefined;
  let writer: FileHandle | undefined;

  const closeWriter = async () => {
    const w = writer;
    writer = undefined;
    await w?.close().catch(() => undefined);
  };

  const pair: SocatPair = {
    dir,
    scannerPath,
    hostPath,
    async write(bytes) {
      writer ??= await open(scannerPath, 'r+');
      await writer.write(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    },
    async unplug() {
      await closeWriter();
      await kill(child);
      child = undefined;
    },
    async replug() {
      child = await startSocat(scannerPath, hostPath);
    },
    async dispose() {
      await pair.unplug();
      await rm(dir, { recursive: true, force: true });
    },
  };
  if (options.start !== false) await pair.replug();
  return pair;
}

/** Polls `cond` every 5 ms; rejects after `timeoutMs` with `what` in the message. */
export async function waitFor(cond: () => boolean, timeoutMs: number, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
