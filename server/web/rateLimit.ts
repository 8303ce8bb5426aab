// Rate limits per client address for the server's public pages (hono-rate-limiter), counted in fixed
// windows on the server's injected clock, so a test can move time instead of waiting. Counts live in
// this process: behind a load balancer each process limits on its own share, which still bounds a
// flood to (processes × limit).
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter, type ClientRateLimitInfo, type Store } from 'hono-rate-limiter';
import type { Clock } from '../../shared/clock';

/** A fixed-window counter per key on an injected clock; old windows are dropped as they pass. */
export class ClockWindowStore implements Store {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();
  #windowMs = 60_000;

  constructor(private readonly clock: Clock) {}

  init(options: { windowMs: number }): void {
    this.#windowMs = options.windowMs;
  }

  #current(key: string): { count: number; resetAt: number } {
    const now = this.clock.now();
    const entry = this.#hits.get(key);
    if (entry && entry.resetAt > now) return entry;
    if (this.#hits.size > 50_000) for (const [k, e] of this.#hits) if (e.resetAt <= now) this.#hits.delete(k);
    const fresh = { count: 0, resetAt: now + this.#windowMs };
    this.#hits.set(key, fresh);
    return fresh;
  }

  get(key: string): ClientRateLimitInfo | undefined {
    const entry = this.#hits.get(key);
    return entry ? { totalHits: entry.count, resetTime: new Date(entry.resetAt) } : undefined;
  }

  increment(key: string): ClientRateLimitInfo {
    const entry = this.#current(key);
    entry.count += 1;
    return { totalHits: entry.count, resetTime: new Date(entry.resetAt) };
  }

  decrement(key: string): void {
    const entry = this.#hits.get(key);
    if (entry && entry.count > 0) entry.count -= 1;
  }

  resetKey(key: string): void {
    this.#hits.delete(key);
  }
}

/**
 * Who is asking: the socket's address, or with `trustProxy` (the server behind a load balancer) the
 * first address of X-Forwarded-For that the proxy wrote.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in a test has no socket
  }
}

export interface LimitOptions {
  readonly clock: Clock;
  readonly trustProxy: boolean;
  readonly windowMs: number;
  readonly limit: number;
  /** Answers a limited request (the portal shows a page in the visitor's language). */
  readonly refuse: (c: Context) => Response | Promise<Response>;
}

export function limitPerAddress(options: LimitOptions): MiddlewareHandler {
  return rateLimiter({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => clientAddress(c, options.trustProxy),
    store: new ClockWindowStore(options.clock),
    // The library returns what the handler returns, though its type says void.
    handler: (c) => options.refuse(c) as unknown as void,
  }) as MiddlewareHandler;
}
