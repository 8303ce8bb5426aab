// WAL checkpoints off the kiosk's only thread (issue 9). SQLite copies the write-ahead log back into
// the database file every 1000 pages by default, inside whichever COMMIT crosses the mark, fsync and
// all: on a file of years a scan now and then waited 15-60 ms for it. Here the main connection stops
// checkpointing and a worker thread with its own connection runs PASSIVE checkpoints every few
// seconds: PASSIVE never waits for a lock and never blocks a reader or a writer, so a check-in is
// never held by one. If the worker cannot run, the main connection checkpoints itself again.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './openDatabase';

/** SQLite's own default, restored when the worker is not there to do it. */
const AUTOCHECKPOINT_PAGES = 1000;

/** What one checkpoint did: [busy, pages in the log, pages copied back] as `PRAGMA wal_checkpoint` says. */
export interface CheckpointResult {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

export interface WalCheckpointer {
  /**
   * A write was committed: checkpoint now rather than at the next interval. A log that has been
   * copied back whole is started again from its beginning by the next write; one that never is (a
   * checkpoint every few seconds under a burst of check-ins) only grows, and with it every commit's
   * cost (the file's size synced each time, every page looked up through a longer wal-index).
   */
  nudge(): void;
  /** Stops the worker; the main connection checkpoints on its own again. */
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  readonly intervalMs?: number;
  /** Called after each checkpoint (tests, diagnostics). */
  readonly onCheckpoint?: (result: CheckpointResult) => void;
  /** The worker failed or exited: checkpoints are back on the main connection. */
  readonly onFailure?: (err: unknown) => void;
  /** The SQLite driver the worker loads (default: better-sqlite3, resolved from here). */
  readonly driver?: string;
}

// The worker is plain CommonJS evaluated from this string, so it runs the same from the TypeScript
// sources (tests), the esbuild bundles and the packaged app, without a file of its own to ship. It
// loads the driver by the absolute path the main thread resolved.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// Checkpoints are background work: this thread alone goes to the lowest priority, so waking it (a
// nudge after every commit) never takes the core from the kiosk's main thread. On two cores the
// kernel handed the CPU to the woken worker and held the main thread off it for up to 20 ms
// (bench/daySimulation.ts). Linux names a thread by its own id under /proc/thread-self and lets
// setpriority take it; elsewhere the worker keeps the process's priority.
try {
  const threadId = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(threadId, 19);
} catch {}
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = FULL');
// A checkpoint that would have to wait is simply tried again at the next interval.
db.pragma('busy_timeout = 0');
const run = () => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ busy: r.busy, log: r.log, checkpointed: r.checkpointed });
  } catch (err) {
    if (!String(err && err.code).startsWith('SQLITE_BUSY')) throw err;
  }
};
const timer = setInterval(run, workerData.intervalMs);
// Nudges that arrive while a checkpoint runs are answered by one more, not one each.
let nudged = false;
const runNudged = () => {
  nudged = false;
  run();
};
parentPort.on('message', (msg) => {
  if (msg === 'nudge') {
    if (!nudged) setImmediate(runNudged);
    nudged = true;
    return;
  }
  if (msg !== 'stop') return;
  clearInterval(timer);
  run();
  db.close();
  parentPort.close();
});
`;

export function startWalCheckpointer(db: Db, options: WalCheckpointerOptions = {}): WalCheckpointer | null {
  if (db.memory) return null;
  const driver = options.driver ?? createRequire(import.meta.url).resolve('better-sqlite3');
  db.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file: db.name, intervalMs: options.intervalMs ?? 2_000 },
  });
  // The kiosk's process may end without waiting for a checkpoint; SQLite picks the log up next time.
  worker.unref();
  let stopped = false;
  const fallBack = (err: unknown) => {
    if (stopped) return;
    stopped = true;
    if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    options.onFailure?.(err);
  };
  worker.on('message', (result: CheckpointResult) => options.onCheckpoint?.(result));
  worker.on('error', fallBack);
  worker.on('exit', (code) => fallBack(new Error(`WAL checkpoint worker exited with ${code}`)));
  return {
    nudge: () => {
      if (!stopped) worker.postMessage('nudge');
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await exited;
      if (db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    },
  };
}
