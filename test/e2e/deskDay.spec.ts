import { test, expect, snapBothSizes, accessibilityViolations } from './fixtures';
import { KioskPage } from './pages/KioskPage';
import { DeskPage } from './pages/DeskPage';

const MIN = 60_000;

/**
 * A whole coworking day at the desk (SOP 97): reservations from the portal, visitors scanning in by
 * fast keyboard bursts as a wedge scanner types, the officer's board updating live, the 30- and
 * 10-minute warnings, an overstay, check-outs with the checklist and the officer's desk check.
 */
test('a day at the desk, from the first scan to the last desk check', async ({ page, browser, host }) => {
  test.setTimeout(120_000);
  // 07:30 on Monday 23 November 2026 (fixture default is 09:00; move back is not possible, so reserve first).
  const session = host.admin.session;
  // The desk is in use all day: its session lasts while the officer works (the host ends a session
  // idle for longer than this; the test clock jumps hours at a time).
  await host.rpc('settings.security.update', { idleLockMinutes: 120 }, session);
  const reserve = async (fullName: string, deskNumber: number | null) =>
    (
      await host.rpc<{ token: string }>(
        'reservations.create',
        {
          fullName,
          email: `${fullName.split(' ')[0]!.toLowerCase()}@example.id`,
          phone: `0812${Math.floor(10000000 + Math.random() * 8999999)}`,
          day: '2026-11-23',
          deskNumber,
          consent: true,
        },
        session,
      )
    ).token;
  const ani = await reserve('Ani Wijaya', 3);
  const budi = await reserve('Budi Santoso', 5);
  const citra = await reserve('Citra Dewi', null);
  await reserve('Dodi Pratama', 8); // never comes

  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  const deskPage = await browser.newPage();
  const desk = new DeskPage(deskPage);
  await desk.open(host, 'board');
  /** Time passes at the desk: the host's clock moves on, an hour at most between two officer calls. */
  const later = async (ms: number) => {
    for (let left = ms; left > 0; left -= 60 * MIN) {
      await host.advanceClock(Math.min(left, 60 * MIN));
      await host.rpc('officer.me', {}, desk.session!);
    }
  };
  await expect(desk.boardDesk(3)).toHaveAttribute('data-state', 'free');

  // 09:00 Ani scans: a burst at 8 ms a key, then Enter.
  await kiosk.scanWithWedge(ani);
  await expect(kiosk.result()).toHaveAttribute('data-kind', 'checked_in');
  await expect(page.getByTestId('scan-desk')).toHaveText('3');
  await expect(page.getByTestId('scan-ends')).toContainText('15.45'); // 09:00 + 7 h runs past closing
  await snapBothSizes(page, '30-kiosk-checked-in');
  await expect(desk.boardDesk(3)).toHaveAttribute('data-state', 'in_use'); // live, no reload
  await expect(desk.boardDesk(3)).toContainText('Ani Wijaya');
  await kiosk.backHome();

  // 09:20 Budi (desk 5), 09:40 Citra (first free desk).
  await later(20 * MIN);
  await kiosk.scanWithWedge(budi, 4);
  await expect(page.getByTestId('scan-desk')).toHaveText('5');
  await kiosk.backHome();
  // A minute later Budi scans again by mistake: told where he sits, no second visit.
  await later(MIN);
  await kiosk.scanWithWedge(budi);
  await expect(kiosk.result()).toHaveAttribute('data-reason', 'already_checked_in');
  await expect(page.getByTestId('scan-next-step')).toContainText('Meja Anda: 5');
  await kiosk.backHome();
  await later(19 * MIN);
  await kiosk.scanWithWedge(citra, 12);
  await expect(page.getByTestId('scan-desk')).toHaveText('1');
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'in_use');
  await kiosk.backHome();
  expect(host.query('SELECT count(*) AS n FROM visits')).toEqual([{ n: 3 }]);

  // 12:10 Budi finishes: "Selesai & keluar", scan, checklist, sent to the officer.
  await later(150 * MIN);
  await page.getByTestId('finish-button').click();
  await expect(page.getByTestId('finish-scan')).toBeVisible();
  await kiosk.scanWithWedge(budi);
  await expect(page.getByTestId('checkout-checklist')).toBeVisible();
  // He asked to leave: no note that the code also checks out.
  await expect(page.getByTestId('checkout-not-asked')).toHaveCount(0);
  await snapBothSizes(page, '31-kiosk-checkout-checklist');
  await page.getByTestId('checkout-send').click();
  await expect(page.getByRole('alert')).toHaveText(
    'Centang semua pernyataan dulu. Jika ada yang belum beres, hubungi petugas.',
  );
  await kiosk.checkOut(['deskTidy', 'chairBack', 'equipmentReturned']);
  await expect(page.getByTestId('checkout-sent')).toBeVisible();
  await snapBothSizes(page, '32-kiosk-checkout-sent');

  await expect(desk.boardDesk(5)).toHaveAttribute('data-state', 'awaiting_check');
  await expect(desk.confirmQueueItem('Budi Santoso')).toBeVisible();
  await snapBothSizes(deskPage, '33-desk-board-queue');
  await desk.confirmAllWell('Budi Santoso');
  await expect(desk.boardDesk(5)).toHaveAttribute('data-state', 'free');

  // 15:15: Ani (ends 15:45) gets the 30-minute warning on the board.
  await later(185 * MIN);
  await expect(desk.boardDesk(3)).toHaveAttribute('data-warning', 'first_warning');
  // 15:37: the 10-minute warning; Ani scanning now sees it on the kiosk too.
  await later(22 * MIN);
  await expect(desk.boardDesk(3)).toHaveAttribute('data-warning', 'final_warning');
  // 15:50: Citra's and Ani's limits passed: both overstay, flagged, still open (default setting).
  await later(13 * MIN);
  await expect(desk.boardDesk(3)).toHaveAttribute('data-state', 'overstay');
  await expect(desk.overstayItems()).toHaveCount(2);
  await snapBothSizes(deskPage, '34-desk-board-overstay');

  // Citra checks out late: the kiosk says her time is up, the officer notes a problem.
  await kiosk.scanWithWedge(citra);
  await expect(page.getByTestId('checkout-checklist')).toBeVisible();
  await expect(page.getByTestId('stay-notice')).toContainText('sudah habis');
  // She scanned without "Selesai & keluar" first: told that this code checks out, and how not to.
  await expect(page.getByTestId('checkout-not-asked')).toBeVisible();
  await kiosk.checkOut(['deskTidy', 'chairBack', 'equipmentReturned']);
  await expect(page.getByTestId('checkout-sent')).toBeVisible();
  await desk.confirmWithProblem('Citra Dewi', ['not_tidy'], 'Gelas kopi tertinggal');
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'free');

  // Ani left without checking out: the officer closes her visit with a reason.
  await desk.closeWithoutCheckout('Ani Wijaya', 'Pulang tanpa lapor, meja rapi');
  await expect(desk.boardDesk(3)).toHaveAttribute('data-state', 'free');
  expect(await accessibilityViolations(deskPage)).toEqual([]);

  const closed = host.query<{ desk_number: number; close_kind: string }>(
    'SELECT desk_number, close_kind FROM visits ORDER BY desk_number',
  );
  expect(closed).toEqual([
    { desk_number: 1, close_kind: 'problem' },
    { desk_number: 3, close_kind: 'left_without_checkout' },
    { desk_number: 5, close_kind: 'confirmed' },
  ]);
  expect(host.query('SELECT status FROM reservations WHERE desk_number = 8')).toEqual([{ status: 'booked' }]);
  await deskPage.close();
});
