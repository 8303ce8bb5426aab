// The guest book from the guest's first tap to the officer's closed entry, in Chromium against the
// built host: a guest registers at the kiosk with the on-screen keyboard and gets a queue number; the
// officer's queue shows them with the time waited against the 35-minute standard (the host's test
// clock moves, not the browser's); the officer serves and closes; the guest list shows the entry,
// and reading it is on the audit log. Screens at kiosk and admin sizes, each scanned with axe.
import {
  test,
  expect,
  snapBothSizes,
  accessibilityViolations,
  smallTouchTargets,
  ADMIN_VIEWPORT,
  KIOSK_VIEWPORT,
} from './fixtures';
import type { Page } from '@playwright/test';
import { DeskPage } from './pages/DeskPage';
import { GuestbookPage } from './pages/GuestbookPage';
import { KioskPage } from './pages/KioskPage';

const MIN = 60_000;

/**
 * The elements (by test id) that a visitor cannot see without scrolling at `size`: ending below the
 * top of the kiosk's bottom band (Bantuan, language), which the content scrolls under.
 */
async function underTheBand(page: Page, testIds: readonly string[], size: { width: number; height: number }) {
  const original = page.viewportSize();
  await page.setViewportSize(size);
  await page.waitForFunction(({ width, height }) => innerWidth === width && innerHeight === height, size);
  const band = (await page.getByTestId('kiosk-band').boundingBox())!;
  const hidden: string[] = [];
  for (const id of testIds) {
    const box = await page.getByTestId(id).boundingBox();
    if (!box || box.y + box.height > band.y) hidden.push(id);
  }
  if (original) await page.setViewportSize(original);
  return hidden;
}

test('a guest registers at the kiosk, waits, is served and closed, and is on the day’s list', async ({
  page,
  host,
}) => {
  const kiosk = new KioskPage(page);
  const guest = new GuestbookPage(page);
  await kiosk.open(host.url);
  await guest.start();

  // Step 1: the phone, typed on the keypad; an empty answer is told what to do, in words.
  await guest.step('phone').waitFor();
  await expect(guest.progress()).toHaveText('Langkah 1 dari 7');
  await guest.next();
  await expect(page.getByText('Nomor HP wajib diisi.')).toBeVisible();
  await guest.tapKeys('0812');
  await expect(page.getByText('Nomor HP wajib diisi.')).toBeHidden();
  await guest.tapKeys('34567890');
  await expect(guest.field('phone')).toHaveValue('0812 3456 7890');
  await snapBothSizes(page, 'guest-01-phone');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  for (const size of [KIOSK_VIEWPORT, ADMIN_VIEWPORT])
    expect(await underTheBand(page, ['guest-next', 'on-screen-keyboard'], size)).toEqual([]);
  await guest.next();

  // Step 2–3: a new number, so the name and the office; hostile markup stays text.
  await guest.step('name').waitFor();
  await guest.field('name').fill('Siti <b>Aminah</b>');
  await guest.tapKeys(' R');
  await snapBothSizes(page, 'guest-02-name');
  await guest.next();
  await guest.answer('institution', 'Dinas Kesehatan Kota Pontianak');

  // Step 4: the purpose, one of the 15 services as tiles.
  await guest.step('purpose').waitFor();
  await expect(page.getByTestId(/^guest-purpose-/)).toHaveCount(16);
  await snapBothSizes(page, 'guest-03-purpose');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  for (const size of [KIOSK_VIEWPORT, ADMIN_VIEWPORT])
    expect(await underTheBand(page, ['guest-purpose-other', 'guest-back'], size)).toEqual([]);
  await guest.purpose('data');

  // Step 5–6: whom to meet ("Belum tahu" in one tap), and the letter.
  await guest.step('meet').waitFor();
  await guest.option('meet');
  await guest.step('letter').waitFor();
  await snapBothSizes(page, 'guest-04-letter');
  await guest.choose('letter', 'yes');

  // Step 7: the answers to check, the consent; without it, the reason in words.
  await guest.step('check').waitFor();
  await expect(page.getByTestId('guest-answer-name')).toContainText('Siti <b>Aminah</b> R');
  await expect(page.getByTestId('guest-answer-purpose')).toContainText('Pelayanan data');
  await expect(page.getByTestId('guest-answer-meet')).toContainText('Belum tahu');
  await guest.submit();
  await expect(page.getByText('Centang persetujuan untuk melanjutkan.')).toBeVisible();
  await guest.consent();
  await snapBothSizes(page, 'guest-05-check');
  expect(await accessibilityViolations(page)).toEqual([]);
  for (const size of [KIOSK_VIEWPORT, ADMIN_VIEWPORT])
    expect(await underTheBand(page, ['guest-submit', 'guest-consent', 'guest-change-letter'], size)).toEqual(
      [],
    );
  await guest.submit();

  // The number, large, and no full name on the public screen.
  await expect(guest.number()).toHaveText(/^[A-Z]{1,2}-001$/);
  const number = (await guest.number().textContent())!;
  await expect(page.getByTestId('guest-done')).toContainText('Tidak ada tamu lain yang menunggu.');
  await expect(page.getByTestId('guest-done')).not.toContainText('Aminah');
  const box = await guest.number().boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(160);
  await snapBothSizes(page, 'guest-06-number');
  expect(await accessibilityViolations(page)).toEqual([]);
  for (const size of [KIOSK_VIEWPORT, ADMIN_VIEWPORT])
    expect(
      await underTheBand(page, ['guest-queue-number', 'guest-done-button', 'result-countdown'], size),
    ).toEqual([]);
  expect(
    host.query(
      'SELECT full_name, institution, phone_e164, purpose_service, with_letter, meet, status FROM guests',
    ),
  ).toEqual([
    {
      full_name: 'Siti <b>Aminah</b> R',
      institution: 'Dinas Kesehatan Kota Pontianak',
      phone_e164: '+6281234567890',
      purpose_service: 'data',
      with_letter: 1,
      meet: null,
      status: 'waiting',
    },
  ]);
  await page.getByTestId('guest-done-button').click();
  await expect(kiosk.home()).toBeVisible();

  // 26 minutes later a second guest arrives (over the API, as another kiosk screen would).
  await host.advanceClock(26 * MIN);
  const second = await host.rpc<{ queueNumber: string }>('guestbook.register', {
    requestKey: 'e2e-second-guest',
    phone: '0813 5555 6666',
    identity: { kind: 'typed', fullName: 'Bambang Wijaya', institution: null },
    purpose: { kind: 'other', text: 'Menanyakan magang' },
    meet: 'Kasubbag Umum',
    withLetter: false,
    consent: true,
  });

  // The officer's queue: Siti has waited 26 minutes, past the warning, 9 before the standard runs out.
  const desk = new DeskPage(page);
  await desk.open(host, null);
  await guest.openTab();
  const siti = guest.waitingRow(number);
  await expect(siti).toHaveAttribute('data-level', 'soon');
  await expect(siti.getByTestId('guest-waited')).toHaveText('26 menit');
  await expect(siti.getByTestId('guest-wait-level')).toContainText('Segera layani');
  await expect(siti).toContainText('Siti <b>Aminah</b> R');
  await expect(guest.waitingRow(second.queueNumber)).toHaveAttribute('data-level', 'ok');
  await snapBothSizes(page, 'guest-10-desk-queue');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Served: directed elsewhere needs the place; then closed.
  await siti.getByTestId('guest-serve').click();
  await page.getByTestId('guest-outcome-directed').click();
  await page.getByTestId('guest-serve-save').click();
  await expect(page.getByText('Tulis ke mana tamu diarahkan.')).toBeVisible();
  await page.getByTestId('guest-serve-note').fill('Bidang Statistik, lantai 2');
  await snapBothSizes(page, 'guest-11-desk-serve');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('guest-serve-save').click();
  await expect(guest.servingRow(number)).toContainText('Diarahkan · Bidang Statistik, lantai 2');
  await expect(guest.servingRow(number).getByTestId('guest-waited')).toHaveText('26 menit');
  await guest.servingRow(number).getByTestId('guest-close').click();
  await expect(guest.servingRow(number)).toHaveCount(0);

  // The second guest left before being called.
  await guest.waitingRow(second.queueNumber).getByTestId('guest-left').click();
  await page.getByTestId('guest-left-confirm').click();
  await expect(page.getByTestId('guest-waiting-empty')).toBeVisible();
  await expect(page.getByTestId('guest-today-closed')).toContainText('2');

  // The day's list: both entries, with what happened; reading it is on the audit log.
  await guest.view('list');
  await expect(guest.listRow(number)).toHaveAttribute('data-status', 'closed');
  await expect(guest.listRow(number)).toContainText('+6281234567890');
  await expect(guest.listRow(number)).toContainText('Rina Wulandari');
  await expect(guest.listRow(second.queueNumber)).toContainText('Pergi sebelum dilayani');
  await expect(page.getByTestId('guest-list-count')).toHaveText('2 tamu');
  await snapBothSizes(page, 'guest-12-desk-list');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(host.query("SELECT action, entity_id FROM audit_log WHERE action = 'read:guestbook.list'")).toEqual([
    { action: 'read:guestbook.list', entity_id: '2026-11-23' },
  ]);
  expect(
    host.query("SELECT action FROM audit_log WHERE entity = 'guest' AND actor LIKE 'officer:%' ORDER BY id"),
  ).toEqual([{ action: 'guestbook.serve' }, { action: 'guestbook.close' }, { action: 'guestbook.close' }]);
  // This kiosk's letter: a letter that would be misread is refused in words; the next guest gets the new one.
  await guest.view('settings');
  await page.getByTestId('guest-prefix').fill('O');
  await page.getByTestId('guest-settings-save').click();
  await expect(page.getByText('Pakai satu atau dua huruf besar, tanpa I, O, Q, S atau Z.')).toBeVisible();
  await page.getByTestId('guest-prefix').fill('kb');
  await page.getByTestId('guest-settings-save').click();
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();
  await expect(page.getByTestId('guest-prefix')).toHaveValue('KB');
  await snapBothSizes(page, 'guest-13-desk-settings');
  expect(await accessibilityViolations(page)).toEqual([]);
  const third = await host.rpc<{ queueNumber: string }>('guestbook.register', {
    requestKey: 'e2e-third-guest',
    phone: '0813 7777 8888',
    identity: { kind: 'typed', fullName: 'Dewi Lestari', institution: null },
    purpose: { kind: 'service', serviceId: 'ppid' },
    meet: null,
    withLetter: false,
    consent: true,
  });
  expect(third.queueNumber).toBe('KB-001');
  expect(
    host.query(
      "SELECT op_type FROM outbox WHERE op_type LIKE 'guest.%' AND entity_id <> (SELECT id FROM guests WHERE queue_number = 'KB-001') ORDER BY seq",
    ),
  ).toEqual([
    { op_type: 'guest.registered' },
    { op_type: 'guest.registered' },
    { op_type: 'guest.served' },
    { op_type: 'guest.closed' },
    { op_type: 'guest.closed' },
  ]);
});

test('a returning guest is recognised by phone with masked data only, in English too', async ({
  page,
  host,
}) => {
  await host.rpc('guestbook.register', {
    requestKey: 'e2e-earlier-visit',
    phone: '0812 1111 2222',
    identity: { kind: 'typed', fullName: 'Hendra Gunawan', institution: 'Bappeda Kota Pontianak' },
    purpose: { kind: 'service', serviceId: 'hosting-domain' },
    meet: null,
    withLetter: false,
    consent: true,
  });
  const kiosk = new KioskPage(page);
  const guest = new GuestbookPage(page);
  await kiosk.open(host.url);
  await guest.start();
  await guest.answer('phone', '0812 1111 2222');
  await guest.step('returning').waitFor();
  await expect(guest.progress()).toHaveText('Langkah 2 dari 6');
  const summary = page.getByTestId('guest-returning-summary');
  await expect(summary).toContainText('Hendra G****');
  await expect(summary).toContainText('Bappeda K****');
  await expect(page.locator('body')).not.toContainText('Gunawan');
  await snapBothSizes(page, 'guest-07-returning');
  expect(await accessibilityViolations(page)).toEqual([]);
  await guest.choose('returning', 'yes');
  await guest.step('purpose').waitFor();
  await expect(guest.progress()).toHaveText('Langkah 3 dari 6');

  // English keeps the screen and the answers.
  await page.getByTestId('language-switch').click();
  await expect(page.getByText('What brings you here?')).toBeVisible();
  await guest.purpose('other');
  await guest.answer('other', 'Ask about internships');
  await guest.option('meet');
  await guest.choose('letter', 'no');
  await guest.step('check').waitFor();
  await expect(page.getByTestId('guest-answer-name')).toContainText('Hendra G**** (from your last visit)');
  await snapBothSizes(page, 'guest-08-check-en');
  await guest.consent();
  await guest.submit();
  await expect(guest.number()).toHaveText(/-002$/);
  await expect(page.getByTestId('guest-done')).toContainText('1 guest is waiting before you.');
  await page.setViewportSize(KIOSK_VIEWPORT);
  expect(host.query('SELECT full_name, returning_guest FROM guests ORDER BY registered_at')).toEqual([
    { full_name: 'Hendra Gunawan', returning_guest: 0 },
    { full_name: 'Hendra Gunawan', returning_guest: 1 },
  ]);
});
