import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { migrateCentral } from '../../server/db/migrate';
import { openCentralDatabase } from '../../server/db/open';
import { createEnrolmentCode, createSite } from '../../server/devices/enrolment';
import { createServerApp } from '../../server/http/app';
import { ManualClock } from '../../shared/clock';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { pdfText, pdfToPngs } from '../support/pdfPages';
import { createTestLog } from '../support/testLog';
import type { DocumentSettings, RecapDetail, RecapSummary } from '../../shared/contract';
import { renderReportPdf } from '../../shared/documents';
import { recapReportDocument } from '../../shared/recaps/recapDocument';
import {
  test,
  expect,
  snapBothSizes,
  accessibilityViolations,
  ADMIN_VIEWPORT,
  SCREENSHOT_DIR,
  SITE,
  type KioskHost,
} from './fixtures';
import { DeskPage } from './pages/DeskPage';

// The monthly recap's review trail (SOP 97 steps 2–3) on three desks: the officer previews
// November's figures and submits them; the Kasi corrects a figure and returns it with a reason; the
// officer submits a second revision; the Kasi forwards it to the Kabid, who acknowledges receipt.
// Each screen is saved at the desk size, and each page of the forwarded PDF as a PNG.

const HOUR = 3_600_000;

async function seedVisits(host: KioskHost): Promise<void> {
  for (const [i, name] of ['Budi Santoso', 'Citra Dewi', 'Dina Amalia'].entries()) {
    const { reservation } = await host.rpc<{ reservation: { id: string } }>(
      'reservations.create',
      {
        fullName: name,
        email: `${name.split(' ')[0]!.toLowerCase()}@example.id`,
        phone: `08129876543${i}`,
        day: '2026-11-23',
        deskNumber: null,
        consent: true,
      },
      host.admin.session,
    );
    if (i < 2) {
      const visit = await host.rpc<{ id: string }>(
        'visits.manualCheckIn',
        { reservationId: reservation.id, reason: 'HP tertinggal', deskNumber: i + 1 },
        host.admin.session,
      );
      if (i === 0)
        await host.rpc(
          'visits.closeWithoutCheckout',
          { visitId: visit.id, reason: 'Pulang lebih awal' },
          host.admin.session,
        );
    }
  }
}

async function revisionId(host: KioskHost, revision: number, session: string): Promise<string> {
  const { items } = await host.rpc<{ items: RecapSummary[] }>('recaps.list', { period: '2026-11' }, session);
  return items.find((r) => r.revision === revision)!.id;
}

async function openReports(
  page: Page,
  host: KioskHost,
  officer: { fullName: string; pin: string },
): Promise<DeskPage> {
  const desk = new DeskPage(page);
  await desk.open(host, 'recap', officer);
  await page.getByTestId('recaps-tab-periodic').click();
  await page.getByTestId('recap-period').click();
  await page.getByRole('option', { name: 'November 2026' }).click();
  await expect(page.getByTestId('recap-period')).toHaveValue('November 2026');
  return desk;
}

test('the month’s recap goes officer → Kasi (a correction, a return) → officer → Kasi → Kabid, with its trail and PDF', async ({
  page,
  host,
}) => {
  const officer = await host.addOfficer('Rudi Hartono', '24681357', ['petugas']);
  const kasi = await host.addOfficer('Ahmad Yani', '13572468', ['kasi']);
  const kabid = await host.addOfficer('Sri Wahyuni', '97531864', ['kabid']);
  await seedVisits(host);
  await host.advanceClock(2 * HOUR);

  // The officer: the daily recap is still there, first.
  const desk = new DeskPage(page);
  await desk.open(host, 'recap', officer);
  await expect(page.getByTestId('recap-table')).toContainText('Kunjungan');
  await snapBothSizes(page, 'recaps-daily');
  await page.getByTestId('recaps-tab-periodic').click();
  await page.getByTestId('recap-period').click();
  await page.getByRole('option', { name: 'November 2026' }).click();
  await expect(page.getByTestId('recap-figures-title')).toHaveText('Angka saat ini (belum diajukan)');
  await expect(page.getByTestId('recap-stats')).toContainText('Kunjungan2');
  await expect(page.getByTestId('recap-chart-heat').locator('svg')).toBeVisible();
  await expect(page.getByTestId('recap-users')).toContainText('Budi Santoso');
  await snapBothSizes(page, 'recaps-officer-preview');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('recap-submit').click();
  await expect(page.getByTestId('recap-revision-1').getByTestId('recap-status')).toHaveText(
    'Menunggu pemeriksaan Kasi',
  );
  await expect(page.getByTestId('recap-submit')).toHaveCount(0);
  await snapBothSizes(page, 'recaps-officer-submitted');

  // The Kasi: a correction with its note, then the return with the reason.
  const kasiPage = await page.context().newPage();
  await openReports(kasiPage, host, kasi);
  const card1 = kasiPage.getByTestId('recap-revision-1');
  await card1.getByTestId('recap-comment-text').fill('Satu pengguna tercatat di buku tamu saja.');
  await card1.getByTestId('recap-comment-figure').click();
  await kasiPage.getByRole('option', { name: 'Jumlah kunjungan' }).click();
  await card1.getByTestId('recap-comment-value').fill('3');
  await card1.getByTestId('recap-comment-save').click();
  await expect(card1.getByTestId('recap-trail')).toContainText('Jumlah kunjungan: 2 → 3');
  await snapBothSizes(kasiPage, 'recaps-kasi-review');
  expect(await accessibilityViolations(kasiPage)).toEqual([]);
  await card1.getByTestId('recap-return-reason').fill('Tambahkan pengguna dari buku tamu.');
  await card1.getByTestId('recap-return').click();
  await expect(card1.getByTestId('recap-status')).toHaveText('Dikembalikan kepada petugas');
  await expect(card1.getByTestId('recap-trail')).toContainText('Tambahkan pengguna dari buku tamu.');

  // The officer sees the reason and submits revision 2.
  await page.bringToFront();
  await expect(page.getByTestId('recap-revision-1').getByTestId('recap-status')).toHaveText(
    'Dikembalikan kepada petugas',
  );
  await expect(page.getByTestId('recap-revision-1')).toContainText('Tambahkan pengguna dari buku tamu.');
  await page.getByTestId('recap-submit').click();
  await expect(page.getByTestId('recap-revision-2').getByTestId('recap-status')).toHaveText(
    'Menunggu pemeriksaan Kasi',
  );

  // The Kasi forwards revision 2 to the Kabid.
  await kasiPage.bringToFront();
  const card2 = kasiPage.getByTestId('recap-revision-2');
  await card2.getByTestId('recap-receiver').click();
  await kasiPage.getByRole('option', { name: 'Sri Wahyuni' }).click();
  await card2.getByTestId('recap-forward').click();
  await expect(card2.getByTestId('recap-status')).toHaveText('Diteruskan kepada Kabid');
  await snapBothSizes(kasiPage, 'recaps-kasi-forwarded');

  // The Kabid acknowledges; the whole trail across both revisions is on the screen.
  const kabidPage = await page.context().newPage();
  await openReports(kabidPage, host, kabid);
  const card = kabidPage.getByTestId('recap-revision-2');
  await card.getByTestId('recap-acknowledge').click();
  await expect(card.getByTestId('recap-status')).toHaveText('Diterima Kabid');
  await expect(kabidPage.getByTestId('recap-revision-1').getByTestId('recap-trail')).toContainText(
    'Dikembalikan',
  );
  await snapBothSizes(kabidPage, 'recaps-kabid-acknowledged');
  expect(await accessibilityViolations(kabidPage)).toEqual([]);

  // The raw tables download as an xlsx from the desk.
  const [xlsx] = await Promise.all([
    kabidPage.waitForEvent('download'),
    card.getByTestId('recap-xlsx').click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('Rekap_2026-11_rev2.xlsx');
  expect((await readFile((await xlsx.path())!)).subarray(0, 2).toString()).toBe('PK');

  // The forwarded revision's PDF from the desk, every page saved to look at; byte for byte the one
  // the builder both hosts share makes from the revision the host holds.
  const [pdf] = await Promise.all([
    kabidPage.waitForEvent('download'),
    card.getByTestId('recap-pdf').click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('Rekap_2026-11_rev2.pdf');
  const bytes = await readFile((await pdf.path())!);
  const { session } = await host.rpc<{ session: string }>('officer.unlock', {
    officerId: kabid.id,
    pin: kabid.pin,
  });
  const { record } = await host.rpc<RecapDetail>(
    'recaps.get',
    { id: await revisionId(host, 2, session) },
    session,
  );
  const settings = await host.rpc<DocumentSettings>('settings.documents.get', {}, session);
  const madeInNode = await renderReportPdf(
    recapReportDocument(record, {
      identity: {
        siteName: SITE.siteName,
        officeName: SITE.officeName,
        letterhead: [...SITE.letterhead],
        logo: null,
      },
      settings,
      lang: 'id',
    }),
  );
  expect(bytes.equals(madeInNode)).toBe(true);
  const text = await pdfText(bytes);
  expect(text).toContain('REKAP LAPORAN PENGGUNA COWORKING SPACE');
  expect(text).toContain('Mengetahui,');
  expect(text).toContain('Ahmad Yani');
  expect(text).toContain('Sri Wahyuni');
  expect(text).toContain('Budi Santoso');
  const pages = await pdfToPngs(bytes, SCREENSHOT_DIR, 'recaps-pdf-page');
  expect(pages.length).toBeGreaterThanOrEqual(2);

  // The quarterly report from the same data: the officer's view of the quarter, visits per month.
  await page.bringToFront();
  await page.getByTestId('recap-kind').getByText('Triwulan').click();
  await expect(page.getByTestId('recap-period')).toHaveValue('Triwulan IV 2026');
  await expect(page.getByTestId('recap-figures-title')).toHaveText('Angka saat ini (belum diajukan)');
  await expect(page.getByTestId('recap-chart-visits').locator('svg')).toBeVisible();
  await expect(page.getByTestId('recap-users')).toHaveCount(0);
  await snapBothSizes(page, 'recaps-officer-quarter');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Every step is on record, naming its officer.
  expect(
    host.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity = 'recap' AND action NOT LIKE 'read:%' ORDER BY id",
    ),
  ).toEqual([
    { action: 'recaps.submit' },
    { action: 'recaps.comment' },
    { action: 'recaps.return' },
    { action: 'recaps.submit' },
    { action: 'recaps.forward' },
    { action: 'recaps.acknowledge' },
  ]);
});

const CENTRAL_SITE = { id: 'pontianak', name: 'Diskominfo Kota Pontianak' } as const;

/** The central server in this process on an embedded PGlite, served on a loopback port. */
async function startInProcessCentral(at: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-e2e-central-'));
  const central = await openCentralDatabase({ dataDir });
  await migrateCentral(central.db as never);
  const clock = new ManualClock(Date.parse(at));
  await createSite(central.db, CENTRAL_SITE, clock.now());
  const app = createServerApp({ db: central.db, clock, log: createTestLog().log, portal: {} });
  const http = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => http.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    code: async () => (await createEnrolmentCode(central.db, CENTRAL_SITE.id, 'e2e', clock.now())).code,
    stop: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await central.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminSignIn(
  page: Page,
  url: string,
  officer: { fullName: string; pin: string },
): Promise<void> {
  await page.setViewportSize(ADMIN_VIEWPORT);
  await page.goto(`${url}/admin/sign-in?lang=id`);
  await page.getByLabel('Nama petugas').selectOption({ label: officer.fullName });
  await page.getByLabel('PIN').fill(officer.pin);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('link', { name: 'Rekap & laporan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Rekap & laporan' })).toBeVisible();
}

test('the Kasi and the Kabid review the month on the central admin pages; the desk sees it; the server makes the PDF', async ({
  page,
  host,
}) => {
  const central = await startInProcessCentral('2026-11-23T09:00:00+07:00');
  try {
    const officer = await host.addOfficer('Rudi Hartono', '24681357', ['petugas']);
    const kasi = await host.addOfficer('Ahmad Yani', '13572468', ['kasi']);
    const kabid = await host.addOfficer('Sri Wahyuni', '97531864', ['kabid']);
    await seedVisits(host);
    await host.rpc('sync.join', { serverUrl: central.url, code: await central.code() }, host.admin.session);
    const { session } = await host.rpc<{ session: string }>('officer.unlock', {
      officerId: officer.id,
      pin: officer.pin,
    });
    const submitted = await host.rpc<RecapSummary>(
      'recaps.submit',
      { periodKind: 'month', period: '2026-11' },
      session,
    );
    const synced = async () =>
      expect
        .poll(async () => (await host.rpc<{ pending: number }>('sync.now', {}, session)).pending, {
          timeout: 30_000,
        })
        .toBe(0);
    await synced();

    // The Kasi: the list, the revision with its figures and users, a correction, the forward.
    await adminSignIn(page, central.url, kasi);
    await expect(page.getByTestId('recaps')).toContainText('Diajukan, menunggu pemeriksaan');
    await snapBothSizes(page, 'recaps-central-list');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Buka' }).click();
    await expect(page.getByTestId('recap-users')).toContainText('Budi Santoso');
    await page.getByLabel('Catatan', { exact: true }).fill('Satu pengguna tercatat di buku tamu saja.');
    await page.getByLabel('Angka yang dikoreksi (opsional)').selectOption({ label: 'Jumlah kunjungan' });
    await page.getByLabel('Nilai baru').fill('3');
    await page.getByRole('button', { name: 'Simpan catatan' }).click();
    await expect(page.getByRole('status')).toHaveText('Catatan disimpan.');
    await expect(page.getByTestId('recap-corrections')).toContainText(
      'Satu pengguna tercatat di buku tamu saja.',
    );
    await snapBothSizes(page, 'recaps-central-review');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Kabid penerima').selectOption({ label: 'Sri Wahyuni' });
    await page.getByRole('button', { name: 'Teruskan', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Rekap diteruskan kepada Kabid.');
    await page.getByRole('button', { name: 'Keluar' }).click();

    // The Kabid acknowledges receipt and downloads the PDF the server makes from the revision.
    await adminSignIn(page, central.url, kabid);
    await page.getByRole('link', { name: 'Buka' }).click();
    await page.getByRole('button', { name: 'Tandai sudah diterima' }).click();
    await expect(page.getByRole('status')).toHaveText('Rekap ditandai sudah diterima.');
    await expect(page.getByTestId('recap-trail')).toContainText('Diterima');
    await snapBothSizes(page, 'recaps-central-acknowledged');
    expect(await accessibilityViolations(page)).toEqual([]);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('recap-pdf').click()]);
    expect(pdf.suggestedFilename()).toBe('Rekap_2026-11_rev1.pdf');
    const bytes = await readFile((await pdf.path())!);
    expect(await pdfText(bytes)).toContain('Sri Wahyuni');
    expect((await pdfToPngs(bytes, SCREENSHOT_DIR, 'recaps-central-pdf-page')).length).toBeGreaterThanOrEqual(
      2,
    );

    // Back at the desk after a sync: the correction, the forward and the receipt.
    await synced();
    const { record } = await host.rpc<RecapDetail>('recaps.get', { id: submitted.id }, session);
    expect(record.status).toBe('acknowledged');
    expect(record.trail.map((e) => e.kind)).toEqual(['submitted', 'commented', 'forwarded', 'acknowledged']);
  } finally {
    await central.stop();
  }
});
