// What a check-in costs next to the least a durable write can cost (issue 9: ≤ 2×): the scan
// pipeline's check-in command on a 1M-reservation file, and a bare better-sqlite3 INSERT + COMMIT on
// the same disk with the same pragmas (WAL, synchronous=FULL), interleaved pair by pair so both see
// the same disk, cache and load. Visitors who checked in are checked out between pairs, untimed,
// so the desks never run out.
// Run: npx tsx bench/checkInCost.ts [pairs]   Prints a table and one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/openDatabase';
import { createKioskCore } from '../electron/services/core/kioskCore';
import { createLogger } from '../electron/services/core/logger';
import { ManualClock } from '../shared/clock';
import { LARGE, seededCopy, START } from './support/seed';
import { goalLine, round, summarize } from './support/stats';

const PAIRS = Number(process.argv[2] ?? 1000);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-cost-'));
  try {
    const { file, todayTokens } = seededCopy(LARGE, dir);
    if (todayTokens.length < PAIRS)
      throw new Error(`only ${todayTokens.length} bookings today for ${PAIRS} pairs`);
    const clock = new ManualClock(START);
    const core = createKioskCore({
      dbFile: file,
      version: 'bench',
      clock,
      log: createLogger({ level: 'warn' }),
    });
    const bare = openDatabase(join(dir, 'bare.sqlite'));
    bare.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, payload TEXT NOT NULL) STRICT');
    const insert = bare.prepare('INSERT INTO t (at, payload) VALUES (?, ?)');
    const checkOut = core.db.prepare(
      "UPDATE visits SET status = 'closed', closed_at = ?, close_kind = 'confirmed' WHERE status <> 'closed'",
    );
    const scan = (token: string) =>
      core.scans.handle({ text: token, source: 'serial', deviceId: 'serial:/dev/kiosk-scanner' });

    // Warm-up: both paths once, not counted.
    scan(todayTokens[PAIRS]!);
    insert.run(0, 'warm');

    const checkIn: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      clock.advance(1_000);
      const timeCheckIn = () => {
        const t0 = performance.now();
        const outcome = scan(todayTokens[i]!);
        checkIn.push(performance.now() - t0);
        if (outcome.kind !== 'checked_in') throw new Error(`pair ${i}: ${JSON.stringify(outcome)}`);
      };
      const timeBare = () => {
        const t0 = performance.now();
        insert.run(clock.now(), `{"pair":${i}}`);
        bareMs.push(performance.now() - t0);
      };
      // Alternate which goes first, so neither always meets a warmer cache.
      if (i % 2) {
        timeCheckIn();
        timeBare();
      } else {
        timeBare();
        timeCheckIn();
      }
      if (i % 200 === 199) checkOut.run(clock.now());
    }
    const c = summarize(checkIn);
    const b = summarize(bareMs);
    const ratio = { p50: round(c.p50 / b.p50, 2), p99: round(c.p99 / b.p99, 2) };
    console.log(`check-in command (ms): ${JSON.stringify(c)}`);
    console.log(`bare INSERT + COMMIT (ms): ${JSON.stringify(b)}`);
    console.log(goalLine('check-in / bare insert, p50', ratio.p50, 2, '×'));
    console.log(goalLine('check-in / bare insert, p99', ratio.p99, 2, '×'));
    console.log(JSON.stringify({ bench: 'checkInCost', pairs: PAIRS, checkInMs: c, bareMs: b, ratio }));
    await core.close();
    bare.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
