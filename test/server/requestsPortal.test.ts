// Requests on the portal over real HTTP on loopback, against the real server on PostgreSQL/PGlite, as
// a phone's browser sends them: a multipart form with a real PDF letter; a renamed HTML page, an
// oversize upload, a missing no-buffet statement and an incomplete form refused with their messages
// and nothing saved; Singkawang's internet meeting two days ahead refused with the earliest day; a
// room loan two days ahead filed, kept for the kiosks, and followed on its status page (the slot in
// Indonesian, the chain, the QR once scheduled), which a wrong token or reference never opens.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../electron/services/settings/rules';
import { createSite } from '../../server/devices/enrolment';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand } from '../../server/sync/serverCommand';
import { MAX_LETTER_BYTES } from '../../shared/files';
import type { RequestRecord } from '../../shared/requests/requestRecord';
import { singkawangRequestSettings } from '../../shared/requests/requestSettings';
import { SITE, listenOnLoopback, startTestCentral, type TestCentral } from '../support/central';
import { samplePdf } from '../support/letterSamples';
import { MONDAY_9AM } from '../support/testCore';

const SINGKAWANG = { id: 'singkawang', name: 'Diskominfo Kota Singkawang' } as const;

let server: TestCentral;
let baseUrl: string;
let closeHttp: () => Promise<void>;
const serverDeps = () => ({ db: server.central.db, waiters: new ChangeWaiters(server.central.db) });

beforeAll(async () => {
  server = await startTestCentral(MONDAY_9AM, { portal: { trustProxy: true } });
  const http = await listenOnLoopback(server.app.fetch);
  baseUrl = http.url;
  closeHttp = http.close;
  await createSite(server.central.db, SINGKAWANG, MONDAY_9AM);
  for (const site of [SITE.id, SINGKAWANG.id])
    await runServerCommand(serverDeps(), site, 'test', MONDAY_9AM, async (cmd) => {
      await cmd.apply('settings.rulesUpdated', defaultRules);
    });
  // Singkawang's TCM Room: its own settings record, as its kiosk would have pushed them.
  await runServerCommand(serverDeps(), SINGKAWANG.id, 'test', MONDAY_9AM, async (cmd) => {
    await cmd.apply('requests.settingsUpdated', singkawangRequestSettings);
  });
});
afterAll(async () => {
  await closeHttp();
  await server.close();
});

let address = 0;
/** A phone's browser: its own address, redirects followed by hand. */
class Phone {
  readonly ip = `10.3.0.${++address}`;
  get(path: string) {
    return fetch(baseUrl + path, { headers: { 'x-forwarded-for': this.ip }, redirect: 'manual' });
  }
  /** Opens the form of `typeId` at `site` and sends it as multipart with `fields` and the letter. */
  async send(
    site: string,
    typeId: string,
    fields: Record<string, string>,
    letter?: { bytes: Uint8Array<ArrayBuffer>; name: string; type: string },
    formKey?: string,
  ): Promise<{ res: Response; formKey: string }> {
    let key = formKey;
    if (!key) {
      const form = await (await this.get(`/requests/s/${site}?type=${typeId}`)).text();
      key = /name="formKey" value="([0-9A-Z]{26})"/.exec(form)?.[1];
      expect(key, 'the form carries a key').toBeDefined();
    }
    const body = new FormData();
    body.set('formKey', key!);
    body.set('typeId', typeId);
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    if (letter) body.set('letterFile', new File([letter.bytes], letter.name, { type: letter.type }));
    const res = await fetch(`${baseUrl}/requests/s/${site}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: baseUrl, 'x-forwarded-for': this.ip },
      body,
    });
    return { res, formKey: key! };
  }
}
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const pdfLetter = (text = 'Surat permohonan peminjaman ruangan') => ({
  bytes: samplePdf(text),
  name: 'surat-permohonan.pdf',
  type: 'application/pdf',
});

/** A complete room loan at Pontianak for Wednesday 25 November 2026 (two days after Monday the 23rd). */
const roomLoan = (over: Record<string, string> = {}) => ({
  office: 'Dinas Pendidikan Kota Pontianak',
  contactName: 'Sari Wulandari',
  contactPhone: '0812 3456 7890',
  contactEmail: 'sari@disdik.pontianak.go.id',
  subject: 'Peminjaman ruangan untuk rapat koordinasi guru TIK',
  letterNumber: '400.3/123/DISDIK/2026',
  letterDate: '2026-11-20',
  roomId: 'pontive',
  day: '2026-11-25',
  start: '09:00',
  end: '11:00',
  participants: '25',
  layout: 'Huruf U',
  equipment: 'proyektor, mikrofon',
  noBuffet: 'yes',
  ...over,
});

async function requestRows(siteId: string = SITE.id) {
  const rows = await server.central.db
    .selectFrom('records')
    .select(['entity_id', 'data'])
    .where('site_id', '=', siteId)
    .where('entity_type', '=', 'request')
    .execute();
  return rows.map((r) => r.data as unknown as RequestRecord);
}
const letterCount = async () =>
  Number(
    (
      await server.central.db
        .withTables<{ letter_files: { sha256: string } }>()
        .selectFrom('letter_files')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('a room loan requested on the portal', () => {
  let location = '';
  let record: RequestRecord;
  const letter = pdfLetter();

  it('is filed two days ahead with its PDF letter, kept for the kiosks, and named on the audit log', async () => {
    const before = await requestRows();
    const phone = new Phone();
    const { res, formKey } = await phone.send(SITE.id, 'room_loan', roomLoan(), letter);
    expect(res.status).toBe(303);
    location = res.headers.get('location') ?? '';
    expect(location).toMatch(
      /^\/requests\/t\/PMH-2026-[0-9A-HJKMNP-TV-Z]{6}\/[0-9A-HJKMNP-TV-Z]{26}\?new=1$/,
    );
    const [, reference, token] = /^\/requests\/t\/([^/]+)\/([^?]+)/.exec(location)!;

    const after = await requestRows();
    expect(after.length).toBe(before.length + 1);
    record = after.find((r) => r.reference === reference)!;
    expect(record).toMatchObject({
      source: 'portal',
      kind: 'room',
      enteredAt: MONDAY_9AM,
      enteredBy: null,
      statusTokenHash: sha256(token!),
      intake: {
        typeId: 'room_loan',
        office: 'Dinas Pendidikan Kota Pontianak',
        contactPhone: '+6281234567890',
        noBuffet: true,
        letter: {
          number: '400.3/123/DISDIK/2026',
          date: '2026-11-20',
          receivedOn: '2026-11-23',
          via: 'portal',
          file: { sha256: sha256(letter.bytes), mime: 'application/pdf', size: letter.bytes.length },
        },
        event: {
          roomId: 'pontive',
          day: '2026-11-25',
          start: '09:00',
          end: '11:00',
          participants: 25,
          equipment: ['proyektor', 'mikrofon'],
        },
      },
    });
    expect(record.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(record.attendanceToken).toMatch(/^[0-9A-Z]{16}$/);
    // The kiosks pull it from the change log; the letter itself is on the server as a file.
    const change = await server.central.db
      .selectFrom('change_log')
      .select(['entity_type', 'entity_id'])
      .where('site_id', '=', SITE.id)
      .where('entity_id', '=', record.id)
      .execute();
    expect(change).toEqual([{ entity_type: 'request', entity_id: record.id }]);
    const stored = await server.central.db
      .withTables<{ letter_files: { sha256: string; mime: string; size: number } }>()
      .selectFrom('letter_files')
      .select(['mime', 'size'])
      .where('sha256', '=', sha256(letter.bytes))
      .executeTakeFirst();
    expect(stored).toEqual({ mime: 'application/pdf', size: letter.bytes.length });
    const audit = await server.central.db
      .selectFrom('server_audit')
      .select(['actor', 'action', 'entity_id'])
      .where('entity_id', '=', record.id)
      .execute();
    expect(audit).toEqual([{ actor: 'portal', action: 'portal.request', entity_id: record.id }]);

    // The same form sent again (a double tap): the same request, not a second one.
    const again = await phone.send(SITE.id, 'room_loan', roomLoan(), letter, formKey);
    expect(again.res.status).toBe(303);
    expect(again.res.headers.get('location')).toBe(location);
    expect((await requestRows()).length).toBe(before.length + 1);
  });

  it('shows its status to the requester: the slot in Indonesian, the chain, no QR before it is scheduled', async () => {
    const res = await new Phone().get(location);
    expect(res.status).toBe(200);
    const page = textOf(await res.text());
    expect(page).toContain('Permohonan Anda sudah terkirim');
    expect(page).toContain(record.reference);
    expect(page).toContain('Rabu, 25 November 2026, 09.00–11.00 WIB');
    expect(page).toContain('Diterima, menunggu diproses');
    expect(page).toContain('Peminjaman ruangan Pontive Center');
    expect(page).toMatch(/Sekretariat \(surat masuk\) Sedang di sini/);
    expect(page).toMatch(/Admin Pontive Center Menunggu/);
    expect(page).not.toContain('Kode QR kehadiran');
    expect(page).not.toContain('sudah terpakai');

    const en = textOf(await (await new Phone().get(`${location.replace('?new=1', '')}?lang=en`)).text());
    expect(en).toContain('Wednesday, 25 November 2026, 09:00–11:00 WIB');
    expect(en).toContain('Received, waiting to be processed');
  });

  it('once scheduled after the chain, shows the steps done, the schedule and the attendance QR; no officer named', async () => {
    const officer = { id: 'officer-1', name: 'Budi Santoso' };
    await runServerCommand(serverDeps(), SITE.id, officer.id, MONDAY_9AM + 3_600_000, async (cmd) => {
      for (const [i, stepId] of ['registry', 'head', 'division', 'section', 'admin'].entries())
        await cmd.apply('request.stepDone', {
          requestId: record.id,
          stepId,
          officer,
          note: 'Catatan internal: tindak lanjuti',
          at: MONDAY_9AM + (i + 1) * 60_000,
        });
      await cmd.apply('request.scheduled', {
        requestId: record.id,
        slot: { roomId: 'pontive', day: '2026-11-25', start: '09:00', end: '11:00' },
        moved: false,
        note: 'Disepakati lewat telepon',
        officer,
        at: MONDAY_9AM + 10 * 60_000,
      });
    });
    const html = await (await new Phone().get(location.replace('?new=1', ''))).text();
    const page = textOf(html);
    expect(page).toContain('Dijadwalkan');
    expect(page).toContain('Rabu, 25 November 2026, 09.00–11.00 WIB');
    expect(page).toMatch(/Kasi PK&AI \/ Sub Koordinator PKAI Selesai/);
    expect(page).toContain('Kode QR kehadiran');
    expect(html).toMatch(/<div class="qr-svg" role="img"[^>]*><svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(page).not.toContain('Budi Santoso');
    expect(page).not.toContain('Catatan internal');
  });

  it('another request for the same slot is filed all the same, and told the slot is taken', async () => {
    const { res } = await new Phone().send(
      SITE.id,
      'room_loan',
      roomLoan({ office: 'Komunitas Pontianak Digital', start: '10:00', end: '12:00' }),
      pdfLetter('Surat kedua'),
    );
    expect(res.status).toBe(303);
    const page = textOf(await (await new Phone().get(res.headers.get('location')!)).text());
    expect(page).toContain(
      'Jadwal yang Anda minta sudah terpakai kegiatan lain. Petugas akan menghubungi Anda untuk menyepakati waktu lain.',
    );
  });

  it('never opens with a wrong token or reference: the same "not found", nothing leaked', async () => {
    const [, reference, token] = /^\/requests\/t\/([^/]+)\/([^?]+)/.exec(location)!;
    const wrongToken = `${token!.slice(0, -1)}${token!.endsWith('0') ? '1' : '0'}`;
    const answers = await Promise.all(
      [
        `/requests/t/${reference}/${wrongToken}`,
        `/requests/t/PMH-2026-000000/${token}`,
        `/requests/t/${reference}/not-a-token`,
      ].map(async (path) => {
        const res = await new Phone().get(path);
        return { status: res.status, text: textOf(await res.text()) };
      }),
    );
    for (const a of answers) {
      expect(a.status).toBe(404);
      expect(a.text).toContain('Permohonan tidak ditemukan');
      expect(a.text).not.toContain('Dinas Pendidikan');
    }
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
  });
});

describe('the decision on the status page', () => {
  const officer = { id: 'kasi-1', name: 'Rahmat Hidayat' };
  const decide = (
    requestId: string,
    outcome: 'accepted' | 'rejected',
    reason: string,
    rkaYear: number | null,
  ) =>
    runServerCommand(serverDeps(), SITE.id, officer.id, MONDAY_9AM + 7_200_000, (cmd) =>
      cmd.apply('request.decided', {
        requestId,
        outcome,
        reason,
        analysis: 'Analisis internal Kasi',
        discussion: 'Pembahasan teknis internal',
        rkaYear,
        officer,
        at: MONDAY_9AM + 7_200_000,
      }),
    );
  const filedId = async (location: string) => {
    const reference = /^\/requests\/t\/([^/]+)\//.exec(location)![1];
    return (await requestRows()).find((r) => r.reference === reference)!.id;
  };

  it("an application request accepted into next year's RKA says so, with no slot and no QR", async () => {
    const { res } = await new Phone().send(
      SITE.id,
      'application',
      {
        office: 'Dinas Kesehatan Kota Pontianak',
        contactName: 'Maria Ulfa',
        contactPhone: '0811 5678 1234',
        subject: 'Permohonan pengembangan aplikasi antrean puskesmas',
        letterNumber: '440/55/DINKES/2026',
        letterDate: '2026-11-19',
      },
      pdfLetter('Dinkes aplikasi'),
    );
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    await decide(await filedId(location), 'accepted', '', 2027);
    const page = textOf(await (await new Phone().get(location)).text());
    expect(page).toContain('Permohonan diterima');
    expect(page).toContain('Direncanakan dalam Rencana Kerja dan Anggaran (RKA) tahun 2027.');
    expect(page).toContain('Permohonan pembangunan/pengembangan aplikasi');
    expect(page).not.toContain('Jadwal');
    expect(page).not.toContain('Kode QR kehadiran');
    expect(page).not.toContain('Analisis internal');
    expect(page).not.toContain('Rahmat');
  });

  it('a rejected room loan gives the reason, and waits on nobody', async () => {
    const { res } = await new Phone().send(
      SITE.id,
      'room_loan',
      roomLoan({ office: 'Karang Taruna Pontianak Kota', day: '2026-11-26' }),
      pdfLetter('Karang Taruna'),
    );
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    await decide(
      await filedId(location),
      'rejected',
      'Ruangan sedang direnovasi pada tanggal tersebut.',
      null,
    );
    const page = textOf(await (await new Phone().get(location)).text());
    expect(page).toContain('Ditolak');
    expect(page).toContain('Permohonan ditolak Alasan: Ruangan sedang direnovasi pada tanggal tersebut.');
    expect(page).not.toContain('Sedang di sini');
    expect(page).not.toContain('Kode QR kehadiran');
  });
});

describe('a request the portal refuses, with nothing saved', () => {
  it('refuses an HTML page renamed to .pdf, by its content', async () => {
    const [requests, letters] = [(await requestRows()).length, await letterCount()];
    const { res } = await new Phone().send(SITE.id, 'room_loan', roomLoan({ day: '2026-11-26' }), {
      bytes: new TextEncoder().encode('<!doctype html><html><body><script>alert(1)</script></body></html>'),
      name: 'surat.pdf',
      type: 'application/pdf',
    });
    expect(res.status).toBe(422);
    const page = textOf(await res.text());
    expect(page).toContain(
      'Berkas ini tidak bisa diterima sebagai surat. Unggah surat dalam bentuk PDF, PNG, atau JPG yang utuh.',
    );
    // What was typed comes back.
    expect(page).not.toContain('alert(1)');
    expect((await requestRows()).length).toBe(requests);
    expect(await letterCount()).toBe(letters);
  });

  it('refuses an upload over the limit before reading it whole', async () => {
    const requests = (await requestRows()).length;
    const big = new Uint8Array(MAX_LETTER_BYTES + 128 * 1024);
    big.set(samplePdf());
    const { res } = await new Phone().send(SITE.id, 'room_loan', roomLoan({ day: '2026-11-27' }), {
      bytes: big,
      name: 'surat-besar.pdf',
      type: 'application/pdf',
    });
    expect(res.status).toBe(413);
    const page = textOf(await res.text());
    expect(page).toContain('Berkas surat terlalu besar. Ukuran paling besar 5 MB.');
    expect(page).toContain('Kembali ke formulir');
    expect((await requestRows()).length).toBe(requests);
  });

  it('cannot be submitted without the no-buffet statement', async () => {
    const requests = (await requestRows()).length;
    const fields: Record<string, string> = roomLoan({ day: '2026-11-26' });
    delete fields.noBuffet;
    const { res } = await new Phone().send(SITE.id, 'room_loan', fields, pdfLetter('tanpa pernyataan'));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(textOf(html)).toContain(
      'Permohonan tidak dapat dikirim tanpa pernyataan tidak menyajikan makanan prasmanan.',
    );
    // The message sits by the statement, whose box is marked.
    expect(html).toMatch(
      /id="field-noBuffet"[^]*?tidak dapat dikirim tanpa pernyataan[^]*?id="noBuffet"[^>]*aria-invalid="true"/,
    );
    expect((await requestRows()).length).toBe(requests);
  });

  it('lists the missing fields when the form is incomplete, keeping what was typed', async () => {
    const requests = (await requestRows()).length;
    const { res } = await new Phone().send(SITE.id, 'room_loan', {
      office: 'SMA Negeri 1 Pontianak',
      day: '2026-11-26',
      noBuffet: 'yes',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    const missing = /data-testid="missing-fields">([^]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect([...missing.matchAll(/<li>([^]*?)<\/li>/g)].map((m) => textOf(m[1]!).trim())).toEqual([
      'Nama narahubung',
      'Nomor HP narahubung',
      'Perihal',
      'Nomor surat',
      'Tanggal surat',
      'Berkas surat permohonan',
      'Ruangan',
      'Jam mulai dan selesai',
      'Jumlah peserta',
      'Tata letak ruangan',
      'Peralatan yang dibutuhkan',
    ]);
    expect(html).toContain('value="SMA Negeri 1 Pontianak"');
    expect(html).toContain('value="2026-11-26"');
    expect((await requestRows()).length).toBe(requests);
  });

  it("refuses Singkawang's internet meeting two days ahead, with the reason and the earliest day", async () => {
    const { res } = await new Phone().send(
      SINGKAWANG.id,
      'internet_meeting',
      {
        office: 'Bappeda Kota Singkawang',
        contactName: 'Rudi Hartono',
        contactPhone: '0813 5210 7788',
        subject: 'Rapat daring evaluasi RPJMD',
        letterNumber: '005/77/BAPPEDA/2026',
        letterDate: '2026-11-23',
        roomId: 'tcm',
        day: '2026-11-25',
        start: '09:00',
        end: '11:00',
        participants: '20',
        layout: 'Kelas',
        equipment: 'kamera, mikrofon, layar',
        application: 'Zoom',
        testDay: '2026-11-24',
        testTime: '14:00',
      },
      pdfLetter('Surat Bappeda'),
    );
    expect(res.status).toBe(422);
    const page = textOf(await res.text());
    expect(page).toContain(
      'Surat permohonan harus diterima paling lambat 3 hari sebelum pelaksanaan; surat yang dikirim hari ini terhitung diterima hari ini. Tanggal paling awal yang dapat dipilih: Kamis, 26 November 2026.',
    );
    expect(page).not.toContain('Isian wajib yang belum diisi');
    expect(await requestRows(SINGKAWANG.id)).toEqual([]);
  });
});
