// The portal's survey, mounted at /survey by server/portal/portalRoutes.ts: /survey/:token opens the
// questionnaire of the service event the token was issued for (the QR on a guest slip), mobile first,
// Indonesian first with English one tap away. The answer goes through the same server handler a
// kiosk's 'survey.answered' does, so a token is answered once whichever way it comes.
import { Hono, type Context } from 'hono';
import type { Brand } from '../../web/layout';
import { loketBrand } from '../../web/layout';
import { otherLangHref, pageLang } from '../../web/lang';
import { surveyTokenSchema } from '../../../shared/contract/survey';
import { surveyAnswerSetSchema } from '../../../shared/survey/answerSet';
import {
  QUESTIONNAIRE_VERSION,
  profileFields,
  surveyElementKeys,
} from '../../../shared/survey/questionnaire';
import { surveyServiceLabels } from '../../../shared/survey/serviceLabels';
import { localDay } from '../../../shared/rules/siteCalendar';
import { isServiceId, type ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { surveyTokenHash } from '../../../electron/services/survey/surveyHash';
import { runServerCommand } from '../../sync/serverCommand';
import type { PortalDeps } from '../portalRoutes';
import { readSiteFacts, type SiteFacts } from '../siteFacts';
import { SurveyForm, SurveyNotice, surveyCss, type SurveyFormValues } from './surveyPages';
import { surveyPortalText } from './surveyPortalText';

const brandOf = (facts: SiteFacts | null): Brand =>
  facts?.identity
    ? { officeName: facts.identity.officeName, siteName: facts.identity.siteName, logo: facts.identity.logo }
    : facts
      ? { officeName: facts.name, siteName: facts.name, logo: null }
      : loketBrand;

interface OpenedSlot {
  readonly siteId: string;
  readonly responseId: string;
  readonly serviceId: ServiceId;
  readonly answered: boolean;
  readonly facts: SiteFacts | null;
}

export function surveyPortalRoutes(deps: PortalDeps): Hono {
  const app = new Hono();

  app.get('/survey.css', (c) =>
    c.body(surveyCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );

  const frame = (c: Context, facts: SiteFacts | null) => {
    const lang = pageLang(c);
    return { lang, brand: brandOf(facts), langHref: otherLangHref(c, lang) };
  };

  /** The slot a token opens; null for a malformed, forged or not yet synced token. */
  async function open(raw: string): Promise<OpenedSlot | null> {
    const parsed = surveyTokenSchema.safeParse(raw);
    if (!parsed.success) return null;
    const token = await deps.db
      .selectFrom('survey_tokens')
      .select(['site_id', 'response_id', 'service_id'])
      .where('token_hash', '=', surveyTokenHash(parsed.data))
      .executeTakeFirst();
    if (!token) return null;
    const slot = await deps.db
      .selectFrom('survey_responses')
      .select(['status', 'service_id'])
      .where('site_id', '=', token.site_id)
      .where('id', '=', token.response_id)
      .executeTakeFirst();
    const serviceId = slot?.service_id ?? token.service_id;
    if (!isServiceId(serviceId)) return null;
    return {
      siteId: token.site_id,
      responseId: token.response_id,
      serviceId,
      answered: slot?.status === 'answered',
      facts: await readSiteFacts(deps.db, token.site_id),
    };
  }

  const unknown = (c: Context) => {
    const f = frame(c, null);
    const t = surveyPortalText[f.lang];
    return c.html(SurveyNotice({ ...f, title: t.unknownTitle, text: t.unknown }), 404);
  };
  const answeredPage = (c: Context, slot: OpenedSlot, thanks: boolean) => {
    const f = frame(c, slot.facts);
    const t = surveyPortalText[f.lang];
    return c.html(
      SurveyNotice({
        ...f,
        title: thanks ? t.thanksTitle : t.answeredTitle,
        text: thanks ? t.thanks : t.answered,
      }),
      thanks ? 200 : 409,
    );
  };
  const serviceName = (slot: OpenedSlot, lang: 'id' | 'en') => surveyServiceLabels[slot.serviceId][lang];
  const showForm = (
    c: Context,
    slot: OpenedSlot,
    values: SurveyFormValues,
    errors: Record<string, string>,
  ) => {
    const f = frame(c, slot.facts);
    return c.html(
      SurveyForm({
        ...f,
        action: c.req.path,
        serviceName: serviceName(slot, f.lang),
        values,
        errors,
      }),
      Object.keys(errors).length > 0 ? 422 : 200,
    );
  };

  app.get('/:token', async (c) => {
    const slot = await open(c.req.param('token'));
    if (!slot) return unknown(c);
    if (slot.answered) return answeredPage(c, slot, c.req.query('done') === '1');
    return showForm(c, slot, {}, {});
  });

  app.post('/:token', deps.limitPosts, deps.limitSize, async (c) => {
    const slot = await open(c.req.param('token'));
    if (!slot) return unknown(c);
    if (slot.answered) return answeredPage(c, slot, false);
    const body = await c.req.parseBody();
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
    const values: SurveyFormValues = Object.fromEntries(
      [...surveyElementKeys, ...profileFields, 'occupationOther', 'suggestion'].map((k) => [k, text(k)]),
    );
    const score = (k: string) => (values[k] && /^[1-4]$/.test(values[k]) ? Number(values[k]) : values[k]);
    const profile = Object.fromEntries(
      [...profileFields, 'occupationOther'].filter((k) => values[k]).map((k) => [k, values[k]]),
    );
    const parsed = surveyAnswerSetSchema.safeParse({
      answers: Object.fromEntries(surveyElementKeys.map((k) => [k, score(k)])),
      profile,
      suggestion: values.suggestion ?? '',
    });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
      return showForm(c, slot, values, errors);
    }
    const now = deps.clock.now();
    const timeZone = slot.facts?.rules?.calendar.timeZone ?? 'Asia/Pontianak';
    const verdict = await runServerCommand(deps, slot.siteId, 'portal', now, async (cmd) => {
      const v = await cmd.apply('survey.answered', {
        id: slot.responseId,
        serviceId: slot.serviceId,
        tokenHash: surveyTokenHash(surveyTokenSchema.parse(c.req.param('token'))),
        channel: 'portal',
        answeredAt: now,
        answeredDay: localDay(now, timeZone),
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        answers: { ...parsed.data.answers },
        profile: { ...parsed.data.profile },
        suggestion: parsed.data.suggestion ?? null,
      });
      if (v.status === 'applied')
        cmd.audit({
          action: 'survey.answer',
          entity: 'surveyResponse',
          entityId: slot.responseId,
          details: { channel: 'portal' },
        });
      return v;
    });
    if (verdict.status !== 'applied') return answeredPage(c, slot, false);
    return c.redirect(`${c.req.path}?done=1`, 303);
  });

  return app;
}
