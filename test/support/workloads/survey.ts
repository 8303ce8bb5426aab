// The satisfaction survey in the sync workloads: the desk-day (a service event's token issued and
// answered at the kiosk, and an answer from the home screen), the fault harness's action, and the
// checker's questions about survey slots (lost, answered twice, unexpected, kiosks differing).
import type { KioskCore } from '../../../electron/services/core/kioskCore';
import { issueSurveyToken } from '../../../electron/services/survey/surveyTokens';
import type { SurveyAnswers } from '../../../shared/survey/answerSet';
import type { DomainWorkload } from './index';

const scores = (n: number): SurveyAnswers => ({
  U1: ((n % 4) + 1) as 1,
  U2: 4,
  U3: (((n + 1) % 4) + 1) as 1,
  U4: 4,
  U5: 3,
  U6: 4,
  U7: 4,
  U8: (((n + 2) % 4) + 1) as 1,
  U9: 3,
});

/** A guest served at the desk (a service event), then the survey its token opens, answered at the kiosk. */
async function answerWithToken(core: KioskCore, eventId: string, n: number): Promise<void> {
  const { token, serviceId } = issueSurveyToken(core.deps, core.rules, {
    serviceId: 'guest',
    eventKind: 'workload',
    eventId,
  });
  const r = await core.call('survey.answer', {
    serviceId,
    token,
    answerSet: { answers: scores(n), profile: { sex: n % 2 ? 'male' : 'female' }, suggestion: `Saran ${n}` },
  });
  if (!r.ok) throw new Error(`survey answer refused: ${JSON.stringify(r.error)}`);
}

let events = 0;

export const surveyWorkload: DomainWorkload = {
  deskDay: async (_desk, core, clock) => {
    events += 1;
    await answerWithToken(core, `desk-day-${core.deps.deviceId}-${events}`, events);
    // From the home screen, without a token, once the kiosk's cool-down has passed.
    clock.advance(61_000);
    const r = await core.call('survey.answer', {
      serviceId: 'coworking',
      token: null,
      answerSet: { answers: scores(events + 1) },
    });
    if (!r.ok) throw new Error(`home-screen survey refused: ${JSON.stringify(r.error)}`);
  },

  faultAction: async (_desk, core, n) => {
    if (n % 3 === 2) {
      // A home-screen answer; the kiosk's cool-down may refuse it, which is its rule, not a fault.
      await core.call('survey.answer', { serviceId: 'data', token: null, answerSet: { answers: scores(n) } });
      return;
    }
    await answerWithToken(core, `fault-${n}`, n);
  },

  check: async (db, siteId, kiosks) => {
    const v: string[] = [];
    const server = await db
      .selectFrom('survey_responses')
      .select(['id', 'status', 'service_id', 'answered_day', 'scores', 'channel'])
      .where('site_id', '=', siteId)
      .orderBy('id')
      .execute();
    const onServer = new Map(server.map((r) => [r.id, r]));
    const answeredByKiosks = new Set<string>();
    for (const [i, k] of kiosks.entries()) {
      const ops = k.db
        .prepare(
          "SELECT entity_id, op_type FROM outbox WHERE op_type LIKE 'survey.%' AND pushed_at IS NOT NULL",
        )
        .all() as { entity_id: string; op_type: string }[];
      for (const op of ops) {
        if (!onServer.has(op.entity_id))
          v.push(`kiosk ${i}: survey slot ${op.entity_id} missing on the server (lost)`);
        if (op.op_type === 'survey.answered') answeredByKiosks.add(op.entity_id);
      }
      const rows = k.db
        .prepare(
          `SELECT id, status, service_id, answered_day, u1, u2, u3, u4, u5, u6, u7, u8, u9, channel
           FROM survey_responses ORDER BY id`,
        )
        .all() as Record<string, unknown>[];
      const mineView = rows.map((r) => ({
        id: r.id,
        status: r.status,
        service: r.service_id,
        day: r.answered_day,
        scores: r.status === 'answered' ? [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9] : null,
      }));
      const serverView = server.map((r) => ({
        id: r.id,
        status: r.status,
        service: r.service_id,
        day: r.answered_day,
        scores:
          r.status === 'answered' && r.scores
            ? ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((key) => r.scores![key])
            : null,
      }));
      if (JSON.stringify(mineView) !== JSON.stringify(serverView))
        v.push(`kiosk ${i}: survey slots differ from the server's`);
    }
    for (const r of server) {
      if (r.status === 'answered' && r.channel === 'kiosk' && !answeredByKiosks.has(r.id))
        v.push(`survey slot ${r.id} answered on the server by no kiosk (unexpected)`);
    }
    return v;
  },
};
