// Each hardening item of the Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
// asserted on the windows electron/main/main.ts opens.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { BrowserWindow, fakeElectron, type FakeWebContents } from '../fakes/electron';
import { makeHarness, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = makeHarness();
  await h.start();
});
afterEach(() => h.cleanup());

describe('navigation and new windows (#13, #14, #11-12)', () => {
  it('refuses to navigate to any other site, by link, script or subframe', () => {
    const contents = h.window('kiosk').webContents;
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:5178/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://loket.evil/index.html',
      'app://loket@evil/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect(contents.driveNavigate(url), url).toBe(false);
    }
    expect(contents.getURL()).toBe('app://loket/index.html#/kiosk');
    expect(h.logs).toContain('blocked frame-navigate to https://evil.example/');
  });

  it('still lets the app move between its own pages', () => {
    expect(h.window('kiosk').webContents.driveNavigate('app://loket/index.html#/desk')).toBe(true);
  });

  it('refuses a redirect out of the app', () => {
    const contents = h.window('kiosk').webContents;
    expect(contents.driveRedirect('https://evil.example/phish')).toBe(false);
    expect(contents.driveRedirect('app://loket/index.html')).toBe(true);
  });

  it('opens no new window, not even for its own URL', () => {
    const contents = h.window('kiosk').webContents;
    expect(contents.driveWindowOpen('https://evil.example/')).toBe('deny');
    expect(contents.driveWindowOpen('app://loket/index.html#/desk')).toBe('deny');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('refuses to attach a <webview>', () => {
    expect(h.window('kiosk').webContents.driveAttachWebview('https://evil.example/')).toBe(false);
  });

  it('locks down every webContents created later too, not only the first window', () => {
    const late = new BrowserWindow({});
    expect(late.webContents.driveNavigate('https://evil.example/')).toBe(false);
    expect(late.webContents.driveWindowOpen('https://evil.example/')).toBe('deny');
  });
});

describe('permissions (#5)', () => {
  it('denies every permission request and check, and every device', async () => {
    const s = fakeElectron.session;
    const contents = h.window('kiosk').webContents;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'hid',
      'serial',
      'usb',
    ]) {
      expect(await s.driveRequest(contents, permission), permission).toBe(false);
      expect(s.driveCheck(contents, permission), permission).toBe(false);
    }
    expect(s.driveDevice('hid')).toBe(false);
    expect(s.driveDevice('serial')).toBe(false);
    expect(h.logs).toContain('denied permission media');
  });
});

describe('app:// protocol (#18, #7)', () => {
  it('is registered as a privileged standard, secure scheme before ready', () => {
    expect(fakeElectron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('lets Chromium keep content-hashed assets and their compiled code for good, never the page', async () => {
    writeFileSync(join(h.rendererDir, 'assets', 'index-BwViXPMK.js'), 'console.log("hashed")');
    const hashed = await fakeElectron.protocol.driveRequest('app://loket/assets/index-BwViXPMK.js');
    expect(hashed.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    // The page names the current assets, so an update must be seen at the next start.
    for (const url of ['app://loket/index.html', 'app://loket/', 'app://loket/assets/app.js']) {
      const res = await fakeElectron.protocol.driveRequest(url);
      expect(res.headers.get('cache-control'), url).toBe('no-store');
    }
    expect(
      (await fakeElectron.protocol.driveRequest('app://loket/assets/gone-AAAAAAAA.js')).headers.get(
        'cache-control',
      ),
    ).toBe('no-store');
  });

  it('serves the renderer with the CSP header and the right type', async () => {
    const page = await fakeElectron.protocol.driveRequest('app://loket/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<div id="root">');

    const script = await fakeElectron.protocol.driveRequest('app://loket/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await fakeElectron.protocol.driveRequest('app://loket/')).status).toBe(200);
  });

  it('answers 404 for a missing file and a folder', async () => {
    expect((await fakeElectron.protocol.driveRequest('app://loket/nope.js')).status).toBe(404);
    expect((await fakeElectron.protocol.driveRequest('app://loket/assets/')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://loket/../../etc/passwd',
      'app://loket/%2e%2e/%2e%2e/etc/passwd',
      'app://loket/..%2f..%2fetc%2fpasswd',
      'app://loket/..%2fsecret.txt',
      'app://loket/..%5csecret.txt',
      'app://loket/%2e%2e%2fsecret.txt',
      'app://loket/index.html%00.png',
      'app://loket/%E0%A4%A',
    ]) {
      const res = await fakeElectron.protocol.driveRequest(url);
      expect([403, 404], url).toContain(res.status);
      const body = await res.text();
      expect(body, url).not.toContain('outside the renderer folder');
      expect(body, url).not.toContain('root:');
    }
  });

  it('refuses an encoded escape with 403 although the file it names exists', async () => {
    expect((await fakeElectron.protocol.driveRequest('app://loket/..%2fsecret.txt')).status).toBe(403);
  });

  it('refuses other hosts and non-GET methods', async () => {
    expect((await fakeElectron.protocol.driveRequest('app://evil/index.html')).status).toBe(403);
    expect((await fakeElectron.protocol.driveRequest('app://loket:8080/index.html')).status).toBe(403);
    expect(
      (await fakeElectron.protocol.driveRequest('app://loket/index.html', { method: 'POST', body: 'x' }))
        .status,
    ).toBe(405);
  });
});

describe('IPC sender check (#17)', () => {
  const call = (url: string | null, sender: FakeWebContents, method = 'app.info') =>
    fakeElectron.ipcMain.driveInvoke(
      `kiosk:${method}`,
      { sender, senderFrame: url === null ? null : { url } },
      {},
      {},
    );

  it('registers exactly one channel per contract method', async () => {
    const { methodNames } = await import('../../shared/contract');
    expect(fakeElectron.ipcMain.channels().sort()).toEqual(methodNames.map((m) => `kiosk:${m}`).sort());
  });

  it('answers a frame of our own window showing app://loket', async () => {
    const result = await call('app://loket/index.html#/kiosk', h.window('kiosk').webContents);
    expect(result).toMatchObject({ ok: true, value: { timeZone: 'Asia/Pontianak' } });
  });

  it('refuses a frame from another origin with a typed forbidden result', async () => {
    const own = h.window('kiosk').webContents;
    for (const url of [
      'https://evil.example/',
      'app://evil/index.html',
      'app://loket.evil/',
      'file:///tmp/x.html',
      'about:blank',
    ]) {
      expect(await call(url, own), url).toEqual({
        ok: false,
        error: { code: 'forbidden', messageKey: 'errors.rpc.badSender' },
      });
    }
    expect(h.logs).toContain('refused app.info from https://evil.example/');
  });

  it('refuses a frame that has gone, and a webContents that is not one of our windows', async () => {
    expect(await call(null, h.window('kiosk').webContents)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const stranger = new BrowserWindow({});
    expect(await call('app://loket/index.html', stranger.webContents)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses officer calls from a foreign frame before looking at the session', async () => {
    const result = await call('https://evil.example/', h.window('kiosk').webContents, 'reservations.list');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
