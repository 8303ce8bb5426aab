// The central admin pages over real HTTP on loopback, as an officer's browser uses them, on the real
// database: a kiosk core joined to the server brings the site's officers, roles and settings; the
// officer signs in with their kiosk PIN; each page is checked for what it shows, to whom, and what
// it changes (revoking a kiosk, enrolling a new one with a code made here).
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolmentCode, createSite } from '../../server/devices/enrolment';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand } from '../../server/sync/serverCommand';
import { refusalText } from '../../server/admin/adminText';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { SITE, startTestCentral, type TestCentral } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, MONDAY_9AM, TEST_ADMIN, type TestCore } from '../support/testCore';

let server: TestCentral;
let baseUrl: string;
let kiosk: TestCore;
let desk: DeskDay;
let adminId: string;
const closers: (() => Promise<void>)[] = [];

const KASI = { fullName: 'Sari Kasi', tempPin: '24680135', pin: '97531246' } as const;
let kasiId: string;

async function listen(fetchHandler: (req: Request) => Response | Promise<Response>): Promise<string> {
  const http: ServerType = serve({ fetch: fetchHandler, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => http.once('listening', resolve));
  closers.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

const realFetch = (input: string | URL | Request, init?: RequestInit) => fetch(input, init);

beforeAll(async () => {
  // Each browser below speaks from its own address (X-Forwarded-For), so the sign-in limit per
  // address is per test.
  server = await startTestCentral(MONDAY_9AM, { portal: { trustProxy: true } });
  baseUrl = await listen(server.app.fetch);
  kiosk = await makeTestCore(MONDAY_9AM, ':memory:', { fetch: realFetch });
  desk = new DeskDay(kiosk.core);
  adminId = kiosk.admin!.id;
  const { code } = await createEnrolmentCode(server.central.db, SITE.id, 'test', server.clock.now());
  unwrap(await desk.officerCall('sync.join', { serverUrl: baseUrl, code }));
  // A Kasi: the built-in role that reads reservations but does not manage the site.
  const kasi = unwrap(
    await desk.officerCall<{ id: string }>('officers.create', {
      fullName: KASI.fullName,
      nip: '198701012010011001',
      position: null,
      roles: ['kasi'],
      pin: KASI.tempPin,
    }),
  );
  kasiId = kasi.id;
  await kiosk.core.sync.syncNow();
}, 60_000);

afterAll(async () => {
  await kiosk?.core.close();
  for (const close of closers.splice(0).reverse()) await close();
  await server?.close();
});

let address = 0;
/** An officer's browser: its own client address, a cookie jar, redirects not followed. */
class Browser {
  readonly ip = `10.1.0.${++address}`;
  readonly cookies = new Map<string, string>();

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const gone = attrs.some((a) => /max-age=0/i.test(a.trim()));
      if (gone || value.join('=') === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { 'x-forwarded-for': this.ip, ...(cookie ? { cookie } : {}) };
  }

  async get(path: string): Promise<Response> {
    const res = await fetch(baseUrl + path, { headers: this.headers(), redirect: 'manual' });
    this.remember(res);
    return res;
  }

  async post(path: string, fields: Record<string, string>, origin = baseUrl): Promise<Response> {
    const res = await fetch(baseUrl + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(fields).toString(),
    });
    this.remember(res);
    return res;
  }

  signIn(officer: string, pin: string): Promise<Response> {
    return this.post('/admin/sign-in', { site: SITE.id, officer, pin });
  }

  /** Signed in as the site's first admin (every permission). */
  static async admin(): Promise<Browser> {
    const b = new Browser();
    const res = await b.signIn(adminId, TEST_ADMIN.pin);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin');
    return b;
  }

  async page(path: string): Promise<{ status: number; html: string; text: string }> {
    const res = await this.get(path);
    const html = await res.text();
    return { status: res.status, html, text: textOf(html) };
  }
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

// The tests run in order and build on each other as a site's day does: the Kasi sets their own PIN
// in 'signing in' before the permission tests sign in with it.
describe('signing in', () => {
  it('lists the site’s active officers and takes the officer’s kiosk PIN', async () => {
    const b = new Browser();
    const form = await b.page('/admin/sign-in');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<html lang="id">');
    expect(form.text).toContain('Masuk admin pusat');
    expect(form.text).toContain(TEST_ADMIN.fullName);
    const res = await b.signIn(adminId, TEST_ADMIN.pin);
    expect(res.status).toBe(303);
    const set = res.headers.getSetCookie().find((c) => c.startsWith('loket_admin='))!;
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
    expect(set).toMatch(/Path=\/admin/);
    // Only a hash of the token is kept.
    const token = b.cookies.get('loket_admin')!;
    const stored = await server.central.db.selectFrom('admin_sessions').select('token_hash').execute();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((s) => s.token_hash === token)).toBe(false);

    const home = await b.page('/admin');
    expect(home.status).toBe(200);
    expect(home.text).toContain(`Selamat datang, ${TEST_ADMIN.fullName}`);
    expect(home.text).toContain('Hari ini: Senin, 23 November 2026');
  });

  it('refuses a wrong PIN, and locks the officer out for five minutes after the fifth', async () => {
    const b = new Browser();
    for (let i = 1; i <= 4; i++) {
      const res = await b.signIn(adminId, '000000');
      expect(res.status).toBe(401);
      expect(textOf(await res.text())).toContain('Nama atau PIN salah');
    }
    const fifth = await b.signIn(adminId, '000000');
    expect(fifth.status).toBe(423);
    // 09.00 WIB + 5 minutes, as id-ID writes the time.
    expect(textOf(await fifth.text())).toContain('Terlalu banyak PIN salah. Coba lagi pukul 09.05.');
    // Locked: even the right PIN waits; another server process on the same database sees the same.
    expect((await b.signIn(adminId, TEST_ADMIN.pin)).status).toBe(423);
    const rows = await server.central.db.selectFrom('admin_pin_failures').selectAll().execute();
    expect(rows).toMatchObject([{ officer_id: adminId, locked_until: MONDAY_9AM + 5 * 60_000 }]);
    try {
      server.clock.advance(5 * 60_000);
      expect((await b.signIn(adminId, TEST_ADMIN.pin)).status).toBe(303);
      expect(await server.central.db.selectFrom('admin_pin_failures').selectAll().execute()).toEqual([]);
    } finally {
      server.clock.set(MONDAY_9AM);
    }
  });

  it('refuses an officer on a temporary PIN until they set their own at the kiosk', async () => {
    const b = new Browser();
    const refused = await b.signIn(kasiId, KASI.tempPin);
    expect(refused.status).toBe(403);
    expect(textOf(await refused.text())).toContain('Buat PIN Anda sendiri di meja petugas dulu');
    expect(b.cookies.has('loket_admin')).toBe(false);

    // At the kiosk: the Kasi signs in with the temporary PIN and chooses their own; it syncs up.
    const first = unwrap(
      await kiosk.core.call('officer.unlock', { officerId: kasiId, pin: KASI.tempPin }),
    ) as { session: string };
    unwrap(
      await kiosk.core.call(
        'officer.changePin',
        { currentPin: KASI.tempPin, newPin: KASI.pin },
        { session: first.session },
      ),
    );
    await kiosk.core.sync.syncNow();
    expect((await b.signIn(kasiId, KASI.pin)).status).toBe(303);
  });

  it('limits sign-in posts per client address', async () => {
    const b = new Browser();
    for (let i = 0; i < 20; i++) expect((await b.signIn('nobody', '1')).status).toBe(401);
    const limited = await b.signIn('nobody', '1');
    expect(limited.status).toBe(429);
    expect(textOf(await limited.text())).toContain('Terlalu banyak percobaan masuk');
  });

  it('ends the session after 30 minutes idle, and after 10 hours however active', async () => {
    try {
      const idle = await Browser.admin();
      server.clock.advance(29 * 60_000);
      expect((await idle.get('/admin')).status).toBe(200);
      server.clock.advance(31 * 60_000);
      const gone = await idle.get('/admin');
      expect(gone.status).toBe(302);
      expect(gone.headers.get('location')).toBe('/admin/sign-in?m=expired');
      const again = await idle.page('/admin/sign-in?m=expired');
      expect(again.text).toContain('Sesi Anda sudah berakhir');

      server.clock.set(MONDAY_9AM);
      const busy = await Browser.admin();
      for (let minutes = 0; minutes < 10 * 60 - 20; minutes += 20) {
        server.clock.advance(20 * 60_000);
        expect((await busy.get('/admin')).status).toBe(200);
      }
      server.clock.advance(20 * 60_000);
      expect((await busy.get('/admin')).status).toBe(302);
    } finally {
      server.clock.set(MONDAY_9AM);
    }
  });

  it('signs out: the cookie no longer opens anything', async () => {
    const b = await Browser.admin();
    const token = b.cookies.get('loket_admin')!;
    const out = await b.post('/admin/sign-out', {});
    expect(out.headers.get('location')).toBe('/admin/sign-in?m=out');
    b.cookies.set('loket_admin', token);
    expect((await b.get('/admin/reservations')).status).toBe(302);
  });
});

describe('without a session', () => {
  it('reaches no page: every one redirects to sign-in and shows no data', async () => {
    const b = new Browser();
    for (const path of [
      '/admin',
      '/admin/reservations?day=2026-11-23',
      '/admin/kiosks',
      '/admin/kiosks/x/revoke',
      '/admin/rejected',
      '/admin/officers',
      '/admin/settings',
    ]) {
      const res = await b.get(path);
      expect(res.status, path).toBe(302);
      expect(res.headers.get('location'), path).toBe('/admin/sign-in');
      expect(await res.text(), path).not.toContain(TEST_ADMIN.fullName);
    }
    b.cookies.set('loket_admin', 'A'.repeat(43));
    expect((await b.get('/admin')).headers.get('location')).toBe('/admin/sign-in?m=expired');
    const codesBefore = await server.central.db.selectFrom('enrolment_codes').select('code_hash').execute();
    expect((await b.post('/admin/kiosks/enrolment-code', {})).status).toBe(302);
    const codesAfter = await server.central.db.selectFrom('enrolment_codes').select('code_hash').execute();
    expect(codesAfter).toHaveLength(codesBefore.length);
  });

  it('refuses a form posted from another site, even with a session', async () => {
    const b = await Browser.admin();
    const res = await b.post('/admin/kiosks/enrolment-code', {}, 'https://evil.example');
    expect(res.status).toBe(403);
  });
});

describe('permissions from the synced roles', () => {
  it('shows a Kasi only the pages the role opens, and refuses the others', async () => {
    const b = new Browser();
    expect((await b.signIn(kasiId, KASI.pin)).status).toBe(303);
    const home = await b.page('/admin');
    const nav = /<nav class="admin"[\s\S]*?<\/nav>/.exec(home.html)![0];
    expect(nav).toContain('href="/admin/reservations"');
    expect(nav).not.toContain('href="/admin/kiosks"');
    expect(nav).not.toContain('href="/admin/rejected"');
    expect(nav).not.toContain('href="/admin/officers"');
    expect(nav).not.toContain('href="/admin/settings"');
    expect((await b.get('/admin/reservations')).status).toBe(200);
    for (const path of ['/admin/kiosks', '/admin/rejected', '/admin/officers', '/admin/settings']) {
      const page = await b.page(path);
      expect(page.status, path).toBe(403);
      expect(page.text).toContain('Peran Anda tidak membuka halaman ini');
    }
    const codes = await server.central.db.selectFrom('enrolment_codes').select('code_hash').execute();
    expect((await b.post('/admin/kiosks/enrolment-code', {})).status).toBe(403);
    expect(await server.central.db.selectFrom('enrolment_codes').select('code_hash').execute()).toHaveLength(
      codes.length,
    );
  });
});

describe('the reservations page', () => {
  it('lists a walk-in made at the kiosk, an officer’s and a portal reservation, each with its source', async () => {
    unwrap(
      await kiosk.core.call('reservations.createWalkIn', {
        requestKey: 'admin-walk-in-1',
        fullName: 'Agus Salim',
        email: 'agus@contoh.id',
        phone: '0813 2222 3333',
        consent: true,
      }),
    );
    await desk.reserve('2026-11-23', null, 'Dewi Officer Lestari');
    await kiosk.core.sync.syncNow();

    // A visitor reserves on the portal, over HTTP like a phone.
    const visitor = new Browser();
    const form = await visitor.page(`/s/${SITE.id}`);
    const linkKey = /name="linkKey" value="([0-9A-Z]{26})"/.exec(form.html)![1]!;
    const made = await visitor.post(`/s/${SITE.id}`, {
      linkKey,
      day: '2026-11-23',
      fullName: 'Rina Portal Kartika',
      email: 'rina.portal@contoh.id',
      phone: '0812 3456 7000',
      consent: 'yes',
    });
    expect(made.status).toBe(303);

    const b = await Browser.admin();
    const page = await b.page('/admin/reservations');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Senin, 23 November 2026');
    const rows = [...page.html.matchAll(/<tr data-source="(\w+)">([\s\S]*?)<\/tr>/g)].map((m) => ({
      source: m[1],
      text: textOf(m[2]!),
    }));
    expect(rows.find((r) => r.text.includes('Agus Salim'))).toMatchObject({ source: 'kiosk' });
    expect(rows.find((r) => r.text.includes('Agus Salim'))!.text).toContain('Kios');
    expect(rows.find((r) => r.text.includes('Agus Salim'))!.text).toContain('agus@contoh.id');
    expect(rows.find((r) => r.text.includes('Dewi Officer Lestari'))).toMatchObject({ source: 'officer' });
    expect(rows.find((r) => r.text.includes('Rina Portal Kartika'))).toMatchObject({ source: 'portal' });
    expect(rows.find((r) => r.text.includes('Rina Portal Kartika'))!.text).toContain('Portal');
    expect(rows.find((r) => r.text.includes('Rina Portal Kartika'))!.text).toContain('Terpesan');
    // The home page counts them (the day's reservations; none checked in yet).
    const home = await b.page('/admin');
    expect(/data-testid="today-reservations">(\d+)</.exec(home.html)?.[1]).toBe('3');
    expect(/data-testid="today-checked-in">(\d+)</.exec(home.html)?.[1]).toBe('0');
  });

  it('writes an audit row naming the officer, the day and the count for every read', async () => {
    const b = await Browser.admin();
    const before = await server.central.db
      .selectFrom('server_audit')
      .selectAll()
      .where('action', '=', 'admin.reservations.read')
      .execute();
    const page = await b.page('/admin/reservations?day=2026-11-24');
    expect(page.text).toContain('Selasa, 24 November 2026');
    const after = await server.central.db
      .selectFrom('server_audit')
      .selectAll()
      .where('action', '=', 'admin.reservations.read')
      .orderBy('id')
      .execute();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      site_id: SITE.id,
      actor: adminId,
      at: MONDAY_9AM,
      entity_id: '2026-11-24',
      details: { day: '2026-11-24', count: 0 },
    });
  });

  it('shows a hostile visitor name as text', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> Tono';
    unwrap(
      await kiosk.core.call('reservations.createWalkIn', {
        requestKey: 'admin-walk-in-hostile',
        fullName: hostile,
        email: 'tono@contoh.id',
        phone: '0813 4444 5555',
        consent: true,
      }),
    );
    await kiosk.core.sync.syncNow();
    const page = await (await Browser.admin()).page('/admin/reservations');
    expect(page.html).not.toContain('<script>alert(1)');
    expect(page.html).not.toContain('<img src=x');
    expect(page.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('the officers and settings pages', () => {
  it('lists the site’s officers with NIP, role and state, read-only, a hostile name as text', async () => {
    unwrap(
      await desk.officerCall('officers.create', {
        fullName: '<b onmouseover=alert(1)>Joko</b>',
        nip: null,
        position: null,
        roles: ['petugas'],
        pin: '11335577',
      }),
    );
    await kiosk.core.sync.syncNow();
    const page = await (await Browser.admin()).page('/admin/officers');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Sari Kasi 198701012010011001 Kasi PK&AI Aktif');
    expect(page.text).toMatch(new RegExp(`${TEST_ADMIN.fullName} — .*Administrator.* Aktif`));
    expect(page.text).toContain('Pengaturan › Petugas');
    expect(page.html).not.toContain('<b onmouseover');
    expect(page.html).toContain('&lt;b onmouseover=alert(1)&gt;Joko&lt;/b&gt;');
  });

  it('shows the identity, hours, days ahead, desks and lockers as the kiosk synced them', async () => {
    const page = await (await Browser.admin()).page('/admin/settings');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Dinas Komunikasi dan Informatika Kota Pontianak');
    expect(page.text).toContain('Startup Hub & Pontive Center');
    expect(page.text).toContain('Senin, Selasa, Rabu, Kamis, Jumat');
    expect(page.text).toContain('07:00–15:45 WIB');
    expect(page.text).toContain('14 hari ke depan');
    expect(page.text).toContain('Meja (12 buah)');
    expect(page.text).toContain('Loker (8 buah)');
    expect(page.text).toContain('diubah di kios');
  });
});

describe('the kiosks', () => {
  let tolak: Awaited<ReturnType<TestCentral['enrol']>>;

  it('shows each kiosk’s health: last contact, queue, oldest waiting, clock offset with a warning', async () => {
    // A kiosk whose clock runs five minutes behind, with three operations waiting for 20 minutes.
    const fake = await server.enrol('kiosk-lambat');
    server.clock.set(MONDAY_9AM - 10 * 60_000);
    try {
      const res = await server.request('POST', '/v1/sync/push', fake.auth, {
        protocol: PROTOCOL_VERSION,
        epoch: fake.epoch,
        clientTime: MONDAY_9AM - 15 * 60_000,
        queue: { pending: 3, oldestAt: MONDAY_9AM - 30 * 60_000 },
        audit: [],
        ops: [],
      });
      expect(res.status).toBe(200);
    } finally {
      server.clock.set(MONDAY_9AM);
    }
    const home = await (await Browser.admin()).page('/admin');
    expect(home.text).toMatch(/2 kios aktif, 1 perlu diperiksa/);

    const page = await (await Browser.admin()).page('/admin/kiosks');
    const row = /<tr data-kiosk="kiosk-lambat">([\s\S]*?)<\/tr>/.exec(page.html)![1]!;
    const text = textOf(row);
    expect(text).toContain('23 Nov 2026');
    expect(text).toContain('08.50');
    expect(text).toContain('10 menit lalu');
    expect(text).toMatch(/ 3 /);
    expect(text).toContain('30 menit');
    expect(text).toContain('300 detik');
    expect(text).toContain('Jam kios selisih lebih dari 2 menit');
  });

  it('lists a rejected operation with its kiosk, what it was and the reason in words', async () => {
    const fake = await server.enrol('kiosk-tolak');
    tolak = fake;
    const res = await server.request('POST', '/v1/sync/push', fake.auth, {
      protocol: PROTOCOL_VERSION,
      epoch: fake.epoch,
      clientTime: MONDAY_9AM,
      queue: { pending: 1, oldestAt: MONDAY_9AM },
      audit: [],
      ops: [
        {
          seq: 1,
          opId: 'op-reject-1',
          deviceId: 'kiosk-tolak',
          type: 'reservation.cancelled',
          schemaVersion: 1,
          entityType: 'reservation',
          entityId: 'no-such-reservation',
          actor: 'kiosk',
          payload: { id: 'no-such-reservation', reason: 'visitor' },
          createdAt: MONDAY_9AM,
        },
      ],
    });
    expect(res.status).toBe(200);
    const page = await (await Browser.admin()).page('/admin/rejected');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Kiosk test');
    expect(page.text).toContain('Pembatalan reservasi');
    expect(page.text).toContain('Reservasinya tidak dikenal server');
    expect(page.text).toContain('23 Nov 2026');
  });

  it('shows a reservation the server flagged (a second booking that day) as a readable warning', async () => {
    // The same visitor as the walk-in above, booked again that day at another kiosk while offline.
    const res = await server.request('POST', '/v1/sync/push', tolak.auth, {
      protocol: PROTOCOL_VERSION,
      epoch: tolak.epoch,
      clientTime: MONDAY_9AM,
      queue: { pending: 1, oldestAt: MONDAY_9AM },
      audit: [],
      ops: [
        {
          seq: 2,
          opId: 'op-second-booking',
          deviceId: 'kiosk-tolak',
          type: 'reservation.created',
          schemaVersion: 1,
          entityType: 'reservation',
          entityId: 'res-second-booking',
          actor: 'kiosk',
          payload: {
            id: 'res-second-booking',
            visitorId: 'visitor-agus-again',
            day: '2026-11-23',
            deskNumber: null,
            source: 'kiosk',
            token: 'LK1SECONDBOOKINGTEST',
            fullName: 'Agus Salim',
            email: 'agus@contoh.id',
            phone: '+6281322223333',
            consentVersion: '1',
            createdAt: MONDAY_9AM,
          },
          createdAt: MONDAY_9AM,
        },
      ],
    });
    expect(res.status).toBe(200);
    const page = await (await Browser.admin()).page('/admin/reservations');
    const flagged = [...page.html.matchAll(/<tr data-source="\w+">([\s\S]*?)<\/tr>/g)]
      .map((m) => textOf(m[1]!))
      .filter((t) => t.includes('Orang yang sama sudah punya reservasi lain di hari itu'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toContain('Agus Salim');
  });

  it('makes an enrolment code that enrols a new kiosk, shown once with its expiry', async () => {
    const b = await Browser.admin();
    const made = await b.post('/admin/kiosks/enrolment-code', {});
    expect(made.status).toBe(200);
    const html = await made.text();
    const code = /data-testid="enrolment-code">([^<]+)</.exec(html)![1]!.trim();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(textOf(html)).toContain('sampai 24 Nov 2026, 09.00');
    const audit = await server.central.db
      .selectFrom('server_audit')
      .selectAll()
      .where('action', '=', 'admin.enrolment.created')
      .execute();
    expect(audit).toMatchObject([{ actor: adminId }]);
    expect(JSON.stringify(audit)).not.toContain(code);

    const second = await makeTestCore(MONDAY_9AM, ':memory:', { fetch: realFetch });
    try {
      const joined = unwrap(
        await new DeskDay(second.core).officerCall<{ state: string }>('sync.join', {
          serverUrl: baseUrl,
          code,
        }),
      );
      expect(joined.state).not.toBe('not_joined');
      const kiosks = await b.page('/admin/kiosks');
      expect((kiosks.html.match(/<tr data-kiosk=/g) ?? []).length).toBe(4);
    } finally {
      await second.core.close();
    }
  });

  it('revokes a kiosk after a confirmation; its next sync is answered revoked', async () => {
    const b = await Browser.admin();
    const deviceId = (
      kiosk.core.db.prepare('SELECT device_id FROM device_state').get() as { device_id: string }
    ).device_id;
    const confirm = await b.page(`/admin/kiosks/${deviceId}/revoke`);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Data yang belum terkirim tetap aman di kios');
    // Still enrolled until the confirmation is posted.
    expect((await kiosk.core.sync.syncNow()).stopReason).toBeNull();

    const done = await b.post(`/admin/kiosks/${deviceId}/revoke`, {});
    expect(done.status).toBe(200);
    expect(textOf(await done.text())).toContain('sudah dicabut');
    const status = await kiosk.core.sync.syncNow();
    expect(status.stopReason).toBe('device_revoked');
    const audit = await server.central.db
      .selectFrom('server_audit')
      .selectAll()
      .where('action', '=', 'admin.device.revoked')
      .execute();
    expect(audit).toMatchObject([{ actor: adminId, entity_id: deviceId }]);
    const page = await b.page('/admin/kiosks');
    const row = new RegExp(`<tr data-kiosk="${deviceId}">([\\s\\S]*?)</tr>`).exec(page.html)![1]!;
    expect(textOf(row)).toContain('Dicabut 23 Nov 2026, 09.00');
    expect(row).not.toContain('/revoke');
  });
});

describe('in English', () => {
  it('is one tap away and stays English', async () => {
    const b = await Browser.admin();
    const en = await b.page('/admin?lang=en');
    expect(en.html).toContain('<html lang="en">');
    expect(en.text).toContain(`Welcome, ${TEST_ADMIN.fullName}`);
    expect(en.text).toContain('Today: Monday, 23 November 2026');
    expect((await b.page('/admin/settings')).text).toContain('Location settings');
  });
});

describe('officers and sites', () => {
  it('ends a deactivated officer’s session at their next request', async () => {
    const b = new Browser();
    expect((await b.signIn(kasiId, KASI.pin)).status).toBe(303);
    expect((await b.get('/admin')).status).toBe(200);
    unwrap(await desk.officerCall('officers.setActive', { id: kasiId, active: false }));
    // The kiosk was revoked above: the change reaches the server as a kiosk of the site would send it.
    await runServerCommand(
      { db: server.central.db, waiters: new ChangeWaiters(server.central.db) },
      SITE.id,
      'test',
      MONDAY_9AM,
      (cmd) => cmd.apply('officer.activeChanged', { id: kasiId, active: false }),
    );
    const res = await b.get('/admin');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/admin/sign-in?m=expired');
    const list = await new Browser().page(`/admin/sign-in?site=${SITE.id}`);
    expect(list.text).not.toContain(KASI.fullName);
  });

  it('asks for the location when there are several, and keeps an officer to their own site’s kiosks', async () => {
    await createSite(server.central.db, { id: 'singkawang', name: 'Diskominfo Kota Singkawang' }, MONDAY_9AM);
    await server.enrol('kiosk-singkawang', 'singkawang');
    const choose = await new Browser().page('/admin/sign-in');
    expect(choose.html).toContain('<select id="site" name="site"');
    expect(choose.text).toContain('Diskominfo Kota Singkawang');
    expect(choose.html).not.toContain('name="pin"');
    const empty = await new Browser().page('/admin/sign-in?site=singkawang');
    expect(empty.text).toContain('Belum ada petugas untuk lokasi ini di server');

    const b = await Browser.admin();
    expect((await b.page('/admin/kiosks')).html).not.toContain('kiosk-singkawang');
    expect((await b.get('/admin/kiosks/kiosk-singkawang/revoke')).status).toBe(303);
    expect((await b.post('/admin/kiosks/kiosk-singkawang/revoke', {})).status).toBe(303);
    const other = await server.central.db
      .selectFrom('devices')
      .select('revoked_at')
      .where('id', '=', 'kiosk-singkawang')
      .executeTakeFirstOrThrow();
    expect(other.revoked_at).toBeNull();
    // A Pontianak officer named with the other site's id is not found there.
    expect(
      (
        await new Browser().post('/admin/sign-in', {
          site: 'singkawang',
          officer: adminId,
          pin: TEST_ADMIN.pin,
        })
      ).status,
    ).toBe(401);
  });
});

describe("a refused operation's words on the admin pages", () => {
  it("read the kiosk's own words, a domain's nested codes included", () => {
    expect(refusalText('id', 'survey.alreadyAnswered', null)).toContain('jawaban pertama yang dihitung');
    expect(refusalText('en', 'complaint_closed', null)).toBe(
      'The complaint was closed at another kiosk; this change does not apply.',
    );
    expect(refusalText('id', 'no_such_code', null)).toContain('no_such_code');
  });
});
