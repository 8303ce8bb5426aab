// The central admin pages over HTTP (issue 10): sign-in with the site's officer accounts, then the
// pages the officer's synced roles open. Every page but sign-in needs a live session; without one
// the answer is a redirect to sign-in and nothing else. Every post is CSRF-checked, every answer
// is uncacheable (personal data, one-time codes).
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { daySchema } from '../../shared/contract';
import type { Permission } from '../../shared/contract/permissions';
import { localDay } from '../../shared/rules/siteCalendar';
import { otherLangHref, pageLang } from '../web/lang';
import { auditRead, makeEnrolmentCode, revokeKiosk } from './adminActions';
import { AdminPage, mayOpen, type AdminFrame, type AdminSection } from './AdminPage';
import { resumeSession } from './adminSessions';
import { SESSION_COOKIE, type AdminDeps, type AdminOptions } from './adminOptions';
import { adminText } from './adminText';
import { dayCounts, dayReservations } from './dayReservations';
import { HomePage } from './HomePage';
import { kioskWarnings, needsLook, siteKiosks } from './kioskHealth';
import { EnrolmentCodePage, KiosksPage, RevokeConfirmPage } from './KiosksPages';
import { rejectedOps } from './rejectedOps';
import { RejectedPage } from './RejectedPage';
import { mountRecapPages } from './recaps/recapsRoutes';
import { opensRequests } from './requests/requestData';
import { mountRequestPages } from './requests/requestsRoutes';
import { ReservationsPage } from './ReservationsPage';
import { signInRoutes } from './signInRoutes';
import { siteBrand } from './siteBrand';
import { permissionsOf, siteOfficer, siteOfficers, siteRoles } from './siteOfficers';
import { OfficersPage, SettingsPage } from './SiteRecordsPages';
import { siteSettings, siteTimeZone } from './siteSettings';

interface SignedIn {
  readonly siteId: string;
  readonly officerId: string;
  readonly frame: AdminFrame;
}

type Env = { Variables: { signedIn: SignedIn } };

export function adminRoutes(deps: AdminDeps, options: AdminOptions): Hono<Env> {
  const app = new Hono<Env>();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('*', csrf(options.publicUrl ? { origin: new URL(options.publicUrl).origin } : {}));
  app.route('/', signInRoutes(deps, options));

  // Everything below needs a session of an officer who is still active at the site.
  app.use('*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const now = deps.clock.now();
    const session = await resumeSession(deps.db, token, options, now);
    const officer = session && (await siteOfficer(deps.db, session.siteId, session.officerId));
    if (!session || !officer?.active) {
      if (token) deleteCookie(c, SESSION_COOKIE, { path: '/admin' });
      return c.redirect(token ? '/admin/sign-in?m=expired' : '/admin/sign-in', 302);
    }
    const lang = pageLang(c);
    const granted = permissionsOf(officer, await siteRoles(deps.db, session.siteId));
    c.set('signedIn', {
      ...session,
      frame: {
        lang,
        brand: await siteBrand(deps.db, session.siteId),
        langHref: otherLangHref(c, lang),
        officerName: officer.fullName,
        granted,
        // A chain's position (a Kepala Dinas) opens the requests without any permission.
        opensByPosition: (await opensRequests(deps.db, session.siteId, officer.id)) ? ['requests'] : [],
      },
    });
    await next();
  });

  /** Lets the request on only when the officer's roles open the section; a page that says so otherwise. */
  const guard =
    (section: AdminSection): MiddlewareHandler<Env> =>
    async (c, next) => {
      const { frame } = c.get('signedIn');
      if (mayOpen(section, frame.granted)) return next();
      const t = adminText[frame.lang];
      return c.html(AdminPage({ frame, current: null, title: t.forbiddenTitle, children: t.forbidden }), 403);
    };
  const limitSize = bodyLimit({ maxSize: options.maxFormBytes, onError: (c) => c.text('', 413) });
  const can = (c: Context<Env>, p: Permission) => c.get('signedIn').frame.granted.has(p);

  app.get('/', async (c) => {
    const { siteId, frame } = c.get('signedIn');
    const now = deps.clock.now();
    const today = localDay(now, siteTimeZone(await siteSettings(deps.db, siteId)));
    const counts = await dayCounts(deps.db, siteId, today);
    const kiosks = (await siteKiosks(deps.db, siteId)).filter((k) => k.revokedAt === null);
    return c.html(
      HomePage({
        frame,
        today,
        reservations: counts.reservations,
        checkedIn: counts.checkedIn,
        activeKiosks: kiosks.length,
        kiosksToLook: kiosks.filter((k) => needsLook(kioskWarnings(k, now))).length,
      }),
    );
  });

  app.get('/reservations', guard('reservations'), async (c) => {
    const { siteId, officerId, frame } = c.get('signedIn');
    const now = deps.clock.now();
    const asked = daySchema.safeParse(c.req.query('day'));
    const day = asked.success ? asked.data : localDay(now, siteTimeZone(await siteSettings(deps.db, siteId)));
    const rows = await dayReservations(deps.db, siteId, day);
    await auditRead(
      deps.db,
      {
        siteId,
        officerId,
        action: 'admin.reservations.read',
        entity: 'reservations',
        entityId: day,
        details: { day, count: rows.length },
      },
      now,
    );
    // As at the kiosk's reservation list: whoever may read reservations sees the contact in full
    // (it is how the desk calls a visitor); the read itself is audited above.
    const contact = (r: (typeof rows)[number]) => (can(c, 'reservations.read') ? [r.email, r.phone] : []);
    return c.html(ReservationsPage({ frame, day, rows: rows.map((r) => ({ ...r, contact: contact(r) })) }));
  });

  mountRecapPages(app, deps, guard('recaps'), limitSize);
  mountRequestPages(app, deps);

  async function kiosksPage(c: Context<Env>, done?: string) {
    const { siteId, frame } = c.get('signedIn');
    const timeZone = siteTimeZone(await siteSettings(deps.db, siteId));
    const kiosks = await siteKiosks(deps.db, siteId);
    return c.html(KiosksPage({ frame, timeZone, now: deps.clock.now(), kiosks, ...(done ? { done } : {}) }));
  }

  app.get('/kiosks', guard('kiosks'), (c) => kiosksPage(c));

  /** One of this site's kiosks (a kiosk of another site is not found, as if it did not exist). */
  async function siteKiosk(c: Context<Env>) {
    const { siteId } = c.get('signedIn');
    return (await siteKiosks(deps.db, siteId)).find((k) => k.id === c.req.param('id')) ?? null;
  }

  app.get('/kiosks/:id/revoke', guard('kiosks'), async (c) => {
    const kiosk = await siteKiosk(c);
    if (!kiosk || kiosk.revokedAt !== null) return c.redirect('/admin/kiosks', 303);
    return c.html(RevokeConfirmPage({ frame: c.get('signedIn').frame, kiosk }));
  });

  app.post('/kiosks/:id/revoke', guard('kiosks'), limitSize, async (c) => {
    const { siteId, officerId, frame } = c.get('signedIn');
    const kiosk = await siteKiosk(c);
    if (!kiosk) return c.redirect('/admin/kiosks', 303);
    await revokeKiosk(deps, siteId, officerId, kiosk.id, deps.clock.now());
    return kiosksPage(c, adminText[frame.lang].kiosks.revokedDone(kiosk.name));
  });

  // Answered with the page itself, not a redirect: the code is shown once and stored only as a hash.
  app.post('/kiosks/enrolment-code', guard('kiosks'), limitSize, async (c) => {
    const { siteId, officerId, frame } = c.get('signedIn');
    const made = await makeEnrolmentCode(deps, siteId, officerId, deps.clock.now());
    const timeZone = siteTimeZone(await siteSettings(deps.db, siteId));
    return c.html(EnrolmentCodePage({ frame, code: made.code, expiresAt: made.expiresAt, timeZone }));
  });

  app.get('/rejected', guard('rejected'), async (c) => {
    const { siteId, frame } = c.get('signedIn');
    const timeZone = siteTimeZone(await siteSettings(deps.db, siteId));
    return c.html(RejectedPage({ frame, timeZone, ops: await rejectedOps(deps.db, siteId) }));
  });

  app.get('/officers', guard('officers'), async (c) => {
    const { siteId, frame } = c.get('signedIn');
    const [officers, roles] = await Promise.all([siteOfficers(deps.db, siteId), siteRoles(deps.db, siteId)]);
    return c.html(OfficersPage({ frame, officers, roles }));
  });

  app.get('/settings', guard('settings'), async (c) => {
    const { siteId, frame } = c.get('signedIn');
    return c.html(SettingsPage({ frame, settings: await siteSettings(deps.db, siteId) }));
  });

  return app;
}
