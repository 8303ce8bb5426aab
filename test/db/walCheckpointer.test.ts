// WAL checkpoints run in a worker, never inside the kiosk's own COMMITs (issue 9), on a real file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/openDatabase';
import { startWalCheckpointer, type CheckpointResult } from '../../db/walCheckpointer';

let dir = '';
let db: Db | undefined;
/** Checkpointers a test still has to stop if it failed before it could. */
const afterStop: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of afterStop.splice(0)) await stop();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function openFresh(): Db {
  dir = mkdtempSync(join(tmpdir(), 'loket-wal-'));
  db = openDatabase(join(dir, 'kiosk.sqlite'));
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
  return db;
}

/** About 6 MB of rows, a commit per hundred, as a busy day writes them. */
function writeDay(db: Db): void {
  const insert = db.prepare('INSERT INTO t (payload) VALUES (?)');
  const batch = db.transaction(() => {
    for (let i = 0; i < 100; i++) insert.run('x'.repeat(2000));
  });
  for (let i = 0; i < 30; i++) batch();
}

/** A thread's nice value, as the kernel reports it: field 19 of its stat line, after the name's ')'. */
const niceIn = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);

describe('the WAL checkpointer', () => {
  it('takes checkpoints off the main connection and copies the log back from its worker', async () => {
    const db = openFresh();
    const file = join(dir, 'kiosk.sqlite');
    let copied!: (last: CheckpointResult) => void;
    const done = new Promise<CheckpointResult>((resolve) => (copied = resolve));
    const checkpointer = startWalCheckpointer(db, {
      intervalMs: 20,
      // Reports queued while the day was being written describe part of it: wait for the one after
      // which the whole day is in the database file.
      onCheckpoint: (r) => {
        if (r.checkpointed === r.log && statSync(file).size > 6_000_000) copied(r);
      },
    })!;
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    writeDay(db);
    // With SQLite's default, the main connection would have checkpointed at 1000 pages by itself;
    // here only the worker copies the log back, so the file grows only through its checkpoints.
    const last = await done;
    expect(last.checkpointed).toBeGreaterThan(0);
    await checkpointer.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(3000);
  });

  it('copies each nudged commit back at once, so the next write starts the log again instead of growing it', async () => {
    const db = openFresh();
    const wal = join(dir, 'kiosk.sqlite-wal');
    const reports: CheckpointResult[] = [];
    let reported: (() => void) | null = null;
    // The interval is far beyond the test: only the nudges make the worker checkpoint.
    const checkpointer = startWalCheckpointer(db, {
      intervalMs: 3_600_000,
      onCheckpoint: (r) => {
        reports.push(r);
        reported?.();
      },
    })!;
    const insert = db.prepare('INSERT INTO t (payload) VALUES (?)');
    const sizes: number[] = [];
    for (let i = 0; i < 40; i++) {
      insert.run('x'.repeat(2000)); // one commit, as a check-in is
      const copied = new Promise<void>((resolve) => (reported = resolve));
      checkpointer.nudge();
      await copied;
      sizes.push(statSync(wal).size);
    }
    await checkpointer.stop();
    // Every checkpoint found the whole log to copy, and the log never grew past its first commits:
    // forty commits appended one after another would have made it about forty times as long.
    expect(reports.length).toBeGreaterThanOrEqual(40);
    expect(reports.every((r) => r.checkpointed === r.log)).toBe(true);
    expect(Math.max(...sizes)).toBeLessThan(2 * sizes[0]!);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(40);
  });

  it('gives checkpoints back to the main connection when the worker cannot run', async () => {
    const db = openFresh();
    const failed = new Promise<unknown>((resolve) => {
      startWalCheckpointer(db, { driver: join(dir, 'no-such-driver.js'), onFailure: resolve });
    });
    expect(String(await failed)).toMatch(/no-such-driver/);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  // Thread priorities by thread id are Linux's (/proc and setpriority on a thread): elsewhere the
  // worker keeps the process's priority, and there is nothing of it to read.
  it.skipIf(process.platform !== 'linux')(
    'runs its checkpoints on a thread of the lowest priority, so the main thread keeps the core',
    async () => {
      // The kernel's own account of this process's threads: thread id → nice value.
      const threads = () =>
        new Map(
          readdirSync('/proc/self/task').flatMap((tid) => {
            try {
              return [[tid, niceIn(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8'))] as const];
            } catch {
              return []; // a thread that ended while we looked
            }
          }),
        );
      const before = threads();
      const db = openFresh();
      const checkpointed = new Promise<void>((resolve) => {
        const checkpointer = startWalCheckpointer(db, { intervalMs: 10, onCheckpoint: () => resolve() })!;
        afterStop.push(() => checkpointer.stop());
      });
      db.prepare('INSERT INTO t (payload) VALUES (?)').run('x');
      await checkpointed;
      const after = threads();
      const started = [...after].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
      expect(started).toContain(19);
      // The threads that were there before, the kiosk's own among them, keep their priority.
      for (const [tid, nice] of after) if (before.has(tid)) expect(nice).toBe(before.get(tid));
    },
  );

  it('is not started for an in-memory database', () => {
    dir = mkdtempSync(join(tmpdir(), 'loket-wal-'));
    db = openDatabase(':memory:');
    expect(startWalCheckpointer(db)).toBeNull();
  });
});
