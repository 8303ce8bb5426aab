import { test, expect, snapBothSizes, accessibilityViolations, KIOSK_VIEWPORT } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';
import { pickDay } from './pages/DayPicker';
import { SetupPage, logoPng } from './pages/SetupPage';
import { SignInPage } from './pages/SignInPage';

// Issue 8, "a real first run": the first start used to seed demo desks and the PIN 1234. Now it
// shows the setup screen on every display until the office is set up, or sample data is chosen.
test.use({ firstRun: 'empty' });

async function expectAccessible(page: import('@playwright/test').Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

test('the first start asks for the office, its admin, desks and hours; then no screen shows demo data', async ({
  page,
  browser,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(KIOSK_VIEWPORT);
  await page.goto(host.url);
  const setup = new SetupPage(page);
  await expect(setup.screen()).toBeVisible();
  await expect(page.getByTestId('setup-choose')).toBeVisible();
  // The desk's display shows it too: nothing to sign in to yet.
  const deskPage = await browser.newPage();
  await deskPage.goto(host.url.replace('#secret=', '#/desk?secret='));
  await expect(deskPage.getByTestId('setup-screen')).toBeVisible();
  await deskPage.close();
  await snapBothSizes(page, '50-setup-choose');
  await expectAccessible(page);

  // 1. The office: names, letterhead, logo (checked for type and size before it is sent).
  await page.getByTestId('setup-start').click();
  await expect(setup.step('office')).toBeVisible();
  await setup.next();
  await expect(page.getByText('Nama layanan wajib diisi.')).toBeVisible();
  await expect(page.getByText('Nama kantor wajib diisi.')).toBeVisible();
  await setup.fill('identity-siteName', 'Singkawang Creative Hub');
  await setup.fill('identity-officeName', 'Dinas Komunikasi dan Informatika Kota Singkawang');
  await setup.fill('identity-letterhead-0', 'Jl. Firdaus No. 1, Singkawang');
  await setup.fill('identity-letterhead-2', 'diskominfo@singkawangkota.go.id');
  await setup.chooseLogo({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
  await expect(page.getByTestId('identity-logo-error')).toHaveText(
    'Logo harus berupa gambar PNG, JPEG atau WebP.',
  );
  await setup.chooseLogo({ name: 'besar.png', mimeType: 'image/png', buffer: Buffer.alloc(300 * 1024, 1) });
  await expect(page.getByTestId('identity-logo-error')).toContainText('Logo terlalu besar');
  await setup.chooseLogo({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng() });
  await expect(page.getByTestId('identity-logo-preview')).toBeVisible();
  await expect(page.getByTestId('identity-logo-error')).toHaveCount(0);
  await snapBothSizes(page, '51-setup-office');
  await expectAccessible(page);
  await setup.next();

  // 2. The first admin, with a PIN of at least 6 digits (1234 is refused).
  await expect(setup.step('admin')).toBeVisible();
  await setup.fill('setup-admin-name', 'Hendra Wijaya');
  await setup.fill('setup-admin-pin', '1234');
  await setup.fill('setup-admin-pin-repeat', '1234');
  await setup.next();
  await expect(page.getByText('PIN terlalu lemah', { exact: false })).toBeVisible();
  await setup.fill('setup-admin-pin', '739154');
  await setup.fill('setup-admin-pin-repeat', '739145');
  await setup.next();
  await expect(page.getByText('Kedua PIN tidak sama.')).toBeVisible();
  await setup.fill('setup-admin-pin-repeat', '739154');
  await setup.next();

  // 3. Desks (number, label, zone) with the quick "make N", and lockers.
  await expect(setup.step('places')).toBeVisible();
  await setup.next();
  await expect(page.getByText('Tambahkan paling sedikit satu meja.')).toBeVisible();
  await setup.makePlaces('desks', 6, 'Ruang A');
  await setup.makePlaces('lockers', 2);
  await page.getByRole('textbox', { name: 'Nama Meja baris 6', exact: true }).fill('Meja dekat jendela');
  await page.getByRole('textbox', { name: 'Zona Meja baris 6', exact: true }).fill('Ruang B');
  await snapBothSizes(page, '52-setup-places');
  await expectAccessible(page);
  await setup.next();

  // 4. Service hours (24-hour HH:MM), open days and a holiday.
  await expect(setup.step('hours')).toBeVisible();
  await setup.fill('rules-closes', '16:00');
  await pickDay(page, 'rules-holiday-date', '2026-12-25');
  await page.getByTestId('rules-holiday-name').fill('Hari Raya Natal');
  await page.getByTestId('rules-holiday-add').click();
  await expect(page.getByTestId('rules-holiday')).toContainText('Jumat, 25 Desember 2026');
  await setup.next();

  // 5. Everything in one look, then saved.
  await expect(page.getByTestId('setup-summary')).toBeVisible();
  await expect(page.getByTestId('summary-site')).toHaveText('Singkawang Creative Hub');
  await expect(page.getByTestId('summary-desks')).toHaveText('6 · zona: Ruang A, Ruang B');
  await expect(page.getByTestId('summary-hours')).toHaveText('07.00–16.00 WIB');
  await snapBothSizes(page, '53-setup-check');
  await expectAccessible(page);
  await setup.next();

  // Then, optionally, a printer and a scanner with the admin's session; the desk opens signed in.
  await expect(page.getByTestId('setup-devices')).toBeVisible();
  await expect(page.getByTestId('scanners-settings')).toBeVisible();
  await snapBothSizes(page, '54-setup-devices');
  await expectAccessible(page);
  await page.getByTestId('setup-open-desk').click();
  await expect(page.getByTestId('desk-screen')).toBeVisible();
  await expect(page.getByTestId('desk-officer')).toHaveText('Masuk sebagai Hendra Wijaya');

  // What was set up is what the core holds; nothing of the old demo data is left.
  const info = await host.rpc<{ setupNeeded: boolean; sampleData: boolean; siteName: string }>(
    'app.info',
    {},
  );
  expect(info).toMatchObject({ setupNeeded: false, sampleData: false, siteName: 'Singkawang Creative Hub' });
  const desks = await host.rpc<{
    items: { number: number; label: string; zone: string | null }[];
    isDemo: boolean;
  }>('desks.list', {});
  expect(desks.isDemo).toBe(false);
  expect(desks.items).toHaveLength(6);
  expect(desks.items[5]).toEqual({ number: 6, label: 'Meja dekat jendela', zone: 'Ruang B' });
  const officers = await host.rpc<{ items: { id: string; fullName: string }[] }>('officers.signInList', {});
  expect(officers.items.map((o) => o.fullName)).toEqual(['Hendra Wijaya']);
  // No PIN 1234 exists: not the admin's, and no other officer to try it on.
  const old = await host.call('officer.unlock', { officerId: officers.items[0]!.id, pin: '1234' });
  expect(old.ok).toBe(false);

  // The visitors' screen takes the office's own identity, with no demo banner.
  const kioskPage = await browser.newPage();
  const kiosk = new KioskPage(kioskPage);
  await kiosk.open(host.url);
  await expect(kioskPage.getByTestId('kiosk-site-name')).toHaveText('Singkawang Creative Hub');
  await expect(kioskPage.getByTestId('kiosk-office-name')).toHaveText(
    'Dinas Komunikasi dan Informatika Kota Singkawang',
  );
  await expect(kioskPage.getByTestId('kiosk-hours')).toHaveText(
    'Layanan: Senin–Jumat, 07.00–16.00 WIB. Gratis.',
  );
  await expect(kioskPage.getByTestId('demo-banner')).toHaveCount(0);
  await expect(kioskPage.getByText('Demo')).toHaveCount(0);
  await snapBothSizes(kioskPage, '55-kiosk-home-after-setup');
  await kioskPage.close();

  // The admin signs in again with their own PIN on the keypad.
  await page.getByTestId('officer-lock').click();
  const desk = new DeskPage(page);
  await desk.open(host, 'settings', { fullName: 'Hendra Wijaya', pin: '739154' });
  await expect(page.getByTestId('identity-siteName')).toHaveValue('Singkawang Creative Hub');
  await expect(page.getByTestId('identity-logo-preview')).toBeVisible();
});

test('sample data is an explicit choice, the banner says only what the app can do, and it can be left again', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(KIOSK_VIEWPORT);
  await page.goto(host.url);
  await page.getByTestId('setup-sample').click();
  await expect(page.getByTestId('setup-sample-ready')).toBeVisible();
  const officerName = (await page.getByTestId('sample-officer').textContent())!;
  const pin = (await page.getByTestId('sample-pin').textContent())!;
  expect(pin).toMatch(/^\d{6,}$/);
  await snapBothSizes(page, '56-setup-sample-ready');
  await expectAccessible(page);

  await page.getByTestId('setup-sample-continue').click();
  const kiosk = new KioskPage(page);
  await expect(kiosk.home()).toBeVisible();
  // The banner says the sample PIN and where an admin leaves sample data; nothing the app cannot do.
  await expect(page.getByTestId('demo-banner')).toHaveText(
    `Data contoh untuk mencoba Loket. PIN petugas contoh: ${pin}. Admin dapat menghapus data contoh di Pengaturan.`,
  );
  await snapBothSizes(page, '57-kiosk-sample-banner');

  await page.getByTestId('officer-button').click();
  const signIn = new SignInPage(page);
  await signIn.signIn(officerName, pin);
  await expect(page.getByTestId('desk-screen')).toBeVisible();
  await page.getByTestId('tab-settings').click();
  await page.getByTestId('leave-sample-data').click();
  await expect(page.getByRole('dialog', { name: 'Hapus semua data contoh?' })).toBeVisible();
  await snapBothSizes(page, '58-desk-leave-sample');
  await expectAccessible(page);
  await page.getByTestId('leave-sample-data-confirm').click();

  // Back to the first start: the setup screen, no banner, no sample officer.
  await expect(page.getByTestId('setup-choose')).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  const info = await host.rpc<{ setupNeeded: boolean; sampleData: boolean; samplePin: string | null }>(
    'app.info',
    {},
  );
  expect(info).toMatchObject({ setupNeeded: true, sampleData: false, samplePin: null });
  expect((await host.rpc<{ items: unknown[] }>('officers.signInList', {})).items).toEqual([]);
});
