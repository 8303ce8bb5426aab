// The central server of the fault harness as its own process (the bundled `server/main.ts`), on
// PostgreSQL through the database fault proxy. SIGKILLed at random points and started again at
// once; a start that fails (the database is "down") is tried again until it succeeds. Its clock is
// LOKET_FAKE_NOW, moved on by the real time elapsed, so a restart never sets the server back.
import { spawn, type ChildProcess } from 'node:child_process';

const ADDRESS = /central server on http:\/\/127\.0\.0\.1:(\d+)/;

export class ServerHandle {
  #child: ChildProcess | undefined;
  #ready: Promise<number>;
  #output = '';
  readonly #startedAt = performance.now();
  restarts = 0;
  /** The output of every exit nobody asked for (a crash), oldest first; the checker reports them. */
  readonly crashes: string[] = [];
  #killing = false;

  /**
   * @param onPort told the new port after every (re)start, so the kiosks' proxies follow it.
   */
  constructor(
    private readonly program: string,
    private readonly databaseUrl: string,
    private readonly clockStart: number,
    private readonly onPort: (port: number) => void,
  ) {
    this.#ready = this.#startUntilUp();
  }

  /** The server's business time now (what its LOKET_FAKE_NOW clock reads). */
  now(): number {
    return Math.round(this.clockStart + (performance.now() - this.#startedAt));
  }

  ready(): Promise<number> {
    return this.#ready;
  }

  async #startUntilUp(): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const port = await this.#startOnce().catch((error: Error) => {
        if (attempt >= 20) throw error;
        return null;
      });
      if (port !== null) {
        this.onPort(port);
        return port;
      }
    }
  }

  #startOnce(): Promise<number> {
    const now = this.now();
    const child = spawn(process.execPath, [this.program], {
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        LOKET_SERVER_PORT: '0',
        LOKET_FAKE_NOW: new Date(now).toISOString(),
        LOKET_LOG_LEVEL: 'fatal',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    let out = '';
    return new Promise<number>((resolve, reject) => {
      const keep = (d: Buffer) => {
        out += d.toString();
        this.#output = (this.#output + d.toString()).slice(-4000);
        const m = ADDRESS.exec(out);
        if (m) resolve(Number(m[1]));
      };
      child.stdout!.on('data', keep);
      child.stderr!.on('data', keep);
      child.once('exit', (code, signal) => {
        reject(new Error(`the server exited (${code ?? signal}): ${out}`));
        // Up and serving, and it ended by itself: a crash. Noted, and the server is started again.
        if (ADDRESS.test(out) && !this.#killing && this.#child === child) {
          this.crashes.push(out.slice(-2000));
          this.#ready = this.#startUntilUp();
        }
      });
    });
  }

  /** SIGKILL now and start again (in the background: `ready()` tells when it is back). */
  killAndRestart(): Promise<number> {
    const before = this.#ready;
    this.#ready = before
      .catch(() => 0)
      .then(async () => {
        const current = this.#child;
        if (current && current.exitCode === null && current.signalCode === null) {
          const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
          this.#killing = true;
          current.kill('SIGKILL');
          await exited;
          this.#killing = false;
        }
        this.restarts++;
        return this.#startUntilUp();
      });
    return this.#ready;
  }

  output(): string {
    return this.#output;
  }

  async stop(): Promise<void> {
    await this.#ready.catch(() => undefined);
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.#killing = true;
    child.kill('SIGKILL');
    await exited;
  }
}
