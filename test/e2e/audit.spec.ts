import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect, snapBothSizes, accessibilityViolations, SITE } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';
import { SignInPage } from './pages/SignInPage';

// Issue 8: every audit row names the officer and the device; failed sign-ins and reads of personal
// data are on record; the CSV is safe in a spreadsheet; a visitor's data can be exported and erased.

/** What a spreadsheet would run as a formula if a cell started with it (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const HOSTILE = '=HYPERLINK("http://x","y")';

async function expectAccessible(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Clicks the button and reads the file it downloads. */
async function downloaded(
  page: Page,
  testId: string,
  scope = page.locator('body'),
): Promise<Download & { text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByTestId(testId).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  return Object.assign(download, { text });
}

const cells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();

const walkIn = (
  host: { rpc: <T>(m: string, i: unknown) => Promise<T> },
  key: string,
  fullName: string,
  email: string,
) =>
  host.rpc<{ token: string }>('reservations.createWalkIn', {
    requestKey: key,
    fullName,
    email,
    phone: '0812 4444 5555',
    consent: true,
  });

test('the audit log names who did what, with failed sign-ins and personal-data views, and its CSV stays text', async ({
  page,
  browser,
  host,
}) => {
  test.setTimeout(120_000);
  const budi = await host.addOfficer('Budi Santoso', '270419');
  // An officer whose name a spreadsheet would run, if the export let it.
  const sly = await host.addOfficer(HOSTILE, '660518');
  await walkIn(host, 'e2e-audit-hostile-0001', HOSTILE, 'hyper@example.id');

  // A failed sign-in at the kiosk.
  const kioskPage = await browser.newPage();
  await new KioskPage(kioskPage).open(host.url);
  await kioskPage.getByTestId('officer-button').click();
  const signIn = new SignInPage(kioskPage);
  await signIn.pick('Budi Santoso');
  await signIn.enterPin('000000');
  await expect(signIn.error()).toHaveText('PIN salah. Sisa percobaan: 4.');
  await kioskPage.close();
  // A read of personal data by the officer with the hostile name (over the API, as another desk).
  const { session } = await host.rpc<{ session: string }>('officer.unlock', {
    officerId: sly.id,
    pin: sly.pin,
  });
  await host.rpc('reservations.list', { day: '2026-11-23' }, session);

  // The admin opens the reservations (a personal-data view), then the audit log.
  const desk = new DeskPage(page);
  await desk.open(host, 'reservations');
  await expect(desk.reservationRow(HOSTILE)).toBeVisible();
  await desk.openTab('audit');
  const rows = page.getByTestId('audit-row');
  const failed = rows.and(page.locator('[data-action="officer.signInFailed"]'));
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('Gagal masuk (PIN salah)');
  await expect(failed).toContainText('Kios (pengunjung)');
  await expect(failed).toContainText('Petugas: Budi Santoso');
  expect(
    host.query<{ entity_id: string }>(
      "SELECT entity_id FROM audit_log WHERE action = 'officer.signInFailed'",
    ),
  ).toEqual([{ entity_id: budi.id }]);
  const views = rows.and(page.locator('[data-action="read:reservations.list"]'));
  await expect(views.filter({ hasText: SITE.admin.fullName })).toHaveCount(1);
  await expect(views.filter({ hasText: HOSTILE })).toHaveCount(1);
  await expect(views.first()).toContainText('Lihat daftar reservasi');
  // Every row says on which kiosk (this one, here).
  await expect(failed).toContainText('Kios ini');
  const info = await host.rpc<{ deviceId: string }>('app.info', {});
  expect(host.query('SELECT DISTINCT device_id FROM audit_log')).toEqual([{ device_id: info.deviceId }]);
  await snapBothSizes(page, '70-desk-audit');
  await expectAccessible(page);

  // Filters: by officer, by action.
  await page.getByTestId('audit-officer').click();
  await page.getByRole('option', { name: SITE.admin.fullName }).click();
  await expect(rows.first()).toBeVisible();
  for (const actor of await page.getByTestId('audit-actor').allTextContents())
    expect(actor).toBe(SITE.admin.fullName);
  await page.getByTestId('audit-officer').click();
  await page.getByRole('option', { name: SITE.admin.fullName }).click(); // choosing it again clears it
  await page.getByTestId('audit-action').fill('officer.signInFailed');
  await expect(rows).toHaveCount(1);
  await page.getByTestId('audit-action').fill('');
  await expect(views.filter({ hasText: HOSTILE })).toHaveCount(1);

  // The CSV: every cell is text to a spreadsheet; the hostile name is kept, neutralised.
  const csv = await downloaded(page, 'audit-export');
  expect(csv.suggestedFilename()).toMatch(/^log-audit-2026-11-23\.csv$/);
  const all = cells(csv.text);
  expect(all.length).toBeGreaterThan(20);
  expect(all.filter((c) => FORMULA_START.test(c))).toEqual([]);
  expect(all).toContain(`'${HOSTILE}`);
  expect(all).toContain('officer.signInFailed');
  await expect(page.getByTestId('audit-exported')).toContainText('baris diekspor');
});

test('a visitor’s data is exported for them and erased on request; the counts for the recap stay', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const { token } = await walkIn(host, 'e2e-erase-dewi-000001', 'Dewi Anggraini', 'dewi@example.id');
  await walkIn(host, 'e2e-erase-hyper-00001', HOSTILE, 'hyper@example.id');
  expect((await host.rpc<{ kind: string }>('scans.submit', { text: token, source: 'simulated' })).kind).toBe(
    'checked_in',
  );

  const desk = new DeskPage(page);
  await desk.open(host, 'board');
  await expect(desk.todayNumber('reserved')).toContainText('2');
  await expect(desk.todayNumber('arrived')).toContainText('1');

  await desk.openTab('visitors');
  await page.getByTestId('visitor-search').fill('Dewi');
  const dewi = page.getByTestId('visitor-row').and(page.locator('[data-name="Dewi Anggraini"]'));
  await expect(dewi).toContainText('dewi@example.id');
  await snapBothSizes(page, '71-desk-visitors');
  await expectAccessible(page);

  // Her data, as files for her: JSON and CSV.
  const json = await downloaded(page, 'visitor-export-json', dewi);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  expect(json.text).toContain('Dewi Anggraini');
  expect(JSON.parse(json.text)).toBeTruthy();
  const csv = await downloaded(page, 'visitor-export-csv', dewi);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  expect(cells(csv.text)).toContain('Dewi Anggraini');

  // A visitor named like a formula: the CSV keeps the name as text.
  await page.getByTestId('visitor-search').fill('HYPERLINK');
  const hyper = page.getByTestId('visitor-row').first();
  await expect(hyper).toContainText(HOSTILE);
  const hostileCsv = cells((await downloaded(page, 'visitor-export-csv', hyper)).text);
  expect(hostileCsv.filter((c) => FORMULA_START.test(c))).toEqual([]);
  expect(hostileCsv).toContain(`'${HOSTILE}`);

  // Erase, behind a confirmation that says what goes and what stays, with a reason.
  await page.getByTestId('visitor-search').fill('Dewi');
  await dewi.getByTestId('visitor-erase').click();
  const dialog = page.getByRole('dialog', { name: 'Hapus data Dewi Anggraini' });
  await expect(dialog).toContainText('Yang dihapus, untuk selamanya');
  await expect(dialog).toContainText('Yang tetap ada, tanpa nama');
  await snapBothSizes(page, '72-desk-visitor-erase');
  await expectAccessible(page);
  await page.getByTestId('erase-submit').click();
  await expect(dialog).toContainText('Alasan wajib diisi.');
  await expect(dialog).toContainText('Centang dulu setelah identitas pengunjung dipastikan.');
  await page.getByTestId('erase-reason').fill('Permintaan pengunjung lewat e-mail');
  await page.getByTestId('erase-confirmed').check();
  await page.getByTestId('erase-submit').click();
  await expect(dialog).toHaveCount(0);
  await expect(dewi).toHaveCount(0);
  expect(
    host.query<{ n: number }>("SELECT count(*) AS n FROM visitors WHERE full_name = 'Dewi Anggraini'"),
  ).toEqual([{ n: 0 }]);

  // The reservations list no longer shows her name; the board's counts for the recap stay.
  await desk.openTab('reservations');
  await expect(desk.reservationRow(HOSTILE)).toBeVisible();
  await expect(page.getByTestId('reservations-table')).not.toContainText('Dewi');
  await desk.search('Dewi');
  await expect(desk.rows()).toHaveCount(0);
  await desk.openTab('board');
  await expect(desk.todayNumber('reserved')).toContainText('2');
  await expect(desk.todayNumber('arrived')).toContainText('1');
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'in_use');
  await expect(desk.boardDesk(1)).not.toContainText('Dewi');

  // And the erasure is on record, with who did it.
  await desk.openTab('audit');
  const erased = page.getByTestId('audit-row').and(page.locator('[data-action="visitors.erase"]'));
  await expect(erased).toContainText(SITE.admin.fullName);
  await expect(erased).toContainText('Permintaan pengunjung lewat e-mail');
});
