// The contract over Electron IPC, end to end through the fake electron: the page's window.kiosk (the
// real preload module, run in a fresh page) → fake ipcRenderer → fake ipcMain → electron/main/ipc.ts
// (sender check) → the core. The page talks only to what contextBridge copied into its world.
import type { KioskApi } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { forwardEvents, registerIpc } from '../../electron/main/ipc';
import { windowUrl } from '../../electron/main/trustedUrl';
import { BrowserWindow, fakeElectron, resetFakeElectron, type FakePage } from '../fakes/electron';
import type { TransportFactory } from './transport';

let pageCount = 0;

/**
 * Runs electron/preload/preload.ts in `page`, as Electron runs a preload in each new document: the
 * query string makes vitest evaluate the module afresh, while its `electron` import stays the fake.
 */
export async function runPreload(page: FakePage): Promise<KioskApi> {
  fakeElectron.useRendererPage(page);
  try {
    await import(/* @vite-ignore */ `../../electron/preload/preload.ts?page=${++pageCount}`);
  } finally {
    fakeElectron.useRendererPage(undefined);
  }
  return page.mainWorld.kiosk as KioskApi;
}

export const ipcTransport: TransportFactory = async (core) => {
  resetFakeElectron();
  await fakeElectron.app.whenReady();
  const win = new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true } });
  const removeIpc = registerIpc({
    ipcMain: fakeElectron.ipcMain,
    core,
    isOwnWebContents: (contents) => contents === win.webContents,
  });
  const stopEvents = forwardEvents(core.events, () => [win.webContents]);
  await win.loadURL(windowUrl('kiosk'));
  const kiosk = await runPreload(win.webContents.driveOpenPage());
  // The suite sends what a hostile page would (unknown methods, wrong types): untyped on purpose.
  const raw = kiosk as unknown as {
    invoke(method: string, input: unknown, options?: { session?: string }): Promise<Result<unknown>>;
    on(event: string, listener: (payload: unknown) => void): () => void;
  };

  return {
    invoke: (method, input, options) => raw.invoke(method, input, options),
    on: (event, listener) => raw.on(event, listener),
    close: async () => {
      stopEvents();
      removeIpc();
      win.destroy({ quitting: true });
      resetFakeElectron();
    },
  };
};
