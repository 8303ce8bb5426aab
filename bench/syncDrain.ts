// A kiosk that was offline for weeks drains its outbox to the central server (issue 10: 10 000
// queued operations over loopback in ≤ 10 s). The server runs as its own process from source
// (`server/main.ts`), on PostgreSQL when LOKET_BENCH_PG_URL names a database the bench may fill,
// else on an embedded PGlite in a temporary folder; the kiosk joins with the enrolment code the
// server prints, queues 10 000 operations offline, then one sync cycle is timed until its queue is
// empty and the site's changes are pulled back.
// Run: npx tsx bench/syncDrain.ts [operations]   Prints the figures and one JSON line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLogger } from '../electron/services/core/logger';
import { goalLine, round } from './support/stats';
import { syncKiosk } from './support/syncKiosk';

const OPS = Number(process.argv[2] ?? 10_000);

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; code: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOKET_SERVER_PORT: '0',
    LOKET_SERVER_DATA_DIR: dataDir,
    LOKET_LOG_LEVEL: 'warn',
  };
  if (process.env.LOKET_BENCH_PG_URL) env.DATABASE_URL = process.env.LOKET_BENCH_PG_URL;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /central server on (http:\/\/[\d.:]+) \(database: (\w+)\)/.exec(out);
      const code = /valid 24 hours\): ([0-9A-Z-]+)/.exec(out);
      if (url && code) resolve({ child, url: url[1]!, code: code[1]! });
    });
    child.once('exit', (c) => reject(new Error(`the server exited (${c}): ${out}`)));
  });
}

/** The next service day after `day` (Monday to Friday). */
function nextWeekday(day: Date): Date {
  const d = new Date(day.getTime() + 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-drain-'));
  const server = await startServer(join(dir, 'server'));
  try {
    const { core, session } = await syncKiosk({
      dir,
      name: 'kiosk',
      log: createLogger({ level: 'warn' }),
      serverUrl: server.url,
      code: server.code,
      firstKiosk: true,
    });

    // Weeks offline: reservations for the coming service days, one in ten cancelled again. The site
    // takes bookings 90 days ahead and has 200 desks, so ten thousand operations fit its rules.
    const must = (r: { ok: boolean; error?: unknown }, what: string) => {
      if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.error)}`);
    };
    const rules = await core.call('settings.rules.get', {});
    must(rules, 'rules');
    must(
      await core.call(
        'settings.rules.update',
        { ...(rules as { value: object }).value, bookingDaysAhead: 90 },
        { session },
      ),
      'rules',
    );
    must(
      await core.call(
        'desks.replace',
        { items: Array.from({ length: 200 }, (_, i) => ({ number: i + 1, label: `Meja ${i + 1}` })) },
        { session },
      ),
      'desks',
    );
    const queued = () =>
      (core.db.prepare('SELECT count(*) AS n FROM outbox WHERE pushed_at IS NULL').get() as { n: number }).n;
    let day = new Date(Date.UTC(2026, 10, 23));
    let n = 0;
    while (queued() < OPS) {
      if (n > 0 && n % 200 === 0) day = nextWeekday(day);
      n++;
      const r = await core.call(
        'reservations.create',
        {
          fullName: `Pengunjung ${n}`,
          email: `p${n}@example.id`,
          phone: `+62812${String(40000000 + n)}`,
          day: day.toISOString().slice(0, 10),
          deskNumber: null,
          consent: true,
        },
        { session },
      );
      if (!r.ok) throw new Error(`reservation ${n}: ${JSON.stringify(r.error)}`);
      if (n % 10 === 0 && queued() < OPS) {
        const id = (r.value as { reservation: { id: string } }).reservation.id;
        const c = await core.call('reservations.cancel', { id, reason: 'Batal' }, { session });
        if (!c.ok) throw new Error(JSON.stringify(c.error));
      }
    }
    const waiting = queued();
    const t0 = performance.now();
    const status = await core.sync.syncNow();
    const ms = performance.now() - t0;
    if (status.pending !== 0 || status.state !== 'online')
      throw new Error(`not drained: ${JSON.stringify(status)}`);
    const perSecond = Math.round(waiting / (ms / 1000));
    console.log(
      `drained ${waiting} operations (push and pull back) in ${round(ms / 1000, 2)} s: ${perSecond} operations/s`,
    );
    console.log(goalLine(`drain ${waiting} queued operations`, round(ms / 1000, 2), 10, 's'));
    console.log(
      JSON.stringify({
        bench: 'syncDrain',
        operations: waiting,
        seconds: round(ms / 1000, 2),
        perSecond,
        database: process.env.LOKET_BENCH_PG_URL ? 'postgres' : 'pglite',
      }),
    );
    await core.close();
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
