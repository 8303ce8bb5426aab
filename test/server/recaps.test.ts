// The reports' review trail across kiosks and the central server, over real HTTP on loopback with
// real PostgreSQL/PGlite: two desks submitting the same month offline (one stands, the other is
// kept, set aside, on every host); the Kasi correcting and returning on the central admin pages, the
// officer's new revision, its forward to a Kabid and the receipt, all seen back at the kiosk; the
// PDF made on the server byte-identical to the kiosk's.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import type { RecapDetail, RecapSummary } from '../../shared/contract';
import { listenOnLoopback, SITE, startTestCentral, type TestCentral } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, TEST_ADMIN, type TestCore } from '../support/testCore';
import { insertVisit, insertVisitor } from '../shared/recaps/seedVisits';
import { recapsWorkload } from '../support/workloads/recaps';

const DEC_2 = Date.parse('2026-12-02T10:00:00+07:00');
let server: TestCentral;
let baseUrl: string;
let closeHttp: () => Promise<void>;

beforeAll(async () => {
  server = await startTestCentral(DEC_2);
  const served = await listenOnLoopback(server.app.fetch);
  baseUrl = served.url;
  closeHttp = served.close;
});
afterAll(async () => {
  await closeHttp();
  await server.close();
});

const kiosks: TestCore[] = [];
afterEach(async () => {
  for (const k of kiosks.splice(0)) await k.core.close();
});

async function joinedKiosk(central = server, url = baseUrl): Promise<{ t: TestCore; desk: DeskDay }> {
  const t = await makeTestCore(DEC_2, ':memory:', { fetch: (input, init) => fetch(input, init) });
  kiosks.push(t);
  const desk = new DeskDay(t.core);
  const { code } = await createEnrolmentCode(central.central.db, SITE.id, 'test', central.clock.now());
  unwrap(await desk.officerCall('sync.join', { serverUrl: url, code }));
  insertVisitor(t.core.db, 'vis-budi', 'Budi Santoso');
  insertVisit(t.core.db, {
    visitorId: 'vis-budi',
    day: '2026-11-02',
    startMinute: 540,
    stayMinutes: 120,
    desk: 1,
    closeKind: 'confirmed',
  });
  return { t, desk };
}

const recapsAt = async (desk: DeskDay, period: string) =>
  (unwrap(await desk.officerCall('recaps.list', { period })) as { items: RecapSummary[] }).items;

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
  async post(path: string, fields: Record<string, string>): Promise<Response> {
    const res = await fetch(baseUrl + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
      body: new URLSearchParams(fields).toString(),
    });
    this.remember(res);
    return res;
  }
  async text(path: string): Promise<string> {
    const res = await this.get(path);
    expect(res.status).toBe(200);
    return (await res.text())
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
  }
}

describe('two desks submitting the same month offline', () => {
  it('keep one standing revision: the first the server receives; the other is kept, set aside, everywhere', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    await a.t.core.sync.syncNow();
    await b.t.core.sync.syncNow();
    // Both offline (no sync between): each submits revision 1 of November.
    const fromA = unwrap(
      await a.desk.officerCall('recaps.submit', { periodKind: 'month', period: '2026-11' }),
    ) as RecapSummary;
    const fromB = unwrap(
      await b.desk.officerCall('recaps.submit', { periodKind: 'month', period: '2026-11' }),
    ) as RecapSummary;
    await a.t.core.sync.syncNow();
    await b.t.core.sync.syncNow();
    await a.t.core.sync.syncNow();
    for (const k of [a, b]) {
      const items = await recapsAt(k.desk, '2026-11');
      expect(items.map((r) => [r.id, r.status]).sort()).toEqual(
        [
          [fromA.id, 'submitted'],
          [fromB.id, 'set_aside'],
        ].sort(),
      );
      const setAside = items.find((r) => r.id === fromB.id)!;
      expect(setAside.setAsideFor).toBe(fromA.id);
      expect(setAside.trail.at(-1)!.kind).toBe('setAside');
    }
    // B's desk was told: its operation merged with the reason.
    const verdict = b.t.core.db
      .prepare("SELECT verdict, verdict_code FROM outbox WHERE op_type = 'recap.submitted'")
      .get() as { verdict: string; verdict_code: string };
    expect(verdict).toEqual({ verdict: 'merged', verdict_code: 'recap_set_aside' });
    // The next revision from B builds on the one that stands once it comes back.
    expect((await b.desk.officerCall('recaps.submit', { periodKind: 'month', period: '2026-11' })).ok).toBe(
      false,
    );
  });
});

describe('the review on the central admin pages', () => {
  it('corrects and returns, then forwards the new revision and receives it; the kiosk sees it all; same PDF bytes', async () => {
    const a = await joinedKiosk();
    const kabid = unwrap(
      await a.desk.officerCall<{ id: string }>('officers.create', {
        fullName: 'Ir. Sri Wahyuni, M.T.',
        nip: '197005121995032001',
        position: null,
        roles: ['kabid'],
        pin: '24680135',
      }),
    );
    unwrap(
      await a.desk.officerCall('settings.documents.update', {
        governmentLine: 'PEMERINTAH KOTA PONTIANAK',
        unitLines: [],
        city: 'Pontianak',
        preparerTitle: 'Admin Startup Hub',
        reviewerTitle: 'Kepala Seksi PK&AI',
        receiverTitle: 'Kepala Bidang TKPBET',
      }),
    );
    const rev1 = unwrap(
      await a.desk.officerCall('recaps.submit', { periodKind: 'month', period: '2026-10' }),
    ) as RecapSummary;
    await a.t.core.sync.syncNow();

    // The site's admin (every permission: the Kasi's and the Kabid's steps) on the central pages.
    const browser = new Browser();
    const signIn = await browser.post('/admin/sign-in', {
      site: SITE.id,
      officer: a.t.admin!.id,
      pin: TEST_ADMIN.pin,
    });
    expect(signIn.status).toBe(303);
    const list = await browser.text('/admin/recaps');
    expect(list).toContain('Rekap laporan pengguna coworking space');
    expect(list).toContain('Oktober 2026');
    expect(list).toContain('Diajukan, menunggu pemeriksaan');

    const page = `/admin/recaps/${rev1.id}`;
    const commented = await browser.post(`${page}/comment`, {
      text: 'Ada satu kunjungan di buku tamu.',
      figure: 'visits',
      value: '2',
    });
    expect(commented.headers.get('location')).toBe(`${page}?done=comment`);
    // Hostile or empty input is refused with the reason, and changes nothing.
    const empty = await browser.post(`${page}/return`, { reason: ' ' });
    expect(empty.headers.get('location')).toBe(`${page}?refused=invalid`);
    const returned = await browser.post(`${page}/return`, {
      reason: 'Cocokkan dengan buku tamu <b>dulu</b>.',
    });
    expect(returned.headers.get('location')).toBe(`${page}?done=return`);
    const shown = await browser.text(`${page}?done=return`);
    expect(shown).toContain('Rekap dikembalikan kepada petugas.');
    expect(shown).toContain('Ada satu kunjungan di buku tamu.');
    // Escaped, not markup: the page shows what the Kasi typed.
    expect(shown).toContain('Cocokkan dengan buku tamu &lt;b&gt;dulu&lt;/b&gt;.');
    expect(shown).toContain('1 Oktober 2026 – 31 Oktober 2026');
    const late = await browser.post(`${page}/forward`, { receiverId: kabid.id });
    expect(late.status, await late.clone().text()).toBe(303);
    expect(late.headers.get('location')).toBe(`${page}?refused=recap_frozen`);

    // Back at the desk: the return and its reason arrive; the officer submits revision 2.
    await a.t.core.sync.syncNow();
    const back = await recapsAt(a.desk, '2026-10');
    expect(back[0]).toMatchObject({ id: rev1.id, status: 'returned' });
    expect(back[0]!.trail.map((e) => e.kind)).toEqual(['submitted', 'commented', 'returned']);
    expect(back[0]!.totals.visits).toBe(2);
    const rev2 = unwrap(
      await a.desk.officerCall('recaps.submit', { periodKind: 'month', period: '2026-10' }),
    ) as RecapSummary;
    await a.t.core.sync.syncNow();

    const page2 = `/admin/recaps/${rev2.id}`;
    expect((await browser.post(`${page2}/forward`, { receiverId: kabid.id })).headers.get('location')).toBe(
      `${page2}?done=forward`,
    );
    server.clock.advance(5 * 60_000);
    expect((await browser.post(`${page2}/acknowledge`, {})).headers.get('location')).toBe(
      `${page2}?done=acknowledge`,
    );
    const audits = await server.central.db
      .selectFrom('server_audit')
      .select('action')
      .where('entity', '=', 'recap')
      .orderBy('id')
      .execute();
    expect(audits.map((x) => x.action)).toEqual(
      expect.arrayContaining([
        'admin.recap.comment',
        'admin.recap.return',
        'admin.recap.forward',
        'admin.recap.acknowledge',
        'admin.recap.read',
      ]),
    );

    await a.t.core.sync.syncNow();
    const detail = unwrap(await a.desk.officerCall('recaps.get', { id: rev2.id })) as RecapDetail;
    expect(detail.record.status).toBe('acknowledged');
    expect(detail.record.forwardedTo).toMatchObject({
      name: 'Ir. Sri Wahyuni, M.T.',
      nip: '197005121995032001',
    });

    // The server's PDF of the forwarded revision is the kiosk's, byte for byte; and so is the xlsx.
    const fromServer = Buffer.from(await (await browser.get(`${page2}/pdf`)).arrayBuffer());
    const fromKiosk = Buffer.from(
      (
        unwrap(await a.desk.officerCall('recaps.pdf', { id: rev2.id, lang: 'id' })) as {
          contentBase64: string;
        }
      ).contentBase64,
      'base64',
    );
    expect(fromServer.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fromServer.equals(fromKiosk)).toBe(true);
    const xlsxServer = Buffer.from(await (await browser.get(`${page2}/xlsx`)).arrayBuffer());
    const xlsxKiosk = Buffer.from(
      (unwrap(await a.desk.officerCall('recaps.xlsx', { id: rev2.id })) as { contentBase64: string })
        .contentBase64,
      'base64',
    );
    expect(xlsxServer.equals(xlsxKiosk)).toBe(true);
  });
});

describe('the fault workload on two desks', () => {
  it('submissions and reviews crossing offline converge: nothing lost, never two standing revisions, kiosks as the server', async () => {
    // A server of its own: the checker reads every revision of the site.
    const own = await startTestCentral(DEC_2);
    const served = await listenOnLoopback(own.app.fetch);
    try {
      const a = await joinedKiosk(own, served.url);
      const b = await joinedKiosk(own, served.url);
      await a.t.core.sync.syncNow();
      await b.t.core.sync.syncNow();
      // Rounds of actions on both desks, each syncing only every other round (offline in between).
      for (let n = 0; n < 24; n++) {
        await recapsWorkload.faultAction(a.desk, a.t.core, 2 * n);
        await recapsWorkload.faultAction(b.desk, b.t.core, 2 * n + 1);
        if (n % 2 === 1) {
          await a.t.core.sync.syncNow();
          await b.t.core.sync.syncNow();
        }
      }
      for (let i = 0; i < 2; i++) {
        await a.t.core.sync.syncNow();
        await b.t.core.sync.syncNow();
      }
      const views = [a, b].map(({ t }) => ({ db: t.core.db, deviceId: t.core.deps.deviceId }));
      expect(await recapsWorkload.check(own.central.db, SITE.id, views)).toEqual([]);
      // The schedule did cross: several revisions, some set aside along the way.
      const records = await own.central.db
        .selectFrom('records')
        .select('data')
        .where('site_id', '=', SITE.id)
        .where('entity_type', '=', 'recap')
        .execute();
      expect(records.length).toBeGreaterThan(4);
      const refused = [a, b].reduce(
        (sum, { t }) =>
          sum +
          (t.core.db
            .prepare(
              "SELECT count(*) FROM outbox WHERE entity_type = 'recap' AND verdict IN ('rejected', 'merged')",
            )
            .pluck()
            .get() as number),
        0,
      );
      expect(refused).toBeGreaterThan(0);
    } finally {
      for (const k of kiosks.splice(0)) await k.core.close();
      await served.close();
      await own.close();
    }
  });
});
