// The kiosk-facing API: enrolment, push, pull and snapshot. Every answer is JSON; domain refusals
// travel inside 200s (push.ts), and the HTTP errors are the few a kiosk must tell apart (protocol.ts).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import type { Clock } from '../../shared/clock';
import {
  MAX_PULL_CHANGES,
  MAX_PUSH_BYTES,
  PROTOCOL_VERSION,
  enrolRequestSchema,
  pushRequestSchema,
  type SyncError,
} from '../../shared/sync/protocol';
import type { ServerDb } from '../db/schema';
import { authenticateDevice } from '../devices/credentials';
import { enrolDevice } from '../devices/enrolment';
import { handlePull, handleSnapshot, parseCursor } from '../sync/pull';
import { handlePush } from '../sync/push';
import { MAX_WAIT_MS, type ChangeWaiters } from '../sync/changeWaiters';

type Status = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 426;
const fail = (
  c: Context,
  status: Status,
  error: SyncError['error'],
  message: string,
  extra: Partial<SyncError> = {},
) => c.json({ error, message, ...extra } satisfies SyncError, status);

/** Reads a JSON body that must speak this protocol version; null after answering the error. */
async function readBody(c: Context): Promise<{ value: unknown } | Response> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return fail(c, 400, 'invalid', 'the body is not JSON');
  }
  const protocol = (body as { protocol?: unknown } | null)?.protocol;
  if (protocol !== PROTOCOL_VERSION)
    return fail(
      c,
      426,
      'upgrade_required',
      `this server speaks sync protocol ${PROTOCOL_VERSION}, the kiosk sent ${String(protocol)}`,
    );
  return { value: body };
}

export function syncRoutes(
  db: Kysely<ServerDb>,
  clock: Clock,
  waiters: ChangeWaiters,
  publicUrl: string | null = null,
): Hono {
  const app = new Hono();
  const tooLarge = (c: Context) =>
    fail(c, 413, 'too_large', `a request may carry at most ${MAX_PUSH_BYTES} bytes`);

  app.post('/enrol', bodyLimit({ maxSize: 4096, onError: tooLarge }), async (c) => {
    const body = await readBody(c);
    if (body instanceof Response) return body;
    const request = enrolRequestSchema.safeParse(body.value);
    if (!request.success) return fail(c, 400, 'invalid', 'the enrolment request is incomplete');
    const outcome = await enrolDevice(db, request.data, clock.now());
    if (!outcome.ok) return fail(c, 403, 'unauthorized', outcome.error);
    return c.json({ ...outcome.value, publicUrl });
  });

  app.post('/sync/push', bodyLimit({ maxSize: MAX_PUSH_BYTES, onError: tooLarge }), async (c) => {
    const auth = await authenticateDevice(db, c.req.header('authorization'));
    if (!auth.ok)
      return fail(
        c,
        401,
        auth.error,
        auth.error === 'device_revoked' ? 'this kiosk was revoked' : 'unknown device',
      );
    const body = await readBody(c);
    if (body instanceof Response) return body;
    const request = pushRequestSchema.safeParse(body.value);
    if (!request.success) return fail(c, 400, 'invalid', 'the push does not match the protocol');
    const outcome = await handlePush(db, auth.device, request.data, clock.now());
    if (outcome.ok) waiters.notify(auth.device.site_id);
    return outcome.ok ? c.json(outcome.value) : c.json(outcome.error, outcome.status);
  });

  app.get('/sync/pull', async (c) => {
    const auth = await authenticateDevice(db, c.req.header('authorization'));
    if (!auth.ok) return fail(c, 401, auth.error, 'unknown or revoked device');
    if (Number(c.req.query('protocol')) !== PROTOCOL_VERSION)
      return fail(c, 426, 'upgrade_required', `this server speaks sync protocol ${PROTOCOL_VERSION}`);
    const limit = Number(c.req.query('limit') ?? MAX_PULL_CHANGES);
    const outcome = await handlePull(
      db,
      auth.device.site_id,
      c.req.query('cursor') ?? 'c1.0',
      Number.isFinite(limit) ? limit : MAX_PULL_CHANGES,
      clock.now(),
    );
    return outcome.ok ? c.json(outcome.value) : c.json(outcome.error, outcome.status);
  });

  // Long poll: answers as soon as the site has a change after the cursor (or empty-handed after the
  // wait), so an online kiosk pulls a change made elsewhere within a moment.
  app.get('/sync/wait', async (c) => {
    const auth = await authenticateDevice(db, c.req.header('authorization'));
    if (!auth.ok) return fail(c, 401, auth.error, 'unknown or revoked device');
    const after = parseCursor(c.req.query('cursor') ?? '');
    if (after === null) return fail(c, 400, 'invalid', 'the cursor is not one this server made');
    const changed = await waiters.waitFor(
      auth.device.site_id,
      after,
      Number(c.req.query('waitMs') ?? MAX_WAIT_MS),
      c.req.raw.signal,
    );
    return c.json({ changed });
  });

  app.get('/sync/snapshot', async (c) => {
    const auth = await authenticateDevice(db, c.req.header('authorization'));
    if (!auth.ok) return fail(c, 401, auth.error, 'unknown or revoked device');
    return c.json(await handleSnapshot(db, auth.device.site_id, clock.now()));
  });

  return app;
}
