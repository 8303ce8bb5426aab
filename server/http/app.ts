// The central server's HTTP application: the kiosks' sync API under /v1 and the visitor's portal at
// the root. A database that cannot be reached is answered 503 "try later", which the kiosk treats like
// a network outage.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../../shared/clock';
import { adminRoutes } from '../admin/adminRoutes';
import { defaultAdminOptions, type AdminOptions } from '../admin/adminOptions';
import type { ServerDb } from '../db/schema';
import { defaultPortalOptions, portalRoutes, type PortalOptions } from '../portal/portalRoutes';
import { ChangeWaiters } from '../sync/changeWaiters';
import { pageCss } from '../web/styles';
import { syncRoutes } from './syncRoutes';
import { letterFileRoutes } from '../files/fileRoutes';

export interface ServerAppDeps {
  readonly db: Kysely<ServerDb>;
  readonly clock: Clock;
  readonly log: Logger;
  readonly portal?: Partial<PortalOptions>;
  readonly admin?: Partial<AdminOptions>;
}

export function createServerApp(deps: ServerAppDeps): Hono {
  const app = new Hono();
  const waiters = new ChangeWaiters(deps.db);
  app.get('/healthz', (c) => c.json({ ok: true, serverTime: deps.clock.now() }));
  app.route('/v1', syncRoutes(deps.db, deps.clock, waiters, deps.portal?.publicUrl ?? null));
  // Uploaded letters travel as files beside the operations that name them (before the pages' guard).
  app.route('/v1/sync/files', letterFileRoutes(deps.db, deps.clock));

  // The pages: no script at all, styles and pictures from here (QR codes and logos as data: URLs),
  // forms posted only here, never framed.
  const pages = new Hono();
  pages.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  pages.get('/assets/page.css', (c) =>
    c.body(pageCss, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  // The central admin pages share the portal's address and proxy settings unless told otherwise.
  pages.route(
    '/admin',
    adminRoutes(
      { db: deps.db, clock: deps.clock, waiters },
      {
        ...defaultAdminOptions,
        publicUrl: deps.portal?.publicUrl ?? null,
        trustProxy: deps.portal?.trustProxy ?? false,
        ...deps.admin,
      },
    ),
  );
  pages.route(
    '/',
    portalRoutes(
      { db: deps.db, clock: deps.clock, log: deps.log, waiters },
      {
        ...defaultPortalOptions,
        ...deps.portal,
      },
    ),
  );
  app.route('/', pages);

  app.onError((error, c) => {
    // A refusal a middleware threw (a cross-site form post: 403) is an answer, not a failure.
    if (error instanceof HTTPException) return error.getResponse();
    deps.log.error({ err: error, path: c.req.path }, 'request failed');
    return c.json({ error: 'unavailable', message: 'the server cannot answer now: try again later' }, 503);
  });
  return app;
}
