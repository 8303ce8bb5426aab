// The Electron main process: thin glue that composes the same core the loopback host serves
// (electron/host/server.ts) with windows, the app:// protocol, IPC and the lockdown. Bundled by
// build/scripts/bundle.mjs to dist/electron/main.mjs (ESM, `electron` external).
// @ts-expect-error -- Electron's types ship in the `electron` package, which cannot be installed on the build machines; once it can, delete this line and the ElectronMain annotation below is checked against the real API.
import * as electronModule from 'electron';
import { mkdirSync } from 'node:fs';
import { pino } from 'pino';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseTooNewError } from '../../db/migrate';
import type { Clock } from '../../shared/clock';
import { createKioskCore, type KioskCore } from '../services/core/kioskCore';
import { createLogger, type Logger } from '../services/core/logger';
import { createKeySource } from '../../shared/scanning/keyInput';
import { createOsPrint } from './osPrint';
import { appSchemes, createAppProtocolHandler } from './appProtocol';
import { readDisplaySettings } from './displaySettings';
import type { BrowserWindow, ElectronMain, WebContents } from './electronTypes';
import { forwardEvents, registerIpc } from './ipc';
import type { KeyInputPort } from './keyboardInput';
import { focusWindow, openKioskWindow } from './kioskWindow';
import { hardenSession } from './sessionSecurity';
import { APP_SCHEME, type WindowRole } from './trustedUrl';
import { hardenWebContents } from './webContentsSecurity';
import { planWindows } from './windowPlan';

const realElectron: ElectronMain = electronModule;

export interface StartOptions {
  /** The electron module; the real one by default (tests get the fake through the vitest alias). */
  readonly electron?: ElectronMain;
  /** dist/electron/preload.cjs */
  readonly preloadPath?: string;
  /** dist/renderer */
  readonly rendererDir?: string;
  /** The database file; `<userData>/loket.sqlite` by default, the same file the loopback host opens. */
  readonly dbFile?: string;
  readonly clock?: Clock;
  /** The keyboard-wedge port (see keyboardInput.ts createWindowKeySource); none: keys pass through. */
  readonly onKeyInput?: KeyInputPort;
  /** Where the shell and the core log; `<userData>/loket.log` by default. */
  readonly log?: Logger;
}

export interface LoketMain {
  readonly core: KioskCore;
  /** The open windows by role: 'kiosk' always, 'desk' when a second display is attached. */
  readonly windows: ReadonlyMap<WindowRole, BrowserWindow>;
}

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Starts the kiosk. Resolves to null when the app is quitting instead: another instance holds the
 * lock, or the database was written by a newer Loket.
 */
export async function startLoket(options: StartOptions = {}): Promise<LoketMain | null> {
  const { app, BrowserWindow, ipcMain, protocol, session, screen, dialog, Menu } =
    options.electron ?? realElectron;
  const devTools = !app.isPackaged;
  const windows = new Map<WindowRole, BrowserWindow>();

  // One kiosk per machine: a second launch (a double tap on the icon, an autostart racing a
  // watchdog) hands over to the running one, which comes to the front, and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.on('second-instance', () => focusWindow(windows.get('kiosk') ?? windows.get('desk')));

  // Before ready, as Electron requires: sandbox every renderer (#4) and make app:// a standard,
  // secure scheme (#18).
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged(appSchemes);
  await app.whenReady();
  const log =
    options.log ??
    createLogger({
      destination: pino.destination({ dest: join(app.getPath('userData'), 'loket.log'), mkdir: true }),
    });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, {
      devTools,
      onBlocked: (kind, url) => log.warn(`blocked ${kind} to ${url}`),
    }),
  );

  Menu.setApplicationMenu(null); // no menu: no reload/DevTools/close accelerators
  hardenSession(session.defaultSession, (permission) => log.warn(`denied permission ${permission}`));
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: options.rendererDir ?? here('../renderer/') }),
  );

  // The keyboard wedge reads the windows' key events (before-input-event); other scanners their devices.
  const keys = createKeySource();
  let core: KioskCore;
  try {
    const dataDir = app.getPath('userData');
    mkdirSync(dataDir, { recursive: true });
    core = createKioskCore({
      dbFile: options.dbFile ?? join(dataDir, 'loket.sqlite'),
      version: app.getVersion(),
      log,
      ...(options.clock ? { clock: options.clock } : {}),
      printHtml: createOsPrint(BrowserWindow),
      scanners: { hub: { keySource: keys } },
    });
  } catch (err) {
    if (!(err instanceof DatabaseTooNewError)) throw err;
    // Downgrade protection: never touch a newer schema. Tell whoever is at the screen, then leave.
    dialog.showErrorBox('Loket', err.message);
    app.quit();
    return null;
  }

  const ownContents = (): WebContents[] =>
    [...windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents);
  const removeIpc = registerIpc({
    ipcMain,
    core,
    isOwnWebContents: (contents) => ownContents().includes(contents),
    onRefused: (method, url) => log.warn(`refused ${method} from ${url ?? 'a closed frame'}`),
  });
  const stopEvents = forwardEvents(core.events, ownContents);

  // Scanners: the keyboard wedge reads the windows' key events; HID POS and serial scanners their devices.
  void core.scanners.start().catch((err: unknown) => log.error({ err }, 'scanners did not start'));
  core.startTimers();
  core.printing.start(); // jobs caught mid-send by a crash wait for the officer instead of printing twice
  core.sync.start(); // a kiosk that joined a site pushes and pulls; one that did not, does nothing

  const plan = planWindows(
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
    readDisplaySettings(core.db, app.isPackaged),
  );
  for (const planned of plan) {
    const win = openKioskWindow(planned, {
      BrowserWindow,
      preload: options.preloadPath ?? here('./preload.cjs'),
      devTools,
      log,
      onKeyInput: options.onKeyInput ?? keys.push,
    });
    windows.set(planned.role, win);
    win.on('closed', () => windows.delete(planned.role));
  }

  // A kiosk has no life without its screens, on every platform.
  app.on('window-all-closed', () => app.quit());
  let closed = false;
  app.on('will-quit', () => {
    if (closed) return;
    closed = true;
    stopEvents();
    removeIpc();
    void core.close(); // checkpoints the WAL so the file is whole if the PC is switched off next
  });

  return { core, windows };
}

// Electron runs this file as its main script; under Node (the unit tests) startLoket is imported.
if (process.versions.electron) {
  startLoket().catch((err: unknown) => {
    process.stderr.write(
      `Loket could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    realElectron.dialog.showErrorBox('Loket', 'Loket could not start. Restart the PC, or call support.');
    realElectron.app.quit();
  });
}
