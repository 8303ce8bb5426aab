// The requests across two kiosks and the central server (real HTTP, the server's handlers on
// PostgreSQL/PGlite): a request filed at one kiosk with its letter reaches the other, letter file and
// all; two kiosks scheduling overlapping slots of one room while offline never both get the room (the
// server refuses the second and sends its record back, and both kiosks end up agreeing); the same
// chain step recorded at both is kept once; participants counted at both kiosks add up everywhere.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import type { RequestDetail, RequestSummary } from '../../shared/contract';
import { attendanceQrText } from '../../shared/requests/attendanceCode';
import { SITE, startTestCentral, type TestCentral, listenOnLoopback } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';
import { requestsWorkload } from '../support/workloads/requests';

let server: TestCentral;
let http: Awaited<ReturnType<typeof listenOnLoopback>>;

beforeAll(async () => {
  server = await startTestCentral(MONDAY_9AM);
  http = await listenOnLoopback(server.app.fetch);
});
afterAll(async () => {
  await http.close();
  await server.close();
});

const kiosks: TestCore[] = [];
afterEach(async () => {
  for (const k of kiosks.splice(0)) k.core.close();
  await server.central.db
    .deleteFrom('records')
    .where('entity_type', 'in', ['request', 'requestAttendance', 'requestLetter'])
    .execute();
});

async function joinedKiosk(): Promise<{ kiosk: TestCore; desk: DeskDay }> {
  const kiosk = await makeTestCore(MONDAY_9AM, ':memory:', { fetch: (input, init) => fetch(input, init) });
  kiosks.push(kiosk);
  const desk = new DeskDay(kiosk.core);
  const { code } = await createEnrolmentCode(server.central.db, SITE.id, 'test', server.clock.now());
  unwrap(await desk.officerCall('sync.join', { serverUrl: http.url, code }));
  return { kiosk, desk };
}

const LETTER = Buffer.from(
  '%PDF-1.4\n1 0 obj <<>> endobj\n% Surat permohonan Bappeda\ntrailer <<>>\n%%EOF\n',
);
let keys = 0;

async function fileLoan(desk: DeskDay, office: string, start: string, end: string): Promise<RequestSummary> {
  const file = unwrap(
    await desk.officerCall('requests.upload', {
      name: 'surat.pdf',
      contentBase64: LETTER.toString('base64'),
    }),
  );
  return unwrap(
    await desk.officerCall<RequestSummary>('requests.file', {
      requestKey: `server-test-${++keys}-abc`,
      intake: {
        typeId: 'visit',
        office,
        contactName: 'Sari',
        contactPhone: '081234567890',
        subject: `Kunjungan ${office}`,
        letter: { number: '005/1/X', date: '2026-11-20', via: 'desk', file },
        event: { roomId: 'pontive', day: '2026-11-25', start, end, participants: 20 },
        noBuffet: true,
      },
    }),
  );
}

async function passChain(desk: DeskDay, id: string) {
  for (const stepId of ['registry', 'head', 'division', 'section', 'admin'])
    unwrap(await desk.officerCall('requests.act', { id, stepId, note: '' }));
}

const detailAt = async (desk: DeskDay, id: string) =>
  unwrap(await desk.officerCall<RequestDetail>('requests.get', { id }));

describe('the requests on two kiosks', () => {
  it('brings a request filed at one kiosk, with its letter file, to the other', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const loan = await fileLoan(a.desk, 'Bappeda Kota Pontianak', '09:00', '11:00');
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    expect((await detailAt(b.desk, loan.id)).summary).toMatchObject({
      reference: loan.reference,
      status: 'received',
    });
    const letter = unwrap(
      await b.desk.officerCall<{ contentBase64: string }>('requests.letterFile', { id: loan.id }),
    );
    expect(Buffer.from(letter.contentBase64, 'base64').equals(LETTER)).toBe(true);
  });

  it('never gives a room twice: two kiosks scheduling overlapping slots offline, the second is refused everywhere', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const first = await fileLoan(a.desk, 'Bappeda', '09:00', '11:00');
    const second = await fileLoan(a.desk, 'Dinas Sosial', '10:00', '12:00');
    await passChain(a.desk, first.id);
    await passChain(a.desk, second.id);
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    // Offline: each kiosk gives the room to a different request; neither knows of the other's.
    unwrap(await a.desk.officerCall('requests.schedule', { id: first.id, slot: first.slot, note: '' }));
    unwrap(await b.desk.officerCall('requests.schedule', { id: second.id, slot: second.slot, note: '' }));
    expect((await detailAt(b.desk, second.id)).summary.status).toBe('scheduled');
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    for (const k of [a, b]) {
      expect((await detailAt(k.desk, first.id)).summary.status).toBe('scheduled');
      expect((await detailAt(k.desk, second.id)).summary.status).toBe('in_process');
    }
    const refused = b.kiosk.core.db
      .prepare("SELECT verdict, verdict_code FROM outbox WHERE op_type = 'request.scheduled'")
      .get();
    expect(refused).toEqual({ verdict: 'rejected', verdict_code: 'room_taken' });
    expect(
      await requestsWorkload.check(server.central.db, SITE.id, [
        { db: a.kiosk.core.db, deviceId: 'a' },
        { db: b.kiosk.core.db, deviceId: 'b' },
      ]),
    ).toEqual([]);
  });

  it('keeps a chain step recorded at both kiosks once, and adds up the participants counted at both', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const loan = await fileLoan(a.desk, 'Bappeda', '09:00', '11:00');
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    unwrap(await a.desk.officerCall('requests.act', { id: loan.id, stepId: 'registry', note: 'Dari A' }));
    unwrap(await b.desk.officerCall('requests.act', { id: loan.id, stepId: 'registry', note: 'Dari B' }));
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    for (const k of [a, b]) {
      const steps = (await detailAt(k.desk, loan.id)).record.steps;
      expect(steps.map((s) => s.note)).toEqual(['Dari A']);
    }
    for (const stepId of ['head', 'division', 'section', 'admin'])
      unwrap(await a.desk.officerCall('requests.act', { id: loan.id, stepId, note: '' }));
    unwrap(await a.desk.officerCall('requests.schedule', { id: loan.id, slot: loan.slot, note: '' }));
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    const token = (await detailAt(a.desk, loan.id)).record.attendanceToken;
    for (const k of [a, b]) k.kiosk.clock.set(Date.parse('2026-11-25T08:45:00+07:00'));
    a.desk.scan(attendanceQrText(token));
    a.desk.scan(attendanceQrText(token));
    expect(b.desk.scan(attendanceQrText(token))).toMatchObject({ kind: 'event_attendance', ordinal: 1 });
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    for (const k of [a, b]) expect((await detailAt(k.desk, loan.id)).summary.attendance).toBe(3);
  });
});
