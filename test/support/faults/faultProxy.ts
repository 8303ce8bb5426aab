// A TCP fault proxy for the multi-process sync harness (issue 10, sync.md §5.2): toxiproxy's toxics
// that matter here, in node:net on loopback. One sits between each kiosk and the central server,
// one between the server and PostgreSQL ("database down"). The mode applies to connections already
// open as well as new ones, so a kept-alive HTTP connection cannot slip past a fault.
import net from 'node:net';

export type ProxyMode =
  | { readonly kind: 'pass' }
  /** Every chunk, either way, is held this long before it is passed on. */
  | { readonly kind: 'delay'; readonly ms: number }
  /** The network refuses: open connections are reset and new ones are reset as they arrive. */
  | { readonly kind: 'drop' }
  /**
   * Replies are cut: once `afterBytes` more bytes came back from upstream on a connection, it is
   * reset both ways. The request got through, so the server commits and the client never hears.
   */
  | { readonly kind: 'cutReply'; readonly afterBytes: number }
  /** Bytes go nowhere and connections stay silent until the mode changes; then they are reset. */
  | { readonly kind: 'blackhole' };

export const PASS: ProxyMode = { kind: 'pass' };

export interface FaultProxy {
  readonly port: number;
  /** http://127.0.0.1:<port>, for an HTTP upstream. */
  readonly url: string;
  mode(): ProxyMode;
  setMode(mode: ProxyMode): void;
  /** Where new connections go (a restarted server listens on a new port). */
  setTarget(port: number): void;
  /** Connections open through the proxy now. */
  openConnections(): number;
  /** Bytes received from clients so far, passed on or not. */
  bytesFromClients(): number;
  /** Connections accepted so far (dropped ones too). */
  accepted(): number;
  close(): Promise<void>;
}

interface Pair {
  readonly client: net.Socket;
  readonly upstream: net.Socket;
  /** Reply bytes passed since the current cutReply mode was set. */
  replyBytes: number;
}

const reset = (socket: net.Socket): void => {
  if (socket.destroyed) return;
  // An RST rather than a FIN: the peer sees the connection break, as a network fault looks.
  if (typeof socket.resetAndDestroy === 'function' && socket.readyState !== 'opening')
    socket.resetAndDestroy();
  else socket.destroy();
};

export async function startFaultProxy(targetPort: number, initial: ProxyMode = PASS): Promise<FaultProxy> {
  let target = targetPort;
  let mode = initial;
  const pairs = new Set<Pair>();
  let fromClients = 0;
  let accepted = 0;

  const resetPair = (pair: Pair) => {
    pairs.delete(pair);
    reset(pair.client);
    reset(pair.upstream);
  };

  /** Passes `chunk` from one side to the other as the current mode says. */
  const relay = (pair: Pair, to: net.Socket, chunk: Buffer, isReply: boolean) => {
    const m = mode;
    switch (m.kind) {
      case 'pass':
        to.write(chunk);
        return;
      case 'delay': {
        // Hold the source too, so chunks keep their order behind the delay.
        const from = isReply ? pair.upstream : pair.client;
        from.pause();
        setTimeout(() => {
          if (!to.destroyed) to.write(chunk);
          if (!from.destroyed) from.resume();
        }, m.ms);
        return;
      }
      case 'drop':
        resetPair(pair);
        return;
      case 'cutReply': {
        if (!isReply) {
          to.write(chunk);
          return;
        }
        const room = m.afterBytes - pair.replyBytes;
        if (room > 0) to.write(chunk.subarray(0, room));
        pair.replyBytes += chunk.length;
        if (pair.replyBytes >= m.afterBytes) resetPair(pair);
        return;
      }
      case 'blackhole':
        return; // swallowed
      default: {
        const never: never = m;
        throw new Error(`unknown proxy mode ${JSON.stringify(never)}`);
      }
    }
  };

  const server = net.createServer((client) => {
    accepted++;
    if (mode.kind === 'drop') {
      reset(client);
      return;
    }
    const upstream = net.connect({ host: '127.0.0.1', port: target });
    const pair: Pair = { client, upstream, replyBytes: 0 };
    pairs.add(pair);
    client.on('data', (chunk: Buffer) => {
      fromClients += chunk.length;
      relay(pair, upstream, chunk, false);
    });
    upstream.on('data', (chunk: Buffer) => relay(pair, client, chunk, true));
    const end = () => {
      if (!pairs.has(pair)) return;
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    // Upstream refused (the server is down) or either side closed or broke: the other side follows.
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    mode: () => mode,
    setMode(next) {
      const before = mode;
      mode = next;
      // Leaving a blackhole, or starting to drop: what is open now breaks.
      if (before.kind === 'blackhole' || next.kind === 'drop') for (const p of [...pairs]) resetPair(p);
      if (next.kind === 'cutReply') for (const p of pairs) p.replyBytes = 0;
    },
    setTarget(port) {
      target = port;
    },
    openConnections: () => pairs.size,
    bytesFromClients: () => fromClients,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const p of [...pairs]) resetPair(p);
        server.close(() => resolve());
      }),
  };
}
