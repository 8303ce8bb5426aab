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

/** `KioskApi` over the loopback host: POST /rpc/<method> for calls, an EventSource for pushed events. */
export function createHttpClient(secret: string, onConnection: (connected: boolean) => void): KioskApi {
  const listeners = new Map<string, Set<(payload: never) => void>>();
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
