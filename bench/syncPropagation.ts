// How soon a reservation made elsewhere reaches an online kiosk (issue 10: portal → kiosk ≤ 2 s
// while online). Kiosk B runs its timers and long poll as a host runs them and is never asked.
// Two sources: kiosk A makes a reservation and syncs (from A's command to the row in B's database),
// and a visitor posts the portal's form over HTTP (from the post to the row in B's database).
// The server is the real HTTP application on loopback, on PostgreSQL when LOKET_BENCH_PG_URL names
// a database the bench may fill, else on PGlite in a temporary folder; everything in one process.
// Run: npx tsx bench/syncPropagation.ts [samples]   Prints p50/p99 and one JSON line.
import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { KioskCore } from '../electron/services/core/kioskCore';
import { createLogger } from '../electron/services/core/logger';
import { openCentralDatabase } from '../server/db/open';
import { migrateCentral } from '../server/db/migrate';
import { createEnrolmentCode, createSite } from '../server/devices/enrolment';
import { createServerApp } from '../server/http/app';
import { systemClock } from '../shared/clock';
import { bookableDays } from '../shared/rules/reservationRules';
import { defaultRules } from '../electron/services/settings/rules';
import { goalLine, round, summarize } from './support/stats';
import { BENCH_START, syncKiosk } from './support/syncKiosk';

const SAMPLES = Number(process.argv[2] ?? 30);
const log = createLogger({ level: 'warn' });

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-prop-'));
  const central = await openCentralDatabase({
    url: process.env.LOKET_BENCH_PG_URL,
    dataDir: join(dir, 'server'),
  });
  await migrateCentral(central.db as never);
  await createSite(central.db, { id: 'pontianak', name: 'Diskominfo Kota Pontianak' }, BENCH_START);
  const server = serve({
    // The portal's per-address limit would stop the bench's one address after ten posts.
    fetch: createServerApp({ db: central.db, clock: systemClock, log, portal: { postLimit: 1_000_000 } })
      .fetch,
    hostname: '127.0.0.1',
    port: 0,
  });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const code = async () => (await createEnrolmentCode(central.db, 'pontianak', 'bench', Date.now())).code;
  const kiosks: KioskCore[] = [];
  try {
    const first = await syncKiosk({
      dir,
      name: 'a',
      log,
      serverUrl: url,
      code: await code(),
      firstKiosk: true,
    });
    const a = first.core;
    const session = first.session!;
    kiosks.push(a);
    const b = (
      await syncKiosk({ dir, name: 'b', log, serverUrl: url, code: await code(), firstKiosk: false })
    ).core;
    kiosks.push(b);
    b.sync.start();

    const has = b.db.prepare('SELECT 1 FROM reservations WHERE id = ?');
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t0 = performance.now();
      const r = await a.call(
        'reservations.create',
        {
          fullName: `Tamu ${i}`,
          email: `t${i}@example.id`,
          phone: `+62812${String(50000000 + i)}`,
          day: '2026-11-24',
          deskNumber: null,
          consent: true,
        },
        { session },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      const id = (r.value as { reservation: { id: string } }).reservation.id;
      await a.sync.syncNow();
      while (has.get(id) === undefined) {
        if (performance.now() - t0 > 30_000) throw new Error(`sample ${i}: not at kiosk B after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      samples.push(performance.now() - t0);
    }
    const s = summarize(samples);
    console.log(`reservation at kiosk A → in kiosk B's database (ms): ${JSON.stringify(s)}`);
    console.log(goalLine('a change at another kiosk → an online kiosk, p99', round(s.p99 / 1000, 3), 2, 's'));

    // The portal: the server's clock is this machine's, so the days on offer are real ones.
    const days = bookableDays(Date.now(), defaultRules.calendar, defaultRules.bookingDaysAhead);
    const visitor = b.db.prepare('SELECT 1 FROM visitors WHERE email = ?');
    const portalSamples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const form = await (await fetch(`${url}/s/pontianak`)).text();
      const linkKey = /name="linkKey" value="([0-9A-Z]{26})"/.exec(form)?.[1];
      if (!linkKey) throw new Error('the portal form carries no link key');
      const email = `portal${i}@example.id`;
      const t0 = performance.now();
      const res = await fetch(`${url}/s/pontianak`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
        body: new URLSearchParams({
          linkKey,
          day: days[i % days.length]!,
          fullName: `Tamu Portal ${i}`,
          email,
          phone: `+62813${String(50000000 + i)}`,
          consent: 'yes',
        }).toString(),
      });
      if (res.status !== 303) throw new Error(`portal sample ${i}: ${res.status} ${await res.text()}`);
      while (visitor.get(email) === undefined) {
        if (performance.now() - t0 > 30_000) throw new Error(`portal sample ${i}: not at kiosk B after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      portalSamples.push(performance.now() - t0);
    }
    const p = summarize(portalSamples);
    console.log(`portal reservation → in kiosk B's database (ms): ${JSON.stringify(p)}`);
    console.log(goalLine('portal reservation → an online kiosk, p99', round(p.p99 / 1000, 3), 2, 's'));
    console.log(
      JSON.stringify({
        bench: 'syncPropagation',
        samples: SAMPLES,
        ms: s,
        portalMs: p,
        database: central.kind,
      }),
    );
  } finally {
    for (const k of kiosks) await k.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await central.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
