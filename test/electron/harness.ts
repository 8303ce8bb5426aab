// Starts the real Electron main composition (electron/main/main.ts) against the fake electron,
// with its own user-data folder and a tiny renderer build, and a Monday-morning clock.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../shared/clock';
import { startLoket, type LoketMain, type StartOptions } from '../../electron/main/main';
import { fakeElectron, resetFakeElectron, type FakeBrowserWindow } from '../fakes/electron';
import { MONDAY_9AM } from '../support/testCore';

export interface Harness {
  readonly dir: string;
  readonly userData: string;
  readonly rendererDir: string;
  readonly logs: string[];
  start(options?: Partial<StartOptions>): Promise<LoketMain | null>;
  /** The window opened for a role, as the fake BrowserWindow. */
  window(role: 'kiosk' | 'desk'): FakeBrowserWindow;
  cleanup(): void;
}

export function makeHarness(): Harness {
  resetFakeElectron();
  const dir = mkdtempSync(join(tmpdir(), 'loket-electron-'));
  const userData = join(dir, 'userData');
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Loket</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("loket")');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  fakeElectron.app.paths.userData = userData;
  const logs: string[] = [];
  let main: LoketMain | null = null;

  return {
    dir,
    userData,
    rendererDir,
    logs,
    async start(options = {}) {
      main = await startLoket({
        preloadPath: join(dir, 'preload.cjs'),
        rendererDir,
        clock: new ManualClock(MONDAY_9AM),
        log: (m) => logs.push(m),
        ...options,
      });
      return main;
    },
    window(role) {
      const win = main?.windows.get(role);
      if (!win) throw new Error(`no ${role} window`);
      return win as unknown as FakeBrowserWindow;
    },
    cleanup() {
      if (main && !fakeElectron.app.quitted) fakeElectron.app.quit();
      resetFakeElectron();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Lets setImmediate-scheduled fake IPC and ready-to-show run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
