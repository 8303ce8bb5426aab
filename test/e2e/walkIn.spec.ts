import {
  test,
  expect,
  snapBothSizes,
  accessibilityViolations,
  belowTheFold,
  smallTouchTargets,
  SITE,
} from './fixtures';
import { KioskPage } from './pages/KioskPage';
import { DeskPage } from './pages/DeskPage';
import { SignInPage } from './pages/SignInPage';

test('a walk-in registers at the kiosk, gets a QR holding the stored token, and the desk sees it live', async ({
  page,
  browser,
  host,
}) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang' })).toBeVisible();
  // A site that set itself up sees its own name, not sample data (issue 8).
  await expect(page.getByTestId('kiosk-site-name')).toHaveText(SITE.siteName);
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  expect(await smallTouchTargets(page, 64)).toEqual([]);

  // The officer's desk is open on the other display before the visitor starts.
  const deskPage = await browser.newPage();
  const desk = new DeskPage(deskPage);
  await desk.open(host);
  await expect(deskPage.getByText('Belum ada reservasi.')).toBeVisible();

  await kiosk.startRegistration();
  await expect(page.getByTestId('consent-text')).toContainText('SOP 97/2020');
  await snapBothSizes(page, '02-kiosk-register');
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  // On a landscape monitor too, the form's buttons are on screen (before: below the fold).
  expect(await belowTheFold(page, ['submit-registration', 'field-consent', 'on-screen-keyboard'])).toEqual(
    [],
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  // The name is typed on the on-screen keyboard, as at the touchscreen; the rest with a keyboard.
  await kiosk.field('fullName').click();
  await kiosk.tapKeys('Siti Rahma');
  await expect(kiosk.field('fullName')).toHaveValue('Siti Rahma');
  await kiosk.field('email').fill('siti@example.id');
  await kiosk.field('phone').fill('0812 3456 7890');
  await kiosk.giveConsent();
  await kiosk.submit();

  await expect(page.getByRole('heading', { name: 'Reservasi berhasil, Siti!' })).toBeVisible();
  await expect(page.getByText('+62 812-****-890')).toBeVisible();
  const scanned = await kiosk.readTicketQr();
  const stored = host.query<{ token: string }>('SELECT token FROM reservations');
  expect(stored).toHaveLength(1);
  expect(scanned).toBe(stored[0]!.token);
  expect(scanned).toMatch(/^LK1[0-9A-Z]{26}$/);
  await snapBothSizes(page, '03-kiosk-ticket');
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  expect(await belowTheFold(page, ['ticket-qr', 'ticket-check-in', 'ticket-done'])).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);
  // No receipt printer is set up: no "Cetak struk" to tap in vain.
  await expect(page.getByTestId('ticket-done')).toBeVisible();
  await expect(page.getByTestId('ticket-print')).toHaveCount(0);
  await expect(page.getByText('Cetak struk')).toHaveCount(0);

  // She is here now: one tap checks her in, as a scan of this very code would (before: she had to
  // photograph the screen and hold the photo under the scanner).
  await page.getByTestId('ticket-check-in').click();
  await expect(kiosk.result()).toHaveAttribute('data-kind', 'checked_in');
  await expect(page.getByRole('heading', { name: 'Selamat datang, Siti!' })).toBeVisible();
  await expect(page.getByTestId('scan-desk')).toHaveText('1');
  await snapBothSizes(page, '03b-kiosk-ticket-checked-in');
  expect(
    host.query<{ source: string }>(
      "SELECT json_extract(payload, '$.scan.source') AS source FROM outbox WHERE op_type = 'visit.started'",
    ),
  ).toEqual([{ source: 'ticket' }]);

  // The desk updated by itself (pushed event), and can search.
  await expect(desk.rows()).toHaveCount(1);
  await expect(desk.rows().first()).toContainText('Siti Rahma');
  await expect(desk.rows().first()).toContainText('+6281234567890');
  await expect(desk.rows().first()).toHaveAttribute('data-status', 'checked_in');
  await desk.search('tidak ada orang ini');
  await expect(desk.rows()).toHaveCount(0);
  await expect(deskPage.getByText('Tidak ada yang cocok.')).toBeVisible();
  await desk.search('0812 3456');
  await expect(desk.rows()).toHaveCount(1);
  await snapBothSizes(deskPage, '04-desk-reservations');
  await deskPage.close();
});

test('bad input gets a clear answer on the form and hostile text is shown back as text', async ({
  page,
  browser,
  host,
}) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.startRegistration();
  await kiosk.fillForm({ fullName: 'A', email: 'siti@', phone: '0812' });
  await kiosk.submit();
  await expect(page.getByText('Nama terlalu pendek.')).toBeVisible();
  await expect(page.getByText('Alamat e-mail tidak valid. Contoh: nama@contoh.id')).toBeVisible();
  await expect(page.getByText('Nomor HP tidak valid. Contoh: 0812 3456 7890')).toBeVisible();
  await expect(page.getByText('Centang persetujuan untuk melanjutkan.')).toBeVisible();
  expect(host.query('SELECT id FROM reservations')).toHaveLength(0);
  await snapBothSizes(page, '05-kiosk-register-errors');
  // What the visitor typed stays in the text colour; only the message under it is red.
  const typed = await kiosk.field('email').evaluate((el) => getComputedStyle(el).color);
  const message = await page
    .getByText('Alamat e-mail tidak valid. Contoh: nama@contoh.id')
    .evaluate((el) => getComputedStyle(el).color);
  expect(typed).not.toBe(message);

  // A message goes as soon as its field is right (before: every message stayed until the next
  // submit, even under a correct value and a ticked box); the others stay until fixed.
  await kiosk.field('fullName').fill('Siti Aminah');
  await expect(page.getByText('Nama terlalu pendek.')).toHaveCount(0);
  await expect(page.getByText('Alamat e-mail tidak valid. Contoh: nama@contoh.id')).toBeVisible();
  await kiosk.field('email').fill('siti@example');
  await expect(page.getByText('Alamat e-mail tidak valid. Contoh: nama@contoh.id')).toBeVisible();
  await kiosk.field('email').fill('siti@example.id');
  await expect(page.getByText('Alamat e-mail tidak valid. Contoh: nama@contoh.id')).toHaveCount(0);
  await kiosk.giveConsent();
  await expect(page.getByText('Centang persetujuan untuk melanjutkan.')).toHaveCount(0);
  await expect(page.getByText('Nomor HP tidak valid. Contoh: 0812 3456 7890')).toBeVisible();
  await snapBothSizes(page, '05b-kiosk-register-errors-fixing');
  // The on-screen keyboard fixes a field too.
  await kiosk.field('phone').click();
  await kiosk.tapKeys('34567890');
  await expect(kiosk.field('phone')).toHaveValue('081234567890');
  await expect(page.getByText('Nomor HP tidak valid. Contoh: 0812 3456 7890')).toHaveCount(0);
  await expect(page.getByTestId('form-check')).toHaveCount(0);
  await page.getByTestId('field-consent').uncheck();

  const hostile = "<img src=x onerror=alert(1)> Robert'); DROP TABLE visitors;-- 🚀";
  await kiosk.fillForm({ fullName: hostile, email: 'bobby@example.id', phone: '+62 812 9999 0000' });
  await kiosk.giveConsent();
  // A double tap on the submit button makes one reservation.
  await page.getByTestId('submit-registration').dblclick();
  await expect(page.getByTestId('ticket-screen')).toBeVisible();
  expect(host.query('SELECT id FROM reservations')).toHaveLength(1);

  const deskPage = await browser.newPage();
  const desk = new DeskPage(deskPage);
  await desk.open(host);
  await expect(desk.rows().first()).toContainText(hostile);
  await expect(deskPage.locator('img[src="x"]')).toHaveCount(0);
  await deskPage.close();
});

// Issue 8: one shared PIN, typed on a hardware keyboard, was the only way in. Now each officer picks
// their name and types their own PIN on the on-screen keypad.
test('the officer’s desk is behind their own PIN, and settings change the desks', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await page.getByTestId('officer-button').click();
  const signIn = new SignInPage(page);
  await expect(signIn.names()).toHaveText([new RegExp(SITE.admin.fullName)]);
  await snapBothSizes(page, '06-officer-sign-in');
  await signIn.pick(SITE.admin.fullName);
  await signIn.enterPin('000000');
  await expect(signIn.error()).toContainText('PIN salah');
  await signIn.enterPin(SITE.admin.pin);
  await expect(page.getByTestId('desk-screen')).toBeVisible();
  await expect(page.getByTestId('desk-officer')).toHaveText(`Masuk sebagai ${SITE.admin.fullName}`);

  await page.getByTestId('tab-settings').click();
  await page.getByTestId('settings-section-places').click();
  const desks = page.getByTestId('settings-desks');
  await expect(desks.getByTestId('places-desks-row')).toHaveCount(SITE.desks);
  await expect(desks.getByRole('textbox', { name: 'Nama Meja baris 1', exact: true })).toHaveValue('Meja 1');
  await snapBothSizes(page, '07-desk-settings');
  await desks.getByTestId('places-desks-count').fill('3');
  await desks.getByTestId('places-desks-zone').fill('Ruang A');
  await desks.getByTestId('places-desks-make').click();
  await desks.getByRole('textbox', { name: 'Nama Meja baris 1', exact: true }).fill('Meja jendela');
  await desks.getByTestId('settings-desks-save').click();
  await expect(desks.getByText('Tersimpan')).toBeVisible();
  expect(host.query('SELECT number, label FROM desks WHERE active = 1 ORDER BY number')).toEqual([
    { number: 1, label: 'Meja jendela' },
    { number: 2, label: 'Meja 2' },
    { number: 3, label: 'Meja 3' },
  ]);

  await page.getByTestId('officer-lock').click();
  await expect(page.getByTestId('kiosk-screen')).toBeVisible();
});

test('English is one tap away and every screen passes an accessibility scan', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await kiosk.startRegistration();
  expect(await accessibilityViolations(page)).toEqual([]);
  await kiosk.fillForm({ fullName: 'John Smith', email: 'john@example.com', phone: '+44 7911 123456' });
  await kiosk.giveConsent();
  await kiosk.submit();
  await expect(page.getByRole('heading', { name: 'You are booked, John!' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  const desk = new DeskPage(page);
  await desk.open(host);
  expect(await accessibilityViolations(page)).toEqual([]);
});
