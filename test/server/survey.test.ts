// The survey across kiosks, the central server and the portal, over real HTTP on loopback with real
// PostgreSQL/PGlite: a kiosk's answer reaches the server and the other kiosk; a token answered on the
// portal and at a kiosk counts once; the portal page by token, its errors, a replay and a forged token.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../electron/services/settings/rules';
import { issueSurveyToken, surveyPortalLink } from '../../electron/services/survey/surveyTokens';
import { surveyTokenHash } from '../../electron/services/survey/surveyHash';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand } from '../../server/sync/serverCommand';
import type { SurveyIndexView } from '../../shared/contract';
import type { SurveyAnswers } from '../../shared/survey/answerSet';
import { SITE, startTestCentral, type TestCentral, listenOnLoopback } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';

let server: TestCentral;
let baseUrl: string;
let http: Awaited<ReturnType<typeof listenOnLoopback>>;

beforeAll(async () => {
  server = await startTestCentral(MONDAY_9AM, { portal: { trustProxy: true } });
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
      await cmd.apply('settings.rulesUpdated', defaultRules);
    },
  );
});
afterAll(async () => {
  await http.close();
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

const KEYS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
const all = (n: 1 | 2 | 3 | 4) => Object.fromEntries(KEYS.map((k) => [k, n])) as unknown as SurveyAnswers;
const form = (n: number, extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(KEYS.map((k) => [k, String(n)])),
  ...extra,
});

let address = 0;
/** A phone's browser: its own address, redirects followed by hand. */
class Phone {
  readonly ip = `10.1.0.${++address}`;
  get(path: string) {
    return fetch(baseUrl + path, { headers: { 'x-forwarded-for': this.ip } });
  }
  post(path: string, fields: Record<string, string>) {
    return fetch(baseUrl + path, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: baseUrl,
        'x-forwarded-for': this.ip,
      },
      body: new URLSearchParams(fields).toString(),
    });
  }
}
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

let events = 0;
const newEvent = () => `guest-entry-${++events}`;

describe('a kiosk’s survey on the central server', () => {
  it('reaches the server and the other kiosk, whose index counts it', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const { token } = issueSurveyToken(a.t.core.deps, a.t.core.rules, {
      serviceId: 'guest',
      eventKind: 'guest',
      eventId: newEvent(),
    });
    unwrap(
      await a.t.core.call('survey.answer', { serviceId: 'guest', token, answerSet: { answers: all(4) } }),
    );
    await a.t.core.sync.syncNow();
    await b.t.core.sync.syncNow();
    const row = await server.central.db
      .selectFrom('survey_responses')
      .selectAll()
      .where('token_hash', '=', surveyTokenHash(token))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'answered',
      channel: 'kiosk',
      service_id: 'guest',
      device_id: a.t.core.deps.deviceId,
    });
    expect(row.scores).toEqual(all(4));
    // The server never holds the token itself.
    const tokens = await server.central.db.selectFrom('survey_tokens').select('token_hash').execute();
    expect(JSON.stringify(tokens)).not.toContain(token);
    const view = unwrap(
      await b.desk.officerCall('survey.index', { serviceId: 'guest', period: '2026-Q4' }),
    ) as SurveyIndexView;
    expect(view.respondents).toBeGreaterThanOrEqual(1);
  });

  it('counts a token answered on the portal and at the kiosk once: the first answer the server gets stands', async () => {
    const a = await joinedKiosk();
    const { token, responseId } = issueSurveyToken(a.t.core.deps, a.t.core.rules, {
      serviceId: 'guest',
      eventKind: 'guest',
      eventId: newEvent(),
    });
    await a.t.core.sync.syncNow();
    // The kiosk takes an answer while its link is down...
    unwrap(
      await a.t.core.call('survey.answer', { serviceId: 'guest', token, answerSet: { answers: all(1) } }),
    );
    // ...and the visitor's phone answers the same survey on the portal first.
    const phone = new Phone();
    const sent = await phone.post(`/survey/${token}`, form(3));
    expect(sent.status).toBe(303);
    await a.t.core.sync.syncNow();
    await a.t.core.sync.syncNow();
    const verdict = a.t.core.db
      .prepare("SELECT verdict, verdict_code FROM outbox WHERE op_type = 'survey.answered'")
      .get();
    expect(verdict).toEqual({ verdict: 'merged', verdict_code: 'survey.alreadyAnswered' });
    const rows = await server.central.db
      .selectFrom('survey_responses')
      .select(['channel', 'scores'])
      .where('token_hash', '=', surveyTokenHash(token))
      .execute();
    expect(rows).toEqual([{ channel: 'portal', scores: all(3) }]);
    // The kiosk's copy now says what the server decided (it holds other tests' answers too, pulled).
    expect(
      a.t.core.db.prepare('SELECT channel, u1, status FROM survey_responses WHERE id = ?').get(responseId),
    ).toEqual({ channel: 'portal', u1: 3, status: 'answered' });
  });

  it('answers one service event once when two kiosks issued it a token each', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const event = { serviceId: 'guest' as const, eventKind: 'guest', eventId: newEvent() };
    const first = issueSurveyToken(a.t.core.deps, a.t.core.rules, event);
    const second = issueSurveyToken(b.t.core.deps, b.t.core.rules, event);
    expect(second.token).not.toBe(first.token);
    expect(second.responseId).toBe(first.responseId);
    await a.t.core.sync.syncNow();
    await b.t.core.sync.syncNow();
    expect(
      b.t.core.db
        .prepare("SELECT verdict, verdict_code FROM outbox WHERE op_type = 'survey.tokenIssued'")
        .get(),
    ).toEqual({ verdict: 'merged', verdict_code: 'survey.slotExists' });
    const phone = new Phone();
    expect((await phone.post(`/survey/${first.token}`, form(4))).status).toBe(303);
    // The other kiosk's token opens the same slot: already answered.
    const again = await phone.post(`/survey/${second.token}`, form(1));
    expect(again.status).toBe(409);
    const rows = await server.central.db
      .selectFrom('survey_responses')
      .select(['status', 'scores'])
      .where('id', '=', first.responseId)
      .execute();
    expect(rows).toEqual([{ status: 'answered', scores: all(4) }]);
  });

  it('refuses an answer under a token hash the site never issued (forged), and writes nothing', async () => {
    const verdict = await runServerCommand(
      { db: server.central.db, waiters: new ChangeWaiters(server.central.db) },
      SITE.id,
      'test',
      MONDAY_9AM,
      (cmd) =>
        cmd.apply('survey.answered', {
          id: 'ev-forged',
          serviceId: 'guest',
          tokenHash: 'a'.repeat(64),
          channel: 'portal',
          answeredAt: MONDAY_9AM,
          answeredDay: '2026-11-23',
          answers: all(4),
          profile: {},
          suggestion: null,
        }),
    );
    expect(verdict).toMatchObject({ status: 'rejected', code: 'survey.tokenUnknown' });
    const found = await server.central.db
      .selectFrom('survey_responses')
      .select('id')
      .where('id', '=', 'ev-forged')
      .execute();
    expect(found).toEqual([]);
  });
});

describe('the portal’s survey page by token (the QR on a guest slip)', () => {
  async function syncedToken(): Promise<string> {
    const a = await joinedKiosk();
    const { token } = issueSurveyToken(a.t.core.deps, a.t.core.rules, {
      serviceId: 'guest',
      eventKind: 'guest',
      eventId: newEvent(),
    });
    await a.t.core.sync.syncNow();
    return token;
  }

  it('opens from the link the kiosk prints as the slip’s QR', async () => {
    const a = await joinedKiosk();
    const { token } = issueSurveyToken(a.t.core.deps, a.t.core.rules, {
      serviceId: 'guest',
      eventKind: 'guest',
      eventId: newEvent(),
    });
    await a.t.core.sync.syncNow();
    const link = surveyPortalLink(a.t.core.deps, token)!;
    expect(link).toBe(`${baseUrl}/survey/${token}`);
    const res = await fetch(link, { headers: { 'x-forwarded-for': '10.2.0.1' } });
    expect(res.status).toBe(200);
    expect(textOf(await res.text())).toContain('Pertanyaan 1 dari 9');
  });

  it('shows the nine questions with their own answers, in Indonesian first and English one tap away', async () => {
    const token = await syncedToken();
    const phone = new Phone();
    const res = await phone.get(`/survey/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const text = textOf(html);
    expect(text).toContain('Survei Kepuasan Masyarakat');
    expect(text).toContain('Pelayanan tamu');
    expect(text).toContain('Pertanyaan 9 dari 9');
    expect(text).toContain('Sangat mahal');
    expect(text).toContain('Gratis');
    expect(text).toContain('tanpa nama');
    expect(html.match(/type="radio"/g)).toHaveLength(36);
    expect(html).not.toMatch(/name="(fullName|name|nik|phone)"/);
    const en = textOf(await (await phone.get(`/survey/${token}?lang=en`)).text());
    expect(en).toContain('Satisfaction survey');
    expect(en).toContain('Very expensive');
    expect(en).toContain('Guest service');
  });

  it('keeps what was given and says what is missing; hostile text comes back as text', async () => {
    const token = await syncedToken();
    const phone = new Phone();
    const { U5: _skipped, ...eight } = form(4);
    const res = await phone.post(`/survey/${token}`, { ...eight, suggestion: '<script>alert(1)</script>' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(textOf(html)).toContain('Ada jawaban yang belum lengkap');
    expect(html).toContain('id="U5-error"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toMatch(/name="U1" value="4" required="" checked=""|name="U1" value="4" required checked/);
  });

  it('refuses an oversize suggestion clearly and keeps it in the box', async () => {
    const token = await syncedToken();
    const long = 'x'.repeat(501);
    const res = await new Phone().post(`/survey/${token}`, form(3, { suggestion: long }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(textOf(html)).toContain('paling banyak 500 karakter');
    expect(html).toContain(long);
  });

  it('takes the answer once: thanks, then a replay of the same form is told it was answered', async () => {
    const token = await syncedToken();
    const phone = new Phone();
    const first = await phone.post(
      `/survey/${token}`,
      form(4, { sex: 'female', ageBand: '20-29', suggestion: 'Terima kasih 🙏' }),
    );
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(`/survey/${token}?done=1`);
    expect(textOf(await (await phone.get(`/survey/${token}?done=1`)).text())).toContain('Terima kasih');
    const replay = await phone.post(`/survey/${token}`, form(1));
    expect(replay.status).toBe(409);
    expect(textOf(await replay.text())).toContain('Survei ini sudah diisi');
    const rows = await server.central.db
      .selectFrom('survey_responses')
      .select(['scores', 'profile', 'suggestion'])
      .where('token_hash', '=', surveyTokenHash(token))
      .execute();
    expect(rows).toEqual([
      { scores: all(4), profile: { sex: 'female', ageBand: '20-29' }, suggestion: 'Terima kasih 🙏' },
    ]);
    const audit = await server.central.db
      .selectFrom('server_audit')
      .select(['actor', 'action'])
      .where('action', '=', 'survey.answer')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(audit.every((r) => r.actor === 'portal')).toBe(true);
  });

  it.each([
    ['a well-formed token nobody issued', 'SV1' + '7'.repeat(26)],
    ['a malformed one', '%3Cscript%3E'],
    ['a reservation’s token', 'LK1' + '7'.repeat(26)],
  ])('answers %s with the unknown-link page, and takes no answer for it', async (_what, token) => {
    const phone = new Phone();
    const page = await phone.get(`/survey/${token}`);
    expect(page.status).toBe(404);
    expect(textOf(await page.text())).toContain('Tautan survei tidak dikenal');
    const post = await phone.post(`/survey/${token}`, form(4));
    expect(post.status).toBe(404);
  });
});
