// A visitor's answers at the kiosk: after a service event through its one-time token, or from the
// home screen (no token) under the kiosk's cool-down. Nothing that names the visitor is asked or kept.
import { prepared } from '../../../db/statements';
import type { RulesSettings } from '../../../shared/contract';
import { reject } from '../../../shared/result';
import type { SurveyAnswerSet } from '../../../shared/survey/answerSet';
import { SURVEY_COOLDOWN_MS } from '../../../shared/survey/kioskRules';
import { QUESTIONNAIRE_VERSION } from '../../../shared/survey/questionnaire';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { siteDay } from '../settings/rules';
import { surveyTokenHash } from './surveyHash';

export interface AnswerInput {
  readonly serviceId: ServiceId;
  readonly token: string | null;
  readonly answerSet: SurveyAnswerSet;
}

export const SLOT_OF_TOKEN = `SELECT id, service_id, status FROM survey_responses WHERE id = coalesce(
    (SELECT response_id FROM survey_tokens WHERE token_hash = @hash),
    (SELECT id FROM survey_responses WHERE token_hash = @hash LIMIT 1))`;
export const LAST_TOKENLESS = `SELECT max(answered_at) AS at FROM survey_responses
  WHERE device_id = ? AND token_hash IS NULL AND status = 'answered'`;
const UPSERT_ANSWER = `INSERT INTO survey_responses (id, service_id, status, token_hash, answered_at, answered_day,
    channel, device_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, profile, suggestion, questionnaire_version)
  VALUES (?, ?, 'answered', ?, ?, ?, 'kiosk', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET status = 'answered', answered_at = excluded.answered_at,
    answered_day = excluded.answered_day, channel = 'kiosk', device_id = excluded.device_id,
    u1 = excluded.u1, u2 = excluded.u2, u3 = excluded.u3, u4 = excluded.u4, u5 = excluded.u5,
    u6 = excluded.u6, u7 = excluded.u7, u8 = excluded.u8, u9 = excluded.u9, profile = excluded.profile,
    suggestion = excluded.suggestion, questionnaire_version = excluded.questionnaire_version`;

/** Seconds until this kiosk takes another answer without a token; 0 when it takes one now. */
export function coolDownSeconds(deps: CommandDeps, now: number): number {
  const last = (prepared(deps.db, LAST_TOKENLESS).get(deps.deviceId) as { at: number | null }).at;
  if (last === null || now - last >= SURVEY_COOLDOWN_MS) return 0;
  return Math.ceil((SURVEY_COOLDOWN_MS - (now - last)) / 1000);
}

export function answerSurvey(
  deps: CommandDeps,
  rules: { get(): RulesSettings },
  input: AnswerInput,
  actor: Actor = 'kiosk',
): { responseId: string } {
  return runCommand(deps, actor, 'survey.answer', (now) => {
    let id: string;
    let serviceId = input.serviceId;
    let tokenHash: string | null = null;
    if (input.token !== null) {
      tokenHash = surveyTokenHash(input.token);
      const slot = prepared(deps.db, SLOT_OF_TOKEN).get({ hash: tokenHash }) as
        { id: string; service_id: ServiceId; status: string } | undefined;
      if (!slot) throw reject('not_found', 'errors.survey.tokenUnknown');
      if (slot.status === 'answered') throw reject('conflict', 'errors.survey.alreadyAnswered');
      id = slot.id;
      // The event decided the service; the screen only showed it.
      serviceId = slot.service_id;
    } else {
      const seconds = coolDownSeconds(deps, now);
      if (seconds > 0) throw reject('rule', 'errors.survey.coolDown', { params: { seconds } });
      id = deps.ids.id();
    }
    const day = siteDay(rules.get(), now);
    const { answers, profile, suggestion } = input.answerSet;
    prepared(deps.db, UPSERT_ANSWER).run(
      id,
      serviceId,
      tokenHash,
      now,
      day,
      deps.deviceId,
      answers.U1,
      answers.U2,
      answers.U3,
      answers.U4,
      answers.U5,
      answers.U6,
      answers.U7,
      answers.U8,
      answers.U9,
      JSON.stringify(profile),
      suggestion ?? null,
      QUESTIONNAIRE_VERSION,
    );
    return {
      value: { responseId: id },
      // The answers are not personal data, but they are the visitor's: the audit names only the slot.
      audit: {
        entity: 'surveyResponse',
        entityId: id,
        details: { serviceId, withToken: tokenHash !== null },
      },
      ops: [
        {
          type: 'survey.answered',
          payload: {
            id,
            serviceId,
            tokenHash,
            channel: 'kiosk',
            answeredAt: now,
            answeredDay: day,
            questionnaireVersion: QUESTIONNAIRE_VERSION,
            answers: { ...answers },
            profile: { ...profile },
            suggestion: suggestion ?? null,
          },
        },
      ],
      topics: ['survey'],
    };
  });
}
