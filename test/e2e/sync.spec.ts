import { test, expect, snapBothSizes, accessibilityViolations, startHost, KIOSK_VIEWPORT } from './fixtures';
import { centralAvailable, startCentral, type Central } from './central';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';

// Issue 10: a second kiosk of the site joins at its first start with an enrolment code; a reservation
// made at the first kiosk checks in at the second; the officer sees the sync state and the server's
// answers. The central server is the built one, on the real PostgreSQL (CI sets LOKET_TEST_PG_URL).
test.skip(!centralAvailable(), 'needs LOKET_TEST_PG_URL: the central server runs on PostgreSQL here');

let central: Central;
test.beforeEach(async () => {
  central = await startCentral('2026-11-23T09:00:00+07:00');
});
test.afterEach(async () => {
  await central.stop();
});

test('a second kiosk joins the site at its first start, and a code made at the first checks in there', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  // The first kiosk was set up on its own; its admin connects it to the site (Pengaturan › Server pusat).
  const desk = new DeskPage(page);
  await desk.open(host, null);
  await desk.openSettings('sync');
  await expect(page.getByText('Kios ini belum tersambung ke server pusat')).toBeVisible();
  await page.getByTestId('join-server').fill(central.url);
  await page.getByTestId('join-code').fill(await central.code());
  await page.getByTestId('join-submit').click();
  await expect(page.getByTestId('online-state').first()).toHaveAttribute('data-state', 'online');
  const { token } = await host.rpc<{ token: string }>(
    'reservations.create',
    {
      fullName: 'Sari Lestari',
      email: 'sari@example.id',
      phone: '0812 3456 7890',
      day: '2026-11-23',
      deskNumber: null,
      consent: true,
    },
    host.admin.session,
  );
  await host.rpc('sync.now', {}, host.admin.session);

  // The second kiosk: never set up, it joins instead.
  const second = await startHost('2026-11-23T09:00:00+07:00', 'empty', { maxGapMs: 250, endIdleMs: 600 });
  try {
    await page.setViewportSize(KIOSK_VIEWPORT);
    await page.goto(second.url);
    await page.getByTestId('setup-join').click();
    await expect(page.getByTestId('setup-join-form')).toBeVisible();
    await page.getByTestId('join-server').fill('server-pusat');
    await page.getByTestId('join-submit').click();
    await expect(page.getByText('Alamat server harus diawali http:// atau https://.')).toBeVisible();
    await page.getByTestId('join-server').fill(central.url);
    await page.getByTestId('join-code').fill('SALAH-KODE1');
    await page.getByTestId('join-submit').click();
    await expect(page.getByText(/Kode pendaftaran tidak berlaku/)).toBeVisible();
    await snapBothSizes(page, '55-setup-join');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByTestId('join-code').fill(await central.code());
    await page.getByTestId('join-submit').click();

    // The site's identity, officers and desks arrived: the kiosk opens as the first one's twin.
    await page.getByTestId('kiosk-screen').waitFor();
    await expect(page.getByText('Startup Hub & Pontive Center').first()).toBeVisible();
    // This kiosk's own scanner (hardware is set up per kiosk, not synced), by the site's admin.
    const { session } = await second.rpc<{ session: string }>('officer.unlock', {
      officerId: host.admin.id,
      pin: host.admin.pin,
    });
    await second.rpc(
      'scanners.configure',
      { items: [{ kind: 'keyboard', suffix: '\r', maxGapMs: 250, endIdleMs: 600 }] },
      session,
    );
    const kiosk = new KioskPage(page);
    await kiosk.open(second.url);
    await kiosk.scanWithWedge(token);
    await expect(kiosk.result()).toHaveAttribute('data-kind', 'checked_in');
    await expect(page.getByRole('heading', { name: 'Selamat datang, Sari!' })).toBeVisible();

    // The officer of the first kiosk signs in at the second with the same PIN and sees the sync state.
    const desk2 = new DeskPage(page);
    await desk2.open(second, null, host.admin);
    await desk2.openSettings('sync');
    await expect(page.getByTestId('online-state').first()).toHaveAttribute('data-state', 'online');
    await expect(page.getByText('Tidak ada. Semua data diterima server.')).toBeVisible();
    await snapBothSizes(page, '56-settings-central-server');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The check-in went up and came down at the first kiosk.
    await page.getByTestId('sync-now').click();
    await host.rpc('sync.now', {}, host.admin.session);
    expect(host.query<{ status: string }>('SELECT status FROM reservations WHERE token = ?', token)).toEqual([
      { status: 'checked_in' },
    ]);
  } finally {
    await second.stop();
  }
});
