// Calls over one WebSocket (issue 9): in Chromium a fetch() to the loopback host costs 3-5 ms of the
// browser's own network machinery per call on a kiosk PC, a message on an open WebSocket under
// 1 ms, and a scan's answer waits for exactly one call. The page keeps one socket open at GET
// /calls and sends { id, method, input, session }; the host answers { id, result }, with the same
// checks as POST /rpc (host name, origin, the launch's secret, size) and the same core.call.
// POST /rpc stays for scripts and tests, and for the page while the socket is not open.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { fail, type Result } from '../../shared/result';
import type { KioskCore } from '../services/core/kioskCore';

export const CALLS_PATH = '/calls';

export interface CallSocketOptions {
  readonly core: Pick<KioskCore, 'call'>;
  readonly maxMessageBytes: number;
  /** Host name, origin and secret of an upgrade request; the reason when refused. */
  readonly refuse: (req: IncomingMessage, secret: string | null) => { status: number; key: string } | null;
}

interface CallMessage {
  readonly id: number;
  readonly method: unknown;
  readonly input: unknown;
  readonly session: unknown;
}

function parseCall(raw: string): CallMessage | null {
  let msg: unknown;
  try {
    msg = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return null;
  const { id, method, input, session } = msg as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
  return { id, method, input, session };
}

const refuseUpgrade = (socket: Duplex, status: number, key: string) => {
  const body = JSON.stringify(fail(status === 401 ? 'unauthorized' : 'forbidden', key));
  socket.end(
    `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
};

/** Serves calls on `server`'s GET /calls upgrades; returns how to close every socket. */
export function attachCallSocket(server: Server, options: CallSocketOptions): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== CALLS_PATH) return void socket.destroy();
    const refused = options.refuse(req, url.searchParams.get('secret'));
    if (refused) return refuseUpgrade(socket, refused.status, refused.key);
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws));
  };

  const serve = (ws: WebSocket) => {
    // An oversize or broken frame: ws closes the socket (1009, 1002) and reports it here; without a
    // listener it would be thrown and take the host down.
    ws.on('error', () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      const call = isBinary ? null : parseCall(data.toString());
      if (!call) {
        // Nothing to answer to: the page sent something that is not a call.
        ws.close(1003, 'malformed');
        return;
      }
      void options.core
        .call(call.method, call.input, { session: call.session })
        .catch((): Result<never> => fail('internal', 'errors.internal'))
        .then((result) => {
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: call.id, result }));
        });
    });
  };

  server.on('upgrade', onUpgrade);
  return () => {
    server.off('upgrade', onUpgrade);
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  };
}
