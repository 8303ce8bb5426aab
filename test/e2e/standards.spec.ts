import jsQR from 'jsqr';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
import { startFakeTcpPrinter } from '../fakes/printers';
import { decodeEscPos } from '../support/escposDecoder';
import { DeskPage } from './pages/DeskPage';
import { KioskPage } from './pages/KioskPage';

// Issue 11, the service standards of decree 18/2024: a visitor browses the 15 services at the
// kiosk, reads a service in sections that fit the screen (in Indonesian and English), takes a
// number in the guest book for it, and opens the same page on their phone through the QR (served by
// the central portal); an officer corrects an entry at the desk and the kiosk shows the correction.

const PHONE = { width: 390, height: 844 };

async function snapPhone(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-phone.png`), fullPage: true });
}

/** Whether the kiosk's content needs a scroll at `size` (the screen is left at the kiosk's size). */
async function scrollsAt(page: Page, size: { width: number; height: number }): Promise<boolean> {
  await page.setViewportSize(size);
  await page.waitForFunction(({ width, height }) => innerWidth === width && innerHeight === height, size);
  // Two frames: the section is measured and cut into pages after the new size is laid out.
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  const scrolls = await page.locator('.kiosk-main').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  await page.setViewportSize(KIOSK_VIEWPORT);
  await page.waitForFunction(
    ({ width, height }) => innerWidth === width && innerHeight === height,
    KIOSK_VIEWPORT,
  );
  return scrolls;
}

async function readQr(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await page.getByTestId('standard-qr').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test('a visitor browses the 15 services, reads one in sections and pages, in both languages, and takes a number for it', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await page.getByTestId('standards-button').click();

  // The list: all 15, in the decree's order, as big tiles.
  const tiles = page.locator('[data-testid^="standard-tile-"]');
  await expect(tiles).toHaveCount(15);
  await expect(tiles.first()).toContainText('Pengaduan SP4N-LAPOR!');
  await expect(tiles.last()).toContainText('Pelayanan tamu');
  await snapBothSizes(page, '70-standards-list');
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  // The tiles within a seated visitor's reach; nothing to scroll at either size.
  expect((await tiles.first().boundingBox())!.y).toBeGreaterThanOrEqual(0.3 * KIOSK_VIEWPORT.height);
  expect(await scrollsAt(page, KIOSK_VIEWPORT)).toBe(false);
  expect(await scrollsAt(page, ADMIN_VIEWPORT)).toBe(false);
  expect(await accessibilityViolations(page)).toEqual([]);

  // A service's page: what to bring first, the facts, the sections as tabs.
  await page.getByTestId('standard-tile-guest').click();
  const content = page.getByTestId('standard-section');
  await expect(page.getByTestId('standard-title')).toHaveText('Pelayanan tamu');
  await expect(page.getByTestId('standard-time')).toHaveText('35 Menit');
  await expect(page.getByTestId('standard-free')).toHaveText('Gratis');
  await expect(content).toContainText('Membawa surat');
  // Not joined to a central server: there is no phone page, so no QR that would open nothing.
  await expect(page.getByTestId('standard-phone')).toHaveCount(0);
  await snapBothSizes(page, '71-standard-guest');
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);
  // Every control within a seated visitor's reach (the lower 70 %), and above the fold at landscape.
  for (const id of ['standard-take-number', 'standard-back', 'standard-section-procedure']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.y, id).toBeGreaterThanOrEqual(0.3 * KIOSK_VIEWPORT.height);
    expect(box.y + box.height, id).toBeLessThanOrEqual(KIOSK_VIEWPORT.height);
  }
  expect(await belowTheFold(page, ['standard-take-number', 'standard-back', 'standard-section'])).toEqual([]);
  expect(await scrollsAt(page, KIOSK_VIEWPORT)).toBe(false);
  expect(await scrollsAt(page, ADMIN_VIEWPORT)).toBe(false);

  await page.getByTestId('standard-section-procedure').click();
  await expect(content).toContainText('Tamu mengisi buku tamu');
  await page.getByTestId('standard-section-complaints').click();
  await expect(content).toContainText('Nomor Pengaduan : 081256699036');
  await page.getByTestId('standard-section-more').click();
  await expect(content).toContainText('Dasar hukum');
  await snapBothSizes(page, '72-standard-guest-more');

  // The longest name (SP4N-LAPOR!) still leaves every part on the screen, at both sizes.
  await page.getByTestId('standard-back').click();
  await page.getByTestId('standard-tile-lapor').click();
  await expect(page.getByTestId('standard-name')).toContainText('SP4N-LAPOR!');
  expect(await scrollsAt(page, KIOSK_VIEWPORT)).toBe(false);
  expect(await scrollsAt(page, ADMIN_VIEWPORT)).toBe(false);

  // PPID's four procedures are long: they come in pages, never a scroll.
  await page.getByTestId('standard-back').click();
  await page.getByTestId('standard-tile-ppid').click();
  await page.getByTestId('standard-section-procedure').click();
  await expect(content).toContainText('Layanan Secara Daring (online)');
  const pageLabel = page.getByTestId('standard-page');
  await expect(pageLabel).toHaveText(/^Halaman 1 dari \d+$/);
  await expect(page.getByTestId('standard-previous')).toBeDisabled();
  await snapBothSizes(page, '73-standard-ppid-steps');
  expect(await accessibilityViolations(page)).toEqual([]);
  const pages = Number(/dari (\d+)/.exec((await pageLabel.textContent())!)![1]);
  expect(pages).toBeGreaterThan(1);
  for (let i = 1; i < pages; i++) await page.getByTestId('standard-next').click();
  await expect(content).toContainText('Komisi Informasi');
  await expect(page.getByTestId('standard-next')).toBeDisabled();
  // Whatever the page, the section fits the screen: nothing to scroll, portrait or landscape.
  expect(await scrollsAt(page, KIOSK_VIEWPORT)).toBe(false);
  expect(await scrollsAt(page, ADMIN_VIEWPORT)).toBe(false);

  // English one tap away, on the same page.
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await expect(page.getByTestId('standard-title')).toHaveText('Public information (PPID)');
  await expect(page.getByTestId('standard-section-requirements')).toHaveText('What to bring');
  await page.getByTestId('standard-section-timeCost').click();
  await expect(content).toContainText('Public information request: 10 working days');
  await expect(content).toContainText('Rp 0 (free of charge)');
  await snapBothSizes(page, '74-standard-ppid-en');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('standard-back').click();
  await expect(tiles.nth(3)).toContainText('Data service');
  await snapBothSizes(page, '75-standards-list-en');
  await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();

  // "Ambil nomor antrean": the guest book opens for this service.
  await page.getByTestId('standard-tile-hosting-domain').click();
  await expect(page.getByTestId('standard-print')).toHaveCount(0); // no printer set up here
  await page.getByTestId('standard-take-number').click();
  await expect(page.locator('[data-testid^="guest-step-"]').first()).toBeVisible();
});

test('a visitor prints a service’s summary on the receipt printer, in the kiosk’s language', async ({
  page,
  host,
}) => {
  const printer = await startFakeTcpPrinter();
  try {
    await host.rpc(
      'printers.configure',
      {
        items: [
          {
            id: 'front',
            label: 'Printer depan',
            kind: 'tcp',
            host: '127.0.0.1',
            port: printer.port,
            model: 'epson-tm-t20iii',
            paperWidth: 80,
          },
        ],
        defaultPrinterId: 'front',
        autoCheckInSlip: false,
      },
      host.admin.session,
    );
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await page.getByTestId('standards-button').click();
    await page.getByTestId('standard-tile-udid').click();
    await page.getByTestId('standard-print').click();
    await expect(page.getByTestId('standard-print-status')).toHaveText(
      'Ringkasan sedang dicetak. Ambil di printer.',
    );
    await expect.poll(() => printer.jobs.length, { timeout: 10_000 }).toBe(1);
    const slip = decodeEscPos(printer.jobs[0]!).texts.join('\n');
    expect(slip).toContain('Standar Pelayanan No. 9');
    expect(slip).toContain('Pelayanan Pergantian UDID');
    expect(slip).toContain('1 hari kerja');
    expect(slip).toContain('Gratis (Rp. 0)');
    await snapBothSizes(page, '82-standard-printed');
    expect(await smallTouchTargets(page, 64)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A second tap straight after prints nothing and says why; a moment later it prints.
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await page.getByTestId('standard-print').click();
    await expect(page.getByTestId('standard-print-status')).toHaveText(
      'A summary was just printed. Wait a moment before printing another.',
    );
    await host.advanceClock(5_000);
    await page.getByTestId('standard-print').click();
    await expect(page.getByTestId('standard-print-status')).toHaveText(
      'The summary is printing. Take it from the printer.',
    );
    await expect.poll(() => printer.jobs.length, { timeout: 10_000 }).toBe(2);
    expect(decodeEscPos(printer.jobs[1]!).texts.join('\n')).toContain('Service Standard No. 9');
  } finally {
    await printer.close();
  }
});

test('an officer corrects a copy error of the decree at the desk, and the kiosk shows the correction', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  const desk = new DeskPage(page);
  await desk.open(host, null);
  await page.getByTestId('tab-standards').click();
  await page.getByTestId('desk-standard-hosting-domain').click();
  await page.getByTestId('desk-standard-field').click();
  await page.getByRole('option', { name: 'Produk pelayanan' }).click();
  await expect(page.getByTestId('desk-standard-erratum')).toContainText('Pelayanan Tamu');
  await expect(page.getByTestId('desk-standard-id-decree')).toHaveText('Pelayanan Tamu');
  await expect(page.getByTestId('desk-standard-id-state')).toHaveText('Belum dikoreksi');

  // An empty text is refused with the reason, under the field.
  await page.getByTestId('desk-standard-id-text').fill('   ');
  await page.getByTestId('desk-standard-id-save').click();
  await expect(page.getByText('Tulis teksnya dulu.', { exact: false })).toBeVisible();

  await page.getByTestId('desk-standard-id-text').fill('Layanan hosting dan domain');
  await page.getByTestId('desk-standard-id-save').click();
  await expect(page.getByTestId('desk-standard-id-saved')).toBeVisible();
  await expect(page.getByTestId('desk-standard-id-state')).toContainText('Dikoreksi');
  await page.getByTestId('desk-standard-en-text').fill('Hosting and domain service');
  await page.getByTestId('desk-standard-en-save').click();
  await expect(page.getByTestId('desk-standard-en-saved')).toBeVisible();
  await expect(page.getByTestId('desk-standard-hosting-domain')).toContainText('2 koreksi');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await snapBothSizes(page, '76-desk-standards');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Audited, with the officer and the text before and after; one operation waits for the server.
  const audit = host.query<{ actor: string; details: string }>(
    "SELECT actor, details FROM audit_log WHERE action = 'standards.entry.correct' ORDER BY id",
  );
  expect(audit).toHaveLength(2);
  expect(audit[0]!.actor).toBe(`officer:${host.admin.id}`);
  expect(JSON.parse(audit[0]!.details)).toMatchObject({ before: null, after: 'Layanan hosting dan domain' });
  expect(host.query("SELECT op_type FROM outbox WHERE op_type = 'standards.entryCorrected'")).toHaveLength(2);

  // The kiosk shows the corrected product, marked as corrected.
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await page.getByTestId('standards-button').click();
  await page.getByTestId('standard-tile-hosting-domain').click();
  await page.getByTestId('standard-section-product').click();
  await expect(page.getByTestId('standard-section')).toContainText('Layanan hosting dan domain');
  await expect(page.getByTestId('standard-section')).not.toContainText('Pelayanan Tamu');
  await expect(page.getByTestId('standard-corrected')).toBeVisible();
  await expect(page.getByTestId('standard-section-product')).toHaveAccessibleName(/Dikoreksi petugas/);
  await snapBothSizes(page, '77-standard-corrected');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Back to the decree's text at the desk: the kiosk follows.
  await desk.open(host, null);
  await page.getByTestId('tab-standards').click();
  await page.getByTestId('desk-standard-hosting-domain').click();
  await page.getByTestId('desk-standard-field').click();
  await page.getByRole('option', { name: /Produk pelayanan/ }).click();
  await page.getByTestId('desk-standard-id-reset').click();
  await expect(page.getByTestId('desk-standard-id-reset-done')).toBeVisible();
  await expect(page.getByTestId('desk-standard-id-state')).toHaveText('Belum dikoreksi');
  await expect(page.getByTestId('desk-standard-id-text')).toHaveValue('Pelayanan Tamu');
});

test.describe('with the central server', () => {
  test.skip(!centralAvailable(), 'needs LOKET_TEST_PG_URL: the central server runs on PostgreSQL here');
  let central: Central;
  test.beforeEach(async () => {
    central = await startCentral('2026-11-23T09:00:00+07:00');
  });
  test.afterEach(async () => {
    await central.stop();
  });

  test('the QR on a service’s page opens the same page on the phone, with the officer’s correction', async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    await host.rpc('sync.join', { serverUrl: central.url, code: await central.code() }, host.admin.session);
    await host.rpc(
      'standards.entry.correct',
      {
        serviceId: 'cyber-incident',
        field: 'staffCompetence',
        lang: 'id',
        text: 'Berpenampilan rapi dan menerapkan 5S\nMenguasai SOP\nMenguasai Tanggap Insiden Siber',
      },
      host.admin.session,
    );
    await host.rpc('sync.now', {}, host.admin.session);

    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await page.getByTestId('standards-button').click();
    await page.getByTestId('standard-tile-cyber-incident').click();
    await expect(page.getByTestId('standard-qr')).toBeVisible();
    await expect(page.getByTestId('standard-phone')).toContainText('Arahkan kamera HP');
    const url = await readQr(page);
    expect(url).toBe(`${central.url}/standards/pontianak/cyber-incident`);
    await snapBothSizes(page, '78-standard-qr');
    expect(await scrollsAt(page, KIOSK_VIEWPORT)).toBe(false);
    expect(await scrollsAt(page, ADMIN_VIEWPORT)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The visitor's phone opens the address the QR holds: the same service, the correction included.
    await page.setViewportSize(PHONE);
    await page.goto(url!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pengaduan insiden siber');
    await expect(page.getByText('Menguasai Tanggap Insiden Siber')).toBeHidden(); // folded under "Selengkapnya"
    await page.getByText('Selengkapnya').click();
    await expect(page.getByText('Menguasai Tanggap Insiden Siber')).toBeVisible();
    await expect(page.getByText('Menguasai Tanggap Insider Siber')).toHaveCount(0);
    await expect(page.locator('a[href="https://csirt.pontianak.go.id"]')).toBeVisible();
    await snapPhone(page, '79-portal-standard');
    expect(await accessibilityViolations(page)).toEqual([]);
    // English one tap away.
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a cyber incident');
    await snapPhone(page, '80-portal-standard-en');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /All services/ }).click();
    await expect(page.locator('[data-testid^="portal-standard-"]')).toHaveCount(15);
    await snapPhone(page, '81-portal-standards-list');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
