import { beforeEach, describe, expect, it } from 'vitest';
import { app, BrowserWindow, resetFakeElectron, type FakeBrowserWindow } from '../fakes/electron';
import { createOsPrint } from '../../electron/main/osPrint';
import { buildPrintOptions } from '../../electron/devices/printers/printOptions';
import type { BrowserWindowConstructor } from '../../electron/main/electronTypes';

describe('printing through the operating system', () => {
  beforeEach(async () => {
    resetFakeElectron();
    await app.whenReady();
  });

  it('prints the receipt HTML silently on an 80 mm page from a hidden window, then closes it', async () => {
    // Keep one window open, as the kiosk's own is, so closing the print window does not quit the app.
    const kiosk = new BrowserWindow({ show: true }) as unknown as FakeBrowserWindow;
    const before = BrowserWindow.getAllWindows().length;
    const print = createOsPrint(BrowserWindow as unknown as BrowserWindowConstructor);
    const options = buildPrintOptions({
      paperWidth: 80,
      deviceName: 'EPSON_TM_T20III',
      contentHeightMm: 120,
    });
    const pending = print('<p>Meja 5</p>', options);
    const printWindow = BrowserWindow.getAllWindows().find((w) => w !== kiosk) as
      FakeBrowserWindow | undefined;
    expect(printWindow?.options.show).toBe(false);
    expect(await pending).toEqual({ success: true });
    const [job] = printWindow!.webContents.printed;
    expect(job?.url).toBe(`data:text/html;charset=utf-8,${encodeURIComponent('<p>Meja 5</p>')}`);
    expect(job?.options).toMatchObject({
      silent: true,
      deviceName: 'EPSON_TM_T20III',
      pageSize: { width: 80000 },
    });
    expect(BrowserWindow.getAllWindows().length).toBe(before);
    kiosk.destroy();
  });

  it('passes the printer’s failure reason back to the queue', async () => {
    const kiosk = new BrowserWindow({ show: true }) as unknown as FakeBrowserWindow;
    const print = createOsPrint(BrowserWindow as unknown as BrowserWindowConstructor);
    const options = buildPrintOptions({ paperWidth: 58, deviceName: 'X', contentHeightMm: 50 });
    const pending = print('<p>x</p>', options);
    const printWindow = BrowserWindow.getAllWindows().find(
      (w) => w !== kiosk,
    ) as unknown as FakeBrowserWindow;
    printWindow.webContents.printAnswer = { success: false, failureReason: 'Print job failed' };
    expect(await pending).toEqual({ success: false, failureReason: 'Print job failed' });
    kiosk.destroy();
  });
});
