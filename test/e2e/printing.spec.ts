import { test, expect, snapBothSizes, accessibilityViolations } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';
import { startFakeTcpPrinter } from '../fakes/printers';
import { decodeEscPos } from '../support/escposDecoder';

async function nextJob(jobs: Buffer[], count: number): Promise<Buffer> {
  await expect.poll(() => jobs.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
  return jobs[count - 1]!;
}

test('the officer adds a network receipt printer, prints a test page, slips and the daily recap', async ({
  page,
  browser,
  host,
}) => {
  test.setTimeout(90_000);
  const printer = await startFakeTcpPrinter();
  try {
    const desk = new DeskPage(page);
    await desk.open(host, 'devices');
    const printers = page.getByTestId('printers-settings');
    await printers.getByLabel('Nama printer').fill('Printer meja depan');
    await printers.getByLabel('Alamat IP').fill('127.0.0.1');
    await printers.getByLabel('Port').fill(String(printer.port));
    await printers.getByRole('button', { name: 'Tambah printer' }).click();
    // In words: its name, how it is attached, where, the maker's model name, the paper.
    await expect(printers.getByTestId('printer-config').locator('td').first()).toHaveText(
      `Printer meja depan · Printer jaringan · 127.0.0.1:${printer.port} · Epson TM-T20III · kertas 80 mm · utama`,
    );
    await printers.getByRole('button', { name: 'Cetak halaman uji' }).click();
    const testPage = decodeEscPos(await nextJob(printer.jobs, 1));
    expect(testPage.texts.join('\n')).toContain('Printer meja depan');
    expect(testPage.cuts).toHaveLength(1);
    await expect(page.getByTestId('print-job').first()).toHaveAttribute('data-state', 'sent');
    const autoSlip = printers.getByRole('switch', { name: 'Cetak struk check-in otomatis' });
    await autoSlip.click();
    await expect(autoSlip).toBeChecked();
    await expect(page.getByText('Tersimpan')).toBeVisible();
    await snapBothSizes(page, '40-desk-devices');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A visitor checks in at the kiosk: the slip prints by itself, name masked, QR to check out.
    const session = host.admin.session;
    const { token } = await host.rpc<{ token: string }>(
      'reservations.create',
      {
        fullName: 'Rudi Hartono',
        email: 'rudi@example.id',
        phone: '081233334444',
        day: '2026-11-23',
        deskNumber: 7,
        consent: true,
      },
      session,
    );
    const kioskPage = await browser.newPage();
    const kiosk = new KioskPage(kioskPage);
    await kiosk.open(host.url);
    await kiosk.scanWithWedge(token);
    await expect(kioskPage.getByTestId('scan-desk')).toHaveText('7');
    const slip = decodeEscPos(await nextJob(printer.jobs, 2));
    expect(slip.texts.join('\n')).toContain('Rudi H****');
    expect(slip.texts.join('\n')).not.toContain('Hartono');
    expect(slip.qrs.map((q) => q.payload)).toEqual([token]);
    await kioskPage.close();
    // The on-screen preview of the queued slip says what the paper says.
    const slipJob = page.getByTestId('print-job').filter({ hasText: 'Struk check-in' });
    await slipJob.getByRole('button', { name: 'Lihat' }).click();
    await expect(page.getByTestId('receipt-preview')).toContainText('Rudi H****');
    await expect(page.getByTestId('receipt-preview')).toContainText('7');
    await snapBothSizes(page, '42-desk-slip-preview');
    await page.keyboard.press('Escape');

    // End of day: the recap on screen is what prints.
    await desk.openTab('recap');
    await expect(page.getByTestId('recap-table')).toContainText('Kunjungan');
    await expect(page.getByTestId('receipt-preview')).toContainText('REKAP HARIAN');
    await snapBothSizes(page, '41-desk-recap');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByTestId('recap-print').click();
    const recap = decodeEscPos(await nextJob(printer.jobs, 3));
    const printed = recap.texts.join('\n');
    expect(printed).toContain('REKAP HARIAN');
    // Every line of the preview is on the paper, and every word of its tables (the printer wraps a
    // long label onto the next line); a preview with no lines would prove nothing.
    const preview = page.getByTestId('receipt-preview');
    const lines = (await preview.locator('div').allInnerTexts())
      .map((l) => l.trim())
      .filter((l) => l.length > 3);
    const words = (await preview.locator('td').allInnerTexts()).flatMap((cell) => cell.split(/\s+/));
    expect(lines.length).toBeGreaterThan(2);
    expect(words.length).toBeGreaterThan(10);
    for (const line of lines) expect(printed).toContain(line.slice(0, 20));
    for (const word of words) expect(printed).toContain(word);
  } finally {
    await printer.close();
  }
});
