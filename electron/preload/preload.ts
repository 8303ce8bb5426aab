// The preload of every Loket window, bundled by build/scripts/bundle.mjs into one CommonJS file
// (dist/electron/preload.cjs), because a sandboxed preload can require nothing but 'electron' and a
// few built-ins (Electron security checklist #4). Its only job: expose window.kiosk.
// @ts-expect-error -- Electron's types ship in the `electron` package, which cannot be installed on the build machines; once it can, delete this line and the check below takes over.
import { contextBridge, ipcRenderer } from 'electron';
import { createKioskBridge, type IpcRendererPort } from './kioskBridge';

interface ContextBridge {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

const bridge: ContextBridge = contextBridge;
const ipc: IpcRendererPort = ipcRenderer;

// contextIsolation (checklist #3) keeps this world apart from the page: the page sees copies of
// two functions, proxied by Electron, and nothing else of this module.
bridge.exposeInMainWorld('kiosk', createKioskBridge(ipc));
