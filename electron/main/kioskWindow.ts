// Opens one Loket window from its plan and keeps it alive: keyboard input goes to the wedge port
// first, a crashed renderer is reloaded under a crash-loop guard.
import type { Logger } from '../services/core/logger';
import type { BrowserWindow, BrowserWindowConstructor } from './electronTypes';
import { createCrashGuard, isCrash, type CrashGuardOptions } from './crashGuard';
import { isBlockedShortcut, toKeyInput, type KeyInputPort } from './keyboardInput';
import { windowUrl } from './trustedUrl';
import { windowOptions } from './windowOptions';
import type { PlannedWindow } from './windowPlan';

export interface KioskWindowDeps {
  readonly BrowserWindow: BrowserWindowConstructor;
  readonly preload: string;
  readonly devTools: boolean;
  readonly onKeyInput?: KeyInputPort;
  /** Monotonic ms for key timing (performance.now()); wall-clock ms for the crash guard. */
  readonly monotonicNow?: () => number;
  readonly now?: () => number;
  readonly crashGuard?: CrashGuardOptions;
  readonly log: Logger;
}

export function openKioskWindow(plan: PlannedWindow, deps: KioskWindowDeps): BrowserWindow {
  const { log } = deps;
  const win = new deps.BrowserWindow(windowOptions({ plan, preload: deps.preload, devTools: deps.devTools }));
  const contents = win.webContents;
  const url = windowUrl(plan.role);
  const monotonicNow = deps.monotonicNow ?? (() => performance.now());
  const now = deps.now ?? (() => Date.now());

  contents.on('before-input-event', (event, input) => {
    const key = deps.onKeyInput ? toKeyInput(input, monotonicNow()) : null;
    // A scanner's keys are swallowed so a code never lands in whatever field has focus.
    if (key && deps.onKeyInput?.(key)) {
      event.preventDefault();
      return;
    }
    if (!deps.devTools && isBlockedShortcut(input)) event.preventDefault();
  });

  const guard = createCrashGuard(deps.crashGuard);
  contents.on('render-process-gone', (_event, details) => {
    if (!isCrash(details.reason)) return;
    if (win.isDestroyed()) return;
    if (guard.shouldReload(now())) {
      log.warn(`${plan.role} renderer gone (${details.reason}, exit ${details.exitCode}); reloading`);
      // loadURL rather than reload(): the crashed page may have been anywhere; start from the entry.
      void contents.loadURL(url).catch(() => {});
    } else {
      log.error(`${plan.role} renderer keeps crashing (${details.reason}); not reloading again`);
    }
  });

  win.once('ready-to-show', () => win.show());
  void win.loadURL(url).catch((err: unknown) => log.error({ err }, `${plan.role} failed to load`));
  return win;
}

/** A second launch brings the existing kiosk to the front instead of opening another. */
export function focusWindow(win: BrowserWindow | undefined): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
