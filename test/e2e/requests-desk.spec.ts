// The requests at the desk in Chromium against the built host (issue 13): the officer types in a room
// loan from a letter (a missing field shown under its input and in the check, then filled in; the
// letter uploaded as a PDF), the slot clashes with a booking already in the agenda and a free slot
// fills the form, the request passes the disposition chain with its first step flagged overdue after
// the host's clock moves on, is scheduled with the agreement noted, prepared (room ready, operator),
// reported on, and its schedule notice downloads as a PDF; an application request is rejected with
// its reply letter; the agenda shows the day and the week; the reports download. Every screen at
// 1920×1080 and 1080×1920, each scanned with axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  accessibilityViolations,
  snapBothSizes,
  SCREENSHOT_DIR,
  type KioskHost,
} from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { pickDay } from './pages/DayPicker';
import { SignInPage } from './pages/SignInPage';
import { scanWithWedge } from './pages/KioskPage';
import { samplePdf } from '../support/letterSamples';
import { pdfText, pdfToPngs } from '../support/pdfPages';

// A step that cannot happen fails in seconds, not at the test's timeout.
test.use({ actionTimeout: 20_000 });

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A room loan already in the agenda: filed, passed down the chain and scheduled over RPC. */
async function bookedLoan(host: KioskHost): Promise<{ id: string; reference: string }> {
  const s = host.admin.session;
  const file = await host.rpc(
    'requests.upload',
    { name: 'surat-disdik.pdf', contentBase64: base64(samplePdf('Disdik')) },
    s,
  );
  const intake = {
    typeId: 'room_loan',
    office: 'Dinas Pendidikan Kota Pontianak',
    contactName: 'Budi Santoso',
    contactPhone: '081234567890',
    contactEmail: 'budi@disdik.pontianak.go.id',
    subject: 'Peminjaman ruangan untuk bimbingan teknis operator sekolah',
    letter: {
      number: '400.3/812/DISDIK',
      date: '2026-11-20',
      receivedOn: '2026-11-23',
      via: 'srikandi',
      file,
    },
    event: {
      roomId: 'pontive',
      day: '2026-11-25',
      start: '09:00',
      end: '11:00',
      participants: 30,
      layout: 'Kelas',
      equipment: ['Layar/LED wall', 'Mikrofon'],
    },
    noBuffet: true,
  };
  const filed = await host.rpc<{ id: string; reference: string }>(
    'requests.file',
    { intake, requestKey: 'seed-disdik-0001' },
    s,
  );
  for (const stepId of ['registry', 'head', 'division', 'section', 'admin'])
    await host.rpc('requests.act', { id: filed.id, stepId, note: 'Lanjutkan' }, s);
  await host.rpc(
    'requests.schedule',
    { id: filed.id, slot: { roomId: 'pontive', day: '2026-11-25', start: '09:00', end: '11:00' }, note: '' },
    s,
  );
  return filed;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Clicks the button and returns the file it downloads. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test('an officer types in a room loan, moves it off a clash, takes it down the chain and through the day', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  const booked = await bookedLoan(host);
  // The room's projector, in the inventory, for the activity report's equipment problems.
  await host.rpc(
    'inventory.create',
    {
      assetCode: '02.06.02.01.007',
      name: 'Proyektor Epson EB-X51',
      category: 'Elektronik',
      kind: 'asset',
      unit: '',
      place: { kind: 'room', deskNumber: null, room: 'Ruang Pontive Center' },
      condition: 'baik',
      purchasedOn: '2024-02-01',
      note: '',
    },
    host.admin.session,
  );
  // The desk locks itself when idle by the host's clock: the 40 minutes moved below must not lock it.
  await host.rpc('settings.security.update', { idleLockMinutes: 120 }, host.admin.session);
  const desk = new DeskPage(page);
  await desk.open(host, null);
  await page.getByTestId('tab-requests').click();
  await page.getByTestId('requests-panel').waitFor();
  await expect(page.getByTestId('request-row')).toHaveCount(1);
  await expect(page.getByTestId('request-row').first()).toContainText('Dijadwalkan');
  await expect(page.getByTestId('request-row').first()).toContainText('Rabu, 25 November 2026');
  await expect(page.getByTestId('request-row').first()).toContainText('09.00–11.00');

  // ---- the intake: a letter typed in, its number forgotten ----
  await page.getByTestId('requests-section-new').click();
  await page.getByTestId('intake-form').waitFor();
  // The type decides the fields: a video conference asks for the application and the connection test,
  // an application request has no room or time.
  const pickType = async (name: string) => {
    await page.getByTestId('intake-type').click();
    await page.getByRole('option', { name }).click();
  };
  await pickType('Video conference');
  await expect(page.getByTestId('intake-application')).toBeVisible();
  await expect(page.getByTestId('intake-testTime')).toBeVisible();
  await pickType('Permohonan pembangunan/pengembangan aplikasi');
  await expect(page.getByTestId('intake-room')).toBeHidden();
  await expect(page.getByTestId('intake-noBuffet')).toBeHidden();
  await pickType('Peminjaman ruangan Pontive Center');
  await expect(page.getByTestId('intake-testTime')).toBeHidden();
  await expect(page.getByTestId('intake-noBuffet')).toBeVisible();
  await page.getByTestId('intake-office').fill('Bappeda Kota Pontianak');
  await page.getByTestId('intake-contactName').fill('Sari Wulandari');
  await page.getByTestId('intake-contactPhone').fill('0812 5566 7788');
  await page.getByTestId('intake-contactEmail').fill('sari@bappeda.pontianak.go.id');
  await page.getByTestId('intake-subject').fill('Peminjaman ruangan rapat koordinasi Musrenbang');
  await pickDay(page, 'intake-letterDate', '2026-11-20');
  // A web page saved as ".pdf" is refused by its content, and nothing typed is lost.
  await page.getByTestId('intake-file-input').setInputFiles({
    name: 'surat.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><body>Surat</body></html>'),
  });
  await expect(page.getByTestId('intake-file-error')).toContainText('bukan PDF, PNG atau JPEG yang utuh');
  await expect(page.getByTestId('intake-office')).toHaveValue('Bappeda Kota Pontianak');
  await page.getByTestId('intake-file-input').setInputFiles({
    name: 'surat-bappeda.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(samplePdf('Bappeda')),
  });
  await expect(page.getByTestId('intake-file')).toContainText('surat-bappeda.pdf');
  await expect(page.getByTestId('intake-file-error')).toBeHidden();
  await pickDay(page, 'intake-day', '2026-11-25');
  await page.getByTestId('intake-start').fill('10.00');
  await page.getByTestId('intake-start').blur();
  await expect(page.getByTestId('intake-end')).toHaveValue('12.00');
  await page.getByTestId('intake-participants').fill('25');
  await page.getByTestId('intake-layout').fill('Huruf U');
  await page.getByTestId('intake-equipment').fill('Proyektor');
  await page.keyboard.press('Enter');
  await page.getByTestId('intake-noBuffet').check();

  // The live check names what is missing, and the clash with the booking already there.
  const missing = page.getByTestId('check-missing');
  await expect(missing).toContainText('Nomor surat');
  const clash = page.getByTestId('clash');
  await expect(clash).toContainText(booked.reference);
  await expect(clash).toContainText('Dinas Pendidikan Kota Pontianak');
  await expect(clash).toContainText('09.00–11.00');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-refused')).toBeVisible();
  await expect(page.getByTestId('intake-letterNumber')).toHaveAttribute('aria-invalid', 'true');
  await snapBothSizes(page, 'requests-01-intake-missing-clash');
  await expectAccessible(page);

  // Fixed: the number typed in, a free slot picked.
  await page.getByTestId('intake-letterNumber').fill('000.8/145/BAPPEDA');
  await expect(missing).toBeHidden();
  await expect(page.getByTestId('intake-letterNumber')).not.toHaveAttribute('aria-invalid', 'true');
  const free = page.getByTestId('free-slot').first();
  const chosen = (await free.getAttribute('data-slot'))!;
  await free.click();
  const [day, times] = chosen.split(' ') as [string, string];
  const [start, end] = times.split('-') as [string, string];
  const dotted = (hhmm: string) => hhmm.replace(':', '.');
  await expect(page.getByTestId('intake-start')).toHaveValue(dotted(start));
  await expect(page.getByTestId('intake-end')).toHaveValue(dotted(end));
  await expect(page.getByTestId('intake-day')).toHaveAttribute('data-value', day);
  await expect(page.getByTestId('check-ok')).toBeVisible();
  await snapBothSizes(page, 'requests-02-intake-ready');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('request-filed')).toBeVisible();
  const detail = page.getByTestId('request-detail');
  await expect(detail).toBeVisible();
  const reference = (await detail.getAttribute('data-reference'))!;
  expect(reference).not.toBe(booked.reference);

  // ---- the chain: 40 minutes later the Sekretariat’s 15-minute step is 25 minutes late (26 once the
  // host clock’s own seconds since the filing are rounded up) ----
  await host.advanceClock(40 * 60_000);
  await page.getByTestId('requests-refresh').click();
  const row = page.getByTestId('request-row').and(page.locator(`[data-reference="${reference}"]`));
  await expect(row).toHaveAttribute('data-overdue', 'true');
  await expect(row.getByTestId('overdue-flag')).toBeVisible();
  const first = page.getByTestId('chain-step').first();
  await expect(first).toHaveAttribute('data-state', 'current');
  await expect(first.getByTestId('overdue-flag')).toHaveText(/Terlambat 2[56] menit/);
  await snapBothSizes(page, 'requests-03-chain-overdue');
  await expectAccessible(page);

  const notes = [
    'Dicatat sebagai surat masuk',
    'Teruskan ke Kabid TKPBET',
    'Untuk ditindaklanjuti',
    'Jadwalkan sesuai kesepakatan',
    'Siap dijadwalkan',
  ];
  for (const note of notes) {
    await page.getByTestId('act-note').fill(note);
    await page.getByTestId('act-submit').click();
    await expect(page.getByTestId('step-note').filter({ hasText: note })).toBeVisible();
  }
  await expect(page.getByTestId('act-form')).toBeHidden();
  await expect(detail).toHaveAttribute('data-status', 'in_process');
  // The late step stays flagged once done.
  await expect(first).toHaveAttribute('data-state', 'done');
  await expect(first.getByTestId('overdue-flag')).toHaveText(/Terlambat 2[56] menit/);

  // ---- schedule: the agreed slot is pre-filled; the agreement noted ----
  await expect(page.getByTestId('schedule-start')).toHaveValue(dotted(start));
  await page.getByTestId('schedule-note').fill('Disepakati dengan pemohon (Ibu Sari) melalui telepon');
  await page.getByTestId('schedule-submit').click();
  await expect(detail).toHaveAttribute('data-status', 'scheduled');
  await expect(page.getByTestId('scheduled-slot')).toContainText('Ibu Sari');

  // ---- preparation ----
  await page.getByTestId('task-done-room_ready').click();
  await expect(page.getByTestId('task').and(page.locator('[data-task="room_ready"]'))).toHaveAttribute(
    'data-done',
    'true',
  );
  await page.getByTestId('task-operator-name').fill('Andi Pratama');
  await page.getByTestId('task-done-operator').click();
  await expect(page.getByTestId('task').and(page.locator('[data-task="operator"]'))).toContainText(
    'Andi Pratama',
  );

  // ---- the schedule notice as PDF ----
  await page.getByTestId('letter-issue').click();
  await expect(page.getByTestId('letter-row')).toHaveCount(1);
  const letter = await downloaded(page, () => page.getByTestId('letter-pdf').click());
  expect(letter.name).toMatch(/\.pdf$/);
  const letterText = await pdfText(letter.bytes);
  expect(letterText).toContain('Bappeda Kota Pontianak');
  expect(letterText).toContain('000.8/145/BAPPEDA');
  await pdfToPngs(letter.bytes, join(SCREENSHOT_DIR, 'requests-pdf'), 'schedule-notice');
  const sheet = await downloaded(page, () => page.getByTestId('disposition-pdf').click());
  expect(await pdfText(sheet.bytes)).toContain('LEMBAR DISPOSISI');
  await pdfToPngs(sheet.bytes, join(SCREENSHOT_DIR, 'requests-pdf'), 'disposition');
  const upload = await downloaded(page, () => page.getByTestId('letter-file').click());
  expect(await pdfText(upload.bytes)).toContain('Bappeda');
  await snapBothSizes(page, 'requests-04-scheduled');
  await expectAccessible(page);

  // ---- the agenda: the day of the event and its week ----
  await page.getByTestId('tab-agenda').click();
  await page.getByTestId('agenda-panel').waitFor();
  await page.getByTestId('agenda-next').click();
  await page.getByTestId('agenda-next').click();
  await expect(page.getByTestId('agenda-title')).toHaveText('Rabu, 25 November 2026');
  await expect(page.getByTestId('agenda-event')).toHaveCount(2);
  await expect(
    page.getByTestId('agenda-event').and(page.locator(`[data-reference="${reference}"]`)),
  ).toBeVisible();
  await snapBothSizes(page, 'requests-05-agenda-day');
  await expectAccessible(page);
  await page.getByTestId('agenda-view').getByText('Minggu').click();
  await expect(page.getByTestId('agenda-title')).toContainText('23 Nov 2026');
  await expect(page.getByTestId('agenda-event')).toHaveCount(2);
  // A week's blocks are narrow: a tap shows the event whole.
  await page
    .getByTestId('agenda-event')
    .and(page.locator(`[data-reference="${reference}"]`))
    .click();
  const card = page.getByTestId('agenda-event-card');
  await expect(card).toContainText('Bappeda Kota Pontianak');
  await expect(card).toContainText('Ruang Pontive Center');
  await snapBothSizes(page, 'requests-06-agenda-week');
  await expectAccessible(page);

  // ---- after the event: the activity report ----
  await host.advanceClock(2 * 24 * 3600_000);
  // Two days on, the desk has locked itself: the officer signs in again.
  await page.reload();
  await new SignInPage(page).signIn(host.admin.fullName, host.admin.pin);
  await page.getByTestId('tab-requests').click();
  // Two participants scan the notice's QR on arrival (the desk's wedge scanner reads it the same way).
  const token = host.query<{ attendance_token: string }>(
    'SELECT attendance_token FROM requests WHERE reference = ?',
    reference,
  )[0]!.attendance_token;
  await scanWithWedge(page, `LKT-EV:${token}`);
  await expect(page.getByTestId('scan-toast').first()).toContainText('Peserta ke-1');
  await scanWithWedge(page, `LKT-EV:${token}`);
  await expect(page.getByTestId('scan-toast').first()).toContainText('Peserta ke-2');
  const eventRow = page.getByTestId('request-row').and(page.locator(`[data-reference="${reference}"]`));
  await expect(eventRow.getByTestId('row-attendance')).toHaveText('2 / 25');
  // The day's board: the event with its preparation and the count so far.
  await page.getByTestId('tab-agenda').click();
  const today = page.getByTestId('today-event').and(page.locator(`[data-reference="${reference}"]`));
  await expect(today.getByTestId('today-attendance')).toHaveText('Hadir 2 dari 25');
  await expect(today.getByTestId('today-task').and(page.locator('[data-done="true"]'))).toHaveCount(2);
  await expect(page.getByTestId('agenda-title')).toHaveText('Rabu, 25 November 2026');
  await snapBothSizes(page, 'requests-06b-agenda-today');
  await expectAccessible(page);
  await page.getByTestId('tab-requests').click();
  await eventRow.click();
  await page.getByTestId('report-open').click();
  // The attendance starts from the scans; the officer counted 23 in the room.
  await expect(page.getByTestId('report-attendance')).toHaveValue('2');
  await page.getByTestId('report-attendance').fill('23');
  await page
    .getByTestId('report-summary')
    .fill('Rapat koordinasi berjalan lancar; proyektor sempat mati 10 menit.');
  await page.getByTestId('report-items').click();
  await page.getByRole('option', { name: /Proyektor Epson/ }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('report-problem-note').fill('Mati sendiri 10 menit, lampu terlalu panas');
  await snapBothSizes(page, 'requests-07-report-form');
  await expectAccessible(page);
  await page.getByTestId('report-submit').click();
  const filedReport = page.getByTestId('report-view');
  await expect(filedReport).toContainText('Hadir 23 orang');
  await expect(filedReport).toContainText('Proyektor Epson EB-X51: Mati sendiri 10 menit');
  await expect(detail).toHaveAttribute('data-status', 'done');
  await snapBothSizes(page, 'requests-08-reported');

  // English is one tap away, on the same screen.
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await expect(detail.getByTestId('request-status').first()).toHaveText('Done');
  await expect(page.getByTestId('request-chain')).toContainText('Disposition chain');
  await snapBothSizes(page, 'requests-09-detail-english');
});

test("the Kasi rejects one application and accepts another into next year's RKA; the replies and the reports download", async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  const s = host.admin.session;
  /** An application request filed over RPC and passed down the chain to `upTo` (excluded). */
  const application = async (
    key: string,
    office: string,
    subject: string,
    number: string,
    steps: readonly string[],
  ): Promise<{ id: string; reference: string }> => {
    const file = await host.rpc(
      'requests.upload',
      { name: `surat-${key}.pdf`, contentBase64: base64(samplePdf(key)) },
      s,
    );
    const filed = await host.rpc<{ id: string; reference: string }>(
      'requests.file',
      {
        intake: {
          typeId: 'application',
          office,
          contactName: 'Rudi Hartono',
          contactPhone: '081299887766',
          subject,
          letter: { number, date: '2026-11-19', receivedOn: '2026-11-23', via: 'srikandi', file },
        },
        requestKey: `seed-${key}-0001`,
      },
      s,
    );
    for (const stepId of steps)
      await host.rpc('requests.act', { id: filed.id, stepId, note: 'Lanjutkan' }, s);
    return filed;
  };
  const toKasi = ['registry', 'head', 'division'];
  const rejected = await application(
    'dukcapil',
    'Dinas Kependudukan dan Pencatatan Sipil',
    'Permohonan pengembangan aplikasi antrean online',
    '470/77/DUKCAPIL',
    toKasi,
  );
  const accepted = await application(
    'dinkes',
    'Dinas Kesehatan Kota Pontianak',
    'Permohonan pembangunan aplikasi pelaporan posyandu',
    '440/301/DINKES',
    toKasi,
  );
  // Still at the Sekretariat: not the Kasi's to act on.
  await application('dishub', 'Dinas Perhubungan', 'Permohonan aplikasi parkir', '551/12/DISHUB', []);
  const kasi = await host.addOfficer('Hendra Kurniawan', '739164', ['kasi']);

  // The Kasi at their own desk: "waiting on my step" leaves the Sekretariat's request out.
  const desk = new DeskPage(page);
  await desk.open(host, null, kasi);
  await page.getByTestId('tab-requests').click();
  await expect(page.getByTestId('request-row')).toHaveCount(3);
  await expect(page.getByTestId('requests-section-new')).toHaveCount(0);
  await page.getByTestId('filter-mine').check();
  await expect(page.getByTestId('request-row')).toHaveCount(2);
  const rowOf = (reference: string) =>
    page.getByTestId('request-row').and(page.locator(`[data-reference="${reference}"]`));
  const detail = page.getByTestId('request-detail');

  // SOP 100: the analysis recorded as the Kasi's disposition, then the decision.
  await rowOf(rejected.reference).click();
  await page.getByTestId('act-note').fill('Dianalisis; dibahas bersama Disdukcapil');
  await page.getByTestId('act-submit').click();
  await page.getByTestId('decide-outcome').getByText('Ditolak').click();
  await page.getByTestId('decide-analysis').fill('Fitur serupa sudah tersedia pada aplikasi SIAK nasional.');
  await page.getByTestId('decide-discussion').fill('Disepakati memakai modul antrean yang ada.');
  await page.getByTestId('decide-reason').fill('Kebutuhan sudah dipenuhi oleh aplikasi SIAK.');
  await page.getByTestId('decide-submit').click();
  await expect(detail).toHaveAttribute('data-status', 'rejected');
  await expect(page.getByTestId('decision-view')).toContainText('SIAK');
  // Letters are the admin's: the Kasi sees none to issue.
  await expect(page.getByTestId('letter-issue')).toHaveCount(0);

  await rowOf(accepted.reference).click();
  await expect(detail).toHaveAttribute('data-reference', accepted.reference);
  await page.getByTestId('act-note').fill('Layak; dibahas teknis bersama Dinkes');
  await page.getByTestId('act-submit').click();
  await expect(page.getByTestId('decide-rkaYear')).toHaveValue('2027');
  await page
    .getByTestId('decide-analysis')
    .fill('Belum ada aplikasi pelaporan posyandu; data kini direkap manual.');
  await page
    .getByTestId('decide-discussion')
    .fill('Dinkes menyiapkan daftar posyandu dan alur pelaporannya.');
  await snapBothSizes(page, 'requests-10-application-decide');
  await expectAccessible(page);
  await page.getByTestId('decide-submit').click();
  await expect(detail).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('decision-view')).toContainText('Direncanakan dalam RKA tahun anggaran 2027');
  await page.getByTestId('officer-lock').click();

  // The admin writes the replies.
  await desk.open(host, null);
  await page.getByTestId('tab-requests').click();
  await rowOf(rejected.reference).click();
  await expect(detail).toHaveAttribute('data-reference', rejected.reference);
  await page.getByTestId('letter-issue').click();
  const reply = await downloaded(page, () => page.getByTestId('letter-pdf').click());
  const replyText = await pdfText(reply.bytes);
  expect(replyText).toContain('470/77/DUKCAPIL');
  expect(replyText).toContain('SIAK');
  await pdfToPngs(reply.bytes, join(SCREENSHOT_DIR, 'requests-pdf'), 'reply-rejected');
  await snapBothSizes(page, 'requests-11-application-rejected');
  await expectAccessible(page);

  await rowOf(accepted.reference).click();
  await expect(detail).toHaveAttribute('data-reference', accepted.reference);
  await page.getByTestId('letter-issue').click();
  const acceptance = await downloaded(page, () => page.getByTestId('letter-pdf').click());
  const acceptanceText = await pdfText(acceptance.bytes);
  expect(acceptanceText).toContain('440/301/DINKES');
  expect(acceptanceText).toMatch(/RKA[\s\S]*2027/);
  await pdfToPngs(acceptance.bytes, join(SCREENSHOT_DIR, 'requests-pdf'), 'reply-accepted');

  await page.getByTestId('requests-section-reports').click();
  await page.getByTestId('report-kind-yearly_applications').check();
  const pdf = await downloaded(page, () => page.getByTestId('report-pdf').click());
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(await pdfText(pdf.bytes)).toContain('Dinas Kependudukan');
  await pdfToPngs(pdf.bytes, join(SCREENSHOT_DIR, 'requests-pdf'), 'yearly-applications');
  const xlsx = await downloaded(page, () => page.getByTestId('report-xlsx').click());
  expect(xlsx.name).toMatch(/\.xlsx$/);
  await snapBothSizes(page, 'requests-12-reports');
  await expectAccessible(page);
});
