// The service standards between kiosks, the central server and the visitor's phone, over real HTTP:
// a correction made at one kiosk reaches the others and the portal page the kiosk's QR opens; two
// kiosks correcting the same text settle on the last one the server received; a reset brings the
// decree's text back everywhere; a kiosk that joins later starts with the site's corrections. The
// portal's pages: the list, a service's page in Indonesian and English, unknown addresses, hostile text.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pendingOperations } from '../../electron/sync/outbox';
import { bearerFor } from '../../server/devices/credentials';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import { PROTOCOL_VERSION, type PushResponse } from '../../shared/sync/protocol';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand } from '../../server/sync/serverCommand';
import type { CorrectionRecord } from '../../shared/contract/standards';
import { SITE, startTestCentral, type TestCentral, listenOnLoopback } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';
import { standardsWorkload } from '../support/workloads/standards';

let server: TestCentral;
let baseUrl: string;
let http: Awaited<ReturnType<typeof listenOnLoopback>>;

beforeAll(async () => {
  server = await startTestCentral(MONDAY_9AM);
  http = await listenOnLoopback(server.app.fetch);
  baseUrl = http.url;
  await runServerCommand(
    { db: server.central.db, waiters: new ChangeWaiters(server.central.db) },
    SITE.id,
    'test',
    MONDAY_9AM,
    async (cmd) => {
      await cmd.apply('site.updated', {
        siteName: 'Startup Hub Pontianak',
        officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
        letterhead: [],
        logo: null,
      });
    },
  );
});
afterAll(async () => {
  await http.close();
  await server.close();
});

const kiosks: TestCore[] = [];
afterEach(async () => {
  for (const k of kiosks.splice(0)) k.core.close();
  // Each test starts from the decree's text on the server.
  await server.central.db.deleteFrom('records').where('entity_type', '=', 'serviceStandard').execute();
});

/** A kiosk of the site, joined over HTTP, with its officer at the desk. */
async function joinedKiosk(): Promise<{ kiosk: TestCore; desk: DeskDay }> {
  const kiosk = await makeTestCore(MONDAY_9AM, ':memory:', { fetch: (input, init) => fetch(input, init) });
  kiosks.push(kiosk);
  const desk = new DeskDay(kiosk.core);
  const { code } = await createEnrolmentCode(server.central.db, SITE.id, 'test', server.clock.now());
  unwrap(await desk.officerCall('sync.join', { serverUrl: baseUrl, code }));
  return { kiosk, desk };
}

const correctionsAt = async (k: TestCore) =>
  (unwrap(await k.core.call('standards.corrections.list', {})) as { items: CorrectionRecord[] }).items.map(
    ({ serviceId, field, lang, text }) => ({ serviceId, field, lang, text }),
  );
const page = async (path: string) => {
  const res = await fetch(baseUrl + path);
  return { status: res.status, html: await res.text(), headers: res.headers };
};
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a correction travels', () => {
  it('from the kiosk where it was made to the other kiosks and to the page the QR opens', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    unwrap(
      await a.desk.officerCall('standards.entry.correct', {
        serviceId: 'hosting-domain',
        field: 'product',
        lang: 'id',
        text: 'Subdomain pontianak.go.id dan hosting aplikasi',
      }),
    );
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    expect(await correctionsAt(b.kiosk)).toEqual([
      {
        serviceId: 'hosting-domain',
        field: 'product',
        lang: 'id',
        text: 'Subdomain pontianak.go.id dan hosting aplikasi',
      },
    ]);

    // The kiosk's QR opens the service's page on the portal, which shows the correction.
    const link = unwrap(
      await a.kiosk.core.call('standards.phoneLink', { serviceId: 'hosting-domain', lang: 'id' }),
    ) as {
      url: string;
    };
    expect(link.url).toBe(`${baseUrl}/standards/${SITE.id}/hosting-domain`);
    const res = await fetch(link.url);
    expect(res.status).toBe(200);
    const text = textOf(await res.text());
    expect(text).toContain('Hasil Dikoreksi petugas Subdomain pontianak.go.id dan hosting aplikasi');
    expect(text).not.toContain('Pelayanan Tamu');
    // English was not corrected: the English page shows the shipped translation.
    const en = unwrap(
      await a.kiosk.core.call('standards.phoneLink', { serviceId: 'hosting-domain', lang: 'en' }),
    ) as {
      url: string;
    };
    expect(en.url).toBe(`${baseUrl}/standards/${SITE.id}/hosting-domain?lang=en`);
    expect(textOf((await page(new URL(en.url).pathname + new URL(en.url).search)).html)).toContain(
      'You receive Guest service',
    );
  });

  it('settles two kiosks correcting the same text on the last one the server received', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const key = { serviceId: 'call-centre', field: 'serviceTime', lang: 'id' };
    // Both correct while neither has synced; A's reaches the server first, then B's.
    unwrap(await a.desk.officerCall('standards.entry.correct', { ...key, text: '1 jam' }));
    unwrap(await b.desk.officerCall('standards.entry.correct', { ...key, text: '2 jam' }));
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    for (const k of [a.kiosk, b.kiosk]) expect(await correctionsAt(k)).toEqual([{ ...key, text: '2 jam' }]);
    expect(textOf((await page(`/standards/${SITE.id}/call-centre`)).html)).toContain('2 jam');

    // The other way round on another text: B's first, then A's.
    const other = { serviceId: 'call-centre', field: 'product', lang: 'en' };
    unwrap(await a.desk.officerCall('standards.entry.correct', { ...other, text: 'Answers by phone' }));
    unwrap(
      await b.desk.officerCall('standards.entry.correct', {
        ...other,
        text: 'Information and reports by phone',
      }),
    );
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    for (const k of [a.kiosk, b.kiosk])
      expect((await correctionsAt(k)).find((c) => c.field === 'product')?.text).toBe('Answers by phone');

    // The workload's checker agrees: converged, nothing lost or unexpected, the last one received won.
    const views = [a, b].map(({ kiosk }) => ({ db: kiosk.core.db, deviceId: kiosk.core.deps.deviceId }));
    expect(await standardsWorkload.check(server.central.db, SITE.id, views)).toEqual([]);
  });

  it('brings the decree’s text back everywhere after a reset, and a kiosk joining later starts with the site’s corrections', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const key = { serviceId: 'guest', field: 'evaluation', lang: 'id' };
    unwrap(
      await a.desk.officerCall('standards.entry.correct', { ...key, text: 'Survei Kepuasan Masyarakat' }),
    );
    unwrap(
      await a.desk.officerCall('standards.entry.correct', {
        serviceId: 'cyber-incident',
        field: 'staffCompetence',
        lang: 'id',
        text: 'Menguasai Tanggap Insiden Siber',
      }),
    );
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    unwrap(await b.desk.officerCall('standards.entry.reset', key));
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    expect((await correctionsAt(a.kiosk)).find((c) => c.field === 'evaluation')).toEqual({
      ...key,
      text: null,
    });
    const guest = textOf((await page(`/standards/${SITE.id}/guest`)).html);
    expect(guest).toContain('Evaluasi kinerja pelaksana Ruangan Meja Kursi Komputer Jaringan Wifi.');
    expect(guest).not.toContain('Survei Kepuasan Masyarakat');

    const c = await joinedKiosk();
    expect(await correctionsAt(c.kiosk)).toEqual(
      expect.arrayContaining([
        { ...key, text: null },
        {
          serviceId: 'cyber-incident',
          field: 'staffCompetence',
          lang: 'id',
          text: 'Menguasai Tanggap Insiden Siber',
        },
      ]),
    );
  });
});

describe('the server', () => {
  it('refuses a correction whose text was not cleaned the way the kiosk cleans it, and keeps nothing of it', async () => {
    const a = await joinedKiosk();
    unwrap(
      await a.desk.officerCall('standards.entry.correct', {
        serviceId: 'ppid',
        field: 'product',
        lang: 'id',
        text: 'Dokumen atau informasi publik',
      }),
    );
    // The same operation as the kiosk would push it, its text tampered with on the way: a
    // right-to-left override and a field this version does not know.
    const [op] = pendingOperations(a.kiosk.core.db, 10);
    const state = a.kiosk.core.db.prepare('SELECT secret, epoch FROM sync_state').get() as {
      secret: string;
      epoch: number;
    };
    const forged = [
      { ...op!, payload: { ...(op!.payload as object), text: 'Dokumen\u202E publik' } },
      {
        ...op!,
        seq: op!.seq + 1,
        opId: `${op!.opId}-2`,
        entityId: 'ppid:openingHours:id',
        payload: { ...(op!.payload as object), field: 'openingHours' },
      },
    ];
    const res = await server.request(
      'POST',
      '/v1/sync/push',
      bearerFor(a.kiosk.core.deps.deviceId, state.secret),
      {
        protocol: PROTOCOL_VERSION,
        epoch: state.epoch,
        clientTime: server.clock.now(),
        queue: { pending: 2, oldestAt: op!.createdAt },
        audit: [],
        ops: forged,
      },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as PushResponse;
    expect(body.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'invalid_payload'],
      ['rejected', 'invalid_payload'],
    ]);
    const kept = await server.central.db
      .selectFrom('records')
      .select('entity_id')
      .where('entity_type', '=', 'serviceStandard')
      .execute();
    expect(kept).toEqual([]);
  });
});

describe('the portal pages', () => {
  it('list the 15 services in Indonesian, and in English one tap away', async () => {
    const { status, html, headers } = await page(`/standards/${SITE.id}`);
    expect(status).toBe(200);
    expect(html).toContain('<html lang="id">');
    expect(html.match(/data-testid="portal-standard-[a-z-]+"/g)).toHaveLength(15);
    expect(textOf(html)).toContain('1 Pengaduan SP4N-LAPOR!');
    expect(textOf(html)).toContain('15 Pelayanan tamu');
    expect(html).toContain(`href="/standards/${SITE.id}/guest"`);
    expect(html).toContain('href="/standards/assets/standards.css"');
    expect(html).not.toContain('<script');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    const en = await page(`/standards/${SITE.id}?lang=en`);
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain(`href="/standards/${SITE.id}/guest?lang=en"`);
    expect(textOf(en.html)).toContain('Service standards');
  });

  it('show a service with every part of the decree, its channels as links, and the source', async () => {
    const { status, html } = await page(`/standards/${SITE.id}/guest`);
    expect(status).toBe(200);
    const text = textOf(html);
    for (const part of [
      'Layanan 15',
      'Persyaratan Membawa surat Tatap muka/lisan',
      'Alur Tamu berkunjung ke Sekretariat Dinas Komunikasi dan Informatika',
      'Waktu pelayanan 35 Menit',
      'Gratis',
      'Dasar hukum',
      'Maklumat pelayanan Dengan ini, kami menyatakan sanggup',
      'Sumber: Keputusan Kepala Dinas Komunikasi dan Informatika Kota Pontianak Nomor 18 Tahun 2024, tanggal 8 Januari 2024.',
    ])
      expect(text).toContain(part);
    expect(html).toContain('href="tel:081256699036"');
    expect(html).toContain('href="mailto:diskominfo@pontianak.go.id"');
    expect(html).toContain('href="https://diskominfo.pontianak.go.id"');
    expect(textOf((await page(`/standards/${SITE.id}/guest?lang=en`)).html)).toContain(
      'Source: Decree of the Head of the Pontianak City Communication and Informatics Agency No. 18 of 2024, dated 8 January 2024.',
    );
    const css = await fetch(`${baseUrl}/standards/assets/standards.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('answer an unknown service or site with a page that says so', async () => {
    const unknown = await page(`/standards/${SITE.id}/passport`);
    expect(unknown.status).toBe(404);
    expect(textOf(unknown.html)).toContain('Layanan tidak ditemukan');
    const nowhere = await page('/standards/atlantis/guest');
    expect(nowhere.status).toBe(404);
    expect(textOf(nowhere.html)).toContain('Lokasi layanan tidak ditemukan');
  });

  it('print an officer’s markup as the characters typed', async () => {
    const a = await joinedKiosk();
    unwrap(
      await a.desk.officerCall('standards.entry.correct', {
        serviceId: 'data',
        field: 'requirements',
        lang: 'id',
        text: '<script>alert(1)</script>\n<img src=x onerror=alert(2)> Surat permintaan data',
      }),
    );
    await a.kiosk.core.sync.syncNow();
    const { html } = await page(`/standards/${SITE.id}/data`);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
