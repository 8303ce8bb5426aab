// BrowserWindow options for a Loket window. Pure, so each hardening flag is asserted by a test.
// Numbers are the Electron security checklist items (https://www.electronjs.org/docs/latest/tutorial/security).
import type { BrowserWindowOptions } from './electronTypes';
import type { PlannedWindow } from './windowPlan';

export interface WindowOptionsInput {
  readonly plan: PlannedWindow;
  /** Absolute path of dist/electron/preload.cjs. */
  readonly preload: string;
  /** False in packaged builds. */
  readonly devTools: boolean;
}

export function windowOptions({ plan, preload, devTools }: WindowOptionsInput): BrowserWindowOptions {
  const { x, y, width, height } = plan.bounds;
  return {
    x,
    y,
    width,
    height,
    show: false, // shown on ready-to-show: no white flash on the visitor's screen
    backgroundColor: '#ffffff',
    title: plan.role === 'kiosk' ? 'Loket' : 'Loket – Petugas',
    kiosk: plan.kiosk,
    fullscreen: plan.kiosk,
    frame: !plan.kiosk,
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true, // #3
      sandbox: true, // #4
      nodeIntegration: false, // #2
      nodeIntegrationInWorker: false, // #2
      nodeIntegrationInSubFrames: false, // #2
      webviewTag: false, // #12
      webSecurity: true, // #6
      allowRunningInsecureContent: false, // #8
      experimentalFeatures: false, // #9
      navigateOnDragDrop: false, // #13: a file dropped on the screen must not replace the app
      spellcheck: false, // no red underlines on names, no dictionary downloads
      safeDialogs: true,
      devTools,
    },
  };
}
