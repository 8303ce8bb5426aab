// The loopback host as a program and its test-only clock door (issue 8 hardening).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { browserCommand } from '../../electron/host/openBrowser';
import { startLoopbackHost, type LoopbackHost } from '../../electron/host/loopbackHost';
import { TestClock } from '../../electron/host/testClock';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('POST /test/clock', () => {
  let t: TestCore;
  let host: LoopbackHost;
  const post = (body: string) =>
    fetch(`${host.origin}/test/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-loket-secret': host.secret },
      body,
    });

  it('answers a malformed body with 400 and a typed error, never a stack trace', async () => {
    t = await makeTestCore();
    host = await startLoopbackHost({ core: t.core, testClock: new TestClock(MONDAY_9AM) });
    cleanups.push(
      () => t.core.close(),
      () => host.close(),
    );
    for (const body of [
      '{not json',
      '[]',
      'null',
      '{"advanceMs":"soon"}',
      '{"advanceMs":-5}',
      '{"advanceMs":1e400}',
    ]) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text), body).toEqual({
        ok: false,
        error: { code: 'validation', messageKey: 'errors.validation' },
      });
      expect(text).not.toMatch(/at .*\.ts|Error:/);
    }
    expect((await post('{"advanceMs":60000}')).status).toBe(200);
  });
});

describe("GET /calls, the page's WebSocket for calls", () => {
  let host: LoopbackHost;
  const start = async () => {
    const t = await makeTestCore();
    host = await startLoopbackHost({ core: t.core });
    cleanups.push(
      () => t.core.close(),
      () => host.close(),
    );
  };
  /** Opens a socket as `headers` say; resolves with the refusal's HTTP status, or the open socket. */
  const connect = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; ws?: WebSocket }>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}${path}`, { headers });
      ws.once('open', () => resolve({ status: 101, ws }));
      ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
      ws.once('error', () => resolve({ status: 0 }));
    });
  const closeCode = (ws: WebSocket) =>
    new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

  it('opens only with the secret, for our host name and our own origin', async () => {
    await start();
    expect((await connect('/calls?secret=wrong')).status).toBe(401);
    expect((await connect('/calls')).status).toBe(401);
    expect((await connect(`/calls?secret=${host.secret}`, { origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect((await connect(`/calls?secret=${host.secret}`, { host: 'evil.example' })).status).toBe(403);
    expect((await connect(`/elsewhere?secret=${host.secret}`)).status).toBe(0);
    const ok = await connect(`/calls?secret=${host.secret}`, { origin: host.origin });
    expect(ok.status).toBe(101);
    ok.ws!.close();
  });

  it('closes on what is not a call, and on a message over 64 KB, without touching the core', async () => {
    await start();
    const malformed = (await connect(`/calls?secret=${host.secret}`)).ws!;
    const malformedClosed = closeCode(malformed);
    malformed.send('{not json');
    expect(await malformedClosed).toBe(1003);
    const huge = (await connect(`/calls?secret=${host.secret}`)).ws!;
    const hugeClosed = closeCode(huge);
    huge.send(JSON.stringify({ id: 1, method: 'app.info', input: { pad: 'x'.repeat(70_000) } }));
    expect(await hugeClosed).toBe(1009);
  });

  it('answers an officer method without a session as the dispatcher does: unauthorized', async () => {
    await start();
    const ws = (await connect(`/calls?secret=${host.secret}`)).ws!;
    const reply = new Promise<unknown>((resolve) =>
      ws.once('message', (d) => resolve(JSON.parse(d.toString()))),
    );
    ws.send(JSON.stringify({ id: 7, method: 'reservations.list', input: {} }));
    expect(await reply).toEqual({
      id: 7,
      result: { ok: false, error: { code: 'unauthorized', messageKey: 'errors.officer.locked' } },
    });
    ws.close();
  });
});

/** Starts the web host from source and returns what it printed once it is serving. */
async function startServer(env: Record<string, string>): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-server-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/server.ts'], {
    env: {
      ...process.env,
      LOKET_DATA_DIR: dataDir,
      LOKET_PORT: '0',
      LOKET_FAKE_NOW: '2026-11-23T09:00:00+07:00',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    () => rmSync(dataDir, { recursive: true, force: true }),
  );
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Data folder:')) resolve();
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return out;
}

describe('what the browser may keep', () => {
  it('keeps content-hashed assets (and so their compiled code) for good; never the page or a call', async () => {
    const t = await makeTestCore();
    const staticDir = mkdtempSync(join(tmpdir(), 'loket-static-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(staticDir, 'assets', 'index-BwViXPMK.js'), 'console.log(1)');
    const host = await startLoopbackHost({ core: t.core, staticDir });
    cleanups.push(
      () => rmSync(staticDir, { recursive: true, force: true }),
      () => t.core.close(),
      () => host.close(),
    );
    const cacheControl = async (path: string, init?: RequestInit) => {
      const res = await fetch(`${host.origin}${path}`, init);
      await res.arrayBuffer();
      return [res.status, res.headers.get('cache-control')];
    };
    expect(await cacheControl('/assets/index-BwViXPMK.js')).toEqual([
      200,
      'private, max-age=31536000, immutable',
    ]);
    expect(await cacheControl('/')).toEqual([200, 'no-store']);
    expect(await cacheControl('/index.html')).toEqual([200, 'no-store']);
    // A missing asset is a 404 (not the page under a script's name), and not remembered as missing.
    expect(await cacheControl('/assets/gone-AAAAAAAA.js')).toEqual([404, 'no-store']);
    const call = await cacheControl('/rpc/app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-loket-secret': host.secret },
      body: '{}',
    });
    expect(call).toEqual([200, 'no-store']);
  });
});

describe('the web host at start-up', () => {
  it('does not print the address with its key unless asked to', async () => {
    const quiet = await startServer({});
    expect(quiet).toMatch(/serving the kiosk on http:\/\/127\.0\.0\.1:\d+\./);
    expect(quiet).not.toMatch(/secret=/);
    const asked = await startServer({ LOKET_PRINT_URL: '1' });
    expect(asked).toMatch(/serving the kiosk at http:\/\/127\.0\.0\.1:\d+\/#secret=[A-Za-z0-9_-]{20,}/);
  }, 30_000);

  it('opens Chromium in kiosk mode with the address, or says it cannot', () => {
    const url = 'http://127.0.0.1:5178/#secret=abc';
    expect(browserCommand(url, 'kiosk', 'linux', (p) => p === '/usr/bin/chromium')).toEqual({
      command: '/usr/bin/chromium',
      args: expect.arrayContaining(['--kiosk', `--app=${url}`]),
    });
    expect(browserCommand(url, 'kiosk', 'linux', () => false)).toBeNull();
    expect(browserCommand(url, 'browser', 'win32', () => false)?.command).toBe('cmd');
    expect(browserCommand(url, 'browser', 'linux', () => false)).toEqual({
      command: 'xdg-open',
      args: [url],
    });
  });
});
