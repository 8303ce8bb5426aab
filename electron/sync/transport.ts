// The kiosk's HTTP client for the central server: every request with a deadline, every answer parsed
// against the shared protocol, and every failure sorted into what the sync loop must do about it:
// try later (network, 5xx, 429, a reply it cannot read) or stop and tell a person (revoked, epoch,
// version). Fetch is injected, so tests can cut the network at the edge.
import { z } from 'zod';
import {
  PROTOCOL_VERSION,
  enrolResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  syncErrorSchema,
  type EnrolRequest,
  type EnrolResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type SyncError,
} from '../../shared/sync/protocol';

const waitResponseSchema = z.object({ changed: z.boolean() });

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export type TransportResult<T> =
  | { readonly ok: true; readonly value: T }
  /** Nothing usable came back: the network, a timeout, 5xx, 429. Retry with backoff. */
  | { readonly ok: false; readonly kind: 'retry'; readonly message: string }
  /** The server answered with one of the protocol's errors: the loop decides per code. */
  | { readonly ok: false; readonly kind: 'refused'; readonly status: number; readonly error: SyncError };

export const REQUEST_TIMEOUT_MS = 30_000;

export interface SyncTransport {
  enrol(request: Omit<EnrolRequest, 'protocol'>): Promise<TransportResult<EnrolResponse>>;
  push(auth: string, request: Omit<PushRequest, 'protocol'>): Promise<TransportResult<PushResponse>>;
  pull(auth: string, cursor: string, limit: number): Promise<TransportResult<PullResponse>>;
  snapshot(auth: string): Promise<TransportResult<PullResponse>>;
  /** Waits on the server (long poll) until the site has a change after `cursor`, or `waitMs` passed. */
  wait(
    auth: string,
    cursor: string,
    waitMs: number,
    stop: AbortSignal,
  ): Promise<TransportResult<{ changed: boolean }>>;
}

/** A kept-alive connection the server had just closed: the request never reached it. */
const STALE_CONNECTION = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);
const causeCode = (error: unknown): string | undefined =>
  (error as { cause?: { code?: string } }).cause?.code;

async function call<S extends z.ZodType>(
  fetchFn: Fetch,
  url: string,
  init: RequestInit,
  schema: S,
  idempotent = true,
  stop?: AbortSignal,
): Promise<TransportResult<z.output<S>>> {
  let res: Response;
  try {
    const deadline = () => AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    const send = () =>
      fetchFn(url, { ...init, signal: stop ? AbortSignal.any([deadline(), stop]) : deadline() });
    // After a quiet spell the server may close the idle connection as the next request leaves on
    // it. Push, pull and snapshot are idempotent, so they go again at once on a fresh connection
    // rather than waiting out a backoff; an enrolment (its code is spent once) does not.
    res = await send().catch((error: unknown) => {
      if (idempotent && STALE_CONNECTION.has(causeCode(error) ?? '')) return send();
      throw error;
    });
  } catch (error) {
    // fetch's own message is "fetch failed"; the reason (refused, reset, timed out) is its cause.
    const cause = (error as { cause?: { message?: string; code?: string } }).cause;
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      kind: 'retry',
      message: cause ? `${message}: ${cause.code ?? cause.message}` : message,
    };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return { ok: false, kind: 'retry', message: `HTTP ${res.status} with a body that is not JSON` };
  }
  if (res.status === 200) {
    const parsed = schema.safeParse(body);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, kind: 'retry', message: 'the server sent a reply this kiosk cannot read' };
  }
  const error = syncErrorSchema.safeParse(body);
  if (res.status >= 500 || res.status === 429 || !error.success || error.data.error === 'unavailable')
    return { ok: false, kind: 'retry', message: `HTTP ${res.status}` };
  return { ok: false, kind: 'refused', status: res.status, error: error.data };
}

export function httpTransport(serverUrl: string, fetchFn: Fetch = fetch): SyncTransport {
  const base = serverUrl.replace(/\/+$/, '');
  const json = (auth: string | null, body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify({ protocol: PROTOCOL_VERSION, ...(body as object) }),
  });
  const get = (auth: string): RequestInit => ({ method: 'GET', headers: { authorization: auth } });
  return {
    enrol: (request) => call(fetchFn, `${base}/v1/enrol`, json(null, request), enrolResponseSchema, false),
    push: (auth, request) => call(fetchFn, `${base}/v1/sync/push`, json(auth, request), pushResponseSchema),
    pull: (auth, cursor, limit) =>
      call(
        fetchFn,
        `${base}/v1/sync/pull?protocol=${PROTOCOL_VERSION}&cursor=${encodeURIComponent(cursor)}&limit=${limit}`,
        get(auth),
        pullResponseSchema,
      ),
    snapshot: (auth) => call(fetchFn, `${base}/v1/sync/snapshot`, get(auth), pullResponseSchema),
    wait: (auth, cursor, waitMs, stop) =>
      call(
        fetchFn,
        `${base}/v1/sync/wait?cursor=${encodeURIComponent(cursor)}&waitMs=${waitMs}`,
        get(auth),
        waitResponseSchema,
        true,
        stop,
      ),
  };
}
