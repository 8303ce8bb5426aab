// The fault proxy on real loopback sockets: each mode does to the bytes what the harness relies on.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../support/faults/faultProxy';

/** An upstream that records what it received and answers every chunk with `reply`. */
async function startUpstream(reply: string) {
  const received: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  let gotData: () => void = () => undefined;
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('data', (d: Buffer) => {
      received.push(d);
      gotData();
      s.write(reply);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    text: () => Buffer.concat(received).toString(),
    /** Resolves once upstream has received `n` bytes in all. */
    received: (n: number) =>
      new Promise<void>((resolve) => {
        gotData = () => Buffer.concat(received).length >= n && resolve();
        gotData();
      }),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A client connection that keeps what it was sent and tells how it ended. */
function connectTo(port: number) {
  const socket = net.connect({ host: '127.0.0.1', port });
  const chunks: Buffer[] = [];
  socket.on('data', (d: Buffer) => chunks.push(d));
  const ended = new Promise<'closed' | 'error'>((resolve) => {
    socket.once('error', () => resolve('error'));
    socket.once('close', () => resolve('closed'));
  });
  const connected = new Promise<void>((r) => socket.once('connect', () => r()));
  return {
    socket,
    connected,
    ended,
    text: () => Buffer.concat(chunks).toString(),
    /** Resolves once `n` bytes came back. */
    got: (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (Buffer.concat(chunks).length >= n) {
            socket.off('data', check);
            resolve();
          }
        };
        socket.on('data', check);
        check();
      }),
  };
}

/** Waits for `condition`, checking after each turn of the event loop, with a deadline. */
async function until(condition: () => boolean, deadlineMs = 5_000): Promise<void> {
  const end = performance.now() + deadlineMs;
  while (!condition()) {
    if (performance.now() > end) throw new Error('condition not met before the deadline');
    await new Promise((r) => setImmediate(r));
  }
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function setUp(reply = 'HELLO-WORLD') {
  const upstream = await startUpstream(reply);
  const proxy: FaultProxy = await startFaultProxy(upstream.port);
  cleanup.push(upstream.close, proxy.close);
  return { upstream, proxy };
}

describe('the TCP fault proxy', () => {
  it('passes bytes both ways unchanged', async () => {
    const { upstream, proxy } = await setUp();
    const c = connectTo(proxy.port);
    c.socket.write('ping');
    await c.got(11);
    expect(upstream.text()).toBe('ping');
    expect(c.text()).toBe('HELLO-WORLD');
    c.socket.destroy();
  });

  it('delays each chunk by the given time', async () => {
    const { proxy } = await setUp();
    proxy.setMode({ kind: 'delay', ms: 120 });
    const c = connectTo(proxy.port);
    await c.connected;
    const t0 = performance.now();
    c.socket.write('ping');
    await c.got(11);
    // Once on the way there and once on the way back.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(235);
    c.socket.destroy();
  });

  it('cuts the reply after N bytes: the request got through, the client hears only the start', async () => {
    const { upstream, proxy } = await setUp();
    proxy.setMode({ kind: 'cutReply', afterBytes: 5 });
    const c = connectTo(proxy.port);
    c.socket.write('commit this');
    await upstream.received(11);
    expect(await c.ended).toMatch(/closed|error/);
    expect(upstream.text()).toBe('commit this');
    expect(c.text()).toBe('HELLO');
  });

  it('cuts a kept-alive connection opened before the fault too', async () => {
    const { upstream, proxy } = await setUp();
    const c = connectTo(proxy.port);
    c.socket.write('first');
    await c.got(11);
    proxy.setMode({ kind: 'cutReply', afterBytes: 0 });
    c.socket.write('second');
    await upstream.received(11);
    await c.ended;
    expect(c.text()).toBe('HELLO-WORLD');
  });

  it('drops: an open connection is reset, a new one never reaches upstream', async () => {
    const { upstream, proxy } = await setUp();
    const open = connectTo(proxy.port);
    open.socket.write('x');
    await open.got(11);
    proxy.setMode({ kind: 'drop' });
    expect(await open.ended).toMatch(/closed|error/);
    const fresh = connectTo(proxy.port);
    fresh.socket.write('never');
    await fresh.ended;
    expect(upstream.text()).toBe('x');
    expect(proxy.openConnections()).toBe(0);
  });

  it('blackholes: nothing passes and nothing answers until the mode changes, then the connection breaks', async () => {
    const { upstream, proxy } = await setUp();
    proxy.setMode({ kind: 'blackhole' });
    const held = connectTo(proxy.port);
    await held.connected;
    held.socket.write('lost in the hole');
    // The proxy has the connection and its bytes, and keeps both to itself.
    await until(() => proxy.bytesFromClients() >= 16);
    expect(proxy.openConnections()).toBe(1);
    proxy.setMode({ kind: 'pass' });
    await held.ended;
    expect(upstream.text()).toBe('');
    expect(held.text()).toBe('');
    const after = connectTo(proxy.port);
    after.socket.write('back');
    await after.got(11);
    expect(upstream.text()).toBe('back');
    after.socket.destroy();
  });

  it('follows a restarted upstream to its new port', async () => {
    const { proxy } = await setUp();
    const second = await startUpstream('SECOND');
    cleanup.push(second.close);
    proxy.setTarget(second.port);
    const c = connectTo(proxy.port);
    c.socket.write('hi');
    await c.got(6);
    expect(c.text()).toBe('SECOND');
    c.socket.destroy();
  });

  it('closes a client whose upstream is down', async () => {
    const { upstream, proxy } = await setUp();
    await upstream.close();
    const c = connectTo(proxy.port);
    expect(await c.ended).toMatch(/closed|error/);
  });
});
