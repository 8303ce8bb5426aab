// The visitor's portal over real HTTP on loopback, as a phone's browser would use it: the form, the
// kiosk's rules, the QR on the page, as a PNG, a PDF and by e-mail (a real SMTP server in the test),
// the link to see or cancel, the rate limit, the size limit, hostile input, and a portal reservation
// checking in at a kiosk of the site.
import { serve, type ServerType } from '@hono/node-server';
import jsQR from 'jsqr';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../electron/services/settings/rules';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import { createServerApp } from '../../server/http/app';
import { smtpMailer } from '../../server/portal/mail';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand } from '../../server/sync/serverCommand';
import { SITE, startTestCentral, type TestCentral } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { createTestLog } from '../support/testLog';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';

let server: TestCentral;
let baseUrl: string;
const closers: (() => Promise<void>)[] = [];
const mails: ParsedMail[] = [];
/** Who waits for a mail to which address: other tests' reservations send mail too, at their own pace. */
const mailWaiters = new Map<string, () => void>();
const recipientOf = (mail: ParsedMail) => (mail.to as { text: string } | undefined)?.text ?? '';
/** Resolves once a mail to `address` has arrived (at once if it already has). */
const mailTo = (address: string) =>
  new Promise<ParsedMail>((resolve) => {
    const found = () => mails.find((m) => recipientOf(m) === address);
    const now = found();
    if (now) resolve(now);
    else mailWaiters.set(address, () => resolve(found()!));
  });

async function listen(fetchHandler: (req: Request) => Response | Promise<Response>): Promise<string> {
  const http: ServerType = serve({ fetch: fetchHandler, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => http.once('listening', resolve));
  closers.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  // A mail server of our own: it keeps every message it is given.
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
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  closers.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  server = await startTestCentral(MONDAY_9AM, {
    portal: {
      mailer: smtpMailer({
        url: `smtp://127.0.0.1:${smtpPort}`,
        from: 'Loket <loket@test>',
        onError: () => {},
      }),
      // Each test speaks from its own address (X-Forwarded-For), so one test's posts do not count
      // against another's limit; the limit test below uses the socket's address.
      trustProxy: true,
    },
  });
  baseUrl = await listen(server.app.fetch);
  // The site as its kiosk described it: two desks, SOP 97's hours, a holiday on Wednesday.
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
      await cmd.apply('settings.rulesUpdated', {
        ...defaultRules,
        calendar: { ...defaultRules.calendar, holidays: [{ date: '2026-11-25', name: 'Libur' }] },
      });
      await cmd.apply('desks.replaced', {
        items: [
          { number: 1, label: 'Meja 1', zone: null },
          { number: 2, label: 'Meja 2', zone: null },
        ],
      });
    },
  );
});
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await server.close();
});

let address = 0;
/** A visitor's browser: its own client address, cookies kept, redirects followed by hand. */
class Browser {
  readonly ip = `10.0.0.${++address}`;
  cookie = '';
  constructor(readonly base = baseUrl) {}

  async get(path: string): Promise<Response> {
    const res = await fetch(this.base + path, {
      headers: { 'x-forwarded-for': this.ip, ...(this.cookie ? { cookie: this.cookie } : {}) },
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return res;
  }

  async post(
    path: string,
    fields: Record<string, string>,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    return fetch(this.base + path, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: this.base,
        'x-forwarded-for': this.ip,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...extra,
      },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** Opens the form and reads the one-time key it carries. */
  async openForm(): Promise<{ html: string; linkKey: string }> {
    const res = await this.get(`/s/${SITE.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const linkKey = /name="linkKey" value="([0-9A-Z]{26})"/.exec(html)?.[1];
    expect(linkKey, 'the form carries a link key').toBeDefined();
    return { html, linkKey: linkKey! };
  }

  /** Fills in and sends the form; returns the answer and the key it carried. */
  async reserve(person: Partial<Record<string, string>> = {}): Promise<{ res: Response; linkKey: string }> {
    const { linkKey } = await this.openForm();
    const fields = {
      linkKey,
      day: '2026-11-24',
      fullName: 'Rina Kartika',
      email: `rina${this.ip.replace(/\./g, '')}@contoh.id`,
      phone: `0812 3456 ${String(7000 + address).padStart(4, '0')}`,
      consent: 'yes',
      ...person,
    };
    const entries = Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string');
    return { res: await this.post(`/s/${SITE.id}`, Object.fromEntries(entries)), linkKey };
  }
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function decodeQrPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

const reservationsOf = (email: string) =>
  server.central.db.selectFrom('reservations').selectAll().where('email', '=', email).execute();

describe('the reservation form', () => {
  it('offers the service days from today on in Indonesian, skipping the weekend and the holiday', async () => {
    const { html } = await new Browser().openForm();
    const text = textOf(html);
    expect(text).toContain('Hari ini, Senin, 23 November 2026');
    expect(text).toContain('Selasa, 24 November 2026');
    expect(text).not.toContain('Rabu, 25 November 2026'); // the holiday
    expect(text).toContain('Kamis, 26 November 2026');
    expect(text).not.toContain('Sabtu, 28 November 2026');
    expect(text).toContain('Buka 07:00–15:45 WIB');
    expect(text).toContain('2 meja tersisa');
    expect(html).toContain('<html lang="id">');
    expect(text).toContain('Dinas Komunikasi dan Informatika Kota Pontianak');
  });

  it('is in English one tap away, and stays English on the next page', async () => {
    const browser = new Browser();
    const res = await browser.get(`/s/${SITE.id}?lang=en`);
    const text = textOf(await res.text());
    expect(text).toContain('Today, Monday, 23 November 2026');
    expect(text).toContain('Reserve a coworking desk');
    const { html } = await browser.openForm();
    expect(html).toContain('<html lang="en">');
  });

  it('forbids scripts, framing and foreign form targets on every page', async () => {
    const res = await new Browser().get(`/s/${SITE.id}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('a reservation on the portal', () => {
  it('shows the QR, which decodes to the token stored for the reservation, and offers it as PNG and PDF', async () => {
    const browser = new Browser();
    const { res, linkKey } = await browser.reserve({ fullName: 'Rina Kartika' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/r/${linkKey}?new=1`);
    const page = await browser.get(`/r/${linkKey}?new=1`);
    const html = await page.text();
    expect(textOf(html)).toContain('Reservasi berhasil, Rina!');
    expect(textOf(html)).toContain('Selasa, 24 November 2026');

    const [stored] = await reservationsOf(`rina${browser.ip.replace(/\./g, '')}@contoh.id`);
    expect(stored).toMatchObject({
      day: '2026-11-24',
      status: 'booked',
      source: 'portal',
      full_name: 'Rina Kartika',
    });
    expect(stored!.phone).toMatch(/^\+62812/);

    // The QR on the page (a data: URL) and the PNG to save both hold the stored token.
    const dataUrl = /<img class="qr" src="data:image\/png;base64,([^"]+)"/.exec(html)?.[1];
    expect(decodeQrPng(Buffer.from(dataUrl!, 'base64'))).toBe(stored!.token);
    const png = await browser.get(`/r/${linkKey}/qr.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(decodeQrPng(Buffer.from(await png.arrayBuffer()))).toBe(stored!.token);
    expect(textOf(html)).toContain(stored!.token);

    const pdf = await browser.get(`/r/${linkKey}/tiket.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5_000);

    // The audit trail names the portal as the actor.
    const audit = await server.central.db
      .selectFrom('server_audit')
      .selectAll()
      .where('entity_id', '=', stored!.id)
      .execute();
    expect(audit).toMatchObject([
      { actor: 'portal', action: 'portal.reserve', visitor_id: stored!.visitor_id },
    ]);
  });

  it('sends the QR and the link by e-mail, and the link in it opens the reservation', async () => {
    const browser = new Browser();
    const email = `mail${browser.ip.replace(/\./g, '')}@contoh.id`;
    const { linkKey } = await browser.reserve({ email, fullName: 'Dewi Lestari' });
    const mail = await mailTo(email);
    expect(mail?.subject).toBe('Reservasi Startup Hub Pontianak: Selasa, 24 November 2026');
    expect(mail?.text).toContain(`${baseUrl}/r/${linkKey}`);
    const [stored] = await reservationsOf(email);
    const qr = mail?.attachments.find((a) => a.contentType === 'image/png');
    expect(decodeQrPng(qr!.content)).toBe(stored!.token);
    // The page says it went, once the mail server has answered the sender (a deadline, not a sleep).
    const sentNotice = `Kode QR juga sudah dikirim ke ${email}`;
    const until = Date.now() + 10_000;
    let page = '';
    while (!page.includes(sentNotice) && Date.now() < until)
      page = textOf(await (await browser.get(`/r/${linkKey}`)).text());
    expect(page).toContain(sentNotice);
  });

  it('a second submit of the same form (double tap, reload) finds the first reservation', async () => {
    const browser = new Browser();
    const { linkKey } = await browser.openForm();
    const email = `double${browser.ip.replace(/\./g, '')}@contoh.id`;
    const fields = {
      linkKey,
      day: '2026-11-26',
      fullName: 'Agus Salim',
      email,
      phone: '081298765432',
      consent: 'yes',
    };
    const [a, b] = await Promise.all([
      browser.post(`/s/${SITE.id}`, fields),
      browser.post(`/s/${SITE.id}`, fields),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(a.headers.get('location')).toBe(b.headers.get('location'));
    expect(await reservationsOf(email)).toHaveLength(1);
  });

  it('keeps what was typed and says what is wrong, in the kiosk’s words, when the form is incomplete', async () => {
    const browser = new Browser();
    const { res } = await browser.reserve({
      fullName: 'Budi',
      email: 'bukan-email',
      phone: '12',
      consent: undefined,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain('Periksa isian yang ditandai.');
    expect(text).toContain('Alamat e-mail tidak valid. Contoh: nama@contoh.id');
    expect(text).toContain('Nomor HP tidak valid. Contoh: 0812 3456 7890');
    expect(text).toContain('Centang persetujuan untuk melanjutkan.');
    expect(html).toContain('value="bukan-email"');
    expect(html).toContain('value="Budi"');
    expect(await reservationsOf('bukan-email')).toHaveLength(0);
  });

  it('shows hostile text back as text, never as markup', async () => {
    const browser = new Browser();
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { res } = await browser.reserve({ fullName: hostile, email: 'x' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    // Made with a valid e-mail, the name is stored as typed and shown escaped on the ticket.
    const made = await browser.reserve({ fullName: `Tono ${hostile}`, day: '2026-12-01' });
    expect(made.res.status).toBe(303);
    const page = await (await browser.get(`/r/${made.linkKey}`)).text();
    expect(page).not.toContain('<script>alert(1)');
    expect(textOf(page)).toContain('Tono');
  });

  it('refuses by the kiosk’s rules: a closed day, too far ahead, a second reservation that day, a full day', async () => {
    const browser = new Browser();
    const email = `rules${browser.ip.replace(/\./g, '')}@contoh.id`;
    const saturday = await browser.reserve({ day: '2026-11-28', email });
    expect(saturday.res.status).toBe(422);
    expect(textOf(await saturday.res.text())).toContain('bukan hari layanan');
    const far = await browser.reserve({ day: '2026-12-31', email });
    expect(textOf(await far.res.text())).toContain('terlalu jauh');

    expect((await browser.reserve({ day: '2026-11-27', email, phone: '081311112222' })).res.status).toBe(303);
    const again = await browser.reserve({ day: '2026-11-27', email, phone: '081311112222' });
    expect(textOf(await again.res.text())).toContain('Anda sudah punya reservasi pada hari itu');

    // Friday's second desk goes to someone else; then the day is full and shown so.
    const other = new Browser();
    expect((await other.reserve({ day: '2026-11-27' })).res.status).toBe(303);
    const late = new Browser();
    const full = await late.reserve({ day: '2026-11-27' });
    expect(textOf(await full.res.text())).toContain('semua meja pada hari itu sudah dipesan');
    expect(textOf((await late.openForm()).html)).toMatch(/Jumat, 27 November 2026 Penuh/);
  });

  it('is cancelled from its link, and the link says so', async () => {
    const browser = new Browser();
    const { linkKey } = await browser.reserve({ day: '2026-11-30' });
    const res = await browser.post(`/r/${linkKey}/cancel`, {});
    expect(res.status).toBe(303);
    const text = textOf(await (await browser.get(`/r/${linkKey}?done=cancelled`)).text());
    expect(text).toContain('Reservasi sudah dibatalkan.');
    expect(text).toContain('Dibatalkan');
    expect(text).not.toContain('Simpan gambar QR');
  });

  it('answers an unknown or malformed link with a page that says so, and a post from another site with 403', async () => {
    const browser = new Browser();
    expect((await browser.get('/r/0123456789ABCDEFGHJKMNPQRS')).status).toBe(404);
    expect((await browser.get('/r/../../etc/passwd')).status).toBe(404);
    const forged = await browser.reserve({ linkKey: 'not-a-key' });
    expect(forged.res.status).toBe(422);
    expect(textOf(await forged.res.text())).toContain('Formulir kedaluwarsa');
    const { linkKey } = await browser.openForm();
    const csrf = await browser.post(
      `/s/${SITE.id}`,
      {
        linkKey,
        day: '2026-11-24',
        fullName: 'Eve',
        email: 'eve@contoh.id',
        phone: '081200000000',
        consent: 'yes',
      },
      { origin: 'https://evil.example' },
    );
    expect(csrf.status).toBe(403);
    expect(await reservationsOf('eve@contoh.id')).toHaveLength(0);
  });
});

describe('limits', () => {
  it('refuses the eleventh post from one address within ten minutes, and takes it again after', async () => {
    // Its own app on the same database, limiting by the socket's address (no proxy trusted).
    const app = createServerApp({ db: server.central.db, clock: server.clock, log: createTestLog().log });
    const browser = new Browser(await listen(app.fetch));
    for (let i = 0; i < 10; i++) expect((await browser.post(`/s/${SITE.id}`, { day: 'x' })).status).toBe(422);
    const limited = await browser.post(`/s/${SITE.id}`, { day: 'x' });
    expect(limited.status).toBe(429);
    expect(textOf(await limited.text())).toContain('Terlalu banyak permintaan');
    expect(limited.headers.get('retry-after')).not.toBeNull();
    server.clock.advance(10 * 60_000);
    expect((await browser.post(`/s/${SITE.id}`, { day: 'x' })).status).toBe(422);
    server.clock.set(MONDAY_9AM);
  });

  it('refuses a form over 32 KB without reading it', async () => {
    const browser = new Browser();
    const res = await browser.post(`/s/${SITE.id}`, { fullName: 'x'.repeat(40_000) });
    expect(res.status).toBe(413);
    expect(textOf(await res.text())).toContain('Isian terlalu besar');
  });
});

describe('a portal reservation at the kiosk', () => {
  let kiosk: TestCore | undefined;
  afterEach(async () => {
    await kiosk?.core.close();
    kiosk = undefined;
  });

  it('reaches the site’s kiosk, checks in there, and can no longer be cancelled from the link', async () => {
    kiosk = await makeTestCore(MONDAY_9AM, ':memory:', { fetch: (input, init) => fetch(input, init) });
    const desk = new DeskDay(kiosk.core);
    const { code } = await createEnrolmentCode(server.central.db, SITE.id, 'test', server.clock.now());
    unwrap(await desk.officerCall('sync.join', { serverUrl: baseUrl, code }));

    const browser = new Browser();
    const { linkKey } = await browser.reserve({ day: '2026-11-23', fullName: 'Wahyu Hidayat' });
    const token = /data-testid="ticket-code">([0-9A-Z]+)</.exec(
      await (await browser.get(`/r/${linkKey}`)).text(),
    )?.[1];
    expect(token).toMatch(/^LK1/);

    await kiosk.core.sync.syncNow();
    const outcome = await desk.scan(token!);
    expect(outcome).toMatchObject({ kind: 'checked_in' });
    await kiosk.core.sync.syncNow();

    const page = textOf(await (await browser.get(`/r/${linkKey}`)).text());
    expect(page).toContain('Sudah masuk');
    const cancel = await browser.post(`/r/${linkKey}/cancel`, {});
    expect(cancel.headers.get('location')).toBe(`/r/${linkKey}?done=too_late`);
    const [row] = await server.central.db
      .selectFrom('reservations')
      .select('status')
      .where('token', '=', token!)
      .execute();
    expect(row?.status).toBe('checked_in');
  });
});
