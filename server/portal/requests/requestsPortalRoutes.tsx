// The requests on the portal (issue 13), mounted at /requests by server/portal/portalRoutes.ts: the
// requester picks the kind of request (/requests/s/:site), fills in the form with the letter uploaded
// (multipart, size-limited before the body is read, the letter's type sniffed by content), and
// follows the request by the private link the confirmation gives them (/requests/t/:reference/:token).
// The form is judged by the same schema and rules as the desk's (shared/requests); a clash does not
// refuse a portal request (the admin agrees another slot with the requester), the confirmation says so.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import QRCode from 'qrcode';
import { MAX_LETTER_BYTES, checkLetterFile, type LetterFileRef } from '../../../shared/files';
import { attendanceQrText } from '../../../shared/requests/attendanceCode';
import { chainTimeline } from '../../../shared/requests/chainTimeline';
import { requestStatus, type RequestRecord } from '../../../shared/requests/requestRecord';
import { checkRequest, requiredFields, type RuleFailure } from '../../../shared/requests/requestRules';
import type { RequestSettings, RequestType } from '../../../shared/requests/requestSettings';
import { localDay, type ServiceCalendar } from '../../../shared/rules/siteCalendar';
import { storeLetterOnServer } from '../../files/serverLetters';
import { loketBrand, type Brand } from '../../web/layout';
import { otherLangHref, pageLang, zoneLabel, type Lang } from '../../web/lang';
import { limitPerAddress } from '../../web/rateLimit';
import { Notice } from '../pages';
import type { PortalDeps } from '../portalRoutes';
import { readSiteFacts, type SiteFacts } from '../siteFacts';
import {
  filePortalRequest,
  filedByForm,
  findRequestByLink,
  isFormKey,
  newFormKey,
  portalTypes,
  readRequestSettings,
  slotClashes,
  slotOf,
} from './portalRequests';
import { emptyValues, readIntake, valuesOf, type RequestFormValues } from './requestForm';
import {
  FileTooLarge,
  RequestForm,
  RequestStatusPage,
  SiteChoice,
  TypeChoice,
  requestsCss,
  type ChainLine,
} from './RequestPages';
import { requestsPortalText, ruleMessage, schemaMessage, type FormFieldId } from './requestsPortalText';

/** Status pages one address may open per window (a requester checks a few times; a guesser needs billions). */
const STATUS_LIMIT = 60;
/** The form's fields beside the letter: a few kilobytes even in emoji; the multipart frame adds little. */
const FORM_FIELDS_BYTES = 64 * 1024;

const brandOf = (facts: SiteFacts | null): Brand =>
  facts?.identity
    ? { officeName: facts.identity.officeName, siteName: facts.identity.siteName, logo: facts.identity.logo }
    : facts
      ? { officeName: facts.name, siteName: facts.name, logo: null }
      : loketBrand;

/** What the form shows again after a refused submit. */
interface Judged {
  readonly errors: Partial<Record<FormFieldId, string[]>>;
  readonly missing: FormFieldId[];
  readonly problems: { field: FormFieldId; text: string }[];
}

/** The rules' failures and the schema's problems as the form shows them: by field, and listed at the top. */
function judged(
  lang: Lang,
  schemaProblems: Partial<Record<FormFieldId, string>>,
  failures: readonly RuleFailure[],
): Judged {
  const errors: Partial<Record<FormFieldId, string[]>> = {};
  const problems: { field: FormFieldId; text: string }[] = [];
  // The day the letter was received is the portal's today, not an input: its messages sit by the letter's date.
  const onForm = (f: string): FormFieldId => (f === 'letterReceivedOn' ? 'letterDate' : (f as FormFieldId));
  const add = (field: FormFieldId, text: string) => {
    const list = (errors[field] ??= []);
    if (!list.includes(text)) list.push(text);
  };
  for (const [field, key] of Object.entries(schemaProblems) as [FormFieldId, string][]) {
    const text = schemaMessage(lang, key);
    add(field, text);
    problems.push({ field, text });
  }
  const missing: FormFieldId[] = [];
  for (const failure of failures) {
    if (failure.rule === 'incomplete') {
      // A field the schema refused was left out of the check: its own message says what is wrong.
      for (const f of failure.fields.map(onForm))
        if (!(f in schemaProblems) && !missing.includes(f)) {
          missing.push(f);
          add(f, ruleMessage(lang, failure));
        }
      continue;
    }
    const text = ruleMessage(lang, failure);
    const fields = failure.fields.map(onForm);
    for (const f of fields) add(f, text);
    problems.push({ field: fields[0] ?? 'office', text });
  }
  return { errors, missing, problems };
}

export function requestsPortalRoutes(deps: PortalDeps): Hono {
  const app = new Hono();
  const frame = (c: Context, facts: SiteFacts | null) => {
    const lang = pageLang(c);
    return { lang, brand: brandOf(facts), langHref: otherLangHref(c, lang) };
  };
  const notice = (c: Context, facts: SiteFacts | null, status: 404 | 429, title: string, text: string) =>
    c.html(Notice({ ...frame(c, facts), title, text }), status);
  const limitStatus = limitPerAddress({
    clock: deps.clock,
    trustProxy: deps.options.trustProxy,
    windowMs: deps.options.postWindowMs,
    limit: STATUS_LIMIT,
    refuse: (c) => {
      const t = requestsPortalText[pageLang(c)];
      return notice(c, null, 429, t.tooMany, t.tooMany);
    },
  });
  // A letter and the form's fields at most: a longer body is refused from its Content-Length (or as
  // soon as the stream passes the limit), before it is read whole.
  const limitUpload = bodyLimit({
    maxSize: MAX_LETTER_BYTES + FORM_FIELDS_BYTES,
    onError: (c) =>
      c.html(
        FileTooLarge({
          ...frame(c, null),
          formHref: `/requests/s/${encodeURIComponent(c.req.param('site') ?? '')}`,
        }),
        413,
      ),
  });

  app.get('/assets/requests.css', (c) =>
    c.body(requestsCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );

  app.get('/', async (c) => {
    const sites = await deps.db.selectFrom('sites').select(['id', 'name']).orderBy('name').execute();
    pageLang(c);
    if (sites.length === 1) return c.redirect(`/requests/s/${encodeURIComponent(sites[0]!.id)}`, 302);
    return c.html(SiteChoice({ ...frame(c, null), sites }));
  });

  /** The site, its calendar and the types it takes on the portal; or the page that says why not. */
  async function siteOf(c: Context) {
    const lang = pageLang(c);
    const t = requestsPortalText[lang];
    const facts = await readSiteFacts(deps.db, c.req.param('site') ?? '');
    if (!facts) return { response: notice(c, null, 404, t.siteNotFound, t.siteNotFound) };
    const settings = await readRequestSettings(deps.db, facts.id);
    const types = portalTypes(settings);
    // Without its calendar (the kiosk has not sent its rules) no rule about days can be checked.
    if (!facts.rules || types.length === 0) return { response: notice(c, facts, 404, t.title, t.notOpen) };
    return { facts, calendar: facts.rules.calendar, settings, types };
  }

  function showForm(
    c: Context,
    site: { facts: SiteFacts; settings: RequestSettings; types: RequestType[] },
    type: RequestType,
    values: RequestFormValues,
    shown: Judged & { fileChosen: string | null; formKeyExpired: boolean },
  ) {
    const f = frame(c, site.facts);
    const required = new Set<FormFieldId>(requiredFields(type));
    if (type.requireNoBuffet) required.add('noBuffet');
    const failed = shown.missing.length > 0 || shown.problems.length > 0 || shown.formKeyExpired;
    return c.html(
      RequestForm({
        ...f,
        siteId: site.facts.id,
        // A fresh key for every form shown: a failed submit is a new attempt, a replay of the same
        // form (double tap, reload) finds the request it filed.
        formKey: newFormKey(),
        type,
        manyTypes: site.types.length > 1,
        rooms: site.settings.rooms.filter((r) => r.active),
        required,
        values,
        ...shown,
      }),
      failed ? 422 : 200,
    );
  }

  app.get('/s/:site', async (c) => {
    const site = await siteOf(c);
    if ('response' in site) return site.response;
    const asked = c.req.query('type');
    const type =
      site.types.find((t) => t.id === asked) ?? (site.types.length === 1 ? site.types[0] : undefined);
    if (!type)
      return c.html(TypeChoice({ ...frame(c, site.facts), siteId: site.facts.id, types: site.types }));
    return showForm(c, site, type, emptyValues, {
      errors: {},
      missing: [],
      problems: [],
      fileChosen: null,
      formKeyExpired: false,
    });
  });

  app.post('/s/:site', deps.limitPosts, limitUpload, async (c) => {
    const site = await siteOf(c);
    if ('response' in site) return site.response;
    const lang = pageLang(c);
    const body = await c.req.parseBody();
    const type = site.types.find((t) => t.id === body.typeId);
    // A forged or outdated type: back to the choice of types.
    if (!type) return c.redirect(`/requests/s/${encodeURIComponent(site.facts.id)}`, 303);
    const formKey = typeof body.formKey === 'string' ? body.formKey : '';
    if (isFormKey(formKey)) {
      const earlier = await filedByForm(deps.db, site.facts.id, formKey);
      if (earlier) return c.redirect(`/requests/t/${earlier.reference}/${earlier.statusToken}?new=1`, 303);
    }

    const values = valuesOf(body);
    const upload = body.letterFile instanceof File && body.letterFile.size > 0 ? body.letterFile : null;
    const bytes = upload ? new Uint8Array(await upload.arrayBuffer()) : null;
    const letter = bytes && upload ? await checkLetterFile(bytes, upload.name) : null;
    const fileRef: LetterFileRef | null = letter?.ok
      ? { sha256: letter.sha256, mime: letter.mime, size: letter.size, name: letter.name }
      : null;

    const now = deps.clock.now();
    const calendar: ServiceCalendar = site.calendar;
    const { intake, problems } = readIntake(values, {
      typeId: type.id,
      kind: type.kind,
      receivedOn: localDay(now, calendar.timeZone),
      file: fileRef,
    });
    if (letter && !letter.ok) problems.letterFile = letter.messageKey;
    const failures = checkRequest(intake, type, { calendar, rooms: site.settings.rooms, enteredAt: now });
    const shown = judged(lang, problems, failures);
    if (shown.missing.length > 0 || shown.problems.length > 0 || !isFormKey(formKey))
      return showForm(c, site, type, values, {
        ...shown,
        fileChosen: upload && letter?.ok ? letter.name : null,
        formKeyExpired: !isFormKey(formKey),
      });

    const slot = slotOf({ schedule: null, kind: type.kind, intake } as unknown as RequestRecord);
    const clashes = slot
      ? await slotClashes(deps.db, site.facts.id, { id: '', slot }, type, site.settings, calendar.timeZone)
      : [];
    if (bytes && upload) {
      const stored = await storeLetterOnServer(deps.db, bytes, upload.name, now);
      if (!stored.ok)
        return showForm(c, site, type, values, {
          errors: { letterFile: [schemaMessage(lang, stored.messageKey)] },
          missing: [],
          problems: [{ field: 'letterFile', text: schemaMessage(lang, stored.messageKey) }],
          fileChosen: null,
          formKeyExpired: false,
        });
    }
    const filed = await filePortalRequest(
      deps,
      { siteId: site.facts.id, formKey, intake, type, timeZone: calendar.timeZone, clashes: clashes.length },
      now,
    );
    return c.redirect(`/requests/t/${filed.reference}/${filed.statusToken}?new=1`, 303);
  });

  app.get('/t/:reference/:token', limitStatus, async (c) => {
    const lang = pageLang(c);
    const t = requestsPortalText[lang];
    const found = await findRequestByLink(deps.db, c.req.param('reference'), c.req.param('token'));
    if (!found) return notice(c, null, 404, t.notFoundTitle, t.notFound);
    const facts = await readSiteFacts(deps.db, found.siteId);
    const settings = await readRequestSettings(deps.db, found.siteId);
    const r = found.record;
    const type = settings.types.find((x) => x.id === r.intake.typeId);
    const calendar = facts?.rules?.calendar ?? null;
    const timeZone = calendar?.timeZone ?? 'Asia/Pontianak';
    const now = deps.clock.now();
    const status = requestStatus(r, type?.chain.length ?? 1);
    const closed = status === 'rejected' || status === 'cancelled';
    const chain: ChainLine[] = type
      ? chainSteps(type, r, now, calendar).map((s) => ({
          title: s.title,
          // A refused request waits on nobody.
          state: closed && s.state === 'current' ? 'waiting' : s.state,
        }))
      : [];
    const slot = slotOf(r);
    const clash =
      slot !== null && type !== undefined && r.schedule === null && r.decision === null
        ? (await slotClashes(deps.db, found.siteId, { id: r.id, slot }, type, settings, timeZone)).length > 0
        : false;
    const qrSvg =
      status === 'scheduled'
        ? await QRCode.toString(attendanceQrText(r.attendanceToken), {
            type: 'svg',
            errorCorrectionLevel: 'M',
            margin: 4,
          })
        : null;
    return c.html(
      RequestStatusPage({
        ...frame(c, facts),
        reference: r.reference,
        typeName: type?.name[lang] ?? r.intake.typeId,
        office: r.intake.office,
        subject: r.intake.subject,
        enteredAt: r.enteredAt,
        timeZone,
        zone: zoneLabel(timeZone),
        status,
        slot,
        roomName: slot ? (settings.rooms.find((room) => room.id === slot.roomId)?.name ?? slot.roomId) : null,
        participants: r.intake.event.participants,
        scheduled: r.schedule !== null,
        moved: r.schedule?.moved ?? false,
        clash,
        chain,
        decision: r.decision
          ? { outcome: r.decision.outcome, reason: r.decision.reason, rkaYear: r.decision.rkaYear }
          : null,
        qrSvg,
        justFiled: c.req.query('new') === '1',
        formHref: `/requests/s/${encodeURIComponent(found.siteId)}`,
      }),
    );
  });

  return app;
}

/** The chain's steps and where the request stands, by the shared timeline (or by its entries alone without a calendar). */
function chainSteps(
  type: RequestType,
  r: RequestRecord,
  now: number,
  calendar: ServiceCalendar | null,
): { title: string; state: 'done' | 'current' | 'waiting' }[] {
  const done = r.steps.map((s) => ({ stepId: s.stepId, at: s.at }));
  if (calendar) return chainTimeline(type.chain, done, r.enteredAt, now, calendar);
  const ids = new Set(done.map((d) => d.stepId));
  const current = type.chain.findIndex((s) => !ids.has(s.id));
  return type.chain.map((s, i) => ({
    title: s.title,
    state: ids.has(s.id) ? 'done' : i === current ? 'current' : 'waiting',
  }));
}
