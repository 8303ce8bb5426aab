import { startLoopbackHost, SECRET_HEADER } from '../../electron/host/loopbackHost';
import type { Result } from '../../shared/result';
import type { TransportFactory } from './transport';

/** Real HTTP on loopback: fetch for calls, a streamed GET for the server-sent events. */
export const httpTransport: TransportFactory = async (core) => {
  const host = await startLoopbackHost({ core });
  const abort = new AbortController();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let ready!: () => void;
  const streamReady = new Promise<void>((resolve) => (ready = resolve));

  void (async () => {
    const res = await fetch(`${host.origin}/events?secret=${host.secret}`, { signal: abort.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event === 'ready') ready();
          else if (event && data) listeners.get(event)?.forEach((l) => l(JSON.parse(data)));
        }
      }
    } catch {
      // aborted on close
    }
  })();
  await streamReady;

  return {
    invoke: async (method, input, options) => {
      const res = await fetch(`${host.origin}/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: host.secret },
        body: JSON.stringify({ input, ...(options?.session ? { session: options.session } : {}) }),
      });
      return (await res.json()) as Result<unknown>;
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    close: async () => {
      abort.abort();
      await host.close();
    },
  };
};
