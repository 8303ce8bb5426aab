// What the page asked the host, seen from outside the page. The renderer sends calls over one
// WebSocket (GET /calls) and by POST /rpc/<method> until the socket is open, so a test that waits
// for a call's answer, or counts calls, watches both. Playwright only reports sockets opened after
// it started listening: a page is watched from before its first navigation (the page fixture and
// the page objects' constructors do it).
import type { Page, Request, WebSocket } from '@playwright/test';
import type { CallResult } from './fixtures';

interface Waiter {
  readonly method: string;
  readonly resolve: (result: CallResult<unknown>) => void;
}

export class CallLog {
  private readonly sentCount = new Map<string, number>();
  private waiters: Waiter[] = [];

  /** How many calls of `method` the page has sent since it was watched. */
  count(method: string): number {
    return this.sentCount.get(method) ?? 0;
  }

  /** The answer to the next call of `method` (start waiting before the action that makes it). */
  next<T = unknown>(method: string, timeoutMs = 30_000): Promise<CallResult<T>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(
          new Error(`no answer to ${method} within ${timeoutMs} ms (was the page watched before it loaded?)`),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        method,
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as CallResult<T>);
        },
      };
      this.waiters.push(waiter);
    });
  }

  sent(method: string): void {
    this.sentCount.set(method, this.count(method) + 1);
  }

  answered(method: string, result: CallResult<unknown>): void {
    const waiter = this.waiters.find((w) => w.method === method);
    if (!waiter) return;
    this.waiters = this.waiters.filter((w) => w !== waiter);
    waiter.resolve(result);
  }
}

const logs = new WeakMap<Page, CallLog>();

const parseFrame = (payload: string | Buffer): Record<string, unknown> | null => {
  try {
    const msg: unknown = JSON.parse(payload.toString());
    return typeof msg === 'object' && msg !== null ? (msg as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

function watchSocket(ws: WebSocket, log: CallLog): void {
  if (new URL(ws.url()).pathname !== '/calls') return;
  const methods = new Map<unknown, string>();
  ws.on('framesent', ({ payload }) => {
    const msg = parseFrame(payload);
    if (typeof msg?.method !== 'string') return;
    methods.set(msg.id, msg.method);
    log.sent(msg.method);
  });
  ws.on('framereceived', ({ payload }) => {
    const msg = parseFrame(payload);
    const method = msg && methods.get(msg.id);
    if (!method) return;
    methods.delete(msg.id);
    log.answered(method, msg.result as CallResult<unknown>);
  });
}

const rpcMethod = (request: Request): string | null => {
  const { pathname } = new URL(request.url());
  return pathname.startsWith('/rpc/') ? decodeURIComponent(pathname.slice('/rpc/'.length)) : null;
};

/** Starts recording `page`'s calls (once per page; later calls return the same log). */
export function watchCalls(page: Page): CallLog {
  const existing = logs.get(page);
  if (existing) return existing;
  const log = new CallLog();
  logs.set(page, log);
  page.on('websocket', (ws) => watchSocket(ws, log));
  page.on('request', (request) => {
    const method = rpcMethod(request);
    if (method) log.sent(method);
  });
  page.on('response', (response) => {
    const method = rpcMethod(response.request());
    if (!method) return;
    response.json().then(
      (result) => log.answered(method, result as CallResult<unknown>),
      () => {}, // a page closed mid-answer: nobody waits for it any more
    );
  });
  return log;
}
