import type { Page } from '@playwright/test';
import {
  test,
  expect,
  snapBothSizes,
  accessibilityViolations,
  smallTouchTargets,
  SITE,
  KIOSK_VIEWPORT,
} from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';
import { SignInPage } from './pages/SignInPage';

// Issue 8: named officers with their own PIN, typed on the touch keypad; no visitor path to the desk.

async function expectAccessible(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The desk's tabs the signed-in officer sees, by name. */
const visibleTabs = (page: Page) =>
  page.locator('[data-testid^="tab-"]').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-testid')));

test('sign-in on the on-screen keypad; an added officer chooses their own PIN and sees only what their role allows', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const kiosk = new KioskPage(page);
  const signIn = new SignInPage(page);
  await kiosk.open(host.url);
  await page.getByTestId('officer-button').click();
  await expect(signIn.names()).toHaveCount(1);
  await snapBothSizes(page, '60-sign-in-names');
  expect(await smallTouchTargets(page)).toEqual([]);
  await expectAccessible(page);

  // The keypad: digits show as dots, Hapus takes one back, nothing reveals them.
  await signIn.pick(SITE.admin.fullName);
  await signIn.tapPin('4829');
  await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-length', '4');
  await page.getByTestId('pin-delete').click();
  await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-length', '3');
  await expect(page.getByTestId('pin-dots')).not.toContainText('4');
  await snapBothSizes(page, '61-sign-in-keypad');
  expect(await smallTouchTargets(page)).toEqual([]);
  // The keys themselves: at least 88 px a side, for a finger at arm's length (kiosk-ui.md §1.2).
  for (const box of await page
    .locator('[data-testid^="pin-key-"], [data-testid="pin-ok"], [data-testid="pin-delete"]')
    .evaluateAll((keys) =>
      keys.map((k) => k.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
    ))
    expect(box).toBeGreaterThanOrEqual(88);
  await expectAccessible(page);
  // A passphrase goes in on the on-screen keyboard instead.
  await page.getByTestId('pin-mode').click();
  await expect(page.getByTestId('pin-passphrase')).toHaveAttribute('type', 'password');
  await expect(page.getByTestId('on-screen-keyboard')).toBeVisible();
  await snapBothSizes(page, '62-sign-in-passphrase');
  await page.getByTestId('pin-mode').click();
  await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-length', '0');
  await signIn.enterPin(SITE.admin.pin);
  await expect(page.getByTestId('desk-screen')).toBeVisible();

  // Petugas: the admin adds an officer, with the contract's checks on the form.
  await page.getByTestId('tab-officers').click();
  await page.getByTestId('officer-add').click();
  await page.getByTestId('officer-name').fill('Budi Santoso');
  await page.getByTestId('officer-nip').fill('123');
  await page.getByTestId('officer-pin-input').fill('1234');
  await page.getByTestId('officer-pin-repeat').fill('1234');
  await page.getByTestId('officer-save').click();
  await expect(page.getByText('NIP terdiri dari 18 angka.')).toBeVisible();
  await expect(page.getByText('PIN terlalu lemah', { exact: false })).toBeVisible();
  await page.getByTestId('officer-nip').fill('198703152010011002');
  await page.getByTestId('officer-position').click();
  await page.getByRole('option', { name: 'Operator' }).click();
  await page.getByTestId('officer-pin-input').fill('270419');
  await page.getByTestId('officer-pin-repeat').fill('270419');
  await snapBothSizes(page, '63-desk-officer-add');
  await expectAccessible(page);
  await page.getByTestId('officer-save').click();
  const budi = page.getByTestId('officer-row').and(page.locator('[data-name="Budi Santoso"]'));
  await expect(budi).toContainText('198703152010011002');
  await expect(budi).toContainText('Operator');
  await expect(budi).toContainText('Petugas / Admin layanan');

  // A PIN reset by the admin: the officer must choose their own at the next sign-in.
  await budi.getByTestId('officer-reset-pin').click();
  await page.getByTestId('officer-pin-input').fill('555777');
  await page.getByTestId('officer-pin-repeat').fill('555777');
  await page.getByTestId('reset-pin-save').click();
  await expect(budi).toContainText('Harus ganti PIN');
  await snapBothSizes(page, '64-desk-officers');
  await expectAccessible(page);

  // Budi at the kiosk: temporary PIN, then his own, twice, on the keypad.
  await page.getByTestId('officer-lock').click();
  await expect(kiosk.home()).toBeVisible();
  await page.getByTestId('officer-button').click();
  await signIn.pick('Budi Santoso');
  await signIn.enterPin('555777');
  await expect(page.getByRole('heading', { name: 'Buat PIN baru' })).toBeVisible();
  await signIn.enterPin('123', 'new-pin');
  await expect(page.getByTestId('pin-change-error')).toContainText('PIN terlalu lemah');
  await signIn.enterPin('918273', 'new-pin');
  await signIn.enterPin('918274', 'repeat-pin');
  await expect(page.getByTestId('pin-change-error')).toHaveText('Kedua PIN tidak sama. Ketik PIN baru lagi.');
  await snapBothSizes(page, '65-sign-in-new-pin');
  await expectAccessible(page);
  await signIn.enterPin('918273', 'new-pin');
  await signIn.enterPin('918273', 'repeat-pin');
  await expect(page.getByTestId('desk-screen')).toBeVisible();
  // The front-desk role: the day's work and the desk services (the guest queue, complaints, the
  // survey's index, the requests and the room agenda, the inventory and the reports), not the officers, the audit log or visitors' data.
  expect(await visibleTabs(page)).toEqual([
    'tab-board',
    'tab-guestbook',
    'tab-reservations',
    'tab-history',
    'tab-complaints',
    'tab-requests',
    'tab-agenda',
    'tab-recap',
    'tab-inventory',
    'tab-survey',
    'tab-devices',
  ]);
  const officers = await host.rpc<{ items: { fullName: string }[] }>('officers.signInList', {});
  const budiId = (
    await host.rpc<{ items: { id: string; fullName: string }[] }>('officers.signInList', {})
  ).items.find((o) => o.fullName === 'Budi Santoso')!.id;
  expect(officers.items).toHaveLength(2);
  expect((await host.call('officer.unlock', { officerId: budiId, pin: '555777' })).ok).toBe(false);
  expect((await host.call('officer.unlock', { officerId: budiId, pin: '918273' })).ok).toBe(true);

  // "Ganti PIN" for everyone: current, new, new again.
  await page.getByTestId('change-pin').click();
  await signIn.enterPin('918273', 'current-pin');
  await signIn.enterPin('640512', 'new-pin');
  await signIn.enterPin('640512', 'repeat-pin');
  await expect(page.getByTestId('pin-changed')).toBeVisible();
  expect((await host.call('officer.unlock', { officerId: budiId, pin: '640512' })).ok).toBe(true);
});

test('five wrong PINs lock that officer on this kiosk, say for how long, survive a restart; another officer still signs in', async ({
  page,
  browser,
  host,
}) => {
  test.setTimeout(120_000);
  const budi = await host.addOfficer('Budi Santoso', '270419');
  const kiosk = new KioskPage(page);
  const signIn = new SignInPage(page);
  await kiosk.open(host.url);
  await page.getByTestId('officer-button').click();
  await signIn.pick('Budi Santoso');
  for (let left = 4; left >= 1; left--) {
    await signIn.enterPin('000000');
    await expect(signIn.error()).toHaveText(`PIN salah. Sisa percobaan: ${left}.`);
  }
  await signIn.enterPin('000000');
  await expect(signIn.error()).toHaveText(
    /^Terlalu banyak PIN salah\. Coba lagi dalam [12] menit, atau minta bantuan admin\.$/,
  );
  await snapBothSizes(page, '66-sign-in-locked-out');
  await expectAccessible(page);
  // The right PIN does not open it either, until the time is up.
  await signIn.enterPin(budi.pin);
  await expect(signIn.error()).toContainText('Terlalu banyak PIN salah');

  // A visitor hammering one name locks only that officer: the admin still signs in here.
  await page.getByTestId('sign-in-back').click();
  await signIn.signIn(SITE.admin.fullName, SITE.admin.pin);
  await expect(page.getByTestId('desk-screen')).toBeVisible();

  // The lockout is kept in the database: a restart of the host does not clear it.
  await host.restart();
  const again = await browser.newPage();
  await again.setViewportSize(KIOSK_VIEWPORT);
  await new KioskPage(again).open(host.url);
  await again.getByTestId('officer-button').click();
  const signInAgain = new SignInPage(again);
  await signInAgain.pick('Budi Santoso');
  await signInAgain.enterPin(budi.pin);
  await expect(signInAgain.error()).toContainText('Terlalu banyak PIN salah');
  const refused = await host.call('officer.unlock', { officerId: budi.id, pin: budi.pin });
  expect(refused).toMatchObject({ ok: false, error: { messageKey: 'errors.officer.lockedOut' } });
  await again.close();
});

test('the desk locks itself after the idle time, says so first, and its session ends on the host', async ({
  page,
  host,
}) => {
  await page.clock.install();
  const desk = new DeskPage(page);
  await desk.open(host, 'settings');
  const session = desk.session!;
  expect((await host.call('officer.me', {}, session)).ok).toBe(true);
  // The admin sets the idle time in Pengaturan; the open desk takes it at once.
  await page.getByTestId('settings-idle-lock-input').fill('1');
  await page.getByTestId('settings-idle-lock-save').click();
  await expect(page.getByTestId('settings-idle-lock-saved')).toBeVisible();
  expect(await host.rpc('settings.security.get', {}, session)).toEqual({ idleLockMinutes: 1 });
  await desk.openTab('board');

  // 30 s before the lock it warns, and one tap keeps the desk open.
  await page.clock.runFor(35_000);
  await expect(page.getByTestId('idle-stay')).toBeVisible();
  await expect(page.getByRole('timer')).toContainText('Meja petugas dikunci dalam');
  await snapBothSizes(page, '73-desk-idle-warning');
  await expectAccessible(page);
  await page.getByTestId('idle-stay').click();
  await expect(page.getByTestId('idle-stay')).toHaveCount(0);
  await page.clock.runFor(40_000);
  await expect(page.getByTestId('desk-screen')).toBeVisible();

  // Left alone, it locks: back to sign-in, and the session is refused by the host.
  await page.clock.runFor(25_000);
  await expect(new SignInPage(page).notice()).toHaveText(
    'Meja petugas terkunci karena lama tidak dipakai. Silakan masuk lagi.',
  );
  await expect(page.getByTestId('desk-screen')).toHaveCount(0);
  await expect
    .poll(async () => {
      const r = await host.call('officer.me', {}, session);
      return r.ok ? 'open' : r.error.code;
    })
    .toBe('unauthorized');
});

test('an officer deactivated while their desk is open is back at sign-in at its next call', async ({
  page,
  browser,
  host,
}) => {
  const budi = await host.addOfficer('Budi Santoso', '270419');
  const budiPage = await browser.newPage();
  const budiDesk = new DeskPage(budiPage);
  await budiDesk.open(host, 'board', budi);

  const admin = new DeskPage(page);
  await admin.open(host, 'officers');
  const row = page.getByTestId('officer-row').and(page.locator('[data-name="Budi Santoso"]'));
  await row.getByTestId('officer-deactivate').click();
  await expect(page.getByRole('dialog', { name: 'Nonaktifkan Budi Santoso?' })).toBeVisible();
  await snapBothSizes(page, '67-desk-deactivate');
  await expectAccessible(page);
  await page.getByTestId('deactivate-confirm').click();
  await expect(row).toHaveAttribute('data-active', 'false');
  await expect(row).toContainText('Nonaktif');

  // Budi's desk: its next call is refused, and it returns to sign-in, where his name is gone.
  const budiSignIn = new SignInPage(budiPage);
  await expect(budiSignIn.notice()).toHaveText('Sesi Anda sudah berakhir. Silakan masuk lagi.');
  await expect(budiPage.getByTestId('desk-screen')).toHaveCount(0);
  await expect(budiSignIn.names()).toHaveText([new RegExp(SITE.admin.fullName)]);
  expect((await host.call('officer.me', {}, budiDesk.session!)).ok).toBe(false);
  await budiPage.close();
});

// Issue 8's first defect: "Tampilan pengunjung" kept the session, so a visitor tapping "Petugas" got
// the full desk; "Kunci" never told the host, so the session stayed valid for 8 hours. The third way
// out is the address bar (#/kiosk typed on a single display), which the page's route guard ends.
const LEAVE_NAMES = {
  'visitor-view': '“Tampilan pengunjung”',
  'officer-lock': '“Kunci”',
  'address-bar': '#/kiosk in the address bar',
} as const;
for (const leave of ['visitor-view', 'officer-lock', 'address-bar'] as const) {
  test(`after ${LEAVE_NAMES[leave]}, “Petugas” asks for a PIN again and the old session is refused`, async ({
    page,
    host,
  }) => {
    const kiosk = new KioskPage(page);
    const signIn = new SignInPage(page);
    await kiosk.open(host.url);
    await page.getByTestId('officer-button').click();
    const session = await signIn.signIn(SITE.admin.fullName, SITE.admin.pin);
    await expect(page.getByTestId('desk-screen')).toBeVisible();
    await page.getByTestId('tab-reservations').click();
    if (leave === 'address-bar') await page.evaluate(() => (location.hash = '#/kiosk'));
    else await page.getByTestId(leave).click();
    await expect(kiosk.home()).toBeVisible();

    // A visitor taps "Petugas": the names and the keypad, never the desk.
    await page.getByTestId('officer-button').click();
    await expect(signIn.names()).toHaveCount(1);
    await expect(page.getByTestId('desk-screen')).toHaveCount(0);
    const old = await host.call('reservations.list', {}, session!);
    expect(old).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
}

test('roles and positions are data an admin edits; a new role opens only its screens', async ({
  page,
  browser,
  host,
}) => {
  const admin = new DeskPage(page);
  await admin.open(host, 'roles');
  await expect(page.getByTestId('role-row')).toHaveCount(8);
  await snapBothSizes(page, '68-desk-roles');
  await expectAccessible(page);

  await page.getByTestId('role-add').click();
  await page.getByTestId('role-name').fill('Resepsionis Lobi');
  await expect(page.getByTestId('role-id')).toHaveValue('resepsionis_lobi');
  await page.getByTestId('role-permission-reservations.read').click();
  await page.getByTestId('role-permission-reservations.write').click();
  await snapBothSizes(page, '69-desk-role-dialog');
  await expectAccessible(page);
  await page.getByTestId('role-save').click();
  const role = page.getByTestId('role-row').and(page.locator('[data-role-id="resepsionis_lobi"]'));
  await expect(role).toContainText('Lihat reservasi, Buat dan ubah reservasi');

  // A built-in role is renamed, as a site names its own chain.
  await page
    .getByTestId('role-row')
    .and(page.locator('[data-role-id="kasi"]'))
    .getByTestId('role-edit')
    .click();
  await page.getByTestId('role-name').fill('Kasi Pengembangan Kapasitas');
  await page.getByTestId('role-save').click();
  await expect(page.getByTestId('role-row').and(page.locator('[data-role-id="kasi"]'))).toContainText(
    'Kasi Pengembangan Kapasitas',
  );

  const sari = await host.addOfficer('Sari Resepsionis', '381904', ['resepsionis_lobi']);
  const sariPage = await browser.newPage();
  await new DeskPage(sariPage).open(host, null, sari);
  expect(await visibleTabs(sariPage)).toEqual(['tab-reservations']);
  await expect(sariPage.getByTestId('new-reservation')).toBeVisible();
  await expect(sariPage.getByTestId('reservations-panel')).toBeVisible();
  await sariPage.close();
});
