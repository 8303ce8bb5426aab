// Starts the real Electron main composition (electron/main/main.ts) against the fake electron,
// with its own user-data folder and a tiny renderer build, and a Monday-morning clock.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../shared/clock';
import { startLoket, type LoketMain, type StartOptions } from '../../electron/main/main';
import { fakeElectron, resetFakeElectron, type FakeBrowserWindow } from '../fakes/electron';
import { MONDAY_9AM } from '../support/testCore';
import { createTestLog } from '../support/testLog';

export interface Harness {
  readonly dir: string;
  readonly userData: string;
  readonly rendererDir: string;
  /** The messages the shell and the core logged. */
  readonly logs: string[];
  /** A test that provokes an error-level line on purpose says so; cleanup fails on any other. */
  expectErrors(pattern: RegExp): void;
  start(options?: Partial<StartOptions>): Promise<LoketMain | null>;
  /** The window opened for a role, as the fake BrowserWindow. */
  window(role: 'kiosk' | 'desk'): FakeBrowserWindow;
  cleanup(): Promise<void>;
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
  // Errors are allowed through here because the crash-loop tests provoke one on purpose; cleanup
  // fails any other test that logged one.
  const testLog = createTestLog({ allowErrors: true });
  let expected: RegExp | null = null;
  let main: LoketMain | null = null;

  return {
    dir,
    userData,
    rendererDir,
    get logs() {
      return testLog.messages();
    },
    expectErrors(pattern) {
      expected = pattern;
    },
    async start(options = {}) {
      main = await startLoket({
        preloadPath: join(dir, 'preload.cjs'),
        rendererDir,
        clock: new ManualClock(MONDAY_9AM),
        log: testLog.log,
        ...options,
      });
      return main;
    },
    window(role) {
      const win = main?.windows.get(role);
      if (!win) throw new Error(`no ${role} window`);
      return win as unknown as FakeBrowserWindow;
    },
    async cleanup() {
      if (main && !fakeElectron.app.quitted) fakeElectron.app.quit();
      // The checkpoint worker may still be folding the log into the file it is about to delete.
      await main?.core.close();
      resetFakeElectron();
      rmSync(dir, { recursive: true, force: true });
      const unexpected = testLog.errors().filter((l) => !expected?.test(l.msg));
      if (unexpected.length) throw new Error(`logged errors: ${JSON.stringify(unexpected)}`);
    },
  };
}
