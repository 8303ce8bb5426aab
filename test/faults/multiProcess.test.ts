// The multi-process sync fault harness (issue 10 › Proof), its short run for CI: the real server
// process on the real PostgreSQL, two or three real kiosk processes on SQLite files, fault proxies
// in between (dropped, delayed, cut and blackholed connections, the database "down"), SIGKILLs of
// kiosks and of the server at random moments, clock jumps; then healing, and the Jepsen-style
// checker on the databases themselves. bench/syncFaults.ts runs the same for as long as it is given.
// Replay a failing seed: LOKET_FAULT_SEED=<seed> LOKET_FAULT_SCHEDULES=1 npx vitest run test/faults/multiProcess.test.ts
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshCentralDb, type TestCentralDb } from '../support/centralDb';
import { startFaultCluster, type FaultCluster } from '../support/faults/faultCluster';
import { runFaultSchedule, type FaultRunResult } from '../support/faults/faultRun';
import { faultSchedule } from '../support/faults/faultSchedule';

const onPostgres = inject('centralTemplateUrl') !== null;
/**
 * As many schedules as BUDGET_MS allows (about 30 on two cores: the suite's budget, not the bench's),
 * or exactly LOKET_FAULT_SCHEDULES of them.
 */
const SCHEDULES = process.env.LOKET_FAULT_SCHEDULES ? Number(process.env.LOKET_FAULT_SCHEDULES) : null;
const BUDGET_MS = 75_000;
const MIN_SCHEDULES = 8;
const BASE_SEED = Number(process.env.LOKET_FAULT_SEED ?? randomInt(1, 2 ** 31));

/** Seeds that once broke sync, replayed on every run. */
const REGRESSIONS: readonly number[] = [
  // The database connection reset under a request in flight: the server process died of pg's
  // unheard 'error' event on the checked-out client (fixed in server/db/open.ts).
  803096660,
];

let central: TestCentralDb;
let cluster: FaultCluster;
let workDir: string;
/** A failing schedule's kiosk files are kept for a look (their folder is in the failure message). */
let keepWorkDir = false;

// The server process needs a database the harness can also reach and a TCP port to put the
// database fault proxy in front of: PGlite (one process, in memory) offers neither. CI has PostgreSQL.
describe.skipIf(!onPostgres)('sync across real processes under network, database and process faults', () => {
  beforeAll(async () => {
    central = await freshCentralDb({ maxConnections: 2 });
    workDir = mkdtempSync(join(tmpdir(), 'loket-faults-'));
    cluster = await startFaultCluster({ db: central.db, databaseUrl: central.url!, workDir });
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
    await central?.close();
    if (!keepWorkDir) rmSync(workDir, { recursive: true, force: true });
  }, 60_000);

  const report = (r: FaultRunResult) => {
    if (r.keptIn) keepWorkDir = true;
    return (
      `seed ${r.seed}: ${r.violations.length} violations (kiosk files in ${r.keptIn})\n  ${r.violations.join('\n  ')}\n` +
      `replay: LOKET_FAULT_SEED=${r.seed} LOKET_FAULT_SCHEDULES=1 npx vitest run test/faults/multiProcess.test.ts`
    );
  };

  for (const seed of REGRESSIONS)
    it(`still converges: seed ${seed}`, async () => {
      const r = await runFaultSchedule(cluster, faultSchedule(seed));
      expect(r.violations, report(r)).toEqual([]);
    }, 120_000);

  // Skipped because it fails on main and the fix is not written yet (found 4 December 2026): kiosk 2
  // is SIGKILLed 22 ms after filing a request, and after the restart every sync cycle ends at "a
  // letter could not be uploaded" (electron/sync/syncClient.ts #exchange), so its queue never drains:
  // 5 operations stuck, its 7 audit rows and a reservation never reach the server. Unskip with the fix.
  it.skip('still converges: seed 1360163431, a kiosk killed right after a request with its letter', async () => {
    const r = await runFaultSchedule(cluster, faultSchedule(1360163431));
    expect(r.violations, report(r)).toEqual([]);
  }, 120_000);

  it('nothing acknowledged is lost, nothing doubled or unexpected, every kiosk converges', async () => {
    process.stdout.write(`fault harness: schedules from seed ${BASE_SEED}\n`);
    const results: FaultRunResult[] = [];
    const started = performance.now();
    const more = (i: number) =>
      SCHEDULES !== null ? i < SCHEDULES : i < MIN_SCHEDULES || performance.now() - started < BUDGET_MS;
    for (let i = 0; more(i); i++) {
      const r = await runFaultSchedule(cluster, faultSchedule(BASE_SEED + i));
      results.push(r);
      expect(r.violations, report(r)).toEqual([]);
    }
    const sum = (f: (r: FaultRunResult) => number) => results.reduce((n, r) => n + f(r), 0);
    // Not a vacuous run: visitors checked in, the server refused or merged some, processes were killed.
    if (results.length >= MIN_SCHEDULES) {
      expect(sum((r) => r.visits)).toBeGreaterThan(0);
      expect(sum((r) => r.conflicts)).toBeGreaterThan(0);
      expect(sum((r) => r.kioskKills + r.serverKills)).toBeGreaterThan(0);
      expect(sum((r) => r.portalReservations)).toBeGreaterThan(0);
    }
    const slowest = Math.max(...results.map((r) => r.convergeMs));
    process.stdout.write(
      `fault harness: ${results.length} schedules, ${sum((r) => r.ops)} operations, ${sum((r) => r.visits)} check-ins, ` +
        `${sum((r) => r.portalReservations)} portal bookings, ` +
        `${sum((r) => r.conflicts)} refused or merged, ${sum((r) => r.kioskKills)} kiosk and ` +
        `${sum((r) => r.serverKills)} server kills, ${sum((r) => r.indeterminate)} indeterminate; ` +
        `${Math.round(sum((r) => r.ms) / results.length)} ms a schedule, slowest convergence ${Math.round(slowest)} ms\n`,
    );
  }, 170_000);
});
