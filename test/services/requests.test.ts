// The requests on the real kiosk core (SQLite, the dispatcher's access checks, runCommand): a room
// loan typed in from a letter passes its disposition chain officer by officer with an overdue step
// flagged, clashes with another booking and is moved to an agreed free slot, is prepared, attended
// by scanning its QR and reported on; an incomplete request lists what is missing; a request without
// the no-buffet confirmation is refused; an internet meeting two days ahead is refused with the
// earliest day; an application is accepted into next year's RKA and another rejected; every change
// has its audit row and its sync operation; the chain's officers see only what they may.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDetail, RequestSummary } from '../../shared/contract';
import { attendanceQrText } from '../../shared/requests/attendanceCode';
import { singkawangRequestSettings } from '../../shared/requests/requestSettings';
import type { Result } from '../../shared/result';
import { unwrap } from '../support/deskDay';
import { pdfText } from '../support/pdfPages';
import { MONDAY_9AM, makeTestCore, type TestCore } from '../support/testCore';

const MIN = 60_000;
let t: TestCore;
let admin: (method: string, input: unknown) => Promise<Result<unknown>>;

beforeEach(async () => {
  t = await makeTestCore(MONDAY_9AM);
  admin = signedIn(t.admin!.id, '135790');
});
afterEach(() => t.core.close());

/** Calls as the officer, signing in again when the idle lock ended the session (the clock moves on). */
function signedIn(officerId: string, pin: string) {
  let session = '';
  return async (method: string, input: unknown): Promise<Result<unknown>> => {
    if (session) {
      const r = await t.core.call(method, input, { session });
      if (r.ok || r.error.messageKey !== 'errors.officer.locked') return r;
    }
    session = (unwrap(await t.core.call('officer.unlock', { officerId, pin })) as { session: string })
      .session;
    return t.core.call(method, input, { session });
  };
}

/** An officer placed in the chain by a position (and roles, if any), signed in. */
async function officer(name: string, position: string | null, roles: string[] = []) {
  const created = unwrap(
    await admin('officers.create', { fullName: name, nip: null, position, roles, pin: '11223344' }),
  ) as { id: string };
  const first = unwrap(await t.core.call('officer.unlock', { officerId: created.id, pin: '11223344' })) as {
    session: string;
  };
  unwrap(
    await t.core.call(
      'officer.changePin',
      { currentPin: '11223344', newPin: '24681357' },
      { session: first.session },
    ),
  );
  return signedIn(created.id, '24681357');
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
async function letterFile() {
  return unwrap(await admin('requests.upload', { name: 'surat.pdf', contentBase64: PDF })) as Record<
    string,
    unknown
  >;
}

async function roomLoan(over: Record<string, unknown> = {}, event: Record<string, unknown> = {}) {
  return {
    typeId: 'room_loan',
    office: 'Dinas Pendidikan Kota Pontianak',
    contactName: 'Sari Wulandari',
    contactPhone: '0812 3456 7890',
    contactEmail: 'sari@contoh.go.id',
    subject: 'Peminjaman ruangan untuk pelatihan guru',
    letter: { number: '400.3/512/DISDIK', date: '2026-11-20', via: 'desk', file: await letterFile() },
    event: {
      roomId: 'pontive',
      day: '2026-11-25',
      start: '09:00',
      end: '11:00',
      participants: 30,
      layout: 'Kelas',
      equipment: ['Proyektor', 'Mikrofon'],
      ...event,
    },
    noBuffet: true,
    ...over,
  };
}

let keys = 0;
const file = async (intake: unknown, as = admin) =>
  (await as('requests.file', { intake, requestKey: `test-key-${++keys}-abcdef` })) as Result<RequestSummary>;
const detail = async (id: string, as = admin) => unwrap(await as('requests.get', { id })) as RequestDetail;
const outbox = (type: string) =>
  t.core.db.prepare('SELECT count(*) FROM outbox WHERE op_type = ?').pluck().get(type) as number;

describe('a room loan from letter to report', () => {
  it('passes the chain officer by officer, with an overdue step flagged, and only the position holder acts', async () => {
    const sekretariat = await officer('Tuti Sekretariat', 'sekretariat');
    const kadis = await officer('Dr. Hendra, Kepala Dinas', 'kepala_dinas');
    const kabid = await officer('Yanti Kabid', null, ['kabid']);
    const kasi = await officer('Rudi Kasi', null, ['kasi']);
    const loan = unwrap(await file(await roomLoan())) as RequestSummary;
    expect(loan).toMatchObject({ status: 'received', currentStep: { stepId: 'registry', overdue: false } });
    expect(loan.reference).toMatch(/^PMH-2026-[0-9A-Z]{6}$/);

    // The Kepala Dinas cannot act before the registry; the registry acts within its 15 minutes.
    expect(await kadis('requests.act', { id: loan.id, stepId: 'head', note: '' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.requests.notCurrentStep' },
    });
    t.clock.advance(10 * MIN);
    unwrap(await sekretariat('requests.act', { id: loan.id, stepId: 'registry', note: 'Agenda 123' }));
    // The head's step waits 40 minutes: 25 past its standard time, flagged in the list and the detail.
    t.clock.advance(40 * MIN);
    const late = (unwrap(await admin('requests.list', {})) as { items: RequestSummary[] }).items[0]!;
    expect(late).toMatchObject({
      status: 'in_chain',
      overdue: true,
      currentStep: { stepId: 'head', overdue: true },
    });
    const seen = await detail(loan.id, kadis);
    expect(seen.mayAct).toBe('head');
    expect(seen.chain.find((s) => s.stepId === 'head')).toMatchObject({
      state: 'current',
      overdue: true,
      overdueMinutes: 25,
    });
    // The Sekretariat may read it (a position in the chain) but not act on the head's step.
    expect((await detail(loan.id, sekretariat)).mayAct).toBeNull();
    expect(await sekretariat('requests.act', { id: loan.id, stepId: 'head', note: '' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.requests.notYourStep' },
    });
    unwrap(await kadis('requests.act', { id: loan.id, stepId: 'head', note: 'Teruskan ke Kabid TKPBET.' }));
    unwrap(await kabid('requests.act', { id: loan.id, stepId: 'division', note: 'Kasi, mohon diproses.' }));
    unwrap(await kasi('requests.act', { id: loan.id, stepId: 'section', note: 'Admin, jadwalkan.' }));
    const done = unwrap(
      await admin('requests.act', { id: loan.id, stepId: 'admin', note: 'Dijadwalkan.' }),
    ) as RequestSummary;
    expect(done).toMatchObject({ status: 'in_process', currentStep: null, overdue: false });
    const chain = (await detail(loan.id)).chain;
    expect(chain.map((s) => [s.stepId, s.entry?.officer.name, s.overdue])).toEqual([
      ['registry', 'Tuti Sekretariat', false],
      ['head', 'Dr. Hendra, Kepala Dinas', true],
      ['division', 'Yanti Kabid', false],
      ['section', 'Rudi Kasi', false],
      ['admin', 'Rina Petugas', false],
    ]);
    expect(outbox('request.filed')).toBe(1);
    expect(outbox('request.stepDone')).toBe(5);
    const audited = t.core.db
      .prepare("SELECT action, actor FROM audit_log WHERE action = 'requests.act' ORDER BY at")
      .all() as { actor: string }[];
    expect(audited).toHaveLength(5);
  });

  it('clashes with another booking, shows it and the nearest free slots, and is moved to the agreed one', async () => {
    const first = unwrap(await file(await roomLoan({ office: 'Bappeda' }))) as RequestSummary;
    const second = await file(await roomLoan({ office: 'Dinas Sosial' }, { start: '10:00', end: '12:00' }));
    const clashing = unwrap(second);
    for (const id of [first.id, clashing.id])
      for (const stepId of ['registry', 'head', 'division', 'section', 'admin'])
        unwrap(await admin('requests.act', { id, stepId, note: '' }));
    unwrap(await admin('requests.schedule', { id: first.id, slot: first.slot, note: '' }));
    const seen = await detail(clashing.id);
    expect(seen.check.clashes.map((c) => [c.reference, c.office])).toEqual([[first.reference, 'Bappeda']]);
    // Bappeda holds 08:30–11:15 with setting up and clearing; Dinas Sosial needs 09:30–12:15: the
    // nearest free two hours start at 11:45 (11:15 + its own 30 minutes of setting up).
    expect(seen.check.freeSlots[0]).toEqual({ day: '2026-11-25', start: '11:45', end: '13:45' });
    expect(
      await admin('requests.schedule', { id: clashing.id, slot: clashing.slot, note: '' }),
    ).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.requests.slotTaken', params: { reference: first.reference } },
    });
    const agreed = { roomId: 'pontive', ...seen.check.freeSlots[0]! };
    const moved = unwrap(
      await admin('requests.schedule', {
        id: clashing.id,
        slot: agreed,
        note: 'Disepakati dengan Ibu Sari lewat telepon.',
      }),
    ) as RequestSummary;
    expect(moved).toMatchObject({ status: 'scheduled', slot: agreed });
    expect((await detail(clashing.id)).record.schedule).toMatchObject({ moved: true });
    expect((await detail(clashing.id)).check.clashes).toEqual([]);
  });

  it('is prepared, attended by scanning its QR (each scan counted) and reported on, its damage filed in the inventory', async () => {
    const loan = unwrap(await file(await roomLoan())) as RequestSummary;
    for (const stepId of ['registry', 'head', 'division', 'section', 'admin'])
      unwrap(await admin('requests.act', { id: loan.id, stepId, note: '' }));
    unwrap(await admin('requests.schedule', { id: loan.id, slot: loan.slot, note: '' }));
    unwrap(await admin('requests.task', { id: loan.id, task: 'room_ready', note: 'Komputer menyala.' }));
    expect(await admin('requests.task', { id: loan.id, task: 'operator', operatorName: '' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.requests.operatorRequired' },
    });
    unwrap(await admin('requests.task', { id: loan.id, task: 'operator', operatorName: 'Andi Pratama' }));
    const { attendanceToken } = (await detail(loan.id)).record;
    // Before the day: told kindly which day it is.
    expect(
      t.core.scans.handle({
        text: attendanceQrText(attendanceToken),
        source: 'serial',
        deviceId: 'serial:/dev/kiosk',
      }),
    ).toMatchObject({
      kind: 'event_attendance',
      result: 'not_today',
      day: '2026-11-25',
    });
    t.clock.set(Date.parse('2026-11-25T08:40:00+07:00'));
    const scans = [1, 2, 3].map(() =>
      t.core.scans.handle({
        text: attendanceQrText(attendanceToken),
        source: 'serial',
        deviceId: 'serial:/dev/kiosk',
      }),
    );
    expect(scans.map((s) => (s as { ordinal: number }).ordinal)).toEqual([1, 2, 3]);
    expect(scans[0]).toMatchObject({ result: 'counted', roomName: 'Ruang Pontive Center', start: '09:00' });
    const projector = unwrap(
      await admin('inventory.create', {
        assetCode: '',
        name: 'Proyektor Epson',
        category: 'Elektronik',
        kind: 'asset',
        place: { kind: 'room', room: 'Pontive' },
        condition: 'baik',
      }),
    ) as { id: string };
    t.clock.advance(3 * 60 * MIN);
    const reported = unwrap(
      await admin('requests.report', {
        id: loan.id,
        summary: 'Pelatihan berjalan lancar.',
        problems: [{ itemId: projector.id, note: 'Lampu proyektor redup.' }],
      }),
    ) as RequestSummary;
    expect(reported).toMatchObject({ status: 'done', attendance: 3 });
    expect((await detail(loan.id)).record.report).toMatchObject({
      attendance: 3,
      problems: [{ itemName: 'Proyektor Epson' }],
    });
    expect(outbox('request.attended')).toBe(3);
    expect(outbox('inventoryProblem.reported')).toBe(1);
  });
});

describe('the rules at the desk', () => {
  it('refuses an incomplete request with every missing field listed, and nothing is saved', async () => {
    const r = await file({
      ...(await roomLoan()),
      office: '',
      contactPhone: '',
      letter: { number: '', date: null, via: 'desk', file: null },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'validation', messageKey: 'errors.requests.incomplete' },
    });
    if (r.ok) return;
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual([
      'contactPhone',
      'letterDate',
      'letterFile',
      'letterNumber',
      'office',
    ]);
    expect(r.error.params).toMatchObject({ count: 5 });
    expect(t.core.db.prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
    expect(outbox('request.filed')).toBe(0);
  });

  it('refuses a request without the no-buffet confirmation', async () => {
    const r = await file({ ...(await roomLoan()), noBuffet: false });
    expect(r).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.requests.noBuffet', fields: { noBuffet: 'errors.requests.noBuffet' } },
    });
  });

  it('refuses an internet meeting two days ahead, with the earliest day (Singkawang: 3 days from the letter)', async () => {
    unwrap(await admin('requests.settings.update', singkawangRequestSettings));
    const intake = {
      typeId: 'internet_meeting',
      office: 'Dinas Kesehatan Kota Singkawang',
      contactName: 'Agus',
      contactPhone: '081255550000',
      subject: 'Rapat koordinasi daring',
      letter: {
        number: '005/88/DINKES',
        date: '2026-11-23',
        receivedOn: '2026-11-23',
        via: 'srikandi',
        file: await letterFile(),
      },
      event: {
        roomId: 'tcm',
        day: '2026-11-25',
        start: '09:00',
        end: '11:00',
        participants: 20,
        layout: 'U',
        equipment: ['Kamera'],
        application: 'Zoom',
        connectionTest: { day: '2026-11-24', time: '14:00' },
      },
    };
    expect(await file(intake)).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.requests.leadTime', params: { days: 3, earliest: '2026-11-26' } },
    });
    const ok = unwrap(
      await file({ ...intake, event: { ...intake.event, day: '2026-11-26' } }),
    ) as RequestSummary;
    expect(ok.status).toBe('received');
  });

  it('takes hostile and oversize text as text, and refuses what is over the limit', async () => {
    const hostile = '<script>alert(1)</script> Rapat 😀';
    const ok = unwrap(await file({ ...(await roomLoan()), subject: hostile })) as RequestSummary;
    expect((await detail(ok.id)).record.intake.subject).toBe(hostile);
    expect(await file({ ...(await roomLoan()), subject: 'x'.repeat(301) })).toMatchObject({
      ok: false,
      error: { fields: { 'intake.subject': 'errors.requests.subjectTooLong' } },
    });
  });

  it('files one request for a form sent twice', async () => {
    const intake = await roomLoan();
    const a = unwrap(
      await admin('requests.file', { intake, requestKey: 'same-form-key-123' }),
    ) as RequestSummary;
    const b = unwrap(
      await admin('requests.file', { intake, requestKey: 'same-form-key-123' }),
    ) as RequestSummary;
    expect(b.id).toBe(a.id);
    expect(outbox('request.filed')).toBe(1);
  });

  it('refuses an upload that is not a letter, by its content', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    expect(await admin('requests.upload', { name: 'surat.pdf', contentBase64: html })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.files.notALetter' },
    });
  });
});

describe('an application request (SOP 100)', () => {
  const application = async (office: string) => ({
    typeId: 'application',
    office,
    contactName: 'Budi',
    contactPhone: '081298765432',
    subject: 'Pengembangan aplikasi antrean',
    letter: { number: '027/1/DINKES', date: '2026-11-20', via: 'desk', file: await letterFile() },
  });

  it('is accepted into next year’s RKA after the Kasi’s analysis, and another is rejected with its reply letter', async () => {
    const accepted = unwrap(await file(await application('Dinas Kesehatan'))) as RequestSummary;
    expect(
      await admin('requests.decide', { id: accepted.id, outcome: 'accepted', rkaYear: 2027 }),
    ).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.requests.chainNotDone' },
    });
    for (const stepId of ['registry', 'head', 'division', 'analysis'])
      unwrap(await admin('requests.act', { id: accepted.id, stepId, note: '' }));
    const decided = unwrap(
      await admin('requests.decide', {
        id: accepted.id,
        outcome: 'accepted',
        analysis: 'Sejalan dengan rencana strategis SPBE.',
        discussion: 'Dibahas 60 menit dengan tim Dinkes.',
        rkaYear: 2027,
      }),
    ) as RequestSummary;
    expect(decided.status).toBe('accepted');
    expect((await detail(accepted.id)).record.decision).toMatchObject({ outcome: 'accepted', rkaYear: 2027 });

    const refused = unwrap(await file(await application('Kecamatan Pontianak Kota'))) as RequestSummary;
    expect(await admin('requests.decide', { id: refused.id, outcome: 'rejected', reason: '' })).toMatchObject(
      {
        ok: false,
        error: { messageKey: 'errors.requests.reasonRequired' },
      },
    );
    unwrap(
      await admin('requests.decide', {
        id: refused.id,
        outcome: 'rejected',
        reason: 'Sudah ada aplikasi serupa.',
      }),
    );
    const letter = unwrap(
      await admin('requests.issueLetter', { id: refused.id, kind: 'reply_rejected' }),
    ) as {
      id: string;
      number: string;
    };
    expect(letter.number).toBe('000.8.3.3/1/AI-A/2026');
    const second = unwrap(
      await admin('requests.issueLetter', { id: accepted.id, kind: 'reply_accepted' }),
    ) as { number: string };
    expect(second.number).toBe('000.8.3.3/2/AI-A/2026');
    // Nothing leaves rejected.
    expect(
      await admin('requests.decide', { id: refused.id, outcome: 'cancelled', reason: 'Batal' }),
    ).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.requests.closed' },
    });
  });
});

describe('who sees what', () => {
  it('keeps the officer’s methods from a visitor, and the public agenda shows no contact', async () => {
    const loan = unwrap(await file(await roomLoan())) as RequestSummary;
    for (const stepId of ['registry', 'head', 'division', 'section', 'admin'])
      unwrap(await admin('requests.act', { id: loan.id, stepId, note: '' }));
    unwrap(await admin('requests.schedule', { id: loan.id, slot: loan.slot, note: '' }));
    expect(await t.core.call('requests.get', { id: loan.id })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(await t.core.call('requests.list', {})).toMatchObject({ ok: false });
    const pub = unwrap(await t.core.call('requests.publicAgenda', { from: '2026-11-23', days: 7 })) as {
      events: Record<string, unknown>[];
    };
    expect(pub.events).toHaveLength(1);
    expect(JSON.stringify(pub.events)).not.toMatch(/Sari|0812|sari@/);
    expect(pub.events[0]).toMatchObject({
      office: 'Dinas Pendidikan Kota Pontianak',
      blockStart: '08:30',
      blockEnd: '11:15',
    });
    // An officer with neither the permission nor a place in a chain is refused.
    const guard = await officer('Satpam', null, []);
    expect(await guard('requests.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Reading one request whole is audited.
    await detail(loan.id);
    expect(
      t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'read:requests.get'").pluck().get(),
    ).toBeGreaterThan(0);
  });
});

describe('the requester’s personal data', () => {
  it('is erased by the retention job a retention period after the event, and the office’s record stays', async () => {
    const old = unwrap(await file(await roomLoan())) as RequestSummary;
    t.clock.advance(300 * 24 * 60 * MIN);
    const recent = unwrap(
      await file(await roomLoan({}, { day: '2027-09-21', start: '09:00', end: '10:00' })),
    ) as RequestSummary;
    // 366 days after the first event: the first is due, the second (entered 66 days ago) is not.
    t.clock.set(Date.parse('2027-11-26T10:00:00+07:00'));
    const tick = () => t.core.retention.tick();
    tick();
    const first = (await detail(old.id)).record.intake;
    expect(first).toMatchObject({
      contactName: '',
      contactPhone: '',
      contactEmail: '',
      office: 'Dinas Pendidikan Kota Pontianak',
    });
    expect((await detail(recent.id)).record.intake.contactName).toBe('Sari Wulandari');
    expect(outbox('request.contactErased')).toBe(1);
    expect(
      t.core.db.prepare("SELECT actor FROM audit_log WHERE action = 'requests.eraseContact'").pluck().all(),
    ).toEqual(['system']);
  });
});

describe('letters and reports from the core', () => {
  it('writes the reply letter, the disposition sheet and the monthly room-loan report listing the month’s loans', async () => {
    const loan = unwrap(await file(await roomLoan())) as RequestSummary;
    for (const stepId of ['registry', 'head', 'division', 'section', 'admin'])
      unwrap(await admin('requests.act', { id: loan.id, stepId, note: 'Segera diproses.' }));
    unwrap(await admin('requests.schedule', { id: loan.id, slot: loan.slot, note: '' }));
    const notice = unwrap(await admin('requests.issueLetter', { id: loan.id, kind: 'schedule_notice' })) as {
      id: string;
    };
    const pdfOf = async (method: string, input: unknown) => {
      const f = unwrap(await admin(method, input)) as { mime: string; contentBase64: string };
      expect(f.mime).toBe('application/pdf');
      return pdfText(Buffer.from(f.contentBase64, 'base64'));
    };
    const letterText = await pdfOf('requests.letterPdf', { letterId: notice.id });
    expect(letterText).toContain('000.8.3.3/1/AI-A/2026');
    expect(letterText).toContain('Rabu, 25 November 2026');
    const sheet = await pdfOf('requests.dispositionPdf', { id: loan.id });
    expect(sheet).toContain('LEMBAR DISPOSISI');
    expect(sheet).toContain('Segera diproses.');
    const report = await pdfOf('requests.reportPdf', { kind: 'monthly_room_loans', period: '2026-11' });
    expect(report).toContain('LAPORAN BULANAN PEMINJAMAN RUANGAN');
    expect(report).toMatch(/25 November 2026\s+Ruang Pontive Center/);
    expect(report).toMatch(/Dinas Pendidikan/);
    const empty = await pdfOf('requests.reportPdf', { kind: 'monthly_room_loans', period: '2026-10' });
    expect(empty).not.toMatch(/Dinas Pendidikan/);
    const xlsx = unwrap(await admin('requests.reportXlsx', { kind: 'loans_list', period: '2026' })) as {
      contentBase64: string;
      filename: string;
    };
    expect(xlsx.filename).toMatch(/\.xlsx$/);
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(await admin('requests.reportPdf', { kind: 'loans_list', period: '2026-S1' })).toMatchObject({
      ok: false,
    });
  });
});
