// Requests on the central admin pages over real HTTP on loopback, against the real server on
// PostgreSQL/PGlite, as the chain's officers use them from their own PCs: the site's officers, rules
// and a portal request (with its PDF letter) come in through the same server handlers a kiosk's
// push runs; the Sekretariat registers the letter; 40 minutes later the Kepala Dinas finds it waiting
// on his step, flagged late, and records his disposition, which the server's record carries. Nobody
// acts on another's step; an officer outside every chain is refused; the letter comes back as the
// same bytes with safe headers and the download is audited; a cross-site form post is refused; the
// Kasi decides an application request once its chain is done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPinHasher } from '../../electron/services/officers/pin';
import { defaultRules } from '../../electron/services/settings/rules';
import { storeLetterOnServer } from '../../server/files/serverLetters';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand } from '../../server/sync/serverCommand';
import type { RequestIntakeInput } from '../../shared/requests/intake';
import type { RequestRecord } from '../../shared/requests/requestRecord';
import { listenOnLoopback, SITE, startTestCentral, type TestCentral } from '../support/central';
import { samplePdf } from '../support/letterSamples';
import { MONDAY_9AM } from '../support/testCore';

const MINUTE = 60_000;
let server: TestCentral;
let baseUrl: string;
let closeHttp: () => Promise<void>;
const serverDeps = () => ({ db: server.central.db, waiters: new ChangeWaiters(server.central.db) });

/** The chain's officers as the kiosks synced them: positions (no permission) and roles. */
const OFFICERS = {
  sekretariat: { id: 'off-sekretariat', fullName: 'Rina Sekretariat', position: 'sekretariat', roles: [] },
  kadis: { id: 'off-kadis', fullName: 'Drs. Hendra Kadis, M.Si.', position: 'kepala_dinas', roles: [] },
  kasi: { id: 'off-kasi', fullName: 'Sari Kasi', position: null, roles: ['kasi'] },
  kabid: { id: 'off-kabid', fullName: 'Ir. Sri Kabid', position: null, roles: ['kabid'] },
  outsider: { id: 'off-operator', fullName: 'Budi Operator', position: 'operator', roles: [] },
} as const;
const PIN = '24681357';
const letterBytes = samplePdf('Surat permohonan peminjaman Ruang Pontive');
const ROOM_LOAN = 'req-room-1';
const APPLICATION = 'req-app-1';

async function seed(type: string, payload: unknown, at = server.clock.now()) {
  return runServerCommand(serverDeps(), SITE.id, 'test', at, (cmd) =>
    cmd.apply(type as 'request.filed', payload as never),
  );
}

beforeAll(async () => {
  server = await startTestCentral(MONDAY_9AM);
  const http = await listenOnLoopback(server.app.fetch);
  baseUrl = http.url;
  closeHttp = http.close;
  const now = server.clock.now();
  // A cheap scrypt cost for the test's PINs; the verifier reads the cost from each hash.
  const hasher = createPinHasher({ N: 1024, r: 8, p: 1 });
  const pin = await hasher.hash(PIN);
  await seed('settings.rulesUpdated', defaultRules);
  for (const o of Object.values(OFFICERS))
    await seed('officer.created', {
      ...o,
      nip: null,
      roles: [...o.roles],
      active: true,
      pin,
      mustChangePin: false,
    });
  const stored = await storeLetterOnServer(server.central.db, letterBytes, 'surat-permohonan.pdf', now);
  if (!stored.ok) throw new Error(stored.messageKey);
  const intake: RequestIntakeInput = {
    typeId: 'room_loan',
    office: 'Dinas Pendidikan Kota Pontianak',
    contactName: 'Sari Wulandari',
    contactPhone: '0812 3456 7890',
    contactEmail: 'sari@disdik.pontianak.go.id',
    subject: 'Peminjaman ruangan untuk rapat koordinasi guru TIK',
    letter: { number: '400.3/123/DISDIK/2026', date: '2026-11-20', via: 'portal', file: stored.ref },
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
  };
  await seed('request.filed', {
    id: ROOM_LOAN,
    reference: 'PMH-2026-K3M9QX',
    intake,
    kind: 'room',
    source: 'portal',
    enteredAt: now,
    enteredBy: null,
    attendanceToken: 'A1B2C3D4E5F6G7H8',
    statusTokenHash: null,
  });
  await seed('request.filed', {
    id: APPLICATION,
    reference: 'PMH-2026-APP001',
    intake: {
      typeId: 'application',
      office: 'Badan Kepegawaian Daerah',
      contactName: 'Andi',
      contactPhone: '0812 1111 2222',
      subject: 'Pengembangan aplikasi presensi pegawai',
      letter: { number: '800/55/BKD/2026', date: '2026-11-19' },
    },
    kind: 'application',
    source: 'desk',
    enteredAt: now - 5 * MINUTE,
    enteredBy: { id: OFFICERS.sekretariat.id, name: OFFICERS.sekretariat.fullName },
    attendanceToken: 'Z9Y8X7W6V5U4T3S2',
    statusTokenHash: null,
  });
});
afterAll(async () => {
  await closeHttp();
  await server.close();
});

/** An officer's browser on the admin pages: a cookie jar, redirects not followed. */
class Browser {
  readonly cookies = new Map<string, string>();
  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
  }
  private headers(): Record<string, string> {
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }
  async get(path: string): Promise<Response> {
    const res = await fetch(baseUrl + path, { headers: this.headers(), redirect: 'manual' });
    this.remember(res);
    return res;
  }
  async post(
    path: string,
    fields: Record<string, string> | [string, string][],
    origin: string | null = baseUrl,
  ): Promise<Response> {
    const res = await fetch(baseUrl + path, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        ...this.headers(),
        'content-type': 'application/x-www-form-urlencoded',
        ...(origin ? { origin } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    });
    this.remember(res);
    return res;
  }
  async page(path: string): Promise<{ status: number; text: string }> {
    const res = await this.get(path);
    const html = await res.text();
    return {
      status: res.status,
      text: html
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' '),
    };
  }
  static async as(officer: keyof typeof OFFICERS): Promise<Browser> {
    const b = new Browser();
    const res = await b.post('/admin/sign-in', { site: SITE.id, officer: OFFICERS[officer].id, pin: PIN });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin');
    return b;
  }
}

async function record(id: string): Promise<RequestRecord> {
  const row = await server.central.db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', SITE.id)
    .where('entity_type', '=', 'request')
    .where('entity_id', '=', id)
    .executeTakeFirstOrThrow();
  return row.data as RequestRecord;
}

async function audits(action: string) {
  return server.central.db
    .selectFrom('server_audit')
    .select(['actor', 'entity_id', 'details'])
    .where('site_id', '=', SITE.id)
    .where('action', '=', action)
    .execute();
}

const page = `/admin/requests/${ROOM_LOAN}`;

// The tests run in order, as the request's morning does.
describe('the disposition chain on the central admin pages', () => {
  it('the Sekretariat registers the letter; he cannot act on the Kepala Dinas’s step', async () => {
    const b = await Browser.as('sekretariat');
    const list = await b.page('/admin/requests');
    expect(list.status).toBe(200);
    expect(list.text).toContain('PMH-2026-K3M9QX');
    expect(list.text).toContain('Peminjaman ruangan Pontive Center');
    expect(list.text).toContain('Dinas Pendidikan Kota Pontianak');
    expect(list.text).toContain('Rabu, 25 November 2026, 09.00–11.00 WIB');
    expect(list.text).toContain('Diterima');
    expect(list.text).toContain('2 permohonan menunggu langkah Anda.');

    // Too long a note is refused with the reason, and nothing is recorded.
    const long = await b.post(`${page}/step`, { stepId: 'registry', note: '🙏 Mohon diproses. '.repeat(80) });
    expect(long.headers.get('location')).toBe(`${page}?refused=invalid_note`);
    expect((await b.page(`${page}?refused=invalid_note`)).text).toContain('Catatan terlalu panjang');
    const huge = await b.post(`${page}/step`, { stepId: 'registry', note: 'x'.repeat(100_000) });
    expect(huge.headers.get('location')).toBe(`${page}?refused=too_long`);
    expect((await b.page(`${page}?refused=too_long`)).text).toContain('Isian terlalu panjang');
    expect((await record(ROOM_LOAN)).steps).toEqual([]);

    const done = await b.post(`${page}/step`, { stepId: 'registry', note: 'Diteruskan kepada Kepala Dinas' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${page}?done=step`);
    const shown = await b.page(`${page}?done=step`);
    expect(shown.text).toContain('Disposisi Anda tersimpan.');
    expect(shown.text).toContain('Permohonan ini sedang menunggu langkah: Kepala Dinas.');

    // The Kepala Dinas's step is not his: refused, and the record keeps one step.
    const theirs = await b.post(`${page}/step`, { stepId: 'head', note: 'Setuju' });
    expect(theirs.headers.get('location')).toBe(`${page}?refused=not_your_step`);
    expect((await b.page(`${page}?refused=not_your_step`)).text).toContain('Langkah ini bukan langkah Anda');
    expect((await record(ROOM_LOAN)).steps.map((s) => s.stepId)).toEqual(['registry']);
  });

  it('40 minutes later the Kepala Dinas finds it waiting on his step, 25 minutes late, and records his disposition', async () => {
    server.clock.advance(40 * MINUTE);
    const b = await Browser.as('kadis');
    const mine = await b.page('/admin/requests?mine=1');
    expect(mine.status).toBe(200);
    expect(mine.text).toContain('PMH-2026-K3M9QX');
    expect(mine.text).toContain('Didisposisikan');
    expect(mine.text).toContain('Kepala Dinas Langkah Anda TERLAMBAT 25 menit batas 09.15');
    // The application request waits on the Sekretariat, not on him.
    expect(mine.text).not.toContain('PMH-2026-APP001');

    const detail = await b.page(page);
    expect(detail.text).toContain('Langkah Anda: Kepala Dinas');
    expect(detail.text).toContain('Rina Sekretariat, 23 November 2026 09.00 WIB');
    expect(detail.text).toContain('Diteruskan kepada Kepala Dinas');
    expect(detail.text).toContain('Sari Wulandari · +6281234567890 · sari@disdik.pontianak.go.id');
    expect(detail.text).toContain('Ya, sudah dikonfirmasi pemohon');
    // Opening it (the requester's contact) is on the audit log.
    expect((await audits('admin.request.read')).some((a) => a.actor === OFFICERS.kadis.id)).toBe(true);

    // He ticks two of the sheet's instructions and adds his own words; a forged instruction is dropped.
    const res = await b.post(`${page}/step`, [
      ['stepId', 'head'],
      ['preset', 'Untuk ditindaklanjuti'],
      ['preset', 'Segera'],
      ['preset', 'Hapus semua data'],
      ['note', 'Koordinasikan <b>hari ini</b>'],
    ]);
    expect(res.headers.get('location')).toBe(`${page}?done=step`);
    const after = await record(ROOM_LOAN);
    expect(after.steps.at(-1)).toEqual({
      stepId: 'head',
      officer: { id: OFFICERS.kadis.id, name: OFFICERS.kadis.fullName },
      note: 'Untuk ditindaklanjuti; Segera; Koordinasikan <b>hari ini</b>',
      at: MONDAY_9AM + 40 * MINUTE,
    });
    const stepAudits = await audits('admin.request.stepDone');
    expect(stepAudits.map((a) => [a.actor, a.entity_id])).toContainEqual([OFFICERS.kadis.id, ROOM_LOAN]);
    // Shown as text, not markup; the step is done late; the chain goes on to the Kabid.
    const shown = await b.page(`${page}?done=step`);
    expect(shown.text).toContain('Untuk ditindaklanjuti; Segera; Koordinasikan &lt;b&gt;hari ini&lt;/b&gt;');
    expect(shown.text).toContain('selesai terlambat 25 menit');
    expect(shown.text).toContain('Permohonan ini sedang menunggu langkah: Kabid TKPBET.');
    expect((await b.page('/admin/requests?mine=1')).text).toContain(
      'Tidak ada permohonan yang menunggu langkah Anda.',
    );

    // Recorded again (a second tab, another office first): the handler keeps the first, and says so.
    const again = await b.post(`${page}/step`, { stepId: 'head', note: 'Sekali lagi' });
    expect(again.headers.get('location')).toBe(`${page}?refused=step_already_done`);
    expect((await b.page(`${page}?refused=step_already_done`)).text).toContain(
      'Langkah ini sudah tercatat sebelumnya',
    );
    expect((await record(ROOM_LOAN)).steps).toHaveLength(2);
  });

  it('serves the letter as the same PDF bytes with safe headers, and audits the download', async () => {
    const b = await Browser.as('kabid');
    const res = await b.get(`${page}/letter`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="surat-permohonan\.pdf"/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(letterBytes);
    const rows = await audits('admin.request.letter');
    expect(rows.map((a) => [a.actor, a.entity_id])).toEqual([[OFFICERS.kabid.id, ROOM_LOAN]]);
  });

  it('refuses an officer outside every chain: no list, no request, no letter, no step', async () => {
    const b = await Browser.as('outsider');
    for (const path of ['/admin/requests', page, `${page}/letter`]) {
      const res = await b.page(path);
      expect(res.status, path).toBe(403);
      expect(res.text).toContain('Tidak ada izin');
      expect(res.text).not.toContain('Sari Wulandari');
    }
    const post = await b.post(`${page}/step`, { stepId: 'division', note: 'Coba' });
    expect(post.status).toBe(403);
    expect((await record(ROOM_LOAN)).steps).toHaveLength(2);
    expect((await audits('admin.request.letter')).some((a) => a.actor === OFFICERS.outsider.id)).toBe(false);
  });

  it('refuses a form posted from another site (CSRF) and changes nothing', async () => {
    const b = await Browser.as('kabid');
    for (const origin of ['https://evil.example', null]) {
      const res = await b.post(`${page}/step`, { stepId: 'division', note: 'Dari situs lain' }, origin);
      expect(res.status, String(origin)).toBe(403);
    }
    expect((await record(ROOM_LOAN)).steps.map((s) => s.stepId)).toEqual(['registry', 'head']);
    // The same post from the admin pages themselves goes through.
    const ok = await b.post(`${page}/step`, { stepId: 'division', note: 'Kasi, mohon diproses' });
    expect(ok.headers.get('location')).toBe(`${page}?done=step`);
  });

  it('lets the Kasi decide an application request once its chain is done: accepted into next year’s RKA', async () => {
    const appPage = `/admin/requests/${APPLICATION}`;
    const at = server.clock.now();
    for (const [stepId, o] of [
      ['registry', OFFICERS.sekretariat],
      ['head', OFFICERS.kadis],
      ['division', OFFICERS.kabid],
    ] as const)
      await seed('request.stepDone', {
        requestId: APPLICATION,
        stepId,
        officer: { id: o.id, name: o.fullName },
        note: '',
        at,
      });
    const kasi = await Browser.as('kasi');
    // Not decided while his own step (the analysis) is still open.
    expect((await kasi.page(appPage)).text).not.toContain('Keputusan permohonan aplikasi');
    const early = await kasi.post(`${appPage}/decide`, { outcome: 'accepted', rkaYear: '2027' });
    expect(early.headers.get('location')).toBe(`${appPage}?refused=chain_not_done`);
    await kasi.post(`${appPage}/step`, { stepId: 'analysis', note: 'Dianalisis bersama BKD' });

    const form = await kasi.page(appPage);
    expect(form.text).toContain('Keputusan permohonan aplikasi');
    // A rejection without its reason is refused with what is missing.
    const bare = await kasi.post(`${appPage}/decide`, { outcome: 'rejected', reason: ' ' });
    expect(bare.headers.get('location')).toBe(`${appPage}?refused=invalid_decision`);
    // The Kepala Dinas does not hold the last step: not his to decide.
    const kadis = await Browser.as('kadis');
    const notHis = await kadis.post(`${appPage}/decide`, { outcome: 'rejected', reason: 'Tidak perlu' });
    expect(notHis.headers.get('location')).toBe(`${appPage}?refused=not_decider`);

    const decided = await kasi.post(`${appPage}/decide`, {
      outcome: 'accepted',
      rkaYear: '2027',
      analysis: 'Kebutuhan presensi daring untuk 4.000 pegawai.',
      discussion: 'Dibahas dengan BKD pada 23 November 2026.',
      reason: '',
    });
    expect(decided.headers.get('location')).toBe(`${appPage}?done=decide`);
    const r = await record(APPLICATION);
    expect(r.decision).toMatchObject({
      outcome: 'accepted',
      rkaYear: 2027,
      officer: { id: OFFICERS.kasi.id, name: OFFICERS.kasi.fullName },
    });
    const shown = await kasi.page(`${appPage}?done=decide`);
    expect(shown.text).toContain('Diterima (RKA)');
    expect(shown.text).toContain('Diterima, direncanakan dalam RKA tahun 2027');
    // Decided once: a second decision is refused by the handler's forward-only rule.
    const twice = await kasi.post(`${appPage}/decide`, { outcome: 'rejected', reason: 'Berubah pikiran' });
    expect(twice.headers.get('location')).toBe(`${appPage}?refused=request_accepted`);
  });
});
