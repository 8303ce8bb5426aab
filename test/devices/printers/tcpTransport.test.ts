// Raw TCP 9100 against a fake printer on loopback: real sockets, real timeouts.
import { afterEach, describe, expect, it } from 'vitest';
import { EscPosPrinter } from '../../../electron/devices/printers/escPosPrinter';
import { printerErrorKeys } from '../../../electron/devices/printers/printer';
import { TcpTransport } from '../../../electron/devices/printers/transports/tcpTransport';
import { TransportError } from '../../../electron/devices/printers/transports/byteTransport';
import { testPage } from '../../../shared/slips/testPage';
import { startFakeTcpPrinter, startNonAcceptingListener } from '../../fakes/printers';
import type { FakeTcpPrinter } from '../../fakes/printers';
import { decodeEscPos } from '../../support/escposDecoder';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});
async function fakePrinter(...args: Parameters<typeof startFakeTcpPrinter>): Promise<FakeTcpPrinter> {
  const p = await startFakeTcpPrinter(...args);
  cleanups.push(() => p.close());
  return p;
}
const doc = testPage({ siteName: 'Loket', printerLabel: 'TM-T20III', now: 0, qrPayload: 'LOKET-TEST' }, 80);
const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as TransportError;
  }
  throw new Error('expected a rejection');
};

describe('TcpTransport', () => {
  it('delivers a job on its own connection and resolves after the printer closes', async () => {
    const printer = await fakePrinter();
    const t = new TcpTransport({ host: printer.host, port: printer.port });
    const bytes = Uint8Array.from([0x1b, 0x40, ...Buffer.from('halo\n'), 0x1d, 0x56, 0x01]);
    await t.write(bytes);
    await t.write(bytes);
    expect(printer.jobs.map((j) => [...j])).toEqual([[...bytes], [...bytes]]);
    expect(printer.connections).toBe(2);
  });

  it('reports connection refused as unreachable, with nothing sent', async () => {
    const printer = await fakePrinter();
    const port = printer.port;
    await printer.close();
    cleanups.pop();
    const err = await rejection(new TcpTransport({ host: '127.0.0.1', port }).write(Uint8Array.of(1)));
    expect(err).toBeInstanceOf(TransportError);
    expect(err).toMatchObject({ failure: 'unreachable', started: false });
  });

  it('times out connecting to a printer that never accepts', async () => {
    const l = await startNonAcceptingListener();
    cleanups.push(() => l.close());
    const t = new TcpTransport({ host: '127.0.0.1', port: l.port, connectTimeoutMs: 300 });
    const started = Date.now();
    const err = await rejection(t.write(Uint8Array.of(0x1b, 0x40)));
    expect(err).toMatchObject({ failure: 'unreachable', started: false });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out a printer that accepts and then stalls, saying bytes may be on paper', async () => {
    const printer = await fakePrinter({ mode: 'stall' });
    const t = new TcpTransport({ host: printer.host, port: printer.port, writeTimeoutMs: 400 });
    const err = await rejection(t.write(new Uint8Array(64 * 1024).fill(0x41)));
    expect(err).toMatchObject({ failure: 'timeout', started: true });
  });

  it('reports a connection dropped mid-job as disconnected after start', async () => {
    const printer = await fakePrinter({ mode: 'drop', dropAfterBytes: 100 });
    const t = new TcpTransport({ host: printer.host, port: printer.port });
    const err = await rejection(t.write(new Uint8Array(256 * 1024).fill(0x41)));
    expect(err).toMatchObject({ failure: 'disconnected', started: true });
    expect(printer.jobs).toEqual([]);
  });

  it('reads DLE EOT replies; a printer that ignores them gives null, not an error', async () => {
    const printer = await fakePrinter({ status: { paperNearEnd: true } });
    const t = new TcpTransport({ host: printer.host, port: printer.port });
    const reply = await t.request(Uint8Array.of(0x10, 0x04, 4), 1, 500);
    expect([...reply!]).toEqual([0x1e]);
    printer.answersStatus = false;
    expect(await t.request(Uint8Array.of(0x10, 0x04, 4), 1, 300)).toBeNull();
    expect(printer.jobs).toEqual([]);
  });
});

describe('EscPosPrinter over TCP', () => {
  it('prints a test page the decoder can read back', async () => {
    const printer = await fakePrinter();
    const p = new EscPosPrinter(
      { id: 'front', model: 'epson-tm-t20iii' },
      new TcpTransport({ host: printer.host, port: printer.port }),
    );
    const outcome = await p.print(doc, null);
    expect(outcome).toMatchObject({ ok: true, status: { online: true, paperOut: false } });
    const d = decodeEscPos(printer.jobs[0]!, { columns: 48 });
    expect(d.texts).toContain('HALAMAN UJI');
    expect(d.qrs[0]?.payload).toBe('LOKET-TEST');
  });

  it('does not send a job into a printer that says it is out of paper (0x72)', async () => {
    const printer = await fakePrinter({ status: { paperOut: true } });
    const p = new EscPosPrinter(
      { id: 'front', model: 'epson-tm-t20iii' },
      new TcpTransport({ host: printer.host, port: printer.port }),
    );
    expect(await p.status()).toEqual({
      online: false,
      coverOpen: false,
      paperNearEnd: false,
      paperOut: true,
      error: false,
    });
    const outcome = await p.print(doc, null);
    expect(outcome).toMatchObject({
      ok: false,
      errorKey: printerErrorKeys.paperOut,
      retryable: true,
      mayHavePrinted: false,
    });
    expect(printer.jobs).toEqual([]);
  });

  it('reports cover open and near end; prints anyway when the printer does not answer', async () => {
    const printer = await fakePrinter({ status: { coverOpen: true } });
    const p = new EscPosPrinter(
      { id: 'front', model: 'pos-8360' },
      new TcpTransport({ host: printer.host, port: printer.port }),
    );
    expect(await p.print(doc, null)).toMatchObject({ ok: false, errorKey: printerErrorKeys.coverOpen });
    printer.status = { paperNearEnd: true };
    expect(await p.print(doc, null)).toMatchObject({
      ok: true,
      status: { paperNearEnd: true, online: true },
    });
    printer.answersStatus = false;
    expect(await p.print(doc, null)).toMatchObject({ ok: true, status: 'unknown' });
    expect(printer.jobs).toHaveLength(2);
  });
});
