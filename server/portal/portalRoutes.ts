// The visitor's portal over HTTP: choose a site, reserve a day, get the QR (on the page, as a PNG, as
// a PDF, by e-mail), see or cancel the reservation through its link. Form posts are limited per
// client address and in size; every answer is a page in the visitor's language.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import QRCode from 'qrcode';
import { daySchema, emailSchema, fullNameSchema, phoneInputSchema } from '../../shared/contract';
import type { Clock } from '../../shared/clock';
import { bookableDays } from '../../shared/rules/reservationRules';
import { localDay } from '../../shared/rules/siteCalendar';
import { publicName } from '../../shared/slips/mask';
import type { ServerDb } from '../db/schema';
import type { ServerCommandDeps } from '../sync/serverCommand';
import { loketBrand, type Brand } from '../web/layout';
import { otherLangHref, pageLang, zoneLabel, type Lang } from '../web/lang';
import { limitPerAddress } from '../web/rateLimit';
import type { Mailer } from './mail';
import { Notice, ReserveForm, SiteList, Ticket, type FormValues } from './pages';
import {
  cancelPortalReservation,
  createPortalReservation,
  findPortalReservation,
  isLinkKey,
  newLinkKey,
  setMailState,
} from './portalReservations';
import { fieldError, portalText } from './portalText';
import { activeCountsByDay, readSiteFacts, type SiteFacts } from './siteFacts';
import { qrPng, ticketPdf } from './ticket';
import { standardsPortalRoutes } from './standards/standardsPortalRoutes';
import { surveyPortalRoutes } from './survey/surveyPortalRoutes';
import { complaintsPortalRoutes } from './complaints/complaintsPortalRoutes';
import { requestsPortalRoutes } from './requests/requestsPortalRoutes';

export interface PortalOptions {
  /** null: no mail server configured; the page is then the visitor's only copy. */
  readonly mailer: Mailer | null;
  /** The address visitors use (links in e-mails, the CSRF origin); null: the request's own. */
  readonly publicUrl: string | null;
  readonly trustProxy: boolean;
  /** Form posts per client address per window (reservations and cancellations together). */
  readonly postLimit: number;
  readonly postWindowMs: number;
  /**
   * Largest form accepted, in bytes: a reservation is well under 2 KB, but a complaint of 2,000
   * characters in emoji or a non-Latin script is 12 bytes a character once URL-encoded.
   */
  readonly maxFormBytes: number;
}

export const defaultPortalOptions: PortalOptions = {
  mailer: null,
  publicUrl: null,
  trustProxy: false,
  postLimit: 10,
  postWindowMs: 10 * 60_000,
  maxFormBytes: 32 * 1024,
};

const portalFormSchema = z.object({
  day: daySchema,
  fullName: fullNameSchema,
  email: emailSchema,
  phone: phoneInputSchema,
  consent: z.literal('yes', { error: 'errors.field.consentRequired' }),
});

const hoursOf = (facts: SiteFacts) =>
  facts.rules
    ? `${facts.rules.calendar.opensAt}–${facts.rules.calendar.closesAt} ${zoneLabel(facts.rules.calendar.timeZone)}`
    : '';

const brandOf = (facts: SiteFacts | null): Brand =>
  facts?.identity
    ? { officeName: facts.identity.officeName, siteName: facts.identity.siteName, logo: facts.identity.logo }
    : facts
      ? { officeName: facts.name, siteName: facts.name, logo: null }
      : loketBrand;

/** What the portal's pages of each visitor service (server/portal/<domain>/) work with. */
export interface PortalDeps extends ServerCommandDeps {
  readonly db: Kysely<ServerDb>;
  readonly clock: Clock;
  readonly log: { warn: (o: object, m: string) => void };
  readonly options: PortalOptions;
  /** Form posts per client address (shared by every portal form, so a flood is limited as one). */
  readonly limitPosts: MiddlewareHandler;
  /** The portal's body limit for forms. */
  readonly limitSize: MiddlewareHandler;
}

export function portalRoutes(
  deps: ServerCommandDeps & {
    db: Kysely<ServerDb>;
    clock: Clock;
    log: { warn: (o: object, m: string) => void };
  },
  options: PortalOptions,
): Hono {
  const app = new Hono();
  const frame = (c: Context, facts: SiteFacts | null) => {
    const lang = pageLang(c);
    return { lang, brand: brandOf(facts), langHref: otherLangHref(c, lang) };
  };
  const notice = (
    c: Context,
    facts: SiteFacts | null,
    status: 404 | 413 | 429,
    title: string,
    text: string,
  ) => c.html(Notice({ ...frame(c, facts), title, text }), status);

  app.use('*', async (c, next) => {
    await next();
    // Pages hold personal data and one-time form keys: never cached by the browser or a proxy.
    c.header('Cache-Control', 'no-store');
  });
  app.use('*', csrf(options.publicUrl ? { origin: new URL(options.publicUrl).origin } : {}));
  const limitPosts = limitPerAddress({
    clock: deps.clock,
    trustProxy: options.trustProxy,
    windowMs: options.postWindowMs,
    limit: options.postLimit,
    refuse: (c) => notice(c, null, 429, portalText[pageLang(c)].tooMany, portalText[pageLang(c)].tooMany),
  });
  const limitSize = bodyLimit({
    maxSize: options.maxFormBytes,
    onError: (c) => notice(c, null, 413, portalText[pageLang(c)].tooLarge, portalText[pageLang(c)].tooLarge),
  });
  const services: PortalDeps = { ...deps, options, limitPosts, limitSize };
  app.route('/standards', standardsPortalRoutes(services));
  app.route('/survey', surveyPortalRoutes(services));
  app.route('/complaints', complaintsPortalRoutes(services));
  app.route('/requests', requestsPortalRoutes(services));

  app.get('/', async (c) => {
    const sites = await deps.db.selectFrom('sites').select(['id', 'name']).orderBy('name').execute();
    if (sites.length === 1) return c.redirect(`/s/${encodeURIComponent(sites[0]!.id)}`, 302);
    return c.html(SiteList({ ...frame(c, null), sites }));
  });

  /** The form, with what the visitor typed and what is wrong with it when it comes back. */
  async function showForm(
    c: Context,
    facts: SiteFacts,
    values: FormValues,
    errors: Record<string, string>,
    refusal?: string,
  ) {
    const f = frame(c, facts);
    const t = portalText[f.lang];
    if (!facts.rules || facts.deskCount === 0) return notice(c, facts, 404, t.reserveTitle, t.notOpen);
    const now = deps.clock.now();
    const days = bookableDays(now, facts.rules.calendar, facts.rules.bookingDaysAhead);
    const today = localDay(now, facts.rules.calendar.timeZone);
    const counts = await activeCountsByDay(deps.db, facts.id, today);
    return c.html(
      ReserveForm({
        ...f,
        siteId: facts.id,
        officeName: facts.identity?.officeName ?? facts.name,
        hours: hoursOf(facts),
        maxStayHours: Math.round(facts.rules.maxStayMinutes / 6) / 10,
        retentionDays: facts.retentionDays,
        days: days.map((day) => ({
          day,
          isToday: day === today,
          desksLeft: Math.max(0, facts.deskCount - (counts.get(day) ?? 0)),
        })),
        // A fresh key for every form shown: a failed submit is a new attempt, a replay of the
        // same form (double tap, reload) finds the reservation it made.
        linkKey: newLinkKey(),
        values,
        errors,
        ...(refusal ? { refusal } : {}),
      }),
      refusal || Object.keys(errors).length > 0 ? 422 : 200,
    );
  }

  app.get('/s/:site', async (c) => {
    const facts = await readSiteFacts(deps.db, c.req.param('site'));
    if (!facts)
      return notice(c, null, 404, portalText[pageLang(c)].siteNotFound, portalText[pageLang(c)].siteNotFound);
    return showForm(c, facts, {}, {});
  });

  app.post('/s/:site', limitPosts, limitSize, async (c) => {
    const facts = await readSiteFacts(deps.db, c.req.param('site'));
    const lang = pageLang(c);
    if (!facts) return notice(c, null, 404, portalText[lang].siteNotFound, portalText[lang].siteNotFound);
    const body = await c.req.parseBody();
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
    const values: FormValues = {
      day: text('day'),
      fullName: text('fullName'),
      email: text('email'),
      phone: text('phone'),
      consent: text('consent') === 'yes',
    };
    const parsed = portalFormSchema.safeParse({ ...values, consent: text('consent') });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      return showForm(c, facts, values, errors);
    }
    const linkKey = text('linkKey') ?? '';
    // A forged or mangled key: show the form again with a fresh one, nothing the visitor typed lost.
    if (!isLinkKey(linkKey))
      return showForm(c, facts, values, {}, fieldError(lang, 'errors.field.requestKeyInvalid'));
    const outcome = await createPortalReservation(
      deps,
      { siteId: facts.id, linkKey, ...parsed.data, mail: options.mailer !== null },
      deps.clock.now(),
    );
    if (!outcome.ok) return showForm(c, facts, values, {}, portalText[lang].refused[outcome.reason]);
    if (!outcome.replay && options.mailer)
      void sendTicketMail(c, lang, facts, linkKey, outcome.reservationId).catch((err: unknown) =>
        deps.log.warn({ err }, 'the reservation e-mail was not sent'),
      );
    return c.redirect(`/r/${linkKey}?new=1`, 303);
  });

  async function sendTicketMail(
    c: Context,
    lang: Lang,
    facts: SiteFacts,
    linkKey: string,
    reservationId: string,
  ) {
    const r = await findPortalReservation(deps.db, linkKey);
    if (!r || !options.mailer) return;
    const origin = options.publicUrl ? new URL(options.publicUrl).origin : new URL(c.req.url).origin;
    const sent = await options.mailer.send({
      lang,
      to: r.email,
      firstName: publicName(r.fullName),
      siteName: facts.identity?.siteName ?? facts.name,
      officeName: facts.identity?.officeName ?? facts.name,
      day: r.day,
      hours: hoursOf(facts),
      token: r.token,
      qrPng: await qrPng(r.token),
      link: `${origin}/r/${linkKey}`,
    });
    await setMailState(deps.db, reservationId, sent ? 'sent' : 'failed');
  }

  /** The reservation a link opens, with its site; answers 404 itself when there is none. */
  async function opened(c: Context) {
    const key = c.req.param('key') ?? '';
    const reservation = await findPortalReservation(deps.db, key);
    const facts = reservation ? await readSiteFacts(deps.db, reservation.siteId) : null;
    if (!reservation || !facts) {
      const t = portalText[pageLang(c)];
      return { response: notice(c, null, 404, t.notFound, t.notFound) };
    }
    return { key, reservation, facts };
  }

  app.get('/r/:key', async (c) => {
    const o = await opened(c);
    if ('response' in o) return o.response;
    const f = frame(c, o.facts);
    const t = portalText[f.lang];
    const done = c.req.query('done');
    const message = done === 'cancelled' ? t.cancelled : done === 'too_late' ? t.tooLate : undefined;
    return c.html(
      Ticket({
        ...f,
        linkKey: o.key,
        siteName: o.facts.identity?.siteName ?? o.facts.name,
        firstName: publicName(o.reservation.fullName),
        day: o.reservation.day,
        hours: hoursOf(o.facts),
        status: o.reservation.status,
        token: o.reservation.token,
        qrDataUrl: await QRCode.toDataURL(o.reservation.token, {
          errorCorrectionLevel: 'M',
          margin: 4,
          scale: 10,
        }),
        email: o.reservation.email,
        mailState: o.reservation.mailState,
        justMade: c.req.query('new') === '1',
        siteHref: `/s/${encodeURIComponent(o.reservation.siteId)}`,
        ...(message ? { message } : {}),
      }),
    );
  });

  app.get('/r/:key/qr.png', async (c) => {
    const o = await opened(c);
    if ('response' in o) return o.response;
    return c.body(new Uint8Array(await qrPng(o.reservation.token)), 200, { 'Content-Type': 'image/png' });
  });

  app.get('/r/:key/tiket.pdf', async (c) => {
    const o = await opened(c);
    if ('response' in o) return o.response;
    const pdf = await ticketPdf({
      lang: pageLang(c),
      officeName: o.facts.identity?.officeName ?? o.facts.name,
      siteName: o.facts.identity?.siteName ?? o.facts.name,
      day: o.reservation.day,
      firstName: publicName(o.reservation.fullName),
      token: o.reservation.token,
      hours: hoursOf(o.facts),
    });
    return c.body(new Uint8Array(pdf), 200, { 'Content-Type': 'application/pdf' });
  });

  app.post('/r/:key/cancel', limitPosts, limitSize, async (c) => {
    const o = await opened(c);
    if ('response' in o) return o.response;
    const result = await cancelPortalReservation(deps, o.reservation, deps.clock.now());
    return c.redirect(`/r/${o.key}?done=${result === 'too_late' ? 'too_late' : 'cancelled'}`, 303);
  });

  return app;
}
