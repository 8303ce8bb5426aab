// The Electron main composition (electron/main/main.ts) against the fake electron: lifecycle,
// windows and their hardening flags, the database-too-new path.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskCore } from '../../electron/services/core/kioskCore';
import { writeSetting } from '../../electron/services/core/settingsStore';
import { createTestLog } from '../support/testLog';
import { BrowserWindow, Menu, fakeElectron, laptopDisplay, type FakeBrowserWindow } from '../fakes/electron';
import { makeHarness, type Harness } from './harness';

let h: Harness;
beforeEach(() => {
  h = makeHarness();
});
afterEach(() => h.cleanup());

describe('single instance', () => {
  it('quits at once when another Loket already runs, opening no window and no database', async () => {
    fakeElectron.app.otherInstanceRunning = true;
    expect(await h.start()).toBeNull();
    expect(fakeElectron.app.quitCount).toBe(1);
    expect(fakeElectron.app.isReady()).toBe(false);
    expect(fakeElectron.ipcMain.channels()).toEqual([]);
  });

  it('brings the running kiosk back to the front when launched again', async () => {
    await h.start();
    const kiosk = h.window('kiosk');
    kiosk.minimize();
    fakeElectron.app.driveSecondInstance();
    expect(kiosk.isMinimized()).toBe(false);
    expect(kiosk.isFocused()).toBe(true);
    expect(kiosk.isVisible()).toBe(true);
    expect(fakeElectron.app.quitCount).toBe(0);
  });
});

describe('windows', () => {
  it('opens one sandboxed, isolated window with the preload and no Node, on the kiosk route', async () => {
    await h.start();
    const [win, ...others] = BrowserWindow.getAllWindows();
    expect(others).toEqual([]);
    expect(win?.options.webPreferences).toMatchObject({
      preload: join(h.dir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: true, // not packaged
    });
    expect(win?.webContents.loadedUrls).toEqual(['app://loket/index.html#/kiosk']);
    expect(fakeElectron.app.sandboxEnabled).toBe(true);
  });

  it('shows the window only once it has painted', async () => {
    await h.start();
    const win = h.window('kiosk');
    expect(win.options.show).toBe(false);
    await win.painted;
    expect(win.isVisible()).toBe(true);
  });

  it('turns DevTools off when packaged, and closes them if anything opens them', async () => {
    fakeElectron.app.isPackaged = true;
    await h.start();
    const win = h.window('kiosk');
    expect(win.options.webPreferences?.devTools).toBe(false);
    win.webContents.openDevTools();
    expect(win.webContents.isDevToolsOpened()).toBe(false);
    // Even if Chromium opened them some other way, they are closed again.
    win.webContents.devToolsOpen = true;
    win.webContents.emit('devtools-opened');
    expect(win.webContents.isDevToolsOpened()).toBe(false);
  });

  it('leaves DevTools usable in development', async () => {
    await h.start();
    const win = h.window('kiosk');
    win.webContents.openDevTools();
    expect(win.webContents.isDevToolsOpened()).toBe(true);
  });

  it('removes the application menu', async () => {
    await h.start();
    expect(Menu.getApplicationMenu()).toBeNull();
  });

  it('is a fullscreen kiosk by default when packaged, and a normal window in development', async () => {
    fakeElectron.app.isPackaged = true;
    await h.start();
    expect(h.window('kiosk').options).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
    await h.cleanup();

    h = makeHarness();
    await h.start();
    expect(h.window('kiosk').options).toMatchObject({ kiosk: false, fullscreen: false, frame: true });
  });

  it('follows the display.kiosk setting over the default', async () => {
    // An officer turned kiosk mode off on an earlier run (e.g. to reach the desktop for maintenance).
    mkdirSync(h.userData, { recursive: true });
    const earlier = createKioskCore({
      dbFile: join(h.userData, 'loket.sqlite'),
      version: '0.0.0',
      log: createTestLog().log,
    });
    writeSetting(earlier.db, 'display.kiosk', false, Date.now());
    earlier.close();

    fakeElectron.app.isPackaged = true;
    await h.start();
    expect(h.window('kiosk').options).toMatchObject({ kiosk: false, fullscreen: false });
  });

  it('with two displays, puts the visitor kiosk on the touchscreen and the desk on the other', async () => {
    fakeElectron.app.isPackaged = true;
    fakeElectron.setDisplays(
      [
        laptopDisplay({ id: 10, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
        laptopDisplay({
          id: 20,
          bounds: { x: 1920, y: 0, width: 1080, height: 1920 },
          touchSupport: 'available',
        }),
      ],
      10,
    );
    await h.start();
    const kiosk: FakeBrowserWindow = h.window('kiosk');
    const desk = h.window('desk');
    expect(kiosk.options).toMatchObject({ x: 1920, y: 0, width: 1080, height: 1920, kiosk: true });
    expect(kiosk.webContents.loadedUrls).toEqual(['app://loket/index.html#/kiosk']);
    expect(desk.options).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080, kiosk: false });
    expect(desk.webContents.loadedUrls).toEqual(['app://loket/index.html#/desk']);
    // The desk is just as locked down inside.
    expect(desk.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      devTools: false,
    });
  });

  it('quits when the last window is closed, and closes the database', async () => {
    const main = await h.start();
    h.window('kiosk').close();
    expect(fakeElectron.app.quitted).toBe(true);
    expect(main!.core.db.open).toBe(false);
    expect(fakeElectron.ipcMain.channels()).toEqual([]);
  });
});

describe('a database written by a newer Loket', () => {
  it('shows the migration error in an error box and quits without touching the file', async () => {
    mkdirSync(h.userData, { recursive: true });
    const file = join(h.userData, 'loket.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 9999');
    db.close();

    expect(await h.start()).toBeNull();
    expect(fakeElectron.dialog.errorBoxes).toEqual([
      { title: 'Loket', content: expect.stringContaining('newer version of Loket') },
    ]);
    expect(fakeElectron.app.quitCount).toBe(1);
    expect(fakeElectron.ipcMain.channels()).toEqual([]);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(9999);
    after.close();
  });
});
