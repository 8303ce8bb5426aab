// The requests at the visitor's kiosk in Chromium against the built host (issue 13): a room loan
// filed, passed down its chain and scheduled over RPC (as the desk does) is on the rooms' public
// agenda the next morning, by day and by week, with the organiser and subject but no contact person;
// participants scan the event's QR with the wedge scanner and are counted in, "peserta ke-1" then
// "peserta ke-2" (never refused as a duplicate); an unknown event code says where to get help.
// Screens at 1080×1920 and 1920×1080, each scanned with axe.
import {
  test,
  expect,
  accessibilityViolations,
  smallTouchTargets,
  snapBothSizes,
  type KioskHost,
} from './fixtures';
import { KioskPage } from './pages/KioskPage';
import { samplePdf } from '../support/letterSamples';

// A step that cannot happen fails in seconds, not at the test's timeout.
test.use({ actionTimeout: 20_000 });

const DAY_MS = 24 * 60 * 60_000;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

interface EventSeed {
  readonly key: string;
  readonly office: string;
  readonly subject: string;
  readonly roomId: string;
  readonly start: string;
  readonly end: string;
  readonly participants: number;
}

/** Dinas Pendidikan's bimtek in the Pontive room, Tuesday 24 November, 10:00–12:00. */
const BIMTEK: EventSeed = {
  key: 'kiosk-agenda-0001',
  office: 'Dinas Pendidikan Kota Pontianak',
  subject: 'Bimbingan teknis operator sekolah',
  roomId: 'pontive',
  start: '10:00',
  end: '12:00',
  participants: 30,
};

/** A room loan for Tuesday 24 November: filed on Monday (H-1), passed down the chain and scheduled. */
async function scheduledEvent(
  host: KioskHost,
  e: EventSeed,
): Promise<{ id: string; attendanceToken: string }> {
  const s = host.admin.session;
  const file = await host.rpc(
    'requests.upload',
    { name: 'surat-disdik.pdf', contentBase64: base64(samplePdf('Disdik bimtek')) },
    s,
  );
  const filed = await host.rpc<{ id: string }>(
    'requests.file',
    {
      requestKey: e.key,
      intake: {
        typeId: 'room_loan',
        office: e.office,
        contactName: 'Budi Santoso',
        contactPhone: '081234567890',
        contactEmail: 'budi@disdik.pontianak.go.id',
        subject: e.subject,
        letter: {
          number: '400.3/812/DISDIK',
          date: '2026-11-20',
          receivedOn: '2026-11-23',
          via: 'srikandi',
          file,
        },
        event: {
          roomId: e.roomId,
          day: '2026-11-24',
          start: e.start,
          end: e.end,
          participants: e.participants,
          layout: 'Kelas',
          equipment: ['Layar', 'Mikrofon'],
        },
        noBuffet: true,
      },
    },
    s,
  );
  for (const stepId of ['registry', 'head', 'division', 'section', 'admin'])
    await host.rpc('requests.act', { id: filed.id, stepId, note: 'Lanjutkan' }, s);
  await host.rpc(
    'requests.schedule',
    { id: filed.id, slot: { roomId: e.roomId, day: '2026-11-24', start: e.start, end: e.end }, note: '' },
    s,
  );
  const detail = await host.rpc<{ record: { attendanceToken: string } }>('requests.get', { id: filed.id }, s);
  return { id: filed.id, attendanceToken: detail.record.attendanceToken };
}

test('a scheduled event is on the public agenda, and its participants are counted in at the kiosk', async ({
  page,
  host,
}) => {
  const event = await scheduledEvent(host, BIMTEK);
  // A second event that day, in the other room, so the agenda shows how two read.
  await scheduledEvent(host, {
    key: 'kiosk-agenda-0002',
    office: 'Komunitas Pontianak Digital',
    subject: 'Diskusi keamanan siber untuk UMKM',
    roomId: 'rapat',
    start: '13:00',
    end: '14:30',
    participants: 12,
  });
  // The next morning, 09:00 on Tuesday.
  await host.advanceClock(DAY_MS);
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);

  // The agenda: today's event, large, with the organiser and subject; nobody's name or number.
  await page.getByTestId('agenda-button').click();
  const agenda = page.getByTestId('kiosk-agenda');
  await expect(agenda.getByTestId('agenda-heading')).toHaveText('Selasa, 24 November 2026');
  await expect(agenda.getByTestId('agenda-time')).toHaveText(['10.00–12.00', '13.00–14.30']);
  await expect(agenda.getByTestId('agenda-office')).toHaveText([
    'Dinas Pendidikan Kota Pontianak',
    'Komunitas Pontianak Digital',
  ]);
  await expect(agenda.getByTestId('agenda-subject').first()).toHaveText('Bimbingan teknis operator sekolah');
  await expect(agenda.getByTestId('agenda-room').first()).toContainText('30 peserta');
  for (const secret of ['Budi', '0812', 'disdik.pontianak.go.id', event.attendanceToken])
    await expect(page.locator('body')).not.toContainText(secret);
  await snapBothSizes(page, 'requests-kiosk-01-agenda-day');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page, 64)).toEqual([]);

  // The week: the event under its day; the next week is empty, and one tap brings today back.
  await page.getByTestId('agenda-view-week').click();
  await expect(agenda).toHaveAttribute('data-view', 'week');
  await expect(agenda.getByTestId('agenda-heading')).toHaveText(/^23\s?–\s?29 November 2026$/);
  await expect(agenda.getByTestId('agenda-day')).toHaveText('Selasa, 24 November 2026 · Hari ini');
  await expect(agenda.getByTestId('agenda-event')).toHaveCount(2);
  await snapBothSizes(page, 'requests-kiosk-02-agenda-week');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('agenda-next').click();
  await expect(agenda.getByTestId('agenda-empty')).toHaveText(
    'Tidak ada kegiatan terjadwal pada minggu ini.',
  );
  await page.getByTestId('agenda-today').click();
  await expect(agenda.getByTestId('agenda-event')).toHaveCount(2);
  await page.getByTestId('agenda-done').click();
  await kiosk.home().waitFor();

  // Two participants scan the event's QR: each one counted, in turn.
  await kiosk.scanWithWedge(`LKT-EV:${event.attendanceToken}`);
  await expect(kiosk.result()).toHaveAttribute('data-kind', 'event_attendance');
  await expect(page.getByTestId('attendance-title')).toHaveText('Selamat datang, peserta ke-1');
  await expect(page.getByTestId('attendance-event')).toContainText('Bimbingan teknis operator sekolah');
  await expect(page.getByTestId('attendance-when')).toHaveText('Selasa, 24 November 2026, pukul 10.00–12.00');
  await snapBothSizes(page, 'requests-kiosk-03-counted');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await smallTouchTargets(page, 64)).toEqual([]);
  await page.getByTestId('scan-result-done').click();
  await kiosk.home().waitFor();
  await kiosk.scanWithWedge(`LKT-EV:${event.attendanceToken}`);
  await expect(page.getByTestId('attendance-title')).toHaveText('Selamat datang, peserta ke-2');
  expect(
    host.query<{ n: number }>('SELECT count(*) AS n FROM request_attendance WHERE request_id = ?', event.id),
  ).toEqual([{ n: 2 }]);
  await page.getByTestId('scan-result-done').click();
  await kiosk.home().waitFor();

  // A code no event has: said kindly, with where to get help.
  await kiosk.scanWithWedge('LKT-EV:ZZZZZZZZZZZZZZZZ');
  await expect(kiosk.result()).toHaveAttribute('data-result', 'unknown');
  await expect(page.getByTestId('attendance-title')).toHaveText('Kode kegiatan tidak dikenali');
  await expect(kiosk.result()).toContainText('Petugas di meja layanan siap membantu.');
  await snapBothSizes(page, 'requests-kiosk-04-unknown');
  expect(await accessibilityViolations(page)).toEqual([]);
});
