// The portal's pages of complaints (pengaduan), mounted at /complaints by server/portal/portalRoutes.ts:
// the form (/complaints/s/:site; /complaints picks the site), the status lookup (/complaints/status)
// and a complaint's status (/complaints/t/:ticket/:code), which only its number and access code (or
// an e-mail's link key) open. Form posts go through the portal's shared per-address limit and body
// limit; status pages have a limit of their own, so numbers cannot be tried in bulk.
import { Hono, type Context } from 'hono';
import { complaintFilingSchema } from '../../../shared/contract/complaints';
import { COMPLAINT_TEXT_MAX } from '../../../shared/complaints/complaintRules';
import {
  complaintChannelsFor,
  serviceFullName,
  serviceShortName,
} from '../../../shared/complaints/serviceNames';
import { complaintStatusPath, maskEmail } from '../../../shared/complaints/statusLink';
import { parseComplaintCode, parseComplaintTicket } from '../../../shared/complaints/ticketNumber';
import { isServiceId, serviceIds } from '../../../shared/serviceStandards/serviceIds';
import { loketBrand, type Brand } from '../../web/layout';
import { otherLangHref, pageLang } from '../../web/lang';
import { limitPerAddress } from '../../web/rateLimit';
import type { PortalDeps } from '../portalRoutes';
import { readSiteFacts, type SiteFacts } from '../siteFacts';
import { Notice } from '../pages';
import { deliverComplaintMail, messageMailerOf } from './complaintMail';
import {
  SiteChoice,
  ComplaintForm,
  ComplaintStatusPage,
  StatusLookup,
  complaintsCss,
  type ComplaintFormValues,
} from './ComplaintPages';
import { complaintConsent, complaintsText } from './complaintsText';
import { filePortalComplaint, findComplaint, isFormKey, newFormKey } from './portalComplaints';

/** Status pages one address may open per window (a visitor checks a few times; a guesser needs billions). */
const STATUS_LIMIT = 60;

const brandOf = (facts: SiteFacts | null): Brand =>
  facts?.identity
    ? { officeName: facts.identity.officeName, siteName: facts.identity.siteName, logo: facts.identity.logo }
    : facts
      ? { officeName: facts.name, siteName: facts.name, logo: null }
      : loketBrand;

export function complaintsPortalRoutes(deps: PortalDeps): Hono {
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
      const t = complaintsText[pageLang(c)];
      return notice(c, null, 429, t.tooMany, t.tooMany);
    },
  });
  const services = (lang: 'id' | 'en') => serviceIds.map((id) => ({ id, name: serviceShortName(id, lang) }));

  app.get('/assets/complaints.css', (c) =>
    c.body(complaintsCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );

  app.get('/', async (c) => {
    const sites = await deps.db.selectFrom('sites').select(['id', 'name']).orderBy('name').execute();
    // Read first: a ?lang= on this address is remembered for the page it leads to.
    pageLang(c);
    const service = c.req.query('service');
    const q = service && isServiceId(service) ? `?service=${service}` : '';
    if (sites.length === 1) return c.redirect(`/complaints/s/${encodeURIComponent(sites[0]!.id)}${q}`, 302);
    return c.html(SiteChoice({ ...frame(c, null), sites, query: q }));
  });

  async function showForm(
    c: Context,
    facts: SiteFacts,
    values: ComplaintFormValues,
    errors: Record<string, string>,
  ) {
    const f = frame(c, facts);
    const service = values.serviceId && isServiceId(values.serviceId) ? values.serviceId : null;
    return c.html(
      ComplaintForm({
        ...f,
        siteId: facts.id,
        // A fresh key for every form shown: a failed submit is a new attempt, a replay of the same
        // form (double tap, reload) finds the complaint it filed.
        formKey: newFormKey(),
        services: services(f.lang),
        values,
        errors,
        consentText: complaintConsent(f.lang, facts.identity?.officeName ?? facts.name, facts.retentionDays),
        channels: complaintChannelsFor(service, f.lang),
        textMax: COMPLAINT_TEXT_MAX,
      }),
      Object.keys(errors).length > 0 ? 422 : 200,
    );
  }

  const siteNotFound = (c: Context) => {
    const t = complaintsText[pageLang(c)];
    return notice(c, null, 404, t.chooseSite, t.chooseSite);
  };

  app.get('/s/:site', async (c) => {
    const facts = await readSiteFacts(deps.db, c.req.param('site'));
    if (!facts) return siteNotFound(c);
    const service = c.req.query('service');
    return showForm(c, facts, { serviceId: service && isServiceId(service) ? service : '' }, {});
  });

  app.post('/s/:site', deps.limitPosts, deps.limitSize, async (c) => {
    const facts = await readSiteFacts(deps.db, c.req.param('site'));
    if (!facts) return siteNotFound(c);
    const lang = pageLang(c);
    const body = await c.req.parseBody();
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const values: ComplaintFormValues = {
      serviceId: text('serviceId'),
      text: text('text'),
      name: text('name'),
      email: text('email'),
      phone: text('phone'),
      consent: text('consent') === 'yes',
    };
    const anyContact = [values.name, values.email, values.phone].some((v) => (v ?? '').trim() !== '');
    const parsed = complaintFilingSchema.safeParse({
      serviceId: values.serviceId === '' ? null : values.serviceId,
      text: values.text,
      contact: anyContact ? { name: values.name, email: values.email, phone: values.phone } : null,
      consent: values.consent,
      lang,
    });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
      return showForm(c, facts, values, errors);
    }
    const formKey = text('formKey');
    // A forged or mangled key: the form again with a fresh one, nothing typed lost.
    if (!isFormKey(formKey)) return showForm(c, facts, values, {});
    const filed = await filePortalComplaint(
      deps,
      { siteId: facts.id, formKey, ...parsed.data, lang },
      deps.clock.now(),
    );
    const mailer = messageMailerOf(deps.options.mailer);
    if (!filed.replay && mailer)
      void deliverComplaintMail(
        { db: deps.db, clock: deps.clock, mailer, publicUrl: deps.options.publicUrl, log: deps.log },
        { complaintId: filed.id, origin: new URL(c.req.url).origin },
      ).catch((err: unknown) => deps.log.warn({ err }, 'the complaint e-mail was not sent'));
    return c.redirect(`${complaintStatusPath(filed.ticket, filed.code)}?new=1`, 303);
  });

  app.get('/status', (c) => c.html(StatusLookup({ ...frame(c, null), values: {}, errors: {} })));

  app.post('/status', deps.limitPosts, deps.limitSize, async (c) => {
    const lang = pageLang(c);
    const t = complaintsText[lang];
    const body = await c.req.parseBody();
    const values = {
      ticket: typeof body.ticket === 'string' ? body.ticket : '',
      code: typeof body.code === 'string' ? body.code : '',
    };
    const ticket = parseComplaintTicket(values.ticket);
    const code = parseComplaintCode(values.code);
    const errors = {
      ...(ticket.ok ? {} : { ticket: ticket.reason === 'check' ? t.ticketTypo : t.ticketInvalid }),
      ...(code ? {} : { code: t.codeInvalid }),
    };
    if (!ticket.ok || !code) return c.html(StatusLookup({ ...frame(c, null), values, errors }), 422);
    return c.redirect(complaintStatusPath(ticket.ticket, code), 303);
  });

  app.get('/t/:ticket/:code', limitStatus, async (c) => {
    const lang = pageLang(c);
    const t = complaintsText[lang];
    const ticket = parseComplaintTicket(c.req.param('ticket'));
    const code = parseComplaintCode(c.req.param('code'));
    const found = ticket.ok && code ? await findComplaint(deps.db, ticket.ticket, code) : undefined;
    if (!found || !code) return notice(c, null, 404, t.notFoundTitle, t.notFound);
    const facts = await readSiteFacts(deps.db, found.siteId);
    const r = found.record;
    return c.html(
      ComplaintStatusPage({
        ...frame(c, facts),
        record: r,
        code,
        serviceName: r.serviceId ? serviceFullName(r.serviceId, lang) : null,
        timeZone: facts?.rules?.calendar.timeZone ?? 'Asia/Pontianak',
        justFiled: c.req.query('new') === '1',
        emailMasked: r.contact?.email ? maskEmail(r.contact.email) : null,
        channels: complaintChannelsFor(r.serviceId, lang),
        formHref: `/complaints/s/${encodeURIComponent(found.siteId)}`,
      }),
    );
  });

  return app;
}
