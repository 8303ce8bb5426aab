import { test, expect, snapBothSizes, accessibilityViolations, smallTouchTargets, SITE } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';

// Issue 9: an idle kiosk returns to its home screen (warning first where a visitor may be typing,
// kiosk-ui.md §1.6), and every screen says where to get help. Timers run on Playwright's clock.

const SECOND = 1_000;

test('a form left alone asks “Masih di sini?”, keeps what was typed on a touch, then clears and goes home', async ({
  page,
  host,
}) => {
  await page.clock.install();
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await kiosk.startRegistration();
  await kiosk.field('fullName').fill('Siti Rahma');

  // 90 s without a touch: no warning yet at 89 s, then "Still here?" with a 30 s countdown.
  const warning = page.getByRole('dialog', { name: 'Still here?' });
  await page.clock.runFor(89 * SECOND);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(2 * SECOND);
  await expect(warning).toBeVisible();
  await expect(page.getByTestId('kiosk-idle-seconds')).toHaveText(/^(29|30)$/);
  await page.clock.runFor(10 * SECOND);
  await expect(page.getByTestId('kiosk-idle-seconds')).toHaveText(/^(19|20)$/);
  expect(await accessibilityViolations(page)).toEqual([]);
  await snapBothSizes(page, '09-kiosk-idle-warning');

  // A tap keeps the screen and what was typed. The screenshots changed the viewport twice: let the
  // page's timers run a moment and the dialog settle where it is now, or the tap can land on the
  // stale spot (in CI it hit the page behind the dialog, which counts as a touch and closed it).
  await page.clock.runFor(500);
  const stay = page.getByTestId('kiosk-idle-continue');
  await expect(stay).toBeInViewport();
  await stay.click();
  await expect(warning).toHaveCount(0);
  await expect(kiosk.field('fullName')).toHaveValue('Siti Rahma');

  // Left alone again: warned, then home, in Indonesian, the form empty for the next visitor.
  await page.clock.runFor(91 * SECOND);
  await expect(warning).toBeVisible();
  await page.clock.runFor(30 * SECOND);
  await expect(kiosk.home()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Selamat datang' })).toBeVisible();
  await kiosk.startRegistration();
  await expect(kiosk.field('fullName')).toHaveValue('');
});

test('a scan answer counts down on screen and then returns home by itself', async ({ page, host }) => {
  const { token } = await host.rpc<{ token: string }>(
    'reservations.create',
    {
      fullName: 'Andi Saputra',
      email: 'andi@example.id',
      phone: '081298765432',
      day: '2026-11-23',
      deskNumber: null,
      consent: true,
    },
    host.admin.session,
  );
  await page.clock.install();
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.scanWithWedge(token);
  await expect(kiosk.result()).toHaveAttribute('data-kind', 'checked_in');
  const countdown = page.getByTestId('result-countdown');
  await expect(countdown).toHaveText('Kembali ke layar awal dalam 15 detik');
  await page.clock.runFor(9 * SECOND);
  await expect(countdown).toHaveText('Kembali ke layar awal dalam 6 detik');
  await page.clock.runFor(7 * SECOND);
  await expect(kiosk.home()).toBeVisible();
});

test('help is one tap away on every screen: the kiosk’s says whom to ask and how to reach the office', async ({
  page,
  browser,
  host,
}) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await page.getByTestId('help-button').click();
  const help = page.getByRole('dialog', { name: 'Butuh bantuan?' });
  await expect(help).toBeVisible();
  await expect(page.getByTestId('help-screen')).toContainText('Tempelkan kode QR Anda ke pemindai');
  await expect(help).toContainText('Petugas di meja layanan siap membantu');
  await expect(page.getByTestId('help-contacts')).toContainText(`Kontak ${SITE.officeName}`);
  for (const line of SITE.letterhead) await expect(page.getByTestId('help-contacts')).toContainText(line);
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  await snapBothSizes(page, '10-kiosk-help');
  await page.getByTestId('help-close').click();
  await expect(help).toHaveCount(0);

  // The registration screen's help is about registering.
  await kiosk.startRegistration();
  await page.getByTestId('help-button').click();
  await expect(page.getByTestId('help-screen')).toContainText('Buat reservasi');
  await page.keyboard.press('Escape');

  // The officer's sign-in screen and the desk have help too.
  const deskPage = await browser.newPage();
  const desk = new DeskPage(deskPage);
  await deskPage.goto(host.url.replace('#secret=', '#/desk?secret='));
  await deskPage.getByTestId('sign-in-screen').waitFor();
  await deskPage.getByTestId('help-button').click();
  await expect(deskPage.getByTestId('help-screen')).toContainText('Lupa PIN?');
  await deskPage.keyboard.press('Escape');
  await desk.open(host, 'board');
  await deskPage.getByTestId('help-button').click();
  await expect(deskPage.getByRole('dialog', { name: 'Butuh bantuan?' })).toContainText('Alt+1 sampai Alt+0');
  await expect(deskPage.getByTestId('help-contacts')).toContainText(SITE.letterhead[1]);
  expect(await accessibilityViolations(deskPage)).toEqual([]);
  await snapBothSizes(deskPage, '11-desk-help');
  await deskPage.close();
});
