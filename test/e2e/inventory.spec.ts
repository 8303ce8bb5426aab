// The equipment inventory in Chromium against the built host: the officer adds a laptop at desk 1
// and a consumable in the store, prints a label and scans it at the desk (typed as a wedge scanner
// types); a visitor at desk 1 sees the desk's equipment on the check-out checklist (kiosk size); the
// officer's confirm marks the laptop damaged, and the repair is tracked to "fixed"; a visitor who
// scans the label at the kiosk is told it is not a ticket; a stock count lists its differences and
// is signed off; the inventory list and the problems report download as PDF (every page rendered to
// PNG) and xlsx. Screens at 1920×1080 (the kiosk checklist at 1080×1920), each scanned with axe.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  accessibilityViolations,
  ADMIN_VIEWPORT,
  KIOSK_VIEWPORT,
  SCREENSHOT_DIR,
  type KioskHost,
} from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { KioskPage, scanWithWedge } from './pages/KioskPage';
import ExcelJS from 'exceljs';
import { startFakeTcpPrinter } from '../fakes/printers';
import { pdfText, pdfToPngs } from '../support/pdfPages';

async function snap(page: Page, name: string, size = ADMIN_VIEWPORT): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize(size);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Clicks the button and returns the file it downloads. */
async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

async function openInventory(desk: DeskPage, host: KioskHost): Promise<void> {
  await desk.open(host, 'inventory');
}

async function addItem(
  page: Page,
  values: {
    code?: string;
    name: string;
    category: string;
    consumable?: { unit: string; stock: number };
    desk?: number;
  },
): Promise<void> {
  await page.getByTestId('inventory-add').click();
  const form = page.getByTestId('item-form');
  await form.waitFor();
  if (values.code) await page.getByTestId('item-code').fill(values.code);
  await page.getByTestId('item-name').fill(values.name);
  await page.getByTestId('item-category').fill(values.category);
  if (values.consumable) {
    await page.getByTestId('item-kind').getByText('Habis pakai').click();
    await page.getByTestId('item-unit').fill(values.consumable.unit);
    await page.getByTestId('item-initial-stock').fill(String(values.consumable.stock));
  }
  if (values.desk) {
    await page.getByTestId('item-place-kind').getByText('Meja').click();
    await page.getByTestId('item-desk').click();
    await page.getByRole('option', { name: new RegExp(`^${values.desk} ·`) }).click();
  }
  await page.getByTestId('item-save').click();
  await form.waitFor({ state: 'detached' });
}

test('an officer labels and scans an item, a check-out reports it damaged, it is repaired; a stock count and the reports', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  // The desk's receipt printer (a fake on the network) takes the label slips.
  const printer = await startFakeTcpPrinter();
  test.info().attach('printer', { body: `127.0.0.1:${printer.port}` });
  await host.rpc(
    'printers.configure',
    {
      items: [
        {
          id: 'p1',
          label: 'Printer meja depan',
          paperWidth: 80,
          model: 'epson-tm-t20iii',
          kind: 'tcp',
          host: '127.0.0.1',
          port: printer.port,
        },
      ],
      defaultPrinterId: 'p1',
      autoCheckInSlip: false,
    },
    host.admin.session,
  );
  const desk = new DeskPage(page);
  await openInventory(desk, host);
  await expect(page.getByTestId('inventory-empty')).toContainText('Belum ada barang');

  // Bad input is told what to do: no name, a code with markup.
  await page.getByTestId('inventory-add').click();
  await page.getByTestId('item-code').fill('<b>kode</b>');
  await page.getByTestId('item-save').click();
  await expect(page.getByText('Tulis nama barangnya.')).toBeVisible();
  await expect(page.getByText(/Kode barang hanya huruf, angka/)).toBeVisible();
  await snap(page, 'inventory-01-add-errors');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Batal' }).click();

  await addItem(page, {
    code: '02.06.03.02.001',
    name: 'Laptop Lenovo ThinkPad',
    category: 'Elektronik',
    desk: 1,
  });
  await expect(page.getByTestId('item-card')).toHaveAttribute('data-code', '02.06.03.02.001');
  await addItem(page, { name: 'Kertas A4 80 gram', category: 'ATK', consumable: { unit: 'rim', stock: 12 } });
  await addItem(page, { name: 'Kursi kerja', category: 'Mebel' });
  // A duplicate code is refused under its field.
  await page.getByTestId('inventory-add').click();
  await page.getByTestId('item-code').fill('02.06.03.02.001');
  await page.getByTestId('item-name').fill('Laptop kedua');
  await page.getByTestId('item-category').fill('Elektronik');
  await page.getByTestId('item-save').click();
  await expect(page.getByText(/Kode 02.06.03.02.001 sudah dipakai barang lain/)).toBeVisible();
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByTestId('inventory-table').locator('tbody tr')).toHaveCount(3);

  // The label goes to the receipt printer; then the officer scans it with the desk's wedge scanner.
  await page.getByTestId('item-row-02.06.03.02.001').getByRole('button', { name: '02.06.03.02.001' }).click();
  await page.getByTestId('item-print-label').click();
  await expect(page.getByText('1 label dikirim ke printer.')).toBeVisible();
  const labelJob = host.query<{ kind: string; doc: string }>(
    'SELECT kind, doc FROM print_jobs ORDER BY rowid DESC LIMIT 1',
  );
  expect(labelJob[0]?.kind).toBe('assetLabel');
  expect(labelJob[0]?.doc).toContain('LKT-INV:02.06.03.02.001');
  await expect.poll(() => printer.jobs.length).toBeGreaterThanOrEqual(1);
  await printer.close();
  await page.getByRole('button', { name: 'Tutup' }).click();
  await expect(page.getByTestId('item-card')).toHaveCount(0);
  const answer = desk.calls.next<{ kind: string }>('scans.submit');
  await scanWithWedge(page, 'LKT-INV:02.06.03.02.001');
  expect(await answer).toMatchObject({
    ok: true,
    value: { kind: 'asset_label', assetCode: '02.06.03.02.001' },
  });
  await expect(page.getByTestId('item-card')).toHaveAttribute('data-code', '02.06.03.02.001');
  await expect(desk.scanToasts().first()).toContainText('02.06.03.02.001 · Laptop Lenovo ThinkPad');
  await snap(page, 'inventory-02-scanned-item');
  await expectAccessible(page);

  // A visitor at desk 1: the kiosk's checklist names the desk's equipment.
  const { token } = await host.rpc<{ token: string }>('reservations.createWalkIn', {
    requestKey: 'e2e-inventory-walkin-01',
    fullName: 'Dewi Lestari',
    email: 'dewi@example.id',
    phone: '0812 4444 5555',
    consent: true,
  });
  const kioskPage = await page.context().newPage();
  const kiosk = new KioskPage(kioskPage);
  await kiosk.open(host.url);
  await kiosk.scanWithWedge(token);
  await expect(kiosk.result()).toHaveAttribute('data-kind', 'checked_in');
  await expect(kioskPage.getByTestId('scan-desk')).toHaveText('1');
  await kiosk.backHome();
  await host.advanceClock(6 * 60_000);
  await kiosk.startFinishing();
  await kiosk.scanWithWedge(token);
  await kioskPage.getByTestId('checkout-checklist').waitFor();
  await expect(kioskPage.getByTestId('checkout-desk-items')).toHaveText(
    'Peralatan di meja ini: Laptop Lenovo ThinkPad.',
  );
  await snap(kioskPage, 'inventory-03-kiosk-checklist', KIOSK_VIEWPORT);
  await expectAccessible(kioskPage);
  await kiosk.checkOut(['deskTidy', 'chairBack', 'equipmentReturned']);
  await kioskPage.getByTestId('checkout-sent').waitFor();

  // The officer's confirm: the laptop is found damaged.
  await desk.openTab('board');
  await desk.confirmQueueItem('Dewi Lestari').getByTestId('confirm-problem').click();
  const row = page.getByTestId('confirm-item-02.06.03.02.001');
  await row.getByText('Rusak berat').click();
  await page.getByTestId('problem-note').fill('Engsel layar patah');
  await snap(page, 'inventory-04-confirm-damage');
  await expectAccessible(page);
  await page.getByTestId('problem-submit').click();
  await page.getByTestId('problem-submit').waitFor({ state: 'detached' });
  expect(host.query('SELECT status, close_kind, problems FROM visits')).toEqual([
    { status: 'closed', close_kind: 'problem', problems: '["damage"]' },
  ]);
  expect(
    host.query('SELECT kind, severity, status, visit_id IS NOT NULL AS v FROM inventory_problems'),
  ).toEqual([{ kind: 'damaged', severity: 'rusak_berat', status: 'reported', v: 1 }]);

  // Problems & repairs: reported → in repair → fixed; the item is good again.
  await page.getByTestId('tab-inventory').click();
  await page.getByTestId('inventory-section-problems').click();
  const problem = page.getByTestId('problem-row-02.06.03.02.001');
  await expect(problem).toHaveAttribute('data-status', 'reported');
  await expect(problem).toContainText('saat check-out Meja 1');
  await problem.getByTestId('problem-start-repair').click();
  await page.getByTestId('problem-action-note').fill('Dibawa ke servis resmi');
  await page.getByTestId('problem-action-submit').click();
  await expect(problem).toHaveAttribute('data-status', 'in_repair');
  await snap(page, 'inventory-05-problems');
  await expectAccessible(page);
  await problem.getByTestId('problem-fix').click();
  await page.getByTestId('problem-action-note').fill('Engsel diganti');
  await page.getByTestId('problem-action-submit').click();
  await expect(page.getByText('Tidak ada masalah yang belum selesai.')).toBeVisible();
  await page.getByTestId('problems-filter').getByText('Semua').click();
  await expect(problem).toHaveAttribute('data-status', 'fixed');

  // The item's history: the visit at its desk, the problem and its repair.
  await page.getByTestId('inventory-section-items').click();
  await page.getByTestId('item-row-02.06.03.02.001').getByRole('button', { name: '02.06.03.02.001' }).click();
  await expect(page.getByTestId('item-card-condition')).toHaveText('Baik');
  const history = page.getByTestId('item-history');
  await expect(history.locator('[data-kind="visit"]')).toContainText('Dewi di Meja 1');
  await expect(history.locator('[data-kind="problem"]')).toContainText('Selesai diperbaiki');
  await snap(page, 'inventory-06-item-history');
  await expectAccessible(page);

  // A visitor scans the label at the kiosk: told kindly it is not a ticket, with the way forward.
  await kiosk.open(host.url);
  await kiosk.home().waitFor();
  await kiosk.scanWithWedge('LKT-INV:02.06.03.02.001');
  await expect(kiosk.result()).toHaveAttribute('data-kind', 'asset_label');
  await expect(kioskPage.getByRole('heading', { name: 'Ini label barang inventaris' })).toBeVisible();
  await snap(kioskPage, 'inventory-07-kiosk-label', KIOSK_VIEWPORT);
  await expectAccessible(kioskPage);
  await kiosk.backHome();

  // A stock count: the laptop scanned, the paper counted short, the chair not found; signed off.
  await page.getByTestId('inventory-section-counts').click();
  await page.getByTestId('count-start').click();
  await page.getByTestId('count-detail').waitFor();
  await scanWithWedge(page, 'LKT-INV:02.06.03.02.001');
  await expect(page.getByTestId('count-notice')).toHaveText('02.06.03.02.001 ditandai ada.');
  const paperRow = page.locator('[data-testid^="count-row-INV-"]').filter({ hasText: 'Kertas' });
  await paperRow.getByRole('textbox').fill('10');
  await paperRow.getByRole('button', { name: /^Ada/ }).click();
  await expect(page.getByTestId('count-progress')).toContainText('2 dari 3 barang diperiksa');
  const diffs = page.getByTestId('count-differences');
  await expect(diffs.locator('[data-kind="quantity_differs"]')).toContainText('Terhitung 10, tercatat 12');
  await expect(diffs.locator('[data-kind="not_found"]')).toContainText('Kursi kerja');
  await snap(page, 'inventory-08-stock-count');
  await expectAccessible(page);
  await page.getByTestId('count-sign').click();
  await page.getByTestId('count-sign-yes').click();
  await expect(page.getByTestId('count-detail')).toHaveAttribute('data-status', 'signed');
  await expect(page.getByText(/Ditandatangani Rina Wulandari/)).toBeVisible();

  // Reports: on screen with the chart, and the files the office keeps.
  await page.getByTestId('inventory-section-reports').click();
  await expect(page.getByTestId('problems-by-category')).toContainText('Elektronik');
  await snap(page, 'inventory-09-reports');
  await expectAccessible(page);
  // The files the office keeps: the PDFs (every page saved to look at) and the workbooks.
  for (const report of ['list', 'problems'] as const) {
    const pdf = await downloaded(page, `report-${report}-pdf`);
    expect(pdf.name).toMatch(/\.pdf$/);
    const text = await pdfText(pdf.bytes);
    expect(text).toContain(report === 'list' ? 'Laptop Lenovo ThinkPad' : 'Engsel layar patah');
    expect(text).toMatch(/Halaman 1 dari \d/);
    expect(
      (await pdfToPngs(pdf.bytes, SCREENSHOT_DIR, `inventory-desk-${report}-pdf`)).length,
    ).toBeGreaterThan(0);
  }
  const listXlsx = await downloaded(page, 'report-list-xlsx');
  expect(listXlsx.name).toBe('inventaris-2026-11-23.xlsx');
  const listBook = new ExcelJS.Workbook();
  await listBook.xlsx.load(listXlsx.bytes as unknown as ArrayBuffer);
  const listCells = listBook.worksheets[0]!.getSheetValues().flat().map(String);
  expect(listCells).toEqual(expect.arrayContaining(['02.06.03.02.001', 'Laptop Lenovo ThinkPad', 'Meja 1']));
  const xlsx = await downloaded(page, 'report-problems-xlsx');
  expect(xlsx.name).toMatch(/^masalah-inventaris-2026-11-01-2026-11-23\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(['Masalah', 'Per Kategori']);
  const cells = book.worksheets[0]!.getSheetValues().flat().map(String).join(' | ');
  for (const expected of ['Laptop Lenovo ThinkPad', 'Engsel layar patah', 'Selesai diperbaiki'])
    expect(cells).toContain(expected);
});
