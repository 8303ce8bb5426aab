// The central server's HTTP application: the kiosks' sync API under /v1. A database that cannot be
// reached is answered 503 "try later", which the kiosk treats like a network outage.
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Clock } from '../../shared/clock';
import type { ServerDb } from '../db/schema';
import type { Logger } from 'pino';
import { ChangeWaiters } from '../sync/changeWaiters';
import { syncRoutes } from './syncRoutes';

export function createServerApp(deps: { db: Kysely<ServerDb>; clock: Clock; log: Logger }): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true, serverTime: deps.clock.now() }));
  app.route('/v1', syncRoutes(deps.db, deps.clock, new ChangeWaiters(deps.db)));
  app.onError((error, c) => {
    deps.log.error({ err: error, path: c.req.path }, 'request failed');
    return c.json({ error: 'unavailable', message: 'the server cannot answer now: try again later' }, 503);
  });
  return app;
}
