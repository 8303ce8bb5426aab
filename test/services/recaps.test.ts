// The monthly recap and its review trail on the real kiosk core (SQLite, the dispatcher's access
// checks, runCommand): the figures of a hand-made month, the officer → Kasi (a correction) → Kabid
// trail with a return and a new revision, the refusals of a frozen revision, audit rows and outbox
// operations, the audited read of the users, and the PDF that stays byte-identical once forwarded.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecapDetail, RecapSummary } from '../../shared/contract';
import type { RecapFigures } from '../../shared/recaps/figures';
import type { Result } from '../../shared/result';
import { pdfText, pdfToPngs } from '../support/pdfPages';
import { TEST_ADMIN, makeTestCore, type TestCore } from '../support/testCore';
import { insertReservation, insertVisit, insertVisitor } from './../shared/recaps/seedVisits';
import { unwrap } from '../support/deskDay';

const DEC_2_10AM = Date.parse('2026-12-02T10:00:00+07:00');
let t: TestCore;

beforeEach(async () => {
  t = await makeTestCore(DEC_2_10AM);
});
afterEach(() => t.core.close());

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}
const refusal = (r: Result<unknown>) => (r.ok ? null : r.error.messageKey);

async function officerWith(
  roles: string[],
  name: string,
  nip: string | null = null,
  position: string | null = null,
) {
  const created = value<{ id: string }>(
    await t.core.call(
      'officers.create',
      { fullName: name, nip, position, roles, pin: '11223344' },
      { session: t.admin!.session },
    ),
  );
  const first = value<{ session: string }>(
    await t.core.call('officer.unlock', { officerId: created.id, pin: '11223344' }),
  );
  unwrap(
    await t.core.call(
      'officer.changePin',
      { currentPin: '11223344', newPin: '24681357' },
      { session: first.session },
    ),
  );
  return { id: created.id, call: signedIn(created.id, '24681357') };
}

/** Calls as the officer, signing in again when the idle lock ended the session (the clock moves on). */
function signedIn(officerId: string, pin: string) {
  let session = '';
  return async (method: string, input: unknown): Promise<Result<unknown>> => {
    if (session) {
      const r = await t.core.call(method, input, { session });
      if (r.ok || r.error.messageKey !== 'errors.officer.locked') return r;
    }
    session = value<{ session: string }>(await t.core.call('officer.unlock', { officerId, pin })).session;
    return t.core.call(method, input, { session });
  };
}

/** November 2026 by hand: three visits of two visitors, a no-show, a cancellation, a booking never used. */
function seedNovember() {
  const db = t.core.db;
  insertVisitor(db, 'vis-budi', 'Budi Santoso');
  insertVisitor(db, 'vis-citra', 'Citra Dewi');
  insertVisitor(db, 'vis-dina', 'Dina Amalia');
  db.transaction(() => {
    insertVisit(db, {
      visitorId: 'vis-budi',
      day: '2026-11-02',
      startMinute: 9 * 60,
      stayMinutes: 120,
      desk: 1,
      closeKind: 'confirmed',
    });
    // Eight hours: over the 420-minute limit, closed by the stay monitor.
    insertVisit(db, {
      visitorId: 'vis-budi',
      day: '2026-11-03',
      startMinute: 10 * 60 + 30,
      stayMinutes: 480,
      desk: 2,
      closeKind: 'auto_limit',
    });
    insertVisit(db, {
      visitorId: 'vis-citra',
      day: '2026-11-09',
      startMinute: 9 * 60 + 15,
      stayMinutes: 60,
      desk: 1,
      closeKind: 'problem',
      problems: ['Kabel HDMI putus'],
    });
    // The day before and the day after the month: not counted.
    insertVisit(db, {
      visitorId: 'vis-citra',
      day: '2026-10-31',
      startMinute: 9 * 60,
      stayMinutes: 60,
      desk: 3,
      closeKind: 'confirmed',
    });
    insertVisit(db, {
      visitorId: 'vis-citra',
      day: '2026-12-01',
      startMinute: 9 * 60,
      stayMinutes: 60,
      desk: 3,
      closeKind: 'confirmed',
    });
    insertReservation(db, 'vis-dina', '2026-11-04', 'no_show');
    insertReservation(db, 'vis-dina', '2026-11-05', 'cancelled');
    insertReservation(db, 'vis-dina', '2026-11-20', 'booked');
  })();
}

const november = { periodKind: 'month', period: '2026-11' } as const;

describe('the figures of a month', () => {
  it('counts the month of the site’s zone, as worked out by hand', async () => {
    seedNovember();
    const { figures } = value<{ figures: RecapFigures }>(
      await t.core.call('recaps.preview', november, { session: t.admin!.session }),
    );
    expect(figures.from).toBe('2026-11-01');
    expect(figures.to).toBe('2026-11-30');
    expect(figures.totals).toEqual({
      visits: 3,
      visitors: 2,
      visitMinutes: 660,
      averageStayMinutes: 220,
      overstays: 1,
      // Three completed and two not come (the no-show and the booking of a day long past); the
      // cancellation does not count.
      reservations: 5,
      noShows: 2,
      noShowRate: 0.4,
      closedWithoutConfirmation: 1,
      deskProblems: 1,
      equipmentProblems: 0,
      complaintsFiled: 0,
      complaintsClosed: 0,
      desksTotal: 12,
      // November 2026: 21 weekdays, no holidays in the test calendar.
      openDays: 21,
    });
    expect(figures.perDay).toHaveLength(30);
    expect(figures.perDay[1]).toBe(1);
    expect(figures.perDay[2]).toBe(1);
    expect(figures.perDay[8]).toBe(1);
    expect(figures.perDay.reduce((a, b) => a + b, 0)).toBe(3);
    expect(figures.perMonth).toEqual([3]);
    // The trend, a day at a time: the stays of the days with closed visits, the no-shows of the
    // days with bookings (null where there is nothing to average).
    expect(figures.trend.stay).toHaveLength(30);
    expect(figures.trend.noShowRate).toHaveLength(30);
    expect(figures.trend.stay.filter((m) => m !== null)).toHaveLength(
      figures.perDay.filter((n) => n > 0).length,
    );
    expect(figures.trend.noShowRate.some((r) => r === 1)).toBe(true);
    expect(figures.perHour[9]).toBe(2);
    expect(figures.perHour[10]).toBe(1);
    // Tuesday 10.30–18.30 on one of November's four Tuesdays: a quarter desk each full hour.
    expect(figures.heat[1]![11]).toBe(0.3);
    expect(figures.heat[1]![9]).toBe(0);
    // Desk 1: 120 + 60 minutes of 21 days × 525 minutes of service.
    expect(figures.desks).toEqual([
      [1, 2, 180, Math.round((180 / (21 * 525)) * 10_000) / 10_000],
      [2, 1, 480, Math.round((480 / (21 * 525)) * 10_000) / 10_000],
    ]);
    expect(figures.users).toEqual([
      ['Budi Santoso', 2, 600],
      ['Citra Dewi', 1, 60],
    ]);
    // The users are personal data: the preview's read is on record.
    const audited = t.core.db
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'read:recaps.preview'")
      .pluck()
      .get() as number;
    expect(audited).toBe(1);
  });

  it('a quarter and a year count the same visits per month and list no users', async () => {
    seedNovember();
    const q = value<{ figures: RecapFigures }>(
      await t.core.call(
        'recaps.preview',
        { periodKind: 'quarter', period: '2026-Q4' },
        { session: t.admin!.session },
      ),
    ).figures;
    expect(q.perMonth).toEqual([1, 3, 1]);
    expect(q.users).toBeNull();
    expect(q.totals.visitors).toBe(2);
    const y = value<{ figures: RecapFigures }>(
      await t.core.call(
        'recaps.preview',
        { periodKind: 'year', period: '2026' },
        { session: t.admin!.session },
      ),
    ).figures;
    expect(y.perMonth).toHaveLength(12);
    expect(y.perMonth.slice(9)).toEqual([1, 3, 1]);
    expect(y.totals.visits).toBe(5);
  });

  it('counts a visit still open up to now, in whole minutes, for its user', async () => {
    insertVisitor(t.core.db, 'vis-eka', 'Eka Putri');
    // Checked in at 09.00 today, still at the desk at 10.00.30 (the clock): 60 whole minutes so far.
    insertVisit(t.core.db, {
      visitorId: 'vis-eka',
      day: '2026-12-02',
      startMinute: 9 * 60,
      stayMinutes: 0,
      desk: 3,
      closeKind: null,
    });
    t.clock.advance(30_000);
    const { figures } = value<{ figures: RecapFigures }>(
      await t.core.call(
        'recaps.preview',
        { periodKind: 'month', period: '2026-12' },
        { session: t.admin!.session },
      ),
    );
    expect(figures.users).toEqual([['Eka Putri', 1, 60]]);
    expect(figures.totals).toMatchObject({
      visits: 1,
      visitMinutes: 60,
      averageStayMinutes: null,
      overstays: 0,
    });
  });

  it('refuses a period of the wrong kind', async () => {
    const r = await t.core.call(
      'recaps.preview',
      { periodKind: 'month', period: '2026-Q4' },
      { session: t.admin!.session },
    );
    expect(!r.ok && r.error.fields?.period).toBe('errors.recaps.periodInvalid');
  });
});

describe('the review trail', () => {
  it('goes officer → Kasi (a correction, a return) → new revision → Kabid, and freezes once forwarded', async () => {
    seedNovember();
    const petugas = await officerWith(['petugas'], 'Rudi Hartono', '199001012015031002');
    const kasi = await officerWith(['kasi'], 'Drs. Ahmad Yani', '196103291989031004', 'sub_koordinator');
    const kabid = await officerWith(['kabid'], 'Ir. Sri Wahyuni, M.T.', '197005121995032001');

    const rev1 = value<RecapSummary>(await petugas.call('recaps.submit', november));
    expect(rev1).toMatchObject({ revision: 1, supersedes: null, status: 'submitted' });
    expect(rev1.preparedBy).toMatchObject({ name: 'Rudi Hartono', nip: '199001012015031002' });
    // One revision at a time waits for the Kasi.
    expect(refusal(await petugas.call('recaps.submit', november))).toBe('errors.recaps.inReview');
    // Roles decide each step.
    expect(refusal(await kasi.call('recaps.submit', november))).toBe('errors.officer.forbidden');
    expect(refusal(await petugas.call('recaps.return', { id: rev1.id, reason: 'Saya sendiri' }))).toBe(
      'errors.officer.forbidden',
    );

    const corrected = value<RecapSummary>(
      await kasi.call('recaps.comment', {
        id: rev1.id,
        text: 'Satu kunjungan tanggal 9 dicatat manual di buku tamu.',
        correction: { figure: 'visits', value: 4 },
      }),
    );
    expect(corrected.totals.visits).toBe(4);
    const note = corrected.trail.at(-1)!;
    expect(note).toMatchObject({
      kind: 'commented',
      by: { name: 'Drs. Ahmad Yani' },
      correction: { figure: 'visits', from: 3, to: 4 },
    });
    expect(note.at).toBe(DEC_2_10AM);

    const returned = value<RecapSummary>(
      await kasi.call('recaps.return', { id: rev1.id, reason: 'Lengkapi daftar pengguna tanggal 9.' }),
    );
    expect(returned.status).toBe('returned');
    expect(refusal(await kasi.call('recaps.comment', { id: rev1.id, text: 'Satu lagi' }))).toBe(
      'errors.recaps.frozen',
    );

    t.clock.advance(60 * 60_000);
    const rev2 = value<RecapSummary>(await petugas.call('recaps.submit', november));
    expect(rev2).toMatchObject({ revision: 2, supersedes: rev1.id, status: 'submitted' });
    expect(refusal(await kasi.call('recaps.forward', { id: rev2.id, receiverId: petugas.id }))).toBe(
      'errors.recaps.receiverUnknown',
    );
    const receivers = value<{ items: { id: string; fullName: string }[] }>(
      await kasi.call('recaps.receivers', {}),
    );
    expect(receivers.items.map((o) => o.fullName)).toContain('Ir. Sri Wahyuni, M.T.');
    const forwarded = value<RecapSummary>(
      await kasi.call('recaps.forward', { id: rev2.id, receiverId: kabid.id }),
    );
    expect(forwarded).toMatchObject({ status: 'forwarded', forwardedTo: { name: 'Ir. Sri Wahyuni, M.T.' } });
    expect(refusal(await kasi.call('recaps.return', { id: rev2.id, reason: 'Terlambat dikembalikan' }))).toBe(
      'errors.recaps.frozen',
    );
    expect(refusal(await petugas.call('recaps.acknowledge', { id: rev2.id }))).toBe(
      'errors.officer.forbidden',
    );
    const acknowledged = value<RecapSummary>(await kabid.call('recaps.acknowledge', { id: rev2.id }));
    expect(acknowledged.status).toBe('acknowledged');
    expect(refusal(await kabid.call('recaps.acknowledge', { id: rev2.id }))).toBe(
      'errors.recaps.alreadyAcknowledged',
    );

    // The old revision stays as it was; all three see both, newest first, with the whole trail.
    for (const who of [petugas, kasi, kabid]) {
      const list = value<{ items: RecapSummary[] }>(await who.call('recaps.list', { period: '2026-11' }));
      expect(list.items.map((r) => [r.revision, r.status])).toEqual([
        [2, 'acknowledged'],
        [1, 'returned'],
      ]);
      expect(list.items[1]!.trail.map((e) => e.kind)).toEqual(['submitted', 'commented', 'returned']);
      expect(list.items[1]!.trail[2]!.text).toBe('Lengkapi daftar pengguna tanggal 9.');
    }
    // Each step went to the outbox as its operation, and on record naming its officer.
    const ops = t.core.db
      .prepare("SELECT op_type, actor FROM outbox WHERE entity_type = 'recap' ORDER BY seq")
      .all() as { op_type: string; actor: string }[];
    expect(ops.map((o) => o.op_type)).toEqual([
      'recap.submitted',
      'recap.commented',
      'recap.returned',
      'recap.submitted',
      'recap.forwarded',
      'recap.acknowledged',
    ]);
    expect(ops[1]!.actor).toBe(`officer:${kasi.id}`);
    const audits = t.core.db
      .prepare(
        "SELECT action, actor FROM audit_log WHERE entity = 'recap' AND action NOT LIKE 'read:%' ORDER BY id",
      )
      .all() as { action: string; actor: string }[];
    expect(audits.map((a) => a.action)).toEqual([
      'recaps.submit',
      'recaps.comment',
      'recaps.return',
      'recaps.submit',
      'recaps.forward',
      'recaps.acknowledge',
    ]);
    // Opening a revision with its users is an audited read.
    value<RecapDetail>(await kabid.call('recaps.get', { id: rev2.id }));
    expect(
      t.core.db.prepare("SELECT actor FROM audit_log WHERE action = 'read:recaps.get'").pluck().all(),
    ).toEqual([`officer:${kabid.id}`]);
  });
});

describe('the PDF of a forwarded revision', () => {
  it('is byte-identical whenever it is made, whatever changes after the forward; a new revision differs', async () => {
    seedNovember();
    const admin = signedIn(t.admin!.id, TEST_ADMIN.pin);
    unwrap(
      await admin('settings.documents.update', {
        governmentLine: 'PEMERINTAH KOTA PONTIANAK',
        unitLines: ['BIDANG TKPBET'],
        city: 'Pontianak',
        preparerTitle: 'Admin Startup Hub',
        reviewerTitle: 'Kepala Seksi PK&AI',
        receiverTitle: 'Kepala Bidang TKPBET',
      }),
    );
    const kasi = await officerWith(['kasi'], 'Drs. Ahmad Yani', '196103291989031004');
    const kabid = await officerWith(['kabid'], 'Ir. Sri Wahyuni, M.T.', '197005121995032001');
    const rev = value<RecapSummary>(await admin('recaps.submit', november));
    unwrap(
      await kasi.call('recaps.comment', {
        id: rev.id,
        text: 'Sudah sesuai buku tamu.',
        correction: { figure: 'noShows', value: 1 },
      }),
    );
    unwrap(await kasi.call('recaps.forward', { id: rev.id, receiverId: kabid.id }));
    const pdf = async (id: string) =>
      Buffer.from(
        value<{ contentBase64: string }>(await admin('recaps.pdf', { id, lang: 'id' })).contentBase64,
        'base64',
      );
    const before = await pdf(rev.id);

    // A visit of November changes, the Kabid acknowledges, days pass: the forwarded PDF does not move.
    insertVisit(t.core.db, {
      visitorId: 'vis-budi',
      day: '2026-11-10',
      startMinute: 600,
      stayMinutes: 30,
      desk: 4,
      closeKind: 'confirmed',
    });
    t.core.db.prepare('UPDATE visits SET desk_number = 5 WHERE id = (SELECT min(id) FROM visits)').run();
    t.clock.advance(3 * 86_400_000);
    unwrap(await kabid.call('recaps.acknowledge', { id: rev.id }));
    // The office later renames its Bidang and its signers' titles: the signed report keeps its kop.
    unwrap(
      await admin('settings.documents.update', {
        governmentLine: 'PEMERINTAH KOTA PONTIANAK',
        unitLines: ['BIDANG LAIN'],
        city: 'Pontianak',
        preparerTitle: 'Pengelola Coworking',
        reviewerTitle: 'Sub Koordinator PKAI',
        receiverTitle: 'Kepala Bidang',
      }),
    );
    const after = await pdf(rev.id);
    expect(after.equals(before)).toBe(true);

    // A correction after the forward is a new revision, with the changed data: another document.
    const rev2 = value<RecapSummary>(await admin('recaps.submit', november));
    expect(rev2.revision).toBe(2);
    const second = await pdf(rev2.id);
    expect(second.equals(before)).toBe(false);

    expect(await pdfText(second)).toContain('Sub Koordinator PKAI');
    const text = await pdfText(before);
    expect(text).toContain('PEMERINTAH KOTA PONTIANAK');
    expect(text).toContain('Kepala Seksi PK&AI');
    expect(text).toContain('REKAP LAPORAN PENGGUNA COWORKING SPACE');
    expect(text).toContain('November 2026');
    expect(text).toContain('Pontianak, 2 Desember 2026');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('Drs. Ahmad Yani');
    expect(text).toContain('19610329 198903 1 004');
    expect(text).toContain('Budi Santoso');
    expect(text).not.toContain('Diterima\n'); // the acknowledgement came after the forward
    const out = join(process.cwd(), 'test-results', 'recaps-pdf');
    mkdirSync(out, { recursive: true });
    const pages = await pdfToPngs(before, out, 'rekap-2026-11');
    expect(pages.length).toBeGreaterThanOrEqual(2);

    const xlsx = value<{ filename: string; contentBase64: string }>(
      await admin('recaps.xlsx', { id: rev.id }),
    );
    expect(xlsx.filename).toBe('Rekap_2026-11_rev1.xlsx');
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

describe('bad input', () => {
  it('is refused with the field’s reason and changes nothing; hostile text is kept as text', async () => {
    seedNovember();
    const kasi = await officerWith(['kasi'], 'Drs. Ahmad Yani');
    const rev = value<RecapSummary>(
      await t.core.call('recaps.submit', november, { session: t.admin!.session }),
    );
    const field = async (input: Record<string, unknown>, method = 'recaps.comment') => {
      const r = await kasi.call(method, { id: rev.id, ...input });
      return r.ok ? null : (r.error.fields ?? {});
    };
    expect(await field({ text: '' })).toEqual({ text: 'errors.recaps.commentRequired' });
    expect(await field({ text: '   ' })).toEqual({ text: 'errors.recaps.commentRequired' });
    expect(await field({ text: 'x'.repeat(5_000) })).toEqual({ text: 'errors.recaps.commentTooLong' });
    expect(await field({ text: 'Koreksi', correction: { figure: 'visits', value: -1 } })).toEqual({
      'correction.value': 'errors.recaps.valueInvalid',
    });
    expect(await field({ text: 'Koreksi', correction: { figure: 'secret', value: 1 } })).toEqual({
      'correction.figure': 'errors.recaps.figureInvalid',
    });
    expect(await field({ reason: 'ok' }, 'recaps.return')).toEqual({
      reason: 'errors.recaps.reasonTooShort',
    });
    const unchanged = value<{ items: RecapSummary[] }>(await kasi.call('recaps.list', { period: '2026-11' }));
    expect(unchanged.items[0]!.trail).toHaveLength(1);

    const hostile = '<script>alert(1)</script> Angka cocok 👍';
    const noted = value<RecapSummary>(await kasi.call('recaps.comment', { id: rev.id, text: hostile }));
    expect(noted.trail.at(-1)!.text).toBe(hostile);
  });
});

describe('the quarterly and yearly reports', () => {
  it('are submitted and filed the same way, from the same data', async () => {
    seedNovember();
    const admin = signedIn(t.admin!.id, TEST_ADMIN.pin);
    const quarter = value<RecapSummary>(
      await admin('recaps.submit', { periodKind: 'quarter', period: '2026-Q4' }),
    );
    const year = value<RecapSummary>(await admin('recaps.submit', { periodKind: 'year', period: '2026' }));
    expect([quarter.totals.visits, year.totals.visits]).toEqual([5, 5]);
    const pdf = async (id: string) =>
      Buffer.from(
        value<{ contentBase64: string }>(await admin('recaps.pdf', { id, lang: 'id' })).contentBase64,
        'base64',
      );
    const q = await pdf(quarter.id);
    const qText = await pdfText(q);
    expect(qText).toContain('LAPORAN TRIWULAN COWORKING SPACE');
    expect(qText).toContain('Triwulan IV 2026');
    expect(qText).toContain('Kunjungan per bulan');
    expect(qText).not.toContain('Daftar pengguna');
    const y = await pdf(year.id);
    expect(await pdfText(y)).toContain('LAPORAN TAHUNAN COWORKING SPACE');
    const out = join(process.cwd(), 'test-results', 'recaps-pdf');
    mkdirSync(out, { recursive: true });
    expect((await pdfToPngs(q, out, 'laporan-2026-Q4')).length).toBeGreaterThanOrEqual(1);
    expect((await pdfToPngs(y, out, 'laporan-tahunan-2026')).length).toBeGreaterThanOrEqual(1);
  });
});
