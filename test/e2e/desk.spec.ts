import { test, expect, snapBothSizes, accessibilityViolations, type KioskHost } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { scanWithWedge } from './pages/KioskPage';

/** Calls the host as another screen would (the kiosk and its scanner), over its real HTTP API. */
async function rpc<T>(host: KioskHost, method: string, input: object): Promise<T> {
  const url = new URL(host.url);
  const secret = /secret=([^&]+)/.exec(url.hash)![1]!;
  const res = await fetch(`${url.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-loket-secret': secret },
    body: JSON.stringify({ input }),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

const scan = (host: KioskHost, text: string) =>
  rpc<{ kind: string; checkoutTicket?: string }>(host, 'scans.submit', { text, source: 'simulated' });

async function expectAccessible(desk: DeskPage) {
  expect(await accessibilityViolations(desk.page)).toEqual([]);
}

test('the officer’s fallback: new reservation with its QR, manual check-in, locker, close without checkout, history', async ({
  page,
  host,
}) => {
  const desk = new DeskPage(page);
  await desk.open(host, 'board');
  // The board is what the desk opens on.
  await expect(page.getByRole('tab', { name: /Papan/ })).toHaveAttribute('aria-selected', 'true');
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'free');
  await expect(desk.boardDesk(1)).toContainText('Kosong');
  await expect(page.getByTestId('board-clock')).toContainText('09.0');

  // A visitor whose scan fails reserves again at the desk (SOP 97 step 5).
  await desk.openTab('reservations');
  await desk.newReservation({ fullName: 'A', email: 'dewi@', phone: '0812', consent: false });
  await expect(page.getByText('Nama terlalu pendek.')).toBeVisible();
  await expect(page.getByText('Alamat e-mail tidak valid. Contoh: nama@contoh.id')).toBeVisible();
  await expect(page.getByText('Centang persetujuan untuk melanjutkan.')).toBeVisible();
  await page.getByTestId('new-fullName').fill('Dewi Lestari Anggraini');
  await page.getByTestId('new-email').fill('dewi@example.id');
  await page.getByTestId('new-phone').fill('0813 2222 3333');
  // The day in words, whatever the browser's locale (before: a native date field, mm/dd/yyyy in en-US).
  await expect(page.getByTestId('new-day')).toHaveText('23 November 2026');
  await page.getByTestId('new-consent').check();
  await snapBothSizes(page, '20-desk-new-reservation');
  await expectAccessible(desk);
  await page.getByTestId('new-submit').click();

  await expect(page.getByRole('dialog', { name: 'Reservasi tersimpan' })).toBeVisible();
  const stored = host.query<{ token: string; source: string }>(
    "SELECT token, source FROM reservations WHERE day = '2026-11-23'",
  );
  expect(stored).toEqual([{ token: expect.stringMatching(/^LK1/), source: 'officer' }]);
  await expect.poll(() => desk.readQr()).toBe(stored[0]!.token);
  await snapBothSizes(page, '21-desk-reservation-qr');
  await expectAccessible(desk);
  await page.getByTestId('new-done').click();

  const dewi = 'Dewi Lestari Anggraini';
  await expect(desk.reservationRow(dewi)).toHaveAttribute('data-status', 'booked');
  // The QR can be shown again from the row.
  await desk.reservationRow(dewi).getByTestId('row-qr').click();
  await expect.poll(() => desk.readQr()).toBe(stored[0]!.token);
  await page.keyboard.press('Escape');

  // The scan failed at the door: the officer checks her in by hand, with the reason, at desk 3.
  await desk.manualCheckIn(dewi, 'QR di HP tidak terbaca, layar retak', 3);
  await expect(desk.reservationRow(dewi)).toHaveAttribute('data-status', 'checked_in');
  expect(host.query('SELECT desk_number, check_in_method, manual_reason FROM visits')).toEqual([
    { desk_number: 3, check_in_method: 'manual', manual_reason: 'QR di HP tidak terbaca, layar retak' },
  ]);

  // The board shows desk 3 in use, with her full name and time left to 15.45 (closing time).
  await desk.openTab('board');
  await expect(desk.boardDesk(3)).toHaveAttribute('data-state', 'in_use');
  await expect(desk.boardDesk(3)).toContainText('Terpakai');
  await expect(desk.boardDesk(3)).toContainText(dewi);
  await expect(desk.boardDesk(3).getByTestId('board-desk-left')).toHaveText(/^Sisa 6 j 4[45] m$/);
  await expect(desk.todayNumber('arrived')).toContainText('1');
  await expect(desk.openVisitRow(dewi)).toContainText('Manual');

  await desk.assignLocker(dewi, 2);
  await expect(desk.openVisitRow(dewi).getByTestId('open-visit-locker')).toHaveText('2 · kunci dipegang');
  await expect(desk.lockersInUse()).toContainText('Loker 2 → Meja 3 · kunci dipegang');
  await snapBothSizes(page, '22-desk-board');
  await expectAccessible(desk);

  // She leaves without reporting: a reason is required.
  await desk.closeWithoutCheckout(dewi, '');
  await expect(page.getByTestId('close-reason')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('close-reason').fill('Pulang tanpa lapor; meja sudah dicek rapi');
  await page.getByTestId('close-submit').click();
  await expect(desk.boardDesk(3)).toHaveAttribute('data-state', 'free');
  await expect(desk.lockersInUse()).toContainText('Semua loker kosong.');
  await expect(desk.todayNumber('completed')).toContainText('1');

  await desk.openTab('history');
  await expect(desk.historyRows()).toHaveCount(1);
  const row = desk.historyRows().first();
  await expect(row).toContainText(dewi);
  await expect(row).toContainText('Pulang tanpa lapor');
  await expect(row).toContainText('Manual');
  await expect(row).toContainText('23 Nov 2026 09.00');
  await desk.historySearch('tidak ada orang ini');
  await expect(desk.historyRows()).toHaveCount(0);
  await desk.historySearch('lestari');
  await expect(desk.historyRows()).toHaveCount(1);
  await snapBothSizes(page, '23-desk-history');
  await expectAccessible(desk);
});

test('the confirmation queue: a visitor checks out at the kiosk, the officer finds a problem', async ({
  page,
  host,
}) => {
  const desk = new DeskPage(page);
  await desk.open(host, 'board');

  // The visitor reserves at the kiosk and scans in and out, as the kiosk screen would.
  const walkIn = await rpc<{ token: string }>(host, 'reservations.createWalkIn', {
    requestKey: 'e2e-desk-queue-0001',
    fullName: 'Budi Santoso',
    email: 'budi@example.id',
    phone: '0812 1111 2222',
    consent: true,
  });
  expect((await scan(host, walkIn.token)).kind).toBe('checked_in');
  // The desk is told at once who came in where.
  await expect(desk.scanToasts().first()).toContainText('Budi masuk di Meja 1.');
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'in_use');
  await desk.assignLocker('Budi Santoso', 4);

  // A minute later she taps "Selesai" on the kiosk and scans again: a check-out. (A scan repeated
  // within 5 s gets the first answer again, so the host's clock moves past that first.)
  await host.advanceClock(60_000);
  await rpc(host, 'scans.expectCheckout', {});
  const out = await scan(host, walkIn.token);
  expect(out.kind).toBe('checkout_started');
  await rpc(host, 'scans.checkout', {
    checkoutTicket: out.checkoutTicket,
    checklist: { deskTidy: true, chairBack: true, equipmentReturned: true, lockerKeyReturned: true },
  });
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'awaiting_check');
  const item = desk.confirmQueueItem('Budi Santoso');
  await expect(item).toContainText('Meja 1 · Loker 4');
  await expect(item).toContainText('✓ Peralatan dikembalikan');
  await expect(item).toContainText('✓ Kunci loker dikembalikan');
  // A refused scan says why.
  await scan(host, 'bukan kode loket');
  await expect(desk.scanToasts().first()).toContainText('Pindaian ditolak');
  await snapBothSizes(page, '24-desk-queue');
  await expectAccessible(desk);

  await desk.confirmWithProblem('Budi Santoso', ['missing_item'], 'Mouse meja 1 tidak ada');
  await expect(item).toHaveCount(0);
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'free');
  expect(host.query('SELECT close_kind, problems, officer_note FROM visits')).toEqual([
    { close_kind: 'problem', problems: '["missing_item"]', officer_note: 'Mouse meja 1 tidak ada' },
  ]);
  await desk.openTab('history');
  await expect(desk.historyRows().first()).toContainText('Ada masalah');
  await expect(desk.historyRows().first()).toContainText('Ada barang hilang');
  await expect(desk.historyRows().first()).toContainText('Pindai QR');
});

test('a reservation is cancelled with a reason, and the rules are saved and read back', async ({
  page,
  host,
}) => {
  await rpc(host, 'reservations.createWalkIn', {
    requestKey: 'e2e-desk-cancel-0001',
    fullName: 'Rina Wulandari',
    email: 'rina@example.id',
    phone: '0812 5555 6666',
    consent: true,
  });
  const desk = new DeskPage(page);
  await desk.open(host);
  await expect(desk.reservationRow('Rina Wulandari')).toHaveAttribute('data-status', 'booked');
  await desk.cancelReservation('Rina Wulandari', 'Dibatalkan lewat telepon');
  await expect(desk.reservationRow('Rina Wulandari')).toHaveAttribute('data-status', 'cancelled');
  await expect(desk.reservationRow('Rina Wulandari')).toContainText('Dibatalkan');
  await expect(desk.reservationRow('Rina Wulandari').getByTestId('row-check-in')).toHaveCount(0);

  await desk.openSettings('hours');
  await expect(page.getByTestId('rules-opens')).toHaveValue('07:00');
  await expect(page.getByTestId('rules-closes')).toHaveValue('15:45');
  await expect(page.getByTestId('rules-max-stay')).toHaveValue('420');
  await desk.addHoliday('2026-12-25', 'Hari Raya Natal');
  await page.getByTestId('rules-warning-final').fill('45');
  await desk.saveRules();
  await expect(
    page.getByText('Peringatan akhir harus lebih dekat ke batas daripada peringatan pertama.'),
  ).toBeVisible();
  await page.getByTestId('rules-warning-final').fill('15');
  await desk.saveRules();
  await expect(page.getByTestId('rules-saved')).toBeVisible();
  await snapBothSizes(page, '25-desk-rules');
  await expectAccessible(desk);

  // Read back from the host, not from the form's memory.
  await desk.openTab('board');
  await desk.openSettings('hours');
  await expect(desk.holidays()).toHaveCount(1);
  await expect(desk.holidays().first()).toContainText('Jumat, 25 Desember 2026');
  await expect(desk.holidays().first()).toContainText('Hari Raya Natal');
  await expect(page.getByTestId('rules-warning-final')).toHaveValue('15');
});

// Before: the desk page never decoded the keyboard wedge, so "Uji pemindai" in the web host waited
// 20 s for a scan that had already been typed.
test('“Uji pemindai” on the desk reads a wedge scan and checks nobody in', async ({ page, host }) => {
  const { token } = await rpc<{ token: string }>(host, 'reservations.createWalkIn', {
    requestKey: 'e2e-desk-test-scan-01',
    fullName: 'Tono Wijaya',
    email: 'tono@example.id',
    phone: '0812 7777 8888',
    consent: true,
  });
  const desk = new DeskPage(page);
  await desk.open(host, 'devices');
  await page.getByTestId('test-scan').click();
  await expect(page.getByTestId('scanner-message')).toContainText('Pindai kode apa saja sekarang');
  await scanWithWedge(page, token);
  await expect(page.getByTestId('scanner-message')).toContainText(`Terbaca: "${token}"`, {
    ignoreCase: true,
  });
  // Named as a person would name it, not by its id (kbd:page).
  await expect(page.getByTestId('scanner-message')).toContainText('dari Pemindai keyboard');
  await snapBothSizes(page, '43-desk-test-scan');
  await expectAccessible(desk);
  expect(host.query('SELECT count(*) AS n FROM visits')).toEqual([{ n: 0 }]);
  expect(host.query('SELECT status FROM reservations')).toEqual([{ status: 'booked' }]);
});

// Before: one check-in fetched the board three times ('visits.changed', 'scans.result',
// 'reservations.changed'); now the core sends one change event and the board is fetched once.
test('a check-in at the kiosk refetches the board once', async ({ page, host }) => {
  const { token } = await rpc<{ token: string }>(host, 'reservations.createWalkIn', {
    requestKey: 'e2e-desk-one-fetch-01',
    fullName: 'Wati Susanti',
    email: 'wati@example.id',
    phone: '0812 3333 9999',
    consent: true,
  });
  const desk = new DeskPage(page);
  const boardFetches = () => desk.calls.count('visits.board');
  await desk.open(host, 'board');
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'free');
  const before = boardFetches();
  expect((await scan(host, token)).kind).toBe('checked_in');
  // The toast comes from 'scans.result', which the core sends after the change event.
  await expect(desk.scanToasts().first()).toContainText('Wati masuk di Meja 1.');
  await expect(desk.boardDesk(1)).toHaveAttribute('data-state', 'in_use');
  expect(boardFetches() - before).toBe(1);
});
