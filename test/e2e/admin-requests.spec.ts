import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Page } from '@playwright/test';
import { createPinHasher } from '../../electron/services/officers/pin';
import { defaultRules } from '../../electron/services/settings/rules';
import { migrateCentral } from '../../server/db/migrate';
import { openCentralDatabase } from '../../server/db/open';
import { createSite } from '../../server/devices/enrolment';
import { storeLetterOnServer } from '../../server/files/serverLetters';
import { createServerApp } from '../../server/http/app';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand } from '../../server/sync/serverCommand';
import { ManualClock } from '../../shared/clock';
import { samplePdf } from '../support/letterSamples';
import { createTestLog } from '../support/testLog';
import { accessibilityViolations, ADMIN_VIEWPORT, expect, SCREENSHOT_DIR, test } from './fixtures';

// The chain's officers on the central admin pages in Chromium, from their own PCs: a room loan filed
// on the portal (with its PDF letter) is registered by the Sekretariat; 40 minutes later the Kepala
// Dinas finds it waiting on his step, flagged late, reads the letter, ticks his instruction and saves;
// the page says so and the chain moves to the Kabid. Each screen is saved at the office PC's size
// and a laptop's, in Indonesian and once in English, with an axe scan.

const MINUTE = 60_000;
const LAPTOP = { width: 1366, height: 768 };
const SITE = { id: 'pontianak', name: 'Diskominfo Kota Pontianak' } as const;
const PIN = '24681357';
const SEKRETARIAT = { id: 'off-sekretariat', fullName: 'Rina Sekretariat', position: 'sekretariat' };
const KADIS = { id: 'off-kadis', fullName: 'Drs. Hendra Kadis, M.Si.', position: 'kepala_dinas' };

/** The central server in this process on an embedded PGlite, seeded as its kiosks and portal would have. */
async function startCentral(at: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-e2e-central-'));
  const central = await openCentralDatabase({ dataDir });
  await migrateCentral(central.db as never);
  const clock = new ManualClock(Date.parse(at));
  await createSite(central.db, SITE, clock.now());
  const deps = { db: central.db, waiters: new ChangeWaiters(central.db) };
  const apply = (type: string, payload: unknown) =>
    runServerCommand(deps, SITE.id, 'e2e', clock.now(), (cmd) =>
      cmd.apply(type as 'request.filed', payload as never),
    );
  await apply('settings.rulesUpdated', defaultRules);
  const pin = await createPinHasher({ N: 1024, r: 8, p: 1 }).hash(PIN);
  for (const o of [SEKRETARIAT, KADIS])
    await apply('officer.created', { ...o, nip: null, roles: [], active: true, pin, mustChangePin: false });
  const letter = await storeLetterOnServer(
    central.db,
    samplePdf('Surat permohonan peminjaman Ruang Pontive'),
    'surat-permohonan-disdik.pdf',
    clock.now(),
  );
  if (!letter.ok) throw new Error(letter.messageKey);
  await apply('request.filed', {
    id: 'req-e2e-1',
    reference: 'PMH-2026-K3M9QX',
    intake: {
      typeId: 'room_loan',
      office: 'Dinas Pendidikan Kota Pontianak',
      contactName: 'Sari Wulandari',
      contactPhone: '0812 3456 7890',
      contactEmail: 'sari@disdik.pontianak.go.id',
      subject: 'Peminjaman ruangan untuk rapat koordinasi guru TIK',
      letter: { number: '400.3/123/DISDIK/2026', date: '2026-11-20', via: 'portal', file: letter.ref },
      event: {
        roomId: 'pontive',
        day: '2026-11-25',
        start: '09:00',
        end: '11:00',
        participants: 25,
        layout: 'Huruf U',
        equipment: ['proyektor', 'mikrofon'],
      },
      noBuffet: true,
    },
    kind: 'room',
    source: 'portal',
    enteredAt: clock.now(),
    enteredBy: null,
    attendanceToken: 'A1B2C3D4E5F6G7H8',
    statusTokenHash: null,
  });
  const app = createServerApp({ db: central.db, clock, log: createTestLog().log, portal: {} });
  const http = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => http.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    clock,
    stop: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await central.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function signIn(page: Page, url: string, officer: { fullName: string }): Promise<void> {
  await page.setViewportSize(ADMIN_VIEWPORT);
  await page.goto(`${url}/admin/sign-in?lang=id`);
  await page.getByLabel('Nama petugas').selectOption({ label: officer.fullName });
  await page.getByLabel('PIN').fill(PIN);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText(`Selamat datang, ${officer.fullName}`)).toBeVisible();
  await page.goto(`${url}/admin/requests`);
  await expect(page.getByRole('heading', { name: 'Permohonan', exact: true })).toBeVisible();
}

/** The screen at the office PC's size and a laptop's, whole. */
async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [label, size] of [
    ['admin', ADMIN_VIEWPORT],
    ['laptop', LAPTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(ADMIN_VIEWPORT);
}

test('the Sekretariat registers a portal request; 40 minutes late, the Kepala Dinas disposes it from his PC', async ({
  page,
}) => {
  const central = await startCentral('2026-11-23T09:00:00+07:00');
  try {
    // The Sekretariat: the request waits on the letter's registration.
    await signIn(page, central.url, SEKRETARIAT);
    const row = page.getByTestId('request-PMH-2026-K3M9QX');
    await expect(row).toContainText('Rabu, 25 November 2026, 09.00–11.00 WIB');
    await expect(row).toContainText('Langkah Anda');
    await page.getByRole('link', { name: 'PMH-2026-K3M9QX' }).click();
    await page.getByLabel('Untuk ditindaklanjuti').check();
    await page.getByLabel('Catatan lain (opsional)').fill('Diteruskan kepada Kepala Dinas');
    await page.getByRole('button', { name: 'Simpan disposisi' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Disposisi Anda tersimpan. Permohonan diteruskan ke langkah berikutnya.',
    );
    await expect(page.getByTestId('waiting-on')).toContainText('Kepala Dinas');
    await page.getByRole('button', { name: 'Keluar' }).click();

    // 40 minutes later: the Kepala Dinas's step was due at 09.15.
    central.clock.advance(40 * MINUTE);
    await signIn(page, central.url, KADIS);
    await expect(page.getByTestId('waiting-on-me')).toContainText('1 permohonan menunggu langkah Anda.');
    await page.getByRole('link', { name: 'Lihat yang menunggu saya' }).click();
    await expect(row.getByTestId('overdue')).toHaveText('TERLAMBAT 25 menit');
    await snap(page, 'admin-requests-mine');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'PMH-2026-K3M9QX' }).click();
    const act = page.getByTestId('act-form');
    await expect(act).toContainText('Langkah Anda: Kepala Dinas');
    await expect(act.getByTestId('overdue')).toHaveText('TERLAMBAT 25 menit');
    await expect(page.getByTestId('chain-registry')).toContainText('Rina Sekretariat');
    await snap(page, 'admin-requests-act');
    expect(await accessibilityViolations(page)).toEqual([]);

    // He reads the letter first: the same PDF, as a download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      act.getByRole('link', { name: 'surat-permohonan-disdik.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('surat-permohonan-disdik.pdf');

    await act.getByLabel('Untuk ditindaklanjuti').check();
    await act.getByLabel('Segera').check();
    await page.getByRole('button', { name: 'Simpan disposisi' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Disposisi Anda tersimpan. Permohonan diteruskan ke langkah berikutnya.',
    );
    await expect(page.getByTestId('chain-head')).toContainText('Untuk ditindaklanjuti; Segera');
    await expect(page.getByTestId('chain-head')).toContainText('selesai terlambat 25 menit');
    await expect(page.getByTestId('waiting-on')).toContainText('Kabid TKPBET');
    await snap(page, 'admin-requests-done');

    // English, one tap away.
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByTestId('waiting-on')).toContainText(
      'This request is waiting on the step: Kabid TKPBET.',
    );
    await snap(page, 'admin-requests-done-en');
    expect(await accessibilityViolations(page)).toEqual([]);
  } finally {
    await central.stop();
  }
});
