// Two central server processes on one PostgreSQL behave as one (issue 10): kiosks behind a load
// balancer that sends each request to either process, all pushing at once, and the same batch sent
// to both processes at the same instant. Real processes, real HTTP on loopback, real PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import { pendingOperations, queueState } from '../../electron/sync/outbox';
import type { Fetch } from '../../electron/sync/transport';
import { PROTOCOL_VERSION, type PushResponse } from '../../shared/sync/protocol';
import { freshCentralDb, type TestCentralDb } from '../support/centralDb';
import { DeskDay, unwrap } from '../support/deskDay';
import { check } from '../support/syncSimulation';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';

const SITE_ID = 'pontianak';
const onPostgres = inject('centralTemplateUrl') !== null;

let central: TestCentralDb;
const servers: { child: ChildProcess; url: string }[] = [];
const kiosks: (TestCore & { desk: DeskDay })[] = [];

/** Starts `server/main.ts` from source on the test database and waits for the address it prints. */
async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOKET_SERVER_PORT: '0',
      LOKET_FAKE_NOW: '2026-11-23T09:00:00+07:00',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /central server on (http:\/\/[\d.:]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, url };
}

/** A load balancer with no stickiness: every request goes to the next process in turn. */
function balanced(): Fetch {
  let turn = 0;
  return (input, init) => {
    const target = servers[turn++ % servers.length]!.url;
    return fetch(input.replace(/^http:\/\/[^/]+/, target), init);
  };
}

// PGlite serves one process; two processes on one database need the real PostgreSQL (CI has it).
describe.skipIf(!onPostgres)('two server processes on one database', () => {
  beforeAll(async () => {
    central = await freshCentralDb();
    servers.push(...(await Promise.all([startServer(central.url!), startServer(central.url!)])));
  }, 60_000);
  afterAll(async () => {
    for (const k of kiosks) await k.core.close();
    await Promise.all(
      servers.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await central.close();
  });

  const code = async () =>
    (await createEnrolmentCode(central.db, SITE_ID, 'test', Date.parse('2026-11-23T02:00:00Z'))).code;

  it('four kiosks pushing at once through both processes end equal to the server, nothing lost or doubled', async () => {
    for (let i = 0; i < 4; i++) {
      const t = await makeTestCore(MONDAY_9AM, ':memory:', { setup: i === 0, fetch: balanced() });
      const k = { ...t, desk: new DeskDay(t.core) };
      kiosks.push(k);
      if (i === 0)
        unwrap(await k.desk.officerCall('sync.join', { serverUrl: 'http://balancer', code: await code() }));
      else unwrap(await t.core.call('setup.join', { serverUrl: 'http://balancer', code: await code() }));
    }
    // A busy morning at every kiosk while their pushes cross: reservations, walk-ins, check-ins.
    for (let round = 0; round < 3; round++) {
      for (const [i, k] of kiosks.entries()) {
        // Each kiosk seats its visitors on desks of its own: desk conflicts are the property test's part.
        const r = await k.desk.reserve('2026-11-23', 1 + i * 3 + round, `Tamu ${round}-${i}`);
        k.desk.scan(r.token);
        await k.desk.reserve('2026-11-24', null, `Besok ${round}-${i}`);
      }
      await Promise.all(kiosks.map((k) => k.core.sync.syncNow()));
    }
    await Promise.all(kiosks.map((k) => k.core.sync.syncNow()));
    await Promise.all(kiosks.map((k) => k.core.sync.syncNow()));
    const statuses = kiosks.map((k) => k.core.sync.status());
    expect(statuses.map((s) => [s.state, s.pending])).toEqual(kiosks.map(() => ['online', 0]));
    expect(
      await check(
        central.db,
        SITE_ID,
        kiosks.map((t) => ({ t })),
      ),
    ).toEqual([]);
  }, 60_000);

  it('the same batch sent to both processes at the same instant is applied once', async () => {
    const k = kiosks[1]!;
    await k.desk.reserve('2026-11-25', null, 'Dua Kali Kirim');
    await k.desk.reserve('2026-11-25', null, 'Dua Kali Kirim Lagi');
    const ops = pendingOperations(k.core.db, 100);
    expect(ops.length).toBeGreaterThanOrEqual(2);
    const secret = k.core.db.prepare('SELECT secret, epoch FROM sync_state').get() as {
      secret: string;
      epoch: number;
    };
    const body = JSON.stringify({
      protocol: PROTOCOL_VERSION,
      epoch: secret.epoch,
      clientTime: MONDAY_9AM,
      queue: queueState(k.core.db),
      audit: [],
      ops,
    });
    const answers = await Promise.all(
      servers.map(async ({ url }) => {
        const res = await fetch(`${url}/v1/sync/push`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${k.core.deps.deviceId}:${secret.secret}`,
          },
          body,
        });
        expect(res.status).toBe(200);
        return (await res.json()) as PushResponse;
      }),
    );
    // Each operation was applied by exactly one process; the other answered from what it stored.
    for (const [i, op] of ops.entries()) {
      const replays = answers.map((a) => a.results[i]!).filter((r) => r.replayed);
      expect(replays, `op ${op.seq}`).toHaveLength(1);
    }
    const stored = await central.db
      .selectFrom('processed_ops')
      .select('op_id')
      .where(
        'op_id',
        'in',
        ops.map((o) => o.opId),
      )
      .execute();
    expect(stored).toHaveLength(ops.length);
    await Promise.all(kiosks.map((x) => x.core.sync.syncNow()));
    await Promise.all(kiosks.map((x) => x.core.sync.syncNow()));
    expect(
      await check(
        central.db,
        SITE_ID,
        kiosks.map((t) => ({ t })),
      ),
    ).toEqual([]);
  }, 60_000);
});
