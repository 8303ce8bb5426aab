import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { cacheControlFor, NEVER_STORE } from '../../shared/assetCaching';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { fail, type Result } from '../../shared/result';
import type { KioskCore } from '../services/core/kioskCore';
import { attachCallSocket } from './callSocket';
import type { TestClock } from './testClock';

export interface LoopbackHostOptions {
  readonly core: KioskCore;
  /** 0 picks a free port. */
  readonly port?: number;
  /** The built renderer (index.html + assets); omitted in API-only tests. */
  readonly staticDir?: string;
  /** Fixed only in tests; otherwise random per launch. */
  readonly secret?: string;
  /** End-to-end runs only (LOKET_FAKE_NOW): exposes POST /test/clock to move the clock forward. */
  readonly testClock?: TestClock;
}

export interface LoopbackHost {
  readonly origin: string;
  readonly port: number;
  readonly secret: string;
  /** What to open in Chromium: the secret travels in the fragment, which is never sent to a server. */
  readonly url: string;
  close(): Promise<void>;
}

export const SECRET_HEADER = 'x-loket-secret';
const MAX_BODY_BYTES = 64 * 1024;
const HEARTBEAT_MS = 15_000;

const sameSecret = (given: string | undefined, secret: string): boolean => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

const errorBody = (code: Parameters<typeof fail>[0], key: string): Result<never> => fail(code, key);

/**
 * Serves the same services as the Electron IPC bridge over HTTP on 127.0.0.1 only: POST /rpc/<method>
 * for calls and GET /events for the server-sent event stream. Every call needs the per-launch secret;
 * requests from another origin or for another host name (DNS rebinding) are refused.
 */
export async function startLoopbackHost(options: LoopbackHostOptions): Promise<LoopbackHost> {
  const { core } = options;
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  let origin = '';
  const allowedHosts = new Set<string>();

  const app = new Hono();

  app.use('*', async (c, next) => {
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host.
    if (!allowedHosts.has(c.req.header('host') ?? ''))
      return c.json(errorBody('forbidden', 'errors.rpc.badHost'), 403);
    const requestOrigin = c.req.header('origin');
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      return c.json(errorBody('forbidden', 'errors.rpc.badOrigin'), 403);
    }
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', c.res.ok ? cacheControlFor(c.req.path) : NEVER_STORE);
  });

  const requireSecret = (c: Context, given: string | undefined) =>
    sameSecret(given, secret) ? null : c.json(errorBody('unauthorized', 'errors.rpc.badSecret'), 401);

  app.post(
    '/rpc/:method',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody('validation', 'errors.rpc.tooLarge'), 413),
    }),
    async (c) => {
      const refused = requireSecret(c, c.req.header(SECRET_HEADER));
      if (refused) return refused;
      if (!(c.req.header('content-type') ?? '').startsWith('application/json')) {
        return c.json(errorBody('validation', 'errors.rpc.notJson'), 415);
      }
      let envelope: unknown;
      try {
        envelope = await c.req.json();
      } catch {
        return c.json(errorBody('validation', 'errors.rpc.malformed'), 400);
      }
      if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
        return c.json(errorBody('validation', 'errors.rpc.malformed'), 400);
      }
      const { input, session } = envelope as { input?: unknown; session?: unknown };
      const result = await core.call(c.req.param('method'), input, { session });
      const status = result.ok ? 200 : result.error.code === 'unknown_method' ? 404 : 200;
      return c.json(result, status);
    },
  );

  app.get('/events', (c) => {
    const refused = requireSecret(c, c.req.query('secret'));
    if (refused) return refused;
    return streamSSE(c, async (stream) => {
      let id = 0;
      const unsubscribe = core.events.onAny((event, payload) => {
        const data = JSON.stringify(payload);
        // Written once the call that caused it has sent its reply (events are emitted inside the
        // command): the screen that scanned paints its answer from the reply, and the other screens'
        // refetches do not get in ahead of it. Order is kept (setImmediate runs first in, first out).
        setImmediate(() => {
          if (!stream.aborted) void stream.writeSSE({ event, data, id: String(++id) });
        });
      });
      stream.onAbort(unsubscribe);
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(HEARTBEAT_MS);
        if (!stream.aborted) await stream.write(': heartbeat\n\n');
      }
      unsubscribe();
    });
  });

  const { testClock } = options;
  if (testClock) {
    app.post('/test/clock', async (c) => {
      const refused = requireSecret(c, c.req.header(SECRET_HEADER));
      if (refused) return refused;
      // A malformed body is the caller's mistake: 400 with a typed error, never a stack trace.
      const body: unknown = await c.req.json().catch(() => null);
      const advanceMs =
        typeof body === 'object' && body !== null ? (body as { advanceMs?: unknown }).advanceMs : null;
      if (typeof advanceMs !== 'number' || !(advanceMs >= 0) || !Number.isFinite(advanceMs))
        return c.json(errorBody('validation', 'errors.validation'), 400);
      testClock.advance(advanceMs);
      // What the timer would do next: warnings, overstays, no-shows, the retention job.
      core.monitor.tick();
      core.retention.tick();
      return c.json({ ok: true, value: { now: testClock.now() } });
    });
  }

  if (options.staticDir) {
    app.use('/*', serveStatic({ root: options.staticDir }));
    // Any other path loads the page (its routes are in the hash, #/desk); a missing asset is a 404,
    // never the page under a script's name (which the browser would then keep as that script).
    app.get('/assets/*', (c) => c.text('Not found', 404));
    app.get('*', serveStatic({ root: options.staticDir, path: 'index.html' }));
  }

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
  const closeCalls = attachCallSocket(server as Server, {
    core,
    maxMessageBytes: MAX_BODY_BYTES,
    // The same doors as every HTTP request: our host name, our origin when a browser says one, the secret.
    refuse: (req, given) => {
      if (!allowedHosts.has(req.headers.host ?? '')) return { status: 403, key: 'errors.rpc.badHost' };
      if (req.headers.origin !== undefined && req.headers.origin !== origin)
        return { status: 403, key: 'errors.rpc.badOrigin' };
      return sameSecret(given ?? undefined, secret) ? null : { status: 401, key: 'errors.rpc.badSecret' };
    },
  });

  return {
    origin,
    port,
    secret,
    url: `${origin}/#secret=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        closeCalls();
        server.close(() => resolve());
        // Open event streams would keep the server alive forever.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
