// How a pulled survey slot (the server's 'surveyResponse' record) is written to the kiosk's tables
// (../applyChanges.ts): other kiosks' and the portal's answers join this kiosk's own, so the officer's
// index counts them all. The row carries the token's hash only, never a token.
import { prepared } from '../../../db/statements';
import type { Applier } from '../applyChanges';

const UPSERT = `INSERT INTO survey_responses (id, service_id, status, token_hash, issued_at, issued_day, answered_at,
    answered_day, channel, device_id, u1, u2, u3, u4, u5, u6, u7, u8, u9, profile, suggestion, questionnaire_version)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, status = excluded.status,
    token_hash = coalesce(survey_responses.token_hash, excluded.token_hash),
    issued_at = excluded.issued_at, issued_day = excluded.issued_day, answered_at = excluded.answered_at,
    answered_day = excluded.answered_day, channel = excluded.channel, device_id = excluded.device_id,
    u1 = excluded.u1, u2 = excluded.u2, u3 = excluded.u3, u4 = excluded.u4, u5 = excluded.u5, u6 = excluded.u6,
    u7 = excluded.u7, u8 = excluded.u8, u9 = excluded.u9, profile = excluded.profile,
    suggestion = excluded.suggestion, questionnaire_version = excluded.questionnaire_version`;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

const surveyResponse: Applier = (db, id, r) => {
  const scores = (r.scores ?? {}) as Record<string, unknown>;
  const answered = r.status === 'answered';
  const score = (k: string) => (answered ? num(scores[k]) : null);
  prepared(db, UPSERT).run(
    id,
    str(r.serviceId) ?? '',
    answered ? 'answered' : 'issued',
    str(r.tokenHash),
    num(r.issuedAt),
    str(r.issuedDay),
    num(r.answeredAt),
    str(r.answeredDay),
    str(r.channel),
    str(r.deviceId),
    score('U1'),
    score('U2'),
    score('U3'),
    score('U4'),
    score('U5'),
    score('U6'),
    score('U7'),
    score('U8'),
    score('U9'),
    JSON.stringify(r.profile ?? {}),
    str(r.suggestion),
    str(r.questionnaireVersion),
  );
  return ['survey'];
};

export const surveyAppliers: Readonly<Record<string, Applier>> = { surveyResponse };
