import { isEventName, type KioskApi } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';

const SECRET_KEY = 'loket.secret';

/**
 * The loopback host prints `http://127.0.0.1:<port>/#secret=…`. The secret is taken out of the
 * address bar at once (so it is not left on screen) and kept for this origin only, so a second
 * window (the officer's desk on another display) can use it too.
 */
export function takeSecretFromLocation(loc: Location, storage: Storage): string | null {
  const match = /(?:^#|[?&#])secret=([A-Za-z0-9_-]+)/.exec(loc.hash);
  if (match?.[1]) {
    storage.setItem(SECRET_KEY, match[1]);
    history.replaceState(null, '', `${loc.pathname}${loc.hash.startsWith('#/desk') ? '#/desk' : '#/kiosk'}`);
  }
  return storage.getItem(SECRET_KEY);
}

/** After a socket closes, when to try again: soon, then less often while the host stays away. */
const RECONNECT_MS = [250, 1_000, 5_000] as const;

/**
 * Calls over one WebSocket (GET /calls): a message each way, under a millisecond on loopback, where a
 * fetch() costs the browser 3-5 ms (electron/host/callSocket.ts). Until the socket is open, and after
 * it closes, calls go by POST /rpc. A call in flight when the socket closes is answered "unreachable",
 * like a failed fetch, and not sent again: it may have been carried out.
 */
function callSocket(secret: string) {
  const pending = new Map<number, (result: Result<never>) => void>();
  let socket: WebSocket | null = null;
  let nextId = 1;
  let failures = 0;
  const open = () => {
    const url = new URL(`/calls?secret=${encodeURIComponent(secret)}`, location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => {
      socket = ws;
      failures = 0;
    });
    ws.addEventListener('message', (e) => {
      const { id, result } = JSON.parse(e.data as string) as { id: number; result: Result<never> };
      pending.get(id)?.(result);
      pending.delete(id);
    });
    ws.addEventListener('close', () => {
      if (socket === ws) socket = null;
      for (const answer of pending.values()) answer(fail('internal', 'errors.rpc.unreachable'));
      pending.clear();
      const wait = RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)];
      window.setTimeout(open, wait);
    });
  };
  open();
  return {
    /** Sends the call if the socket is open; null when it is not (the caller uses HTTP). */
    send(method: string, input: unknown, session: string | undefined): Promise<Result<never>> | null {
      if (!socket || socket.readyState !== WebSocket.OPEN) return null;
      const id = nextId++;
      const answer = new Promise<Result<never>>((resolve) => pending.set(id, resolve));
      socket.send(JSON.stringify({ id, method, input, ...(session ? { session } : {}) }));
      return answer;
    },
  };
}

/** `KioskApi` over the loopback host: calls on a WebSocket (POST /rpc meanwhile), an EventSource for events. */
export function createHttpClient(secret: string, onConnection: (connected: boolean) => void): KioskApi {
  const listeners = new Map<string, Set<(payload: never) => void>>();
  const calls = callSocket(secret);
  const source = new EventSource(`/events?secret=${encodeURIComponent(secret)}`);
  source.addEventListener('ready', () => onConnection(true));
  source.addEventListener('error', () => onConnection(false));
  const attached = new Set<string>();

  const attach = (event: string) => {
    if (attached.has(event)) return;
    attached.add(event);
    source.addEventListener(event, (e) => {
      const payload: unknown = JSON.parse((e as MessageEvent<string>).data);
      listeners.get(event)?.forEach((l) => l(payload as never));
    });
  };

  return {
    async invoke(method, input, options) {
      const sent = calls.send(method, input, options?.session);
      if (sent) return sent;
      try {
        const res = await fetch(`/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-loket-secret': secret },
          body: JSON.stringify({ input, ...(options?.session ? { session: options.session } : {}) }),
        });
        return (await res.json()) as Result<never>;
      } catch {
        onConnection(false);
        return fail('internal', 'errors.rpc.unreachable');
      }
    },
    on(event, listener) {
      if (!isEventName(event)) return () => {};
      attach(event);
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}
