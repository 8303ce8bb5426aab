// The multi-process sync fault harness as a soak (issue 10 › Proof): as many seeded schedules as
// the time allows on the real server process, real PostgreSQL and two or three kiosk processes,
// with network, database and process faults (test/support/faults/). Reports how many schedules ran
// and how long each took, lost / duplicated / unexpected (must be 0), stuck queues (0), and the time
// to converge after healing (p50/p99).
// Run: npx tsx bench/syncFaults.ts [minutes]   (default 60; or LOKET_BENCH_FAULT_MINUTES)
// PostgreSQL: LOKET_BENCH_PG_URL names a database the bench may fill; else, with LOKET_TEST_PG_URL
// (a role that may create databases), a scratch database is made and dropped. Seeds run from
// LOKET_FAULT_SEED (random by default); a failing one is printed with its replay command.
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCentralDatabase } from '../server/db/open';
import { migrateCentral } from '../server/db/migrate';
import { startFaultCluster } from '../test/support/faults/faultCluster';
import { runFaultSchedule, type FaultRunResult } from '../test/support/faults/faultRun';
import { faultSchedule } from '../test/support/faults/faultSchedule';
import { pgAdmin } from '../test/support/pgAdmin';
import { goalLine, round, summarize } from './support/stats';

const MINUTES = Number(process.argv[2] ?? process.env.LOKET_BENCH_FAULT_MINUTES ?? 60);
const BASE_SEED = Number(process.env.LOKET_FAULT_SEED ?? randomInt(1, 2 ** 31));
const SCRATCH = 'loket_bench_faults';

/** The database to run on, and how to drop it afterwards when the bench made it. */
async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.LOKET_BENCH_PG_URL) return { url: process.env.LOKET_BENCH_PG_URL, drop: async () => {} };
  const adminUrl = process.env.LOKET_TEST_PG_URL;
  if (!adminUrl)
    throw new Error(
      'syncFaults needs PostgreSQL: set LOKET_BENCH_PG_URL (a database it may fill) or LOKET_TEST_PG_URL',
    );
  await pgAdmin(adminUrl, `DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`);
  await pgAdmin(adminUrl, `CREATE DATABASE ${SCRATCH}`);
  const u = new URL(adminUrl);
  u.pathname = `/${SCRATCH}`;
  return {
    url: u.toString(),
    drop: () => pgAdmin(adminUrl, `DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`),
  };
}

/** Which promise a violation broke, for the report's columns. */
const kind = (v: string): 'lost' | 'duplicated' | 'unexpected' | 'stuck' | 'other' =>
  /\(lost\)|lost or duplicated/.test(v)
    ? 'lost'
    : /duplicated|two holders/.test(v)
      ? 'duplicated'
      : /unexpected/.test(v)
        ? 'unexpected'
        : /stuck/.test(v)
          ? 'stuck'
          : 'other';

async function main(): Promise<number> {
  if (!process.env.LOKET_BENCH_PG_URL && !process.env.LOKET_TEST_PG_URL) {
    // PGlite serves one process and has no port to put the database fault proxy in front of.
    console.log('SKIP  syncFaults needs PostgreSQL: set LOKET_BENCH_PG_URL or LOKET_TEST_PG_URL');
    return 0;
  }
  const database = await benchDatabase();
  const central = await openCentralDatabase({ url: database.url, maxConnections: 2 });
  await migrateCentral(central.db as never);
  const workDir = mkdtempSync(join(tmpdir(), 'loket-bench-faults-'));
  const cluster = await startFaultCluster({ db: central.db, databaseUrl: database.url, workDir });
  const results: FaultRunResult[] = [];
  const failed: FaultRunResult[] = [];
  const started = performance.now();
  const until = started + MINUTES * 60_000;
  console.log(`sync faults: schedules for ${MINUTES} min from seed ${BASE_SEED}`);
  try {
    for (let i = 0; performance.now() < until; i++) {
      const r = await runFaultSchedule(cluster, faultSchedule(BASE_SEED + i));
      results.push(r);
      for (const n of r.notes) console.log(`  seed ${r.seed}: ${n}`);
      if (r.violations.length > 0) {
        failed.push(r);
        console.log(
          `FAILED seed ${r.seed} (files in ${r.keptIn}):\n  ${r.violations.join('\n  ')}\n` +
            `  replay: LOKET_FAULT_SEED=${r.seed} LOKET_FAULT_SCHEDULES=1 npx vitest run test/faults/multiProcess.test.ts`,
        );
      }
      if (results.length % 50 === 0)
        console.log(
          `  ${results.length} schedules in ${round((performance.now() - started) / 60_000, 1)} min, ${failed.length} failed`,
        );
    }
  } finally {
    await cluster.close();
    await central.close();
    await database.drop();
    if (failed.length === 0) rmSync(workDir, { recursive: true, force: true });
  }

  const minutes = (performance.now() - started) / 60_000;
  const perHour = Math.round(results.length / (minutes / 60));
  const counts = { lost: 0, duplicated: 0, unexpected: 0, stuck: 0, other: 0 };
  for (const r of results) for (const v of r.violations) counts[kind(v)]++;
  const converge = summarize(results.map((r) => r.convergeMs / 1000));
  const perSchedule = summarize(results.map((r) => r.ms / 1000));
  const sum = (f: (r: FaultRunResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const phase = (p: keyof FaultRunResult['phases']) =>
    round(sum((r) => r.phases[p]) / results.length / 1000, 2);
  console.log(
    `${results.length} schedules in ${round(minutes, 1)} min (${perHour} an hour), ` +
      `${round(perSchedule.mean, 2)} s a schedule (p50 ${perSchedule.p50} s, p99 ${perSchedule.p99} s)`,
  );
  console.log(
    `  per schedule: set-up ${phase('setUp')} s, steps ${phase('steps')} s, restarts after healing ${phase('restarts')} s, ` +
      `in-flight syncs ${phase('settle')} s, converging ${phase('converge')} s, checker ${phase('check')} s`,
  );
  console.log(
    `  ${sum((r) => r.ops)} operations, ${sum((r) => r.visits)} check-ins, ${sum((r) => r.conflicts)} refused or merged, ` +
      `${sum((r) => r.portalReservations)} portal bookings, ${sum((r) => r.kioskKills)} kiosk and ${sum((r) => r.serverKills)} server kills, ` +
      `${sum((r) => r.indeterminate)} indeterminate requests`,
  );
  console.log(
    `  lost ${counts.lost}, duplicated ${counts.duplicated}, unexpected ${counts.unexpected}, stuck ${counts.stuck}, ` +
      `other violations ${counts.other}; failed schedules ${failed.length}`,
  );
  console.log(
    `  converged after healing: p50 ${converge.p50} s, p99 ${converge.p99} s, max ${converge.max} s`,
  );
  // A goal of "at least": goalLine measures "at most".
  console.log(`${perHour >= 1000 ? 'MET ' : 'MISS'}  fault schedules an hour: ${perHour} (goal ≥ 1000)`);
  console.log(
    goalLine('lost + duplicated + unexpected', counts.lost + counts.duplicated + counts.unexpected, 0, ''),
  );
  console.log(goalLine('stuck queues after healing', counts.stuck, 0, ''));
  console.log(goalLine('convergence after healing, p99', converge.p99, 60, 's'));
  console.log(
    JSON.stringify({
      bench: 'syncFaults',
      minutes: round(minutes, 2),
      schedules: results.length,
      perHour,
      secondsPerSchedule: round(perSchedule.mean, 2),
      ...counts,
      failed: failed.map((r) => r.seed),
      convergeP50: converge.p50,
      convergeP99: converge.p99,
    }),
  );
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
