// The harness's side of one kiosk process (kioskProcess.ts): requests over IPC, SIGKILL at any
// moment, and a restart on the same SQLite file with the clock where the harness last set it. A
// request the process never answered because it was killed fails with KioskGone: for the history
// that operation is indeterminate (Jepsen's "info"), neither acknowledged nor refused.
import { fork, type ChildProcess } from 'node:child_process';

export class KioskGone extends Error {
  constructor(cmd: string) {
    super(`the kiosk process died before answering ${cmd}`);
    this.name = 'KioskGone';
  }
}

interface Waiting {
  readonly cmd: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** How long a kiosk may take to start and reopen its file before the harness calls it hung. */
const START_DEADLINE_MS = 30_000;

export class KioskHandle {
  #child: ChildProcess | undefined;
  #ready: Promise<void> = Promise.resolve();
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;
  #restarting = false;
  #killing = false;
  /** How each exit nobody asked for ended, with the process's last words; the checker reports them. */
  readonly crashes: string[] = [];
  #dbFile: string | undefined;
  #stderr = '';
  /** Error-level lines the kiosk logged since the last `takeLogErrors`. */
  #logErrors: string[] = [];
  /** The kiosk's business time: where its clock resumes after a restart. */
  clock = 0;
  deviceId = '';
  restarts = 0;

  constructor(
    private readonly program: string,
    readonly name: string,
  ) {}

  /** Starts the process (no database yet). */
  start(): Promise<void> {
    this.#ready = this.#spawn();
    return this.#ready;
  }

  #spawn(): Promise<void> {
    const child = fork(this.program, [], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [],
      serialization: 'json',
    });
    this.#child = child;
    child.stderr!.on('data', (d: Buffer) => {
      this.#stderr = (this.#stderr + d.toString()).slice(-4000);
    });
    const started = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.name} did not start: ${this.#stderr}`)),
        START_DEADLINE_MS,
      );
      child.on(
        'message',
        (m: {
          id?: number;
          event?: string;
          ok?: boolean;
          value?: unknown;
          error?: string;
          line?: string;
        }) => {
          if (m.event === 'ready') {
            clearTimeout(timer);
            resolve();
          } else if (m.event === 'logError') this.#logErrors.push(m.line!);
          else if (m.id !== undefined) {
            const w = this.#waiting.get(m.id);
            this.#waiting.delete(m.id);
            if (!w) return;
            if (m.ok) w.resolve(m.value);
            else w.reject(new Error(`${this.name} ${w.cmd}: ${m.error}`));
          }
        },
      );
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited while starting: ${this.#stderr}`));
        // It ended by itself: a crash. Noted for the checker, and the kiosk is started again.
        if (!this.#killing && this.#child === child) {
          this.crashes.push(`exit ${code ?? signal}:\n${this.#stderr.slice(-2000)}`);
          this.#ready = this.#spawn();
        }
        for (const [id, w] of this.#waiting) {
          this.#waiting.delete(id);
          w.reject(new KioskGone(w.cmd));
        }
      });
    });
    return started.then(async () => {
      if (this.#dbFile) await this.#send('open', { dbFile: this.#dbFile, clock: this.clock });
    });
  }

  #send(cmd: string, args: Record<string, unknown>): Promise<unknown> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null || !child.connected)
      return Promise.reject(new KioskGone(cmd));
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { cmd, resolve, reject });
      child.send({ id, cmd, args }, (error) => {
        if (!error) return;
        this.#waiting.delete(id);
        reject(new KioskGone(cmd));
      });
    });
  }

  /** A request, once the process is up (after a restart, once it has reopened its file). */
  async request<T = unknown>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
    await this.#ready;
    return (await this.#send(cmd, args)) as T;
  }

  /** Opens a fresh database for a new schedule, with the kiosk's clock at `clock`. */
  async openDatabase(dbFile: string, clock: number): Promise<void> {
    this.#dbFile = dbFile;
    this.clock = clock;
    const { deviceId } = await this.request<{ deviceId: string }>('open', { dbFile, clock });
    this.deviceId = deviceId;
  }

  /** Moves the kiosk's clock (a jump forward or back). */
  async jumpClock(ms: number): Promise<void> {
    this.clock += ms;
    await this.request('clock', { ms });
  }

  /**
   * SIGKILL now; the process comes back on the same file, and requests wait for that. A second kill
   * before it is back is the same kill (two restarts would put two processes on one file).
   */
  killAndRestart(): Promise<void> {
    const child = this.#child;
    if (this.#restarting || !child || child.exitCode !== null || child.signalCode !== null)
      return this.#ready;
    this.#restarting = true;
    this.#killing = true;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    this.restarts++;
    this.#ready = exited
      .then(() => {
        this.#killing = false;
        return this.#spawn();
      })
      .finally(() => {
        this.#restarting = false;
      });
    return this.#ready;
  }

  /** Resolves once the process is up and its file open. */
  ready(): Promise<void> {
    return this.#ready;
  }

  takeLogErrors(): string[] {
    return this.#logErrors.splice(0);
  }

  stderrTail(): string {
    return this.#stderr;
  }

  async stop(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    this.#killing = true;
    child.kill('SIGKILL');
    await exited;
  }
}
