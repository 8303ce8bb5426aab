import WebSocket from 'ws';
import { startLoopbackHost } from '../../electron/host/loopbackHost';
import type { Result } from '../../shared/result';
import { httpTransport } from './httpTransport';
import type { TransportFactory } from './transport';

/**
 * The kiosk page's own way of calling: one WebSocket at GET /calls (electron/host/callSocket.ts);
 * events still come by the server-sent stream, as in httpTransport.
 */
export const socketTransport: TransportFactory = async (core) => {
  const events = await httpTransport(core);
  const host = await startLoopbackHost({ core });
  const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/calls?secret=${host.secret}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  ws.on('message', (data) => {
    const { id, result } = JSON.parse(data.toString()) as { id: number; result: Result<unknown> };
    pending.get(id)?.(result);
    pending.delete(id);
  });
  return {
    invoke: (method, input, options) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        ws.send(
          JSON.stringify({ id, method, input, ...(options?.session ? { session: options.session } : {}) }),
        );
      }),
    on: events.on,
    close: async () => {
      ws.close();
      await host.close();
      await events.close();
    },
  };
};
