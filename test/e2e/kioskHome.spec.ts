import { autoLayout } from '../../shared/places/autoLayout';
import {
  test,
  expect,
  snapBothSizes,
  accessibilityViolations,
  belowTheFold,
  smallTouchTargets,
  ADMIN_VIEWPORT,
  KIOSK_VIEWPORT,
  SITE,
  type KioskHost,
} from './fixtures';
import { KioskPage } from './pages/KioskPage';
import { emblemPng } from './pages/SetupPage';

// Issue 9, "a kiosk that looks like a public service": the home screen says whose service this is,
// what a visitor can do today, which desks are free and the house rules; after a check-in the room
// map shows the way to the desk.

const RULES = [
  { id: 'Jaga kebersihan meja dan ruangan.', en: 'Keep your desk and the room clean.' },
  { id: 'Bicara pelan; telepon di luar ruangan.', en: null },
];

async function reserve(host: KioskHost, fullName: string, deskNumber: number | null): Promise<string> {
  const { token } = await host.rpc<{ token: string }>(
    'reservations.create',
    {
      fullName,
      email: `${fullName.split(' ')[0]!.toLowerCase()}@example.id`,
      phone: '081298765432',
      day: '2026-11-23',
      deskNumber,
      consent: true,
    },
    host.admin.session,
  );
  return token;
}
const scan = (host: KioskHost, text: string) =>
  host.rpc<{ kind: string }>('scans.submit', { text, source: 'simulated' });

test('the home screen shows whose service this is, what to do today, the free desks and the house rules', async ({
  page,
  host,
}) => {
  await host.rpc('settings.houseRules.update', { items: RULES }, host.admin.session);
  const logo = `data:image/png;base64,${emblemPng().toString('base64')}`;
  await host.rpc(
    'site.update',
    { siteName: SITE.siteName, officeName: SITE.officeName, letterhead: [...SITE.letterhead], logo },
    host.admin.session,
  );
  expect((await scan(host, await reserve(host, 'Ani Wijaya', 3))).kind).toBe('checked_in');
  await reserve(host, 'Budi Santoso', 5);

  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await expect(page.getByTestId('kiosk-site-name')).toHaveText(SITE.siteName);
  await expect(page.getByTestId('kiosk-office-name')).toHaveText(SITE.officeName);
  await expect(page.getByTestId('kiosk-identity').locator('img')).toHaveAttribute('src', logo);
  await expect(page.getByTestId('kiosk-date')).toHaveText('Senin, 23 November 2026');
  await expect(page.getByRole('heading', { name: 'Selamat datang' })).toBeVisible();
  await expect(page.getByText('Apa yang ingin Anda lakukan hari ini?')).toBeVisible();
  await expect(page.getByTestId('register-button')).toContainText('Daftar sekarang');
  await expect(page.getByTestId('finish-button')).toContainText('Selesai & keluar');

  // Today's desks: how many are free and which, no names.
  await expect(page.getByTestId('kiosk-free-desks')).toHaveText('10 dari 12 kosong');
  const chip = (n: number) => page.locator(`[data-testid="kiosk-desk-chip"][data-desk="${n}"]`);
  await expect(chip(3)).toHaveAttribute('data-state', 'occupied');
  await expect(chip(5)).toHaveAttribute('data-state', 'reserved');
  await expect(chip(1)).toHaveAttribute('data-state', 'free');
  await expect(page.getByTestId('kiosk-today-desks')).not.toContainText('Ani');
  await expect(page.getByTestId('kiosk-house-rule')).toHaveText(RULES.map((r) => r.id));
  await expect(page.getByTestId('kiosk-hours')).toHaveText('Layanan: Senin–Jumat, 07.00–15.45 WIB. Gratis.');

  await snapBothSizes(page, '01-kiosk-home');
  // The controls sit in the lower 70 % of the portrait panel, within a seated visitor's reach
  // (kiosk-ui.md §1.5), and every one is at least 64 px.
  for (const id of ['register-button', 'finish-button', 'help-button', 'officer-button']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.y, id).toBeGreaterThanOrEqual(0.3 * KIOSK_VIEWPORT.height);
  }
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);

  // On the officer's landscape monitor the tasks are above the fold, beside the desks and rules.
  expect(await belowTheFold(page, ['register-button', 'finish-button', 'kiosk-today-desks'])).toEqual([]);
  await page.setViewportSize(ADMIN_VIEWPORT);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.setViewportSize(KIOSK_VIEWPORT);

  // With a room map, the free desks are shown on it.
  await host.rpc(
    'floorPlan.save',
    autoLayout(Array.from({ length: 12 }, (_, i) => i + 1)),
    host.admin.session,
  );
  await expect(page.getByTestId('home-map')).toHaveAccessibleName('Denah ruangan: 10 dari 12 meja kosong');
  await expect(page.getByTestId('home-map').locator('[data-testid="map-desk-3"]')).toHaveAttribute(
    'data-state',
    'occupied',
  );
  await expect(page.getByTestId('kiosk-desk-chip')).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  await snapBothSizes(page, '01b-kiosk-home-map');

  // The rules in English where the site wrote them, in Indonesian where it did not.
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await expect(page.getByTestId('kiosk-house-rule')).toHaveText([RULES[0]!.en!, RULES[1]!.id]);
  await expect(page.getByTestId('kiosk-free-desks')).toHaveText('10 of 12 free');
  await expect(page.getByTestId('kiosk-date')).toHaveText(/^Monday,? 23 November 2026$/);
  await snapBothSizes(page, '08-kiosk-home-en');

  // A check-in at the officer's desk updates the count live.
  const { reservation } = await host.rpc<{ reservation: { id: string } }>(
    'reservations.create',
    {
      fullName: 'Citra Dewi',
      email: 'citra@example.id',
      phone: '081233334444',
      day: '2026-11-23',
      deskNumber: null,
      consent: true,
    },
    host.admin.session,
  );
  await host.rpc(
    'visits.manualCheckIn',
    { reservationId: reservation.id, reason: 'QR tidak terbaca' },
    host.admin.session,
  );
  await expect(page.getByTestId('kiosk-free-desks')).toHaveText('9 of 12 free');
});

test('after a check-in the room map lights the visitor’s desk and the way from the door', async ({
  page,
  host,
}) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);

  // Without a map, the desk's zone says where it is.
  const freeDesks = async () =>
    Number(/\d+/.exec((await page.getByTestId('kiosk-free-desks').textContent()) ?? '')?.[0]);
  const freeBefore = await freeDesks();
  expect(freeBefore).toBeGreaterThan(0);
  await kiosk.scanWithWedge(await reserve(host, 'Sari Lestari', null));
  await expect(page.getByTestId('scan-desk')).toHaveText('1');
  await expect(page.getByTestId('desk-finder')).toHaveText('Meja 1 ada di Ruang utama.');
  await expect(page.getByTestId('room-map')).toHaveCount(0);
  await kiosk.backHome();
  // The home, paused behind the answer, catches up as it shows again.
  await expect.poll(freeDesks).toBe(freeBefore - 1);

  // The officer draws the room (here: the automatic layout, saved as it is).
  await host.rpc(
    'floorPlan.save',
    autoLayout(Array.from({ length: 12 }, (_, i) => i + 1)),
    host.admin.session,
  );
  const rudi = await reserve(host, 'Rudi Hartono', 7);
  // The answer is painted alone; the map comes in a later frame, so drawing it never delays the answer.
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number; insertedAt: Record<string, number> };
    w.frames_ = 0;
    w.insertedAt = {};
    const count = () => {
      w.frames_++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    new MutationObserver(() => {
      for (const [name, selector] of [
        ['answer', '[elementtiming="scan-answer"]'],
        ['map', '[data-testid="room-map"]'],
      ] as const)
        if (!(name in w.insertedAt) && document.querySelector(selector)) w.insertedAt[name] = w.frames_;
    }).observe(document, { childList: true, subtree: true });
  });
  await kiosk.scanWithWedge(rudi);
  await expect(page.getByTestId('scan-desk')).toHaveText('7');
  const map = page.getByTestId('room-map');
  await expect(map).toBeVisible();
  const insertedAt = await page.evaluate(
    () => (window as unknown as { insertedAt: Record<string, number> }).insertedAt,
  );
  expect(insertedAt.map).toBeGreaterThan(insertedAt.answer!);
  await expect(map).toHaveAccessibleName('Denah ruangan: meja 7 ditandai, dengan jalan dari pintu masuk');
  await expect(map.locator('[data-lit]')).toHaveCount(1);
  await expect(map.getByTestId('map-desk-7')).toHaveAttribute('data-lit', 'true');
  await expect(map.getByTestId('map-route')).toHaveAttribute('points', /^[\d.]+,[\d.]+( [\d.]+,[\d.]+)+$/);
  await expect(map.getByTestId('map-you-are-here')).toContainText('Anda di sini');
  await expect(page.getByTestId('desk-finder')).toContainText(
    'Ikuti garis titik-titik dari pintu masuk ke meja 7.',
  );
  await expect(page.getByTestId('result-countdown')).toContainText('Kembali ke layar awal dalam 15 detik');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  expect(await belowTheFold(page, ['scan-result-done', 'room-map'])).toEqual([]);
  await snapBothSizes(page, '30b-kiosk-checked-in-map');
  // The home waits behind the answer (kept, so coming back is immediate), out of sight and of focus.
  const registerTile = page.getByTestId('register-button');
  await expect(registerTile).toBeHidden();
  const tookFocus = await registerTile.evaluate((tile: HTMLElement) => {
    tile.focus();
    return document.activeElement === tile;
  });
  expect(tookFocus).toBe(false);

  // Scanning again says where he already sits, with the map again.
  await kiosk.backHome();
  await host.advanceClock(60_000);
  await kiosk.scanWithWedge(rudi);
  await expect(kiosk.result()).toHaveAttribute('data-reason', 'already_checked_in');
  await expect(map.getByTestId('map-desk-7')).toHaveAttribute('data-lit', 'true');
});
