// Signing in and out of the admin pages. Posts are limited per client address (any name), and wrong
// PINs per officer (pinLockout.ts); the session's token goes to an HttpOnly, SameSite=Strict cookie
// scoped to /admin, and only its hash to the database.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { otherLangHref, pageLang } from '../web/lang';
import { limitPerAddress } from '../web/rateLimit';
import { endSession, startSession } from './adminSessions';
import { SESSION_COOKIE, type AdminDeps, type AdminOptions } from './adminOptions';
import { adminText } from './adminText';
import { signIn } from './signIn';
import { SignInPage, type SignInProps } from './SignInPage';
import { siteBrand } from './siteBrand';
import { siteOfficers } from './siteOfficers';
import { siteTimeZone, siteSettings } from './siteSettings';
import { clockTime } from './timeWords';

export function signInRoutes(deps: AdminDeps, options: AdminOptions): Hono {
  const app = new Hono();
  const limitSignIn = limitPerAddress({
    clock: deps.clock,
    trustProxy: options.trustProxy,
    windowMs: options.signInWindowMs,
    limit: options.signInLimit,
    refuse: (c) => show(c, null, { kind: 'alert', text: adminText[pageLang(c)].signIn.tooMany }, 429),
  });
  const limitSize = bodyLimit({ maxSize: options.maxFormBytes, onError: (c) => c.text('', 413) });

  /** The sign-in page for a site (or the site choice), with a message and the status it answers. */
  async function show(
    c: Context,
    askedSite: string | null,
    message?: SignInProps['message'],
    status: 200 | 401 | 403 | 423 | 429 = 200,
    chosenOfficer?: string,
  ) {
    const lang = pageLang(c);
    const sites = await deps.db.selectFrom('sites').select(['id', 'name']).orderBy('name').execute();
    const siteId = sites.some((s) => s.id === askedSite)
      ? askedSite
      : sites.length === 1
        ? sites[0]!.id
        : null;
    const officers = siteId ? (await siteOfficers(deps.db, siteId)).filter((o) => o.active) : [];
    return c.html(
      SignInPage({
        lang,
        brand: await siteBrand(deps.db, siteId),
        langHref: otherLangHref(c, lang),
        sites,
        siteId,
        officers,
        ...(chosenOfficer ? { chosenOfficer } : {}),
        ...(message ? { message } : {}),
      }),
      status,
    );
  }

  app.get('/sign-in', (c) => {
    const t = adminText[pageLang(c)].signIn;
    const m = c.req.query('m');
    const message =
      m === 'expired'
        ? ({ kind: 'alert', text: t.expired } as const)
        : m === 'out'
          ? ({ kind: 'notice', text: t.signedOut } as const)
          : undefined;
    return show(c, c.req.query('site') ?? null, message);
  });

  app.post('/sign-in', limitSignIn, limitSize, async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const siteId = field('site');
    const officerId = field('officer');
    const pin = field('pin').slice(0, 64);
    const t = adminText[pageLang(c)].signIn;
    const now = deps.clock.now();
    const outcome = await signIn(deps.db, siteId, officerId, pin, now);
    if (!outcome.ok) {
      switch (outcome.reason) {
        case 'unknown':
        case 'wrong_pin':
          return show(c, siteId, { kind: 'alert', text: t.wrong }, 401, officerId);
        case 'must_change_pin':
          return show(c, siteId, { kind: 'alert', text: t.mustChangePin }, 403, officerId);
        case 'locked': {
          const zone = siteTimeZone(await siteSettings(deps.db, siteId));
          const text = t.locked(clockTime(outcome.until, pageLang(c), zone));
          return show(c, siteId, { kind: 'alert', text }, 423, officerId);
        }
        default: {
          const never: never = outcome;
          return never;
        }
      }
    }
    const token = await startSession(deps.db, { siteId, officerId }, options, now);
    setCookie(c, SESSION_COOKIE, token, {
      path: '/admin',
      httpOnly: true,
      sameSite: 'Strict',
      secure: new URL(options.publicUrl ?? c.req.url).protocol === 'https:',
    });
    return c.redirect('/admin', 303);
  });

  app.post('/sign-out', async (c) => {
    await endSession(deps.db, getCookie(c, SESSION_COOKIE), deps.clock.now());
    deleteCookie(c, SESSION_COOKIE, { path: '/admin' });
    return c.redirect('/admin/sign-in?m=out', 303);
  });

  return app;
}
