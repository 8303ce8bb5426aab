// The server handlers of the satisfaction survey (SKM), by their rules in shared/sync/domainRules/survey.ts:
// a service event's slot is created once (a second token for it is kept beside the first), and a
// slot is answered once anywhere (the first answer the server receives stands; the portal's answers
// come through the same handler).
import type { Selectable } from 'kysely';
import type { SurveyResponsesTable } from '../../db/schema/survey';
import type { surveyOperations } from '../../../shared/contract/survey';
import { applied, merged, rejected, type DomainHandlers, type OpContext } from './context';

type SlotRow = Selectable<SurveyResponsesTable>;

/** What a kiosk pulls of a slot: no token (only its hash), nothing that names the visitor. */
export const surveyChange = (r: SlotRow) => ({
  entityType: 'surveyResponse',
  entityId: r.id,
  version: r.version,
  row: {
    id: r.id,
    serviceId: r.service_id,
    status: r.status,
    tokenHash: r.token_hash,
    issuedAt: r.issued_at,
    issuedDay: r.issued_day,
    answeredAt: r.answered_at,
    answeredDay: r.answered_day,
    channel: r.channel,
    deviceId: r.device_id,
    scores: r.scores,
    profile: r.profile,
    suggestion: r.suggestion,
    questionnaireVersion: r.questionnaire_version,
  },
});

const findSlot = (ctx: OpContext, id: string): Promise<SlotRow | undefined> =>
  ctx.tx
    .selectFrom('survey_responses')
    .selectAll()
    .where('site_id', '=', ctx.siteId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

/** The slot a token opens on this site, if the token was ever issued here. */
export async function slotOfTokenHash(
  ctx: Pick<OpContext, 'tx' | 'siteId'>,
  tokenHash: string,
): Promise<string | undefined> {
  const t = await ctx.tx
    .selectFrom('survey_tokens')
    .select('response_id')
    .where('token_hash', '=', tokenHash)
    .where('site_id', '=', ctx.siteId)
    .executeTakeFirst();
  return t?.response_id;
}

export const surveyServerHandlers: DomainHandlers<typeof surveyOperations> = {
  'survey.tokenIssued': async (ctx, p) => {
    await ctx.tx
      .insertInto('survey_tokens')
      .values({
        token_hash: p.tokenHash,
        site_id: ctx.siteId,
        response_id: p.id,
        service_id: p.serviceId,
        issued_at: p.issuedAt,
      })
      .onConflict((oc) => oc.column('token_hash').doNothing())
      .execute();
    // The event already has its slot (another kiosk issued a token for it first): this token now
    // opens the same slot, which is answered once whichever token is used.
    if (await findSlot(ctx, p.id)) return merged('survey.slotExists');
    const row = await ctx.tx
      .insertInto('survey_responses')
      .values({
        site_id: ctx.siteId,
        id: p.id,
        service_id: p.serviceId,
        status: 'issued',
        token_hash: p.tokenHash,
        issued_at: p.issuedAt,
        issued_day: p.issuedDay,
        answered_at: null,
        answered_day: null,
        channel: null,
        device_id: null,
        scores: null,
        profile: JSON.stringify({}),
        suggestion: null,
        questionnaire_version: null,
        version: 1,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    ctx.publish(surveyChange(row));
    return applied();
  },

  'survey.answered': async (ctx, p) => {
    if (p.tokenHash !== null) {
      // A token opens only the slot it was issued for, on its own site: a forged or foreign one is refused.
      const slotId = await slotOfTokenHash(ctx, p.tokenHash);
      if (slotId !== p.id) return rejected('survey.tokenUnknown');
    }
    const slot = await findSlot(ctx, p.id);
    if (slot?.status === 'answered')
      return merged('survey.alreadyAnswered', { answeredAt: slot.answered_at });
    const answer = {
      service_id: slot?.service_id ?? p.serviceId,
      status: 'answered' as const,
      answered_at: p.answeredAt,
      answered_day: p.answeredDay,
      channel: p.channel,
      device_id: p.channel === 'kiosk' ? ctx.deviceId : null,
      scores: JSON.stringify(p.answers),
      profile: JSON.stringify(p.profile),
      suggestion: p.suggestion,
      questionnaire_version: p.questionnaireVersion,
    };
    const row = slot
      ? await ctx.tx
          .updateTable('survey_responses')
          .set({ ...answer, version: slot.version + 1 })
          .where('site_id', '=', ctx.siteId)
          .where('id', '=', p.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await ctx.tx
          .insertInto('survey_responses')
          .values({
            ...answer,
            site_id: ctx.siteId,
            id: p.id,
            token_hash: p.tokenHash,
            issued_at: null,
            issued_day: null,
            version: 1,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
    ctx.publish(surveyChange(row));
    return applied();
  },
};

/** A slot as the server holds it now (for the server's "record again" after a merged or refused push). */
export async function currentSurveyChange(
  tx: OpContext['tx'],
  siteId: string,
  id: string,
): Promise<ReturnType<typeof surveyChange> | null> {
  const r = await tx
    .selectFrom('survey_responses')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? surveyChange(r) : null;
}

/** Every slot of the site, for a kiosk's snapshot (server/sync/pull.ts handleSnapshot). */
export async function surveySnapshotChanges(
  tx: OpContext['tx'],
  siteId: string,
): Promise<ReturnType<typeof surveyChange>[]> {
  const rows = await tx
    .selectFrom('survey_responses')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('id')
    .execute();
  return rows.map(surveyChange);
}
