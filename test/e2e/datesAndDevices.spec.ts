import { test, expect, snapBothSizes, accessibilityViolations, type KioskHost } from './fixtures';
import { createSocatPair } from '../devices/scanners/socatPty';
import { startFakeTcpPrinter } from '../fakes/printers';
import { DeskPage } from './pages/DeskPage';
import { pickDay } from './pages/DayPicker';
import { KioskPage } from './pages/KioskPage';

// Issue 9: dates in Indonesian whatever the browser's locale (Playwright's Chromium runs en-US, which
// is how the recap came to show 12/02/2026 and date fields mm/dd/yyyy), 24-hour times; device names
// a person understands; "Cetak struk" only where a receipt printer is set up.

const walkIn = (host: KioskHost, key: string, fullName: string) =>
  host.rpc<{ token: string }>('reservations.createWalkIn', {
    requestKey: key,
    fullName,
    email: `${fullName.split(' ')[0]!.toLowerCase()}@example.id`,
    phone: '0812 4444 5555',
    consent: true,
  });

test.describe('in a browser set to American English', () => {
  test.use({ locale: 'en-US' });

  test('every date reads in Indonesian, and the pickers speak Indonesian too', async ({ page, host }) => {
    const { token } = await walkIn(host, 'e2e-dates-dewi-000001', 'Dewi Anggraini');
    await host.rpc('scans.submit', { text: token, source: 'simulated' });
    await host.advanceClock(5 * 60 * 60_000 + 5 * 60_000); // 14.05: a 12-hour clock would say 2:05

    const desk = new DeskPage(page);
    await desk.open(host, 'board');
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await expect(page.getByTestId('board-clock')).toHaveText('Jam server: 14.05 WIB');
    await expect(desk.openVisitRow('Dewi Anggraini')).toContainText('09.00');

    // The recap: the day picked on a calendar, in words (before: a native field showing 11/23/2026).
    await desk.openTab('recap');
    await expect(page.getByTestId('recap-day')).toHaveText('23 November 2026');
    await pickDay(page, 'recap-day', '2026-11-20');
    await expect(page.getByTestId('recap-day')).toHaveText('20 November 2026');
    await snapBothSizes(page, '44-desk-recap-date');

    // History: times in the site's zone, day and month in Indonesian.
    await desk.openTab('history');
    await expect(desk.historyRows().first()).toContainText('23 Nov 2026 09.00');
    await pickDay(page, 'history-day', '2026-11-23');
    await expect(page.getByTestId('history-day')).toHaveText('23 November 2026');
    await expect(desk.historyRows()).toHaveCount(1);

    // The audit log's dates, and its filters.
    await desk.openTab('audit');
    await expect(page.getByTestId('audit-row').first()).toContainText(/23 Nov 2026 14\.05\.\d\d/);
    await page.getByTestId('audit-from').click();
    await expect(page.getByRole('button', { name: 'Bulan berikutnya' })).toBeVisible();
    await expect(page.getByRole('button', { name: '23 November 2026', exact: true })).toBeVisible();
    // Weekdays in Indonesian, the week starting on Monday.
    await expect(page.getByRole('dialog', { name: 'Dari tanggal' }).locator('thead')).toHaveText(
      'SnSlRbKmJmSbMg',
    );
    // The picker fades in (150 ms): colours are judged once it is fully there, not half-transparent.
    await expect(page.getByRole('dialog', { name: 'Dari tanggal' })).toHaveCSS('opacity', '1');
    expect(await accessibilityViolations(page)).toEqual([]);
    await snapBothSizes(page, '74-desk-audit-date-picker');
    await page.keyboard.press('Escape');

    // The kiosk, in the same browser: the date in the identity band.
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await expect(page.getByTestId('kiosk-date')).toHaveText('Senin, 23 November 2026');
  });
});

test('scanners and printers are named in words a person understands', async ({ page, host }) => {
  const pty = await createSocatPair();
  try {
    await host.rpc(
      'scanners.configure',
      {
        items: [
          { kind: 'keyboard', suffix: '\r', maxGapMs: 250, endIdleMs: 600 },
          { kind: 'serial', path: pty.hostPath, label: 'Pemindai meja' },
        ],
      },
      host.admin.session,
    );
    const desk = new DeskPage(page);
    await desk.open(host, 'devices');
    const configured = page.getByTestId('scanner-config');
    await expect(configured.nth(0).locator('td').first()).toHaveText('Pemindai keyboard');
    await expect(configured.nth(1).locator('td').first()).toHaveText(
      `Pemindai serial · Pemindai meja · ${pty.hostPath}`,
    );
    const status = page.getByTestId('status-bar');
    await expect(status).toContainText('Pemindai keyboard: siap');
    await expect(status).toContainText(`Pemindai serial · Pemindai meja · ${pty.hostPath}: siap`);
    // Never the words of the code (before: "keyboard · Enter · 50/150 ms", "serial · … · 9600 baud").
    await expect(page.getByTestId('scanners-settings')).not.toContainText(/^keyboard|Enter ·|baud| ms\b/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await snapBothSizes(page, '45-desk-device-names');
  } finally {
    await pty.dispose();
  }
});

test('“Cetak struk” is offered on the ticket once a receipt printer is set up, and prints', async ({
  page,
  host,
}) => {
  const printer = await startFakeTcpPrinter();
  try {
    await host.rpc(
      'printers.configure',
      {
        items: [
          {
            id: 'printer-depan',
            label: 'Printer meja depan',
            paperWidth: 58,
            kind: 'tcp',
            model: 'pos-5890',
            host: '127.0.0.1',
            port: printer.port,
          },
        ],
        defaultPrinterId: 'printer-depan',
        autoCheckInSlip: false,
      },
      host.admin.session,
    );
    // Listed as soon as it is set up and has answered its status query, before any job.
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await kiosk.startRegistration();
    await kiosk.fillForm({ fullName: 'Siti Rahma', email: 'siti@example.id', phone: '0812 3456 7890' });
    await kiosk.giveConsent();
    await kiosk.submit();
    await page.getByTestId('ticket-print').click();
    await expect(page.getByTestId('ticket-print-status')).toHaveText(
      'Struk sedang dicetak. Ambil di printer.',
    );
    await expect.poll(() => printer.jobs.length, { timeout: 10_000 }).toBe(1);
  } finally {
    await printer.close();
  }
});
