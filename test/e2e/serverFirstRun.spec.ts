import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

// Issue 10: a newcomer runs the central server with no database installed. The built server on its
// embedded PGlite (no DATABASE_URL): the first start prepares the folder and prints its address and
// an enrolment code; a kiosk enrols with it; a restart finds the same data. (Here rather than in the
// unit suite: PGlite's start keeps both cores busy for seconds, and this suite runs one test at a time.)

interface Started {
  readonly child: ChildProcess;
  readonly out: () => string;
  readonly url: string;
}

async function startServer(dataDir: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOKET_SERVER_DATA_DIR: dataDir,
    LOKET_SERVER_PORT: '0',
    LOKET_FAKE_NOW: '2026-11-23T09:00:00+07:00',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/server/main.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /central server on (http:\/\/[\d.:]+) \(database: pglite\)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
  return { child, out: () => out, url };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

test('npm run start:server needs no database: PGlite in a folder, an enrolment code, data kept across restarts', async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-server-first-'));
  try {
    const first = await startServer(dataDir);
    let code: string;
    try {
      expect(first.out()).toContain('the first start takes about 10 s');
      // The code is printed after the address, once the first site exists.
      await expect
        .poll(() => /valid 24 hours\): ([0-9A-Z-]+)/.exec(first.out())?.[1], { timeout: 10_000 })
        .toBeTruthy();
      code = /valid 24 hours\): ([0-9A-Z-]+)/.exec(first.out())![1]!;
      const health = await fetch(`${first.url}/healthz`);
      expect(health.status).toBe(200);
      const enrol = await fetch(`${first.url}/v1/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ protocol: 1, code, deviceId: 'kiosk-newcomer', deviceName: 'Kios 1' }),
      });
      expect(enrol.status).toBe(200);
      expect(await enrol.json()).toMatchObject({ siteId: 'pontianak', deviceId: 'kiosk-newcomer', epoch: 1 });
    } finally {
      await stop(first.child);
    }

    // The restart opens the same folder: no first-start wait, the kiosk is still enrolled (no new
    // code), and the spent code stays spent.
    const second = await startServer(dataDir);
    try {
      expect(second.out()).not.toContain('the first start takes about 10 s');
      expect(second.out()).not.toContain('Enrolment code');
      const again = await fetch(`${second.url}/v1/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ protocol: 1, code, deviceId: 'kiosk-other', deviceName: 'Kios 2' }),
      });
      expect(again.status).toBe(403);
    } finally {
      await stop(second.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
