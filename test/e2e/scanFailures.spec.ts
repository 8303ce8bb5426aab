import { test, expect, snapBothSizes, type KioskHost } from './fixtures';
import { KioskPage } from './pages/KioskPage';

async function reserve(host: KioskHost, day: string, name: string) {
  const { session } = host.admin;
  const r = await host.rpc<{ token: string }>(
    'reservations.create',
    {
      fullName: name,
      email: `${name.split(' ')[0]!.toLowerCase()}@example.id`,
      phone: '081298765432',
      day,
      deskNumber: null,
      consent: true,
    },
    session,
  );
  return r.token;
}

test('a failed scan says why and what to do next, and offers to reserve again', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);

  await kiosk.scanWithWedge('HELLO-THIS-IS-NOT-A-TICKET');
  await expect(kiosk.result()).toHaveAttribute('data-reason', 'malformed_code');
  await expect(page.getByRole('heading', { name: 'Kode tidak terbaca' })).toBeVisible();
  await snapBothSizes(page, '20-scan-malformed');
  await kiosk.backHome();

  // Well-formed but not ours: a forged or mistyped token.
  await kiosk.scanWithWedge('LK1' + '7'.repeat(25) + '0');
  await expect(kiosk.result()).toHaveAttribute('data-reason', 'unknown_code');
  await expect(page.getByText('Kode ini tidak ada di daftar reservasi.')).toBeVisible();
  await snapBothSizes(page, '21-scan-unknown');
  // The way forward: reserve again on the spot.
  await page.getByTestId('scan-register').click();
  await expect(page.getByTestId('register-screen')).toBeVisible();
  await page.getByRole('button', { name: 'Kembali' }).click();

  const token = await reserve(host, '2026-11-25', 'Wulan Sari');
  await kiosk.scanWithWedge(token);
  await expect(kiosk.result()).toHaveAttribute('data-reason', 'wrong_day');
  await expect(page.getByTestId('scan-next-step')).toContainText('Rabu, 25 November 2026');
  await snapBothSizes(page, '22-scan-wrong-day');
  expect(host.query('SELECT count(*) AS n FROM visits')).toEqual([{ n: 0 }]);
});

test.describe('before opening time', () => {
  test.use({ fakeNow: '2026-11-23T06:40:00+07:00' });
  test('a scan before 07:00 is refused with the opening time', async ({ page, host }) => {
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    const token = await reserve(host, '2026-11-23', 'Pagi Sekali');
    await kiosk.scanWithWedge(token);
    await expect(kiosk.result()).toHaveAttribute('data-reason', 'before_opening');
    await expect(page.getByTestId('scan-next-step')).toContainText('07.00');
    await snapBothSizes(page, '23-scan-before-opening');
  });
});

test.describe('on a Saturday', () => {
  test.use({ fakeNow: '2026-11-21T10:00:00+07:00' });
  test('the kiosk says the service is closed for the weekend and when it opens', async ({ page, host }) => {
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    // Booked while the space opened on Saturdays; it is back to Monday–Friday today.
    const rules = await host.rpc<{ calendar: { openDays: number[] } }>('settings.rules.get', {});
    const saturdays = { ...rules, calendar: { ...rules.calendar, openDays: [1, 2, 3, 4, 5, 6] } };
    await host.rpc('settings.rules.update', saturdays, host.admin.session);
    const token = await reserve(host, '2026-11-21', 'Sabtu Datang');
    await host.rpc('settings.rules.update', rules, host.admin.session);
    await kiosk.scanWithWedge(token);
    await expect(kiosk.result()).toHaveAttribute('data-reason', 'closed_weekend');
    await expect(page.getByTestId('scan-next-step')).toContainText('Senin');
  });
});
