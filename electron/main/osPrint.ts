import type { PrintHtmlPort } from '../devices/printers/osPrinter';
import type { BrowserWindowConstructor } from './electronTypes';

/**
 * The "OS printer" path: the receipt's HTML is loaded into a hidden, script-less window and sent to
 * the system printer silently with the explicit page size the options carry (without one, Electron
 * prints on A4: electron#39670).
 */
export function createOsPrint(BrowserWindow: BrowserWindowConstructor): PrintHtmlPort {
  return async (html, options) => {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      return await new Promise((resolve) =>
        win.webContents.print(options, (success, failureReason) =>
          resolve(success ? { success } : { success, failureReason }),
        ),
      );
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  };
}
