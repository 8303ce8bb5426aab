// Complaints across kiosks, the central server and the portal, over real HTTP on loopback with real
// PostgreSQL/PGlite and a real SMTP server: a kiosk's complaint reaches the server and the other
// kiosk, whose officer handles it; the server's handlers by their conflict rules; the portal's form
// with its limits; the status page that only the ticket and its access code (or an e-mail's own
// link) open; and the e-mails to a complainant who left an address.
import { serve, type ServerType } from '@hono/node-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../electron/services/settings/rules';
import { complaintSecretHash } from '../../electron/services/complaints/complaintSecret';
import { createEnrolmentCode, createSite } from '../../server/devices/enrolment';
import { createServerApp } from '../../server/http/app';
import { smtpMailer } from '../../server/portal/mail';
import {
  deliverComplaintMail,
  smtpMessageMailer,
  type MessageMailer,
} from '../../server/portal/complaints/complaintMail';
import {
  eraseExpiredComplaintContactsOnServer,
  siteComplaintCountsByQuarter,
} from '../../server/portal/complaints/complaintRetention';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand, type ServerCommand } from '../../server/sync/serverCommand';
import type { ComplaintRecord } from '../../shared/complaints/complaintRecord';
import type { ComplaintDetail } from '../../shared/contract';
import { SITE, startTestCentral, type TestCentral } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { createTestLog } from '../support/testLog';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';

let server: TestCentral;
let baseUrl: string;
let mailer: MessageMailer;
const closers: (() => Promise<void>)[] = [];
const mails: ParsedMail[] = [];
const mailWaiters = new Map<string, () => void>();
const recipientOf = (mail: ParsedMail) => (mail.to as { text: string } | undefined)?.text ?? '';
/** Resolves once `count` mails to `address` have arrived. */
const mailsTo = (address: string, count = 1) =>
  new Promise<ParsedMail[]>((resolve) => {
    const found = () => mails.filter((m) => recipientOf(m) === address);
    const check = () => {
      if (found().length >= count) {
        mailWaiters.delete(address);
        resolve(found());
      }
    };
    mailWaiters.set(address, check);
    check();
  });

async function listen(fetchHandler: (req: Request) => Response | Promise<Response>): Promise<string> {
  const http: ServerType = serve({ fetch: fetchHandler, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => http.once('listening', resolve));
  closers.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

const serverDeps = () => ({ db: server.central.db, waiters: new ChangeWaiters(server.central.db) });

beforeAll(async () => {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          mailWaiters.get(recipientOf(mail))?.();
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  closers.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
  const mailOptions = { url: smtpUrl, from: 'Loket <loket@test>', onError: () => {} };
  mailer = smtpMessageMailer(mailOptions);
  server = await startTestCentral(MONDAY_9AM, {
    // The portal's mailer as the server's start would make it: reservations and any message.
    portal: { mailer: { ...smtpMailer(mailOptions), ...mailer }, trustProxy: true },
  });
  baseUrl = await listen(server.app.fetch);
  await runServerCommand(serverDeps(), SITE.id, 'test', MONDAY_9AM, async (cmd) => {
    await cmd.apply('site.updated', {
      siteName: 'Startup Hub Pontianak',
      officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
      letterhead: [],
      logo: null,
    });
    await cmd.apply('settings.rulesUpdated', defaultRules);
  });
});
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await server.close();
});

const kiosks: TestCore[] = [];
afterEach(async () => {
  for (const k of kiosks.splice(0)) await k.core.close();
});

async function joinedKiosk(): Promise<{ t: TestCore; desk: DeskDay }> {
  const t = await makeTestCore(MONDAY_9AM, ':memory:', { fetch: (input, init) => fetch(input, init) });
  kiosks.push(t);
  const desk = new DeskDay(t.core);
  const { code } = await createEnrolmentCode(server.central.db, SITE.id, 'test', server.clock.now());
  unwrap(await desk.officerCall('sync.join', { serverUrl: baseUrl, code }));
  return { t, desk };
}

let keys = 0;
const fileAt = async (t: TestCore, over: Record<string, unknown> = {}) =>
  unwrap(
    await t.core.call('complaints.file', {
      requestKey: `server-complaint-${++keys}`,
      serviceId: 'coworking',
      text: 'Kursi di meja 4 patah, hampir jatuh waktu duduk.',
      contact: null,
      consent: false,
      lang: 'id',
      ...over,
    }),
  ) as { id: string; ticket: string; code: string; statusUrl: string | null };

const recordOf = async (id: string) =>
  (
    await server.central.db
      .selectFrom('records')
      .select(['data', 'version'])
      .where('entity_type', '=', 'complaint')
      .where('entity_id', '=', id)
      .executeTakeFirst()
  )?.data as unknown as ComplaintRecord | undefined;

let address = 0;
/** A phone's browser: its own address, redirects followed by hand. */
class Phone {
  readonly ip = `10.2.0.${++address}`;
  constructor(readonly base = baseUrl) {}
  get(path: string) {
    return fetch(this.base + path, { headers: { 'x-forwarded-for': this.ip }, redirect: 'manual' });
  }
  post(path: string, fields: Record<string, string>) {
    return fetch(this.base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: this.base,
        'x-forwarded-for': this.ip,
      },
      body: new URLSearchParams(fields).toString(),
    });
  }
  /** Opens the form and sends it with `fields`; returns the answer. */
  async complain(fields: Record<string, string>, query = ''): Promise<Response> {
    const form = await (await this.get(`/complaints/s/${SITE.id}${query}`)).text();
    const formKey = /name="formKey" value="([0-9A-Z]{26})"/.exec(form)?.[1];
    expect(formKey, 'the form carries a key').toBeDefined();
    return this.post(`/complaints/s/${SITE.id}${query}`, { formKey: formKey!, serviceId: '', ...fields });
  }
}
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe("a kiosk's complaint on the central server", () => {
  it('reaches the server and the other kiosk, whose officer handles it; the first kiosk sees the answer', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const filed = await fileAt(a.t);
    // Joined: the kiosk knows where the status page is.
    expect(filed.statusUrl).toBe(`${baseUrl}/complaints/t/${filed.ticket}/${filed.code}`);
    await a.t.core.sync.syncNow();
    expect(await recordOf(filed.id)).toMatchObject({ status: 'new', channel: 'kiosk', ticket: filed.ticket });
    const ticketRow = await server.central.db
      .selectFrom('complaint_tickets')
      .selectAll()
      .where('complaint_id', '=', filed.id)
      .executeTakeFirstOrThrow();
    expect(ticketRow.secret_hash).toBe(complaintSecretHash(filed.ticket, filed.code));

    await b.t.core.sync.syncNow();
    const officerId = (
      unwrap(await b.desk.officerCall('complaints.officers', {})) as { items: { id: string }[] }
    ).items[0]!.id;
    unwrap(await b.desk.officerCall('complaints.assign', { id: filed.id, officerId }));
    unwrap(
      await b.desk.officerCall('complaints.answer', {
        id: filed.id,
        answer: 'Kursi sudah diganti yang baru.',
      }),
    );
    unwrap(await b.desk.officerCall('complaints.close', { id: filed.id, note: null }));
    await b.t.core.sync.syncNow();
    expect(await recordOf(filed.id)).toMatchObject({
      status: 'closed',
      answer: 'Kursi sudah diganti yang baru.',
    });

    await a.t.core.sync.syncNow();
    const seen = unwrap(await a.desk.officerCall('complaints.get', { id: filed.id })) as ComplaintDetail;
    expect(seen).toMatchObject({
      status: 'closed',
      answer: 'Kursi sudah diganti yang baru.',
      assignedTo: officerId,
    });

    // The visitor's phone opens the status link the kiosk showed, with the answer on it.
    const page = await new Phone().get(`/complaints/t/${filed.ticket}/${filed.code}`);
    expect(page.status).toBe(200);
    const text = textOf(await page.text());
    expect(text).toContain('Kursi sudah diganti yang baru.');
    expect(text).toContain('Selesai');
  });
});

describe('the server handlers', () => {
  const filedPayload = (id: string, over: Record<string, unknown> = {}) => ({
    id,
    ticket: 'ADU-0000-0001-Y',
    secretHash: 'a'.repeat(64),
    serviceId: 'lapor' as const,
    text: 'Pengaduan tentang layanan.',
    contact: { name: 'Dewi', email: 'dewi@contoh.id', phone: '' },
    consentVersion: 'v',
    channel: 'kiosk' as const,
    lang: 'id' as const,
    filedAt: MONDAY_9AM,
    ...over,
  });
  const apply = <T>(body: (cmd: ServerCommand) => Promise<T>) =>
    runServerCommand(serverDeps(), SITE.id, 'test', MONDAY_9AM, body);

  it('files once, refuses changes to a closed complaint, keeps the first close, and knows no stranger', async () => {
    const id = 'handler-complaint-1';
    const verdicts = await apply(async (cmd) => [
      await cmd.apply('complaint.filed', filedPayload(id)),
      await cmd.apply('complaint.filed', filedPayload(id, { text: 'Lain.' })),
      await cmd.apply('complaint.answered', { id, answer: 'Jawaban.', answeredBy: 'o1', answeredAt: 1 }),
      await cmd.apply('complaint.assigned', { id, officerId: 'o2', assignedAt: 2 }),
      await cmd.apply('complaint.closed', { id, note: null, closedBy: 'o1', closedAt: 3 }),
      await cmd.apply('complaint.closed', { id, note: 'Lagi', closedBy: 'o2', closedAt: 4 }),
      await cmd.apply('complaint.answered', { id, answer: 'Terlambat.', answeredBy: 'o2', answeredAt: 5 }),
      await cmd.apply('complaint.laporLinked', { id, laporId: '777', linkedAt: 6 }),
      await cmd.apply('complaint.assigned', { id: 'nobody', officerId: 'o2', assignedAt: 7 }),
    ]);
    expect(verdicts.map((v) => [v.status, v.code])).toEqual([
      ['applied', null],
      ['merged', 'already_created'],
      // An answer that overtook its assignment is the fact the visitor waits for: kept.
      ['applied', null],
      // The assignment arriving after the answer names the officer and keeps the status answered.
      ['applied', null],
      ['applied', null],
      ['merged', 'already_closed'],
      ['rejected', 'complaint_closed'],
      ['applied', null],
      ['rejected', 'unknown_complaint'],
    ]);
    expect(await recordOf(id)).toMatchObject({
      status: 'closed',
      text: 'Pengaduan tentang layanan.',
      answer: 'Jawaban.',
      assignedTo: 'o2',
      closeNote: null,
      laporId: '777',
    });
    // The filing and the answer each queued an e-mail to the complainant.
    const queued = await server.central.db
      .selectFrom('complaint_mail')
      .select(['kind', 'state'])
      .where('complaint_id', '=', id)
      .orderBy('id')
      .execute();
    expect(queued).toEqual([
      { kind: 'filed', state: 'pending' },
      { kind: 'answered', state: 'pending' },
    ]);
  });

  it("erases a contact everywhere the server kept it: the record, the filing's stored payload, older states, unsent e-mails", async () => {
    const a = await joinedKiosk();
    const filed = await fileAt(a.t, {
      contact: { name: 'Rudi Hartono', email: 'rudi@contoh.id', phone: '081298765432' },
      consent: true,
    });
    await a.t.core.sync.syncNow();
    unwrap(
      await a.desk.officerCall('complaints.eraseContact', { id: filed.id, reason: 'Permintaan pelapor' }),
    );
    await a.t.core.sync.syncNow();
    expect(await recordOf(filed.id)).toMatchObject({ contact: null, contactErasedAt: expect.any(Number) });
    const copies = JSON.stringify([
      await server.central.db
        .selectFrom('processed_ops')
        .select('payload')
        .where('entity_id', '=', filed.id)
        .execute(),
      await server.central.db
        .selectFrom('change_log')
        .select('row')
        .where('entity_id', '=', filed.id)
        .execute(),
    ]);
    expect(copies).not.toContain('rudi');
    expect(copies).not.toContain('Rudi');
    expect(copies).not.toContain('081298765432');
    const mail = await server.central.db
      .selectFrom('complaint_mail')
      .select('state')
      .where('complaint_id', '=', filed.id)
      .execute();
    expect(mail).toEqual([{ state: 'dropped' }]);
    // And the kiosk keeps it blank.
    expect(
      a.t.core.db.prepare('SELECT contact_email FROM complaints WHERE id = ?').pluck().get(filed.id),
    ).toBe('');
  });
});

describe('the portal', () => {
  it('takes an anonymous complaint from a phone and opens its status by ticket and code only', async () => {
    const phone = new Phone();
    const form = await phone.get(`/complaints/s/${SITE.id}?service=data`);
    const html = await form.text();
    expect(html).toContain('<html lang="id">');
    expect(textOf(html)).toContain('Sampaikan pengaduan');
    expect(textOf(html)).toContain('SMS ke 1708');
    expect(html).toContain('<option value="data" selected="">');
    const res = await phone.complain({
      serviceId: 'data',
      text: 'Data yang saya minta belum dikirim <b>sejak</b> 2 minggu. 😞',
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    const m = /^\/complaints\/t\/(ADU-[0-9A-Z-]+)\/([0-9A-Z]{5}-[0-9A-Z]{5})\?new=1$/.exec(location);
    expect(m, location).not.toBeNull();
    const [, ticket, code] = m!;
    const status = await phone.get(location);
    expect(status.status).toBe(200);
    const page = await status.text();
    expect(page).toContain('&lt;b&gt;sejak&lt;/b&gt;');
    expect(textOf(page)).toContain('Pengaduan Anda sudah kami terima');
    expect(textOf(page)).toContain('Belum ada jawaban');
    expect(textOf(page)).toContain('😞');

    // A wrong code, a ticket with a typo, a code of another complaint: the same "not found", nothing leaked.
    const other = await new Phone().complain({ text: 'Antrean di loket terlalu lama hari ini.' });
    const otherCode = /\/([0-9A-Z]{5}-[0-9A-Z]{5})\?/.exec(other.headers.get('location')!)![1]!;
    // The check character swapped for another one (never itself: a ticket may already end in Z).
    const mistyped = `${ticket!.slice(0, -1)}${ticket!.endsWith('Z') ? 'Y' : 'Z'}`;
    for (const path of [
      `/complaints/t/${ticket}/AAAAA-AAAAA`,
      `/complaints/t/${ticket}/${otherCode}`,
      `/complaints/t/${mistyped}/${code}`,
      `/complaints/t/x/y`,
    ]) {
      const wrong = await phone.get(path);
      expect(wrong.status, path).toBe(404);
      const body = textOf(await wrong.text());
      expect(body).toContain('Pengaduan tidak ditemukan');
      expect(body).not.toContain('Data yang saya minta');
    }
    // Typed in by hand, in lower case with spaces, it is found; a typo is named as such.
    const lookup = await phone.post('/complaints/status', {
      ticket: ticket!.toLowerCase().replace(/-/g, ' '),
      code: code!.toLowerCase(),
    });
    expect(lookup.status).toBe(303);
    expect(lookup.headers.get('location')).toBe(`/complaints/t/${ticket}/${code}`);
    const typo = await phone.post('/complaints/status', { ticket: mistyped, code: code! });
    expect(typo.status).toBe(422);
    expect(textOf(await typo.text())).toContain('salah ketik');
    // The same form sent twice files one complaint.
    const twice = await phone.get(`/complaints/s/${SITE.id}`);
    const formKey = /name="formKey" value="([0-9A-Z]{26})"/.exec(await twice.text())![1]!;
    const fields = { formKey, serviceId: '', text: 'Toilet lantai dua tidak ada air.' };
    const first = await phone.post(`/complaints/s/${SITE.id}`, fields);
    const second = await phone.post(`/complaints/s/${SITE.id}`, fields);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
  });

  it('keeps what was typed and says what is wrong, in English one tap away', async () => {
    const phone = new Phone();
    const res = await phone.complain({ text: 'pendek', email: 'bukan-email', consent: '' });
    expect(res.status).toBe(422);
    const text = textOf(await res.text());
    expect(text).toContain('Tulis sedikit lebih jelas');
    expect(text).toContain('Alamat e-mail tidak valid');
    expect(text).toContain('Centang persetujuan');
    const en = await phone.get(`/complaints/s/${SITE.id}?lang=en`);
    expect(textOf(await en.text())).toContain('Make a complaint');
    const again = await phone.complain({ text: '' }, '?lang=en');
    expect(textOf(await again.text())).toContain('Write your complaint.');
  });

  it('limits form posts per address and refuses an oversize form', async () => {
    // Its own app on the same database, limiting by the socket's address (no proxy trusted).
    const app = createServerApp({ db: server.central.db, clock: server.clock, log: createTestLog().log });
    const phone = new Phone(await listen(app.fetch));
    for (let i = 0; i < 10; i++)
      expect((await phone.post(`/complaints/s/${SITE.id}`, { text: '' })).status).toBe(422);
    const limited = await phone.post(`/complaints/s/${SITE.id}`, { text: '' });
    expect(limited.status).toBe(429);
    expect(textOf(await limited.text())).toContain('Terlalu banyak permintaan');
    server.clock.advance(10 * 60_000);
    expect((await phone.post(`/complaints/s/${SITE.id}`, { text: '' })).status).toBe(422);
    server.clock.set(MONDAY_9AM);

    const big = await new Phone().post(`/complaints/s/${SITE.id}`, { text: 'x'.repeat(40_000) });
    expect(big.status).toBe(413);
  });

  it('limits status pages per address, so numbers and codes cannot be tried in bulk', async () => {
    const phone = new Phone();
    let status = 404;
    for (let i = 0; i < 61 && status === 404; i++)
      status = (await phone.get(`/complaints/t/ADU-0000-0001-Y/AAAAA-${String(i).padStart(5, '0')}`)).status;
    expect(status).toBe(429);
    server.clock.advance(10 * 60_000);
    expect((await phone.get('/complaints/t/ADU-0000-0001-Y/AAAAA-AAAAA')).status).toBe(404);
    server.clock.set(MONDAY_9AM);
  });
});

describe('e-mail to the complainant', () => {
  it('confirms a portal complaint with a link of its own, and sends the answer a kiosk officer gives', async () => {
    const phone = new Phone();
    const res = await phone.complain({
      serviceId: 'coworking',
      text: 'Stopkontak di meja 7 tidak berfungsi.',
      name: 'Putri Ayu',
      email: 'putri.complaint@contoh.id',
      consent: 'yes',
    });
    expect(res.status).toBe(303);
    const [mail] = await mailsTo('putri.complaint@contoh.id');
    expect(mail!.subject).toMatch(/^Pengaduan Anda diterima: ADU-/);
    expect(mail!.text).toContain('Halo Putri Ayu,');
    const link = /(http:\/\/127\.0\.0\.1:\d+\/complaints\/t\/[^\s]+)/.exec(mail!.text ?? '')![1]!;
    // The e-mail's link has its own key: it opens the status page too, but is not the visitor's code.
    expect(link).not.toContain(res.headers.get('location')!.replace('?new=1', ''));
    expect((await new Phone().get(new URL(link).pathname)).status).toBe(200);

    // A kiosk pulls the portal's complaint, its officer answers; the server mails the answer.
    const k = await joinedKiosk();
    await k.t.core.sync.syncNow();
    const { items } = unwrap(await k.desk.officerCall('complaints.list', {})) as {
      items: { id: string; channel: string; text: string }[];
    };
    const portal = items.find((i) => i.text === 'Stopkontak di meja 7 tidak berfungsi.');
    expect(portal).toMatchObject({ channel: 'portal' });
    const officerId = (
      unwrap(await k.desk.officerCall('complaints.officers', {})) as { items: { id: string }[] }
    ).items[0]!.id;
    unwrap(await k.desk.officerCall('complaints.assign', { id: portal!.id, officerId }));
    unwrap(
      await k.desk.officerCall('complaints.answer', {
        id: portal!.id,
        answer: 'Stopkontak sudah diperbaiki teknisi.',
      }),
    );
    await k.t.core.sync.syncNow();
    const deps = {
      db: server.central.db,
      clock: server.clock,
      mailer,
      publicUrl: 'https://loket.contoh.id',
      log: createTestLog().log,
    };
    expect(await deliverComplaintMail(deps)).toBeGreaterThanOrEqual(1);
    const both = await mailsTo('putri.complaint@contoh.id', 2);
    const answer = both.find((m) => m.subject?.startsWith('Jawaban atas pengaduan'))!;
    expect(answer.text).toContain('Stopkontak sudah diperbaiki teknisi.');
    expect(answer.text).toContain('https://loket.contoh.id/complaints/t/ADU-');
    // Sent once: a second run finds nothing waiting.
    expect(await deliverComplaintMail(deps)).toBe(0);
  });

  it("mails a kiosk complaint's receipt once it reaches the server, in the complainant's language", async () => {
    const k = await joinedKiosk();
    await fileAt(k.t, {
      lang: 'en',
      contact: { name: '', email: 'kiosk.visitor@contoh.id', phone: '' },
      consent: true,
    });
    await k.t.core.sync.syncNow();
    const deps = {
      db: server.central.db,
      clock: server.clock,
      mailer,
      publicUrl: null,
      log: createTestLog().log,
    };
    expect(await deliverComplaintMail(deps)).toBeGreaterThanOrEqual(1);
    const [mail] = await mailsTo('kiosk.visitor@contoh.id');
    expect(mail!.subject).toMatch(/^Your complaint was received: ADU-/);
    expect(mail!.text).toContain('Hello,');
    // Without the portal's address the e-mail names the ticket and a code to type in.
    expect(mail!.text).toMatch(/ticket number ADU-[0-9A-Z-]+ and code [0-9A-Z]{5}-[0-9A-Z]{5}/);
  });
});

describe('for the reports and the retention job', () => {
  const filed = (id: string, filedAt: number, serviceId: 'lapor' | 'data' | null, contact: boolean) => ({
    id,
    ticket: 'ADU-0000-0001-Y',
    secretHash: id.padEnd(64, '0'),
    serviceId,
    text: 'Pengaduan lama.',
    contact: contact ? { name: 'Lama', email: `${id}@contoh.id`, phone: '' } : null,
    consentVersion: contact ? 'v' : null,
    channel: 'portal' as const,
    lang: 'id' as const,
    filedAt,
  });

  it('counts a site’s complaints per service and quarter by the local day they were filed', async () => {
    await runServerCommand(serverDeps(), SITE.id, 'test', MONDAY_9AM, async (cmd) => {
      await cmd.apply(
        'complaint.filed',
        filed('count-1', Date.parse('2025-03-31T23:30:00+07:00'), 'lapor', false),
      );
      await cmd.apply(
        'complaint.filed',
        filed('count-2', Date.parse('2025-04-01T00:10:00+07:00'), 'lapor', false),
      );
      await cmd.apply(
        'complaint.filed',
        filed('count-3', Date.parse('2025-12-31T23:59:00+07:00'), null, false),
      );
      await cmd.apply(
        'complaint.filed',
        filed('count-4', Date.parse('2026-01-01T00:00:00+07:00'), 'data', false),
      );
    });
    expect(await siteComplaintCountsByQuarter(server.central.db, SITE.id, 'Asia/Pontianak', 2025)).toEqual({
      year: 2025,
      services: [
        { serviceId: 'lapor', quarters: [1, 1, 0, 0], total: 2 },
        { serviceId: null, quarters: [0, 0, 0, 1], total: 1 },
      ],
      quarters: [1, 1, 0, 1],
      total: 3,
    });
  });

  it('erases contacts past the site’s retention period, keeps recent ones, and the kiosks follow', async () => {
    const k = await joinedKiosk();
    const longAgo = MONDAY_9AM - 400 * 86_400_000;
    await runServerCommand(serverDeps(), SITE.id, 'test', MONDAY_9AM, async (cmd) => {
      await cmd.apply('complaint.filed', filed('old-contact', longAgo, 'data', true));
      await cmd.apply('complaint.filed', filed('new-contact', MONDAY_9AM, 'data', true));
    });
    expect(
      await eraseExpiredComplaintContactsOnServer({ ...serverDeps(), clock: server.clock }),
    ).toBeGreaterThanOrEqual(1);
    expect(await recordOf('old-contact')).toMatchObject({ contact: null, contactErasedAt: MONDAY_9AM });
    expect(await recordOf('new-contact')).toMatchObject({ contact: { email: 'new-contact@contoh.id' } });
    // A second pass finds nothing more to do.
    expect(await eraseExpiredComplaintContactsOnServer({ ...serverDeps(), clock: server.clock })).toBe(0);
    await k.t.core.sync.syncNow();
    const kept = k.t.core.db
      .prepare(
        "SELECT id, contact_email, contact_erased_at IS NOT NULL AS erased FROM complaints WHERE id IN ('old-contact', 'new-contact') ORDER BY id",
      )
      .all();
    expect(kept).toEqual([
      { id: 'new-contact', contact_email: 'new-contact@contoh.id', erased: 0 },
      { id: 'old-contact', contact_email: '', erased: 1 },
    ]);
  });
});

describe('the portal with several offices', () => {
  it('goes straight to the one office, and lets the visitor choose when there are several', async () => {
    const one = await new Phone().get('/complaints?service=data');
    expect(one.status).toBe(302);
    expect(one.headers.get('location')).toBe(`/complaints/s/${SITE.id}?service=data`);
    const english = await new Phone().get('/complaints?lang=en');
    expect(english.headers.get('set-cookie')).toContain('loket_lang=en');
    await createSite(server.central.db, { id: 'singkawang', name: 'Diskominfo Kota Singkawang' }, MONDAY_9AM);
    const many = await new Phone().get('/complaints');
    expect(many.status).toBe(200);
    const html = await many.text();
    expect(html).toContain(`href="/complaints/s/${SITE.id}"`);
    expect(html).toContain('href="/complaints/s/singkawang"');
    expect(textOf(html)).toContain('Diskominfo Kota Singkawang');
  });
});
