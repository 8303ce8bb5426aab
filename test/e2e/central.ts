// The central server for the e2e suite: the built `dist/server/main.mjs` as its own process on a
// database of its own in the real PostgreSQL (LOKET_TEST_PG_URL, which .ci/run sets), with its clock
// at the suite's instant. Enrolment codes are made in its database, as the admin pages will make them.
import { spawn, type ChildProcess } from 'node:child_process';
import { openCentralDatabase, type CentralDatabase } from '../../server/db/open';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import { pgAdmin } from '../support/pgAdmin';

export const centralAvailable = () => Boolean(process.env.LOKET_TEST_PG_URL);

export interface Central {
  readonly url: string;
  /** A fresh one-time code for the first site, as an admin would hand it to the person at the kiosk. */
  code(): Promise<string>;
  /** What the server's database says of these reservations (id → status); absent ids are left out. */
  reservationStatus(ids: readonly string[]): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

const admin = (sql: string) => pgAdmin(process.env.LOKET_TEST_PG_URL!, sql);

export async function startCentral(fakeNow: string): Promise<Central> {
  const name = `loket_e2e_${process.pid}_${Date.now() % 100000}`;
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(process.env.LOKET_TEST_PG_URL!);
  u.pathname = `/${name}`;
  const databaseUrl = u.toString();
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.mjs'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOKET_SERVER_PORT: '0', LOKET_FAKE_NOW: fakeNow },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`central server did not start:\n${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /central server on (http:\/\/[\d.:]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`central server exited (${code}):\n${out}`)));
  });
  let db: CentralDatabase | undefined;
  const open = async () => (db ??= await openCentralDatabase({ url: databaseUrl, maxConnections: 1 })).db;
  return {
    url,
    async code() {
      return (await createEnrolmentCode(await open(), 'pontianak', 'e2e', Date.parse(fakeNow))).code;
    },
    async reservationStatus(ids) {
      if (ids.length === 0) return {};
      const rows = await (
        await open()
      )
        .selectFrom('reservations')
        .select(['id', 'status'])
        .where('id', 'in', [...ids])
        .execute();
      return Object.fromEntries(rows.map((r) => [r.id, r.status]));
    },
    async stop() {
      await db?.close();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
