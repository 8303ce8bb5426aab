// A complaint from the visitor's first tap to the answer on their phone, in Chromium against the built
// host and the built central server: the visitor files at the kiosk (service tile, the text typed with
// the on-screen keyboard, a contact with consent) and gets a ticket number, an access code and a QR;
// the officer at the desk assigns, answers and closes it; the status page on the portal, opened from
// the kiosk's QR, shows the answer. Screens at kiosk and admin sizes (and the phone's), each scanned
// with axe.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  snapBothSizes,
  accessibilityViolations,
  smallTouchTargets,
  belowTheFold,
  ADMIN_VIEWPORT,
  KIOSK_VIEWPORT,
  SCREENSHOT_DIR,
} from './fixtures';
import { centralAvailable, startCentral, type Central } from './central';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';

test.skip(!centralAvailable(), 'needs LOKET_TEST_PG_URL: the central server runs on PostgreSQL here');

const PHONE = { width: 390, height: 844 };
let central: Central;
test.beforeEach(async () => {
  central = await startCentral('2026-11-23T09:00:00+07:00');
});
test.afterEach(async () => {
  await central.stop();
});

async function snapPhone(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-phone.png`), fullPage: true });
}

test('a visitor complains at the kiosk, the officer answers and closes it, and the phone shows the answer', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await host.rpc('sync.join', { serverUrl: central.url, code: await central.code() }, host.admin.session);
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await page.getByTestId('complaint-button').click();

  // Step 1: which service, as tiles (the 15 of the decree and "Lainnya").
  await page.getByTestId('complaint-step-service').waitFor();
  await expect(page.getByTestId('complaint-progress')).toHaveText('Langkah 1 dari 3');
  await expect(page.getByTestId(/^complaint-service-/)).toHaveCount(16);
  await snapBothSizes(page, 'complaint-01-service');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  expect(await belowTheFold(page, ['complaint-service-other', 'complaint-back'], KIOSK_VIEWPORT)).toEqual([]);
  await page.getByTestId('complaint-service-coworking').click();

  // Step 2: what happened; empty is told what to do, and the counter follows the typing.
  await page.getByTestId('complaint-step-text').waitFor();
  await page.getByTestId('complaint-next').click();
  await expect(page.getByText('Tulis pengaduan Anda.')).toBeVisible();
  await page.getByTestId('complaint-text').fill('Wi-Fi di ruang coworking putus-putus <b>sejak pagi</b> 😞');
  await kiosk.tapKeys(' meja 4');
  await expect(page.getByText('Tulis pengaduan Anda.')).toBeHidden();
  await expect(page.getByTestId('complaint-counter')).toHaveText('63 dari 2.000 huruf');
  await snapBothSizes(page, 'complaint-02-text');
  expect(await accessibilityViolations(page)).toEqual([]);
  for (const size of [KIOSK_VIEWPORT, ADMIN_VIEWPORT])
    expect(await belowTheFold(page, ['complaint-next', 'on-screen-keyboard'], size)).toEqual([]);
  // English keeps the screen and what was typed; Indonesian again before going on.
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: 'What happened?' })).toBeVisible();
  await expect(page.getByTestId('complaint-text')).toHaveValue(/putus-putus <b>sejak pagi<\/b> 😞 meja 4$/);
  await expect(page.getByTestId('complaint-counter')).toHaveText('63 of 2,000 characters');
  await snapBothSizes(page, 'complaint-02-text-en');
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: 'Apa yang terjadi?' })).toBeVisible();
  await page.getByTestId('complaint-next').click();

  // Step 3: anonymous by default, or a contact with consent.
  await page.getByTestId('complaint-step-contact').waitFor();
  await snapBothSizes(page, 'complaint-03-contact');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  await page.getByTestId('complaint-with-contact').click();
  await page.getByTestId('complaint-step-details').waitFor();
  await page.getByTestId('complaint-submit').click();
  await expect(
    page.getByText('Isi e-mail atau nomor HP, atau kembali dan pilih "Kirim tanpa nama".'),
  ).toBeVisible();
  await expect(page.getByText('Centang persetujuan untuk meninggalkan kontak.')).toBeVisible();
  await page.getByTestId('complaint-field-name').fill('Siti Aminah');
  await page.getByTestId('complaint-field-email').fill('siti.aminah@contoh.id');
  await page.getByTestId('complaint-consent').click();
  await snapBothSizes(page, 'complaint-04-details');
  expect(await accessibilityViolations(page)).toEqual([]);
  for (const size of [KIOSK_VIEWPORT, ADMIN_VIEWPORT])
    expect(await belowTheFold(page, ['complaint-submit'], size)).toEqual([]);
  await page.getByTestId('complaint-submit').click();

  // The receipt: ticket number and access code large, the QR to the status page, the channels.
  await page.getByTestId('complaint-done').waitFor();
  const ticket = (await page.getByTestId('complaint-ticket').textContent())!;
  const code = (await page.getByTestId('complaint-code').textContent())!;
  expect(ticket).toMatch(/^ADU-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(page.getByText('Jawaban juga dikirim ke s***@contoh.id.')).toBeVisible();
  await expect(page.getByTestId('complaint-channels')).toContainText('SMS ke 1708');
  await expect(page.getByTestId('complaint-channels')).toContainText('lapor.go.id');
  await snapBothSizes(page, 'complaint-05-receipt');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize(KIOSK_VIEWPORT);
  const png = PNG.sync.read(await page.getByTestId('complaint-qr').screenshot());
  const statusUrl = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  expect(statusUrl).toBe(`${central.url}/complaints/t/${ticket}/${code}`);
  // Nothing of the visitor's contact on the public screen.
  await expect(page.getByText('siti.aminah@contoh.id')).toHaveCount(0);
  await page.getByTestId('complaint-done-button').click();
  await expect(kiosk.home()).toBeVisible();

  // The officer's tab: the new complaint, opened (an audited read of the contact), assigned,
  // answered and closed, each with its time.
  // (The host's clock stays: the central server's is fixed, and a kiosk clock ahead of it is flagged.)
  await host.rpc('sync.now', {}, host.admin.session);
  const desk = new DeskPage(page);
  await desk.open(host, null);
  await page.getByTestId('tab-complaints').click();
  await page.getByTestId('complaints-panel').waitFor();
  const row = page.getByTestId(`complaint-row-${ticket}`);
  await expect(row).toContainText('Baru');
  await row.getByRole('button', { name: ticket }).click();
  const card = page.getByTestId('complaint-card');
  await expect(card.getByTestId('complaint-card-text')).toContainText('<b>sejak pagi</b>');
  await expect(card.getByTestId('complaint-card-contact')).toContainText('siti.aminah@contoh.id');
  await page.getByTestId('complaint-assign-officer').click();
  await page.getByRole('option', { name: host.admin.fullName }).click();
  await page.getByTestId('complaint-assign').click();
  await expect(row).toContainText('Ditangani');
  await page
    .getByTestId('complaint-answer-text')
    .fill('Access point di dekat meja 4 sudah diganti. Terima kasih atas laporannya.');
  await page.getByTestId('complaint-answer').click();
  await expect(row).toContainText('Dijawab');
  await page.getByTestId('complaint-lapor-id').fill('3021456');
  await page.getByTestId('complaint-lapor').click();
  await expect(card.getByTestId('complaint-history')).toContainText('3021456');
  await snapBothSizes(page, 'complaint-06-desk-answered');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('complaint-close').click();
  await expect(card).toContainText('Ditutup');
  await page.getByTestId('complaints-filter').getByText('Semua').click();
  await expect(row).toContainText('Selesai');
  await expect(page.getByTestId('complaint-counts')).toContainText('Reservasi co-working space');
  await snapBothSizes(page, 'complaint-07-desk-closed');
  expect(await accessibilityViolations(page)).toEqual([]);
  const reads = host.query<{ n: number }>(
    "SELECT count(*) AS n FROM audit_log WHERE action = 'read:complaints.get'",
  );
  expect(reads[0]!.n).toBeGreaterThanOrEqual(1);

  // The answer reaches the server; the visitor's phone opens the QR's link and reads it.
  await expect
    .poll(async () => (await host.rpc<{ pending: number }>('sync.now', {}, host.admin.session)).pending, {
      timeout: 30_000,
    })
    .toBe(0);
  await page.setViewportSize(PHONE);
  await page.goto(statusUrl!);
  await expect(page.getByRole('heading', { name: 'Status pengaduan' })).toBeVisible();
  await expect(page.getByTestId('complaint-status')).toHaveText('Selesai');
  await expect(page.getByTestId('complaint-answer')).toContainText(
    'Access point di dekat meja 4 sudah diganti.',
  );
  await expect(page.getByText('3021456')).toBeVisible();
  await snapPhone(page, 'complaint-08-status');
  await snapBothSizes(page, 'complaint-08-status');
  expect(await accessibilityViolations(page)).toEqual([]);
  // English one tap away.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByTestId('complaint-status')).toHaveText('Closed');
  // A wrong access code opens nothing.
  await page.goto(`${central.url}/complaints/t/${ticket}/AAAAA-AAAAA?lang=id`);
  await expect(page.getByRole('heading', { name: 'Pengaduan tidak ditemukan' })).toBeVisible();
  // The portal's own form, for a phone.
  await page.goto(`${central.url}/complaints?lang=id`);
  await expect(page.getByRole('heading', { name: 'Sampaikan pengaduan' })).toBeVisible();
  await snapPhone(page, 'complaint-09-portal-form');
  await snapBothSizes(page, 'complaint-09-portal-form');
  expect(await accessibilityViolations(page)).toEqual([]);
});
