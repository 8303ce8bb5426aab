// The survey on the real kiosk core (SQLite, the command runner, dispatch): one answer per token,
// the kiosk's cool-down, the index per service and period, and the xlsx report opened with exceljs.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSurveyToken, surveyPortalLink } from '../../electron/services/survey/surveyTokens';
import type { SurveyIndexView } from '../../shared/contract';
import type { SurveyAnswers } from '../../shared/survey/answerSet';
import { makeTestCore, type TestCore } from '../support/testCore';
import { DeskDay, unwrap } from '../support/deskDay';

const at = (iso: string) => Date.parse(iso);
const KEYS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
const allFours = Object.fromEntries(KEYS.map((k) => [k, 4])) as unknown as SurveyAnswers;

/** The reference's worked example: 20 respondents, element sums 71 70 68 80 70 72 73 66 66. */
const WORKED_SUMS = [71, 70, 68, 80, 70, 72, 73, 66, 66];
const workedExample = (): SurveyAnswers[] =>
  Array.from(
    { length: 20 },
    (_, r) =>
      Object.fromEntries(
        KEYS.map((k, i) => [k, r < WORKED_SUMS[i]! - 60 ? 4 : 3]),
      ) as unknown as SurveyAnswers,
  );

let t: TestCore;
beforeEach(async () => {
  t = await makeTestCore(at('2026-11-23T09:00:00+07:00'));
});
afterEach(() => t.core.close());

const officer = () => ({ session: t.admin!.session });
/** The officer at the desk, signing in again after the desk locked itself while the clock moved on. */
const officerCall = (method: string, input: unknown) => new DeskDay(t.core).officerCall(method, input);
const answer = (input: unknown) => t.core.call('survey.answer', input);
const issue = (eventId: string, serviceId: 'guest' | 'coworking' = 'guest') =>
  issueSurveyToken(t.core.deps, t.core.rules, { serviceId, eventKind: 'guest', eventId });
const ops = (type: string) =>
  t.core.db.prepare('SELECT count(*) FROM outbox WHERE op_type = ?').pluck().get(type) as number;

describe('one answer per service event, through its one-time token', () => {
  it('opens one slot per event: issuing again hands out the same token', () => {
    const first = issue('entry-1');
    const again = issue('entry-1');
    expect(first.token).toMatch(/^SV1[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(again).toEqual({ ...first, fresh: false });
    expect(issue('entry-2').token).not.toBe(first.token);
    expect(ops('survey.tokenIssued')).toBe(2);
    // The server is sent the token's hash, never the token.
    const payloads = t.core.db
      .prepare("SELECT payload FROM outbox WHERE op_type = 'survey.tokenIssued'")
      .pluck()
      .all() as string[];
    expect(payloads.join('')).not.toContain(first.token);
  });

  it('takes the answer once; the same token a second time is refused and nothing is written', async () => {
    const { token } = issue('entry-1');
    const ok = await answer({ serviceId: 'guest', token, answerSet: { answers: allFours } });
    expect(ok.ok).toBe(true);
    const again = await answer({ serviceId: 'guest', token, answerSet: { answers: allFours } });
    expect(again).toEqual({
      ok: false,
      error: { code: 'conflict', messageKey: 'errors.survey.alreadyAnswered' },
    });
    expect(ops('survey.answered')).toBe(1);
    expect(
      t.core.db.prepare("SELECT count(*) FROM survey_responses WHERE status = 'answered'").pluck().get(),
    ).toBe(1);
    expect(
      t.core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'survey.answer'").pluck().get(),
    ).toBe(1);
  });

  it('refuses a well-formed token nobody issued, and a malformed one, as errors the screen can name', async () => {
    const forged = await answer({
      serviceId: 'guest',
      token: 'SV1' + '0'.repeat(26),
      answerSet: { answers: allFours },
    });
    expect(forged).toEqual({
      ok: false,
      error: { code: 'not_found', messageKey: 'errors.survey.tokenUnknown' },
    });
    const malformed = await answer({
      serviceId: 'guest',
      token: '<script>',
      answerSet: { answers: allFours },
    });
    expect(malformed.ok).toBe(false);
    expect(!malformed.ok && malformed.error.code).toBe('validation');
  });

  it('asks nothing that names the visitor: a name in the answer is refused', async () => {
    const { token } = issue('entry-1');
    const r = await answer({
      serviceId: 'guest',
      token,
      answerSet: { answers: allFours, profile: { name: 'Budi' } },
    });
    expect(r.ok).toBe(false);
  });

  it('takes the service from the event, whatever the screen sent', async () => {
    const { token } = issue('visit-1', 'coworking');
    unwrap(await answer({ serviceId: 'data', token, answerSet: { answers: allFours } }));
    expect(
      t.core.db.prepare("SELECT service_id FROM survey_responses WHERE status = 'answered'").pluck().get(),
    ).toBe('coworking');
  });
});

describe('the kiosk’s cool-down for answers without a token (home screen)', () => {
  it('refuses a second answer within a minute, saying how long to wait, then takes one', async () => {
    unwrap(await answer({ serviceId: 'data', token: null, answerSet: { answers: allFours } }));
    t.clock.advance(45_000);
    const soon = await answer({ serviceId: 'data', token: null, answerSet: { answers: allFours } });
    expect(soon).toEqual({
      ok: false,
      error: { code: 'rule', messageKey: 'errors.survey.coolDown', params: { seconds: 15 } },
    });
    // A token of a service event is not held back by the cool-down.
    const { token } = issue('entry-9');
    expect((await answer({ serviceId: 'guest', token, answerSet: { answers: allFours } })).ok).toBe(true);
    t.clock.advance(15_000);
    expect((await answer({ serviceId: 'data', token: null, answerSet: { answers: allFours } })).ok).toBe(
      true,
    );
    expect(ops('survey.answered')).toBe(3);
  });
});

describe('the index per service and period', () => {
  async function answerWorkedExampleWithTokens(): Promise<void> {
    for (const [i, answers] of workedExample().entries()) {
      const { token } = issue(`entry-${i}`);
      unwrap(
        await answer({
          serviceId: 'guest',
          token,
          answerSet: { answers, profile: { sex: i < 12 ? 'female' : 'male' } },
        }),
      );
      t.clock.advance(5 * 60_000);
    }
  }

  it('gives the worked example’s IKM 88,33 = A with the element means, the weakest elements and the sample', async () => {
    await answerWorkedExampleWithTokens();
    // Three more guests served whose survey was not answered: the population is 23.
    issue('entry-unanswered-1');
    issue('entry-unanswered-2');
    issue('entry-unanswered-3');
    const view = unwrap(
      await officerCall('survey.index', { serviceId: 'guest', period: '2026-Q4' }),
    ) as SurveyIndexView;
    expect(view.respondents).toBe(20);
    expect(view.populationCounted).toBe(23);
    // Krejcie–Morgan for N = 23: 3.841·23·0.25 ÷ (0.0025·22 + 0.96025) = 21.75… → 22.
    expect(view.sampleTarget).toBe(22);
    expect(view.index?.ikm).toBe(88.33);
    expect(view.index?.grade).toBe('A');
    expect(view.index?.ikmWithPublishedWeight).toBe(88.25);
    expect(view.index?.elements.map((e) => e.sum)).toEqual(WORKED_SUMS);
    expect(view.index?.weakestElements).toEqual(['U8', 'U9']);
    expect(view.distribution.U4).toEqual([0, 0, 0, 20]);
    expect(view.profile.sex).toEqual([
      { key: 'male', count: 8, percent: 40 },
      { key: 'female', count: 12, percent: 60 },
      { key: null, count: 0, percent: 0 },
    ]);
    expect(view.quarters.map((q) => [q.period, q.respondents, q.ikm])).toEqual([
      ['2026-Q1', 0, null],
      ['2026-Q2', 0, null],
      ['2026-Q3', 0, null],
      ['2026-Q4', 20, 88.33],
    ]);
  });

  it('separates services and periods, and takes the officer’s own population', async () => {
    await answerWorkedExampleWithTokens();
    t.clock.set(at('2026-12-01T09:00:00+07:00'));
    const { token } = issue('visit-7', 'coworking');
    unwrap(await answer({ serviceId: 'coworking', token, answerSet: { answers: allFours } }));
    const index = async (input: object) =>
      unwrap(await officerCall('survey.index', input)) as SurveyIndexView;
    expect((await index({ serviceId: 'coworking', period: '2026-12' })).index?.ikm).toBe(100);
    expect((await index({ serviceId: 'coworking', period: '2026-11' })).index).toBeNull();
    expect((await index({ serviceId: 'guest', period: '2026-11' })).respondents).toBe(20);
    const all = await index({ serviceId: null, period: '2026' });
    expect(all.respondents).toBe(21);
    // (636 + 36) ÷ (21 × 9) × 25 = 88,888… → 88,89.
    expect(all.index?.ikm).toBe(88.89);
    const given = await index({ serviceId: 'guest', period: '2026-Q4', population: 1000 });
    expect([given.population, given.sampleTarget]).toEqual([1000, 278]);
  });

  it('is for officers with reports.read only', async () => {
    const r = await t.core.call('survey.index', { serviceId: null, period: '2026-Q4' });
    expect(r).toEqual({ ok: false, error: { code: 'unauthorized', messageKey: 'errors.officer.locked' } });
  });
});

describe('the report as offices file it (xlsx)', () => {
  it('holds the per-respondent sheet with Σ, NRR, IKM and grade, the profile tables and the suggestions; the export is audited', async () => {
    for (const [i, answers] of workedExample().entries()) {
      const { token } = issue(`entry-${i}`);
      unwrap(
        await answer({
          serviceId: 'guest',
          token,
          answerSet: {
            answers,
            profile: { education: 'd4-s1' },
            suggestion: i === 0 ? 'Wi-Fi <b>lambat</b> 🙏' : '',
          },
        }),
      );
    }
    const file = unwrap(
      await t.core.call('survey.export', { serviceId: 'guest', period: '2026-Q4' }, officer()),
    ) as { filename: string; mime: string; contentBase64: string };
    expect(file.filename).toBe('SKM_guest_2026-Q4.xlsx');
    const wb = new ExcelJS.Workbook();
    // exceljs's typings name an older Buffer type; the bytes are what it reads.
    await wb.xlsx.load(
      Buffer.from(file.contentBase64, 'base64') as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Pengolahan Data',
      'Indeks per Unsur',
      'Distribusi Jawaban',
      'Karakteristik Responden',
      'Saran dan Masukan',
    ]);
    const data = wb.getWorksheet('Pengolahan Data')!;
    const rows: unknown[][] = [];
    data.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const find = (label: string) => rows.find((r) => r[0] === label);
    expect(rows[0]).toEqual(['DINAS KOMUNIKASI DAN INFORMATIKA KOTA PONTIANAK']);
    expect(rows.some((r) => r[0] === 'Jenis Pelayanan: Pelayanan tamu')).toBe(true);
    expect(rows.some((r) => r[0] === 'Periode: Triwulan IV 2026 (1 Oktober 2026 s/d 31 Desember 2026)')).toBe(
      true,
    );
    expect(find('No. Resp')).toEqual(['No. Resp', ...KEYS]);
    expect(rows.filter((r) => typeof r[0] === 'number')).toHaveLength(20);
    expect(find('Σ Nilai/Unsur')).toEqual(['Σ Nilai/Unsur', ...WORKED_SUMS]);
    expect(find('NRR/Unsur')).toEqual(['NRR/Unsur', 3.55, 3.5, 3.4, 4, 3.5, 3.6, 3.65, 3.3, 3.3]);
    expect(find('IKM Unit Pelayanan')).toEqual(['IKM Unit Pelayanan', 88.33]);
    expect(find('Mutu Pelayanan')).toEqual(['Mutu Pelayanan', 'A (Sangat Baik)']);
    expect(find('Pembanding: IKM dengan bobot 0,111')).toEqual([
      'Pembanding: IKM dengan bobot 0,111',
      88.25,
      'B',
    ]);
    expect(find('Jumlah responden (n)')).toEqual(['Jumlah responden (n)', 20]);

    const profile: unknown[][] = [];
    wb.getWorksheet('Karakteristik Responden')!.eachRow((row) =>
      profile.push((row.values as unknown[]).slice(1)),
    );
    expect(profile).toContainEqual(['D4/S1', 20, 100]);
    const suggestions: unknown[][] = [];
    wb.getWorksheet('Saran dan Masukan')!.eachRow((row) =>
      suggestions.push((row.values as unknown[]).slice(1)),
    );
    expect(suggestions.at(-1)).toEqual(['23 November 2026', 'Pelayanan tamu', 'Wi-Fi <b>lambat</b> 🙏']);

    expect(
      t.core.db
        .prepare("SELECT count(*) FROM audit_log WHERE action = 'survey.export' AND actor = ?")
        .pluck()
        .get(`officer:${t.admin!.id}`),
    ).toBe(1);
  });
});

describe('the kiosk tells its cool-down before the questions', () => {
  it('says how many seconds are left, and 0 once it takes an answer again', async () => {
    const status = async () =>
      unwrap(await t.core.call('survey.kioskStatus', {})) as { coolDownSeconds: number };
    expect(await status()).toEqual({ coolDownSeconds: 0 });
    unwrap(await answer({ serviceId: 'data', token: null, answerSet: { answers: allFours } }));
    expect(await status()).toEqual({ coolDownSeconds: 60 });
    t.clock.advance(59_500);
    expect(await status()).toEqual({ coolDownSeconds: 1 });
    t.clock.advance(500);
    expect(await status()).toEqual({ coolDownSeconds: 0 });
  });
});

describe('the portal link a guest slip prints as a QR', () => {
  it('is the survey of the token on the server the kiosk syncs with, and nothing before it joined', () => {
    const { token } = issue('entry-qr');
    expect(surveyPortalLink(t.core.deps, token)).toBeNull();
    t.core.db
      .prepare(
        `INSERT INTO sync_state (id, server_url, site_id, site_name, secret, epoch, enrolled_at)
         VALUES (1, 'https://loket.pontianak.go.id/', 'pontianak', 'Pontianak', 's', 1, 0)`,
      )
      .run();
    expect(surveyPortalLink(t.core.deps, token)).toBe(`https://loket.pontianak.go.id/survey/${token}`);
  });
});
