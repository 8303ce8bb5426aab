// Serial scanner over real pty pairs (socat) and the real serialport: termios, real reads in
// arbitrary chunk sizes, a real unplug (socat killed) and replug (socat restarted, same link).
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceState, ScanEvent } from '../../../shared/scanEvent';
import { SerialScanner } from '../../../electron/devices/scanners/serialScanner';
import { openSerialPort } from '../../../electron/devices/scanners/serialPort';
import type { SocatPair } from './socatPty';
import { createSocatPair, waitFor } from './socatPty';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(options: ConstructorParameters<typeof SerialScanner>[2] = {}, pairOptions = {}) {
  const pair = await createSocatPair(pairOptions);
  const scanner = new SerialScanner(openSerialPort, pair.hostPath, options);
  const scans: ScanEvent[] = [];
  const states: { state: DeviceState; err?: Error }[] = [];
  scanner.onScan((e) => scans.push(e));
  scanner.onState((state, err) => states.push({ state, ...(err ? { err } : {}) }));
  cleanups.push(
    () => pair.dispose(),
    () => scanner.stop(),
  );
  return { pair, scanner, scans, states };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function started(pair: SocatPair, scanner: SerialScanner) {
  await scanner.start();
  await waitFor(() => scanner.state === 'ready', 2_000, `${pair.hostPath} open`);
}

describe('SerialScanner over a socat pty pair (socat is a required test package, see README)', () => {
  it('reads a burst of codes with CR, LF and CRLF suffixes and strips the AIM id', async () => {
    const { pair, scanner, scans } = await setup();
    await started(pair, scanner);
    await pair.write(']Q1K2ABCDEFGH0123\r]C0LOKET-0042\n8991234567891\r\n');
    await waitFor(() => scans.length >= 3, 2_000, 'three scans');
    await pause(50);
    expect(scans.map((s) => [s.text, s.aim, s.symbology])).toEqual([
      ['K2ABCDEFGH0123', ']Q1', 'qr-code'],
      ['LOKET-0042', ']C0', 'code128'],
      ['8991234567891', undefined, undefined],
    ]);
    expect(scans[0]).toMatchObject({ source: 'serial', deviceId: `serial:${pair.hostPath}` });
    expect(new TextDecoder().decode(scans[0]!.raw)).toBe(']Q1K2ABCDEFGH0123');
  });

  it('joins a code written in chunks 30 ms apart, including a UTF-8 character split in two', async () => {
    const { pair, scanner, scans } = await setup();
    await started(pair, scanner);
    const bytes = Buffer.from(']Q1Kafé ☕ pagi\r', 'utf8');
    const cuts = [2, 5, 6, bytes.indexOf(0xe2) + 1, bytes.length - 1]; // inside "]Q1", inside "é", inside "☕", before CR
    let from = 0;
    for (const cut of cuts) {
      await pair.write(bytes.subarray(from, cut));
      from = cut;
      await pause(30);
    }
    await pair.write(bytes.subarray(from));
    await waitFor(() => scans.length >= 1, 2_000, 'the scan');
    await pause(50);
    expect(scans.map((s) => s.text)).toEqual(['Kafé ☕ pagi']);
  });

  it('flushes a code from a scanner that sends no suffix after the idle timeout', async () => {
    const { pair, scanner, scans } = await setup({ idleFlushMs: 150 });
    await started(pair, scanner);
    const t0 = Date.now();
    await pair.write('K1ABCDEF');
    await pause(20);
    await pair.write('GHJK0123');
    await waitFor(() => scans.length >= 1, 2_000, 'idle flush');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
    expect(scans.map((s) => s.text)).toEqual(['K1ABCDEFGHJK0123']);
  });

  it('drops oversize line noise and still reads the next code', async () => {
    const drops: number[] = [];
    const { pair, scanner, scans } = await setup({ maxLength: 64, onDrop: (_r, n) => drops.push(n) });
    await started(pair, scanner);
    await pair.write(`${'~'.repeat(300)}\rK1GOOD\r`);
    await waitFor(() => scans.length >= 1, 2_000, 'the good scan');
    expect(scans.map((s) => s.text)).toEqual(['K1GOOD']);
    expect(drops).toEqual([65]);
  });

  it('goes disconnected when the device vanishes and reads again after it comes back', async () => {
    const { pair, scanner, scans, states } = await setup();
    await started(pair, scanner);
    await pair.write('BEFORE-UNPLUG\r');
    await waitFor(() => scans.length === 1, 2_000, 'first scan');

    await pair.unplug();
    await waitFor(() => scanner.state === 'disconnected', 10_000, 'disconnected');
    const unplug = states.find((s) => s.state === 'disconnected' && s.err);
    expect((unplug?.err as { disconnected?: boolean } | undefined)?.disconnected).toBe(true);

    await pair.replug();
    await waitFor(() => scanner.state === 'ready', 4_000, 'reconnect within the backoff');
    await pair.write('AFTER-REPLUG\r');
    await waitFor(() => scans.length === 2, 2_000, 'scan after replug');
    expect(scans.map((s) => s.text)).toEqual(['BEFORE-UNPLUG', 'AFTER-REPLUG']);
  });

  it('keeps retrying a path that does not exist yet (ENOENT) and connects once it appears', async () => {
    const { pair, scanner, states } = await setup({}, { start: false });
    await scanner.start();
    await waitFor(() => states.some((s) => s.err), 2_000, 'first failed open');
    expect(scanner.state).toBe('disconnected');
    expect(states.find((s) => s.err)?.err?.message).toMatch(/No such file or directory/);
    await pair.replug();
    await waitFor(() => scanner.state === 'ready', 3_000, 'open after the path appeared');
  });

  // Issue 7: a scan a second after the scanner is replugged was lost, because the next attempt was
  // only due when the backoff said so. Here the backoff would wait a minute; the port coming back is
  // seen at once and the scan checks in.
  // The deadlines are generous: CI runs this beside PostgreSQL and the sync property test on two
  // cores, where noticing a killed socat once took over 3 s. What the test proves is unchanged: the
  // replug is seen long before the 60 s backoff would have retried.
  it('reconnects as soon as a replugged port reappears, whatever the backoff, and reads the next scan', async () => {
    const { pair, scanner, scans } = await setup({ reconnectSchedule: [60_000] });
    await started(pair, scanner);
    await pair.unplug();
    await waitFor(() => scanner.state === 'disconnected', 10_000, 'disconnected');

    await pair.replug();
    await waitFor(
      () => scanner.state === 'ready',
      5_000,
      'ready within a moment of the replug (the backoff is 60 s)',
    );
    await pair.write('K1SCAN-AFTER-REPLUG\r');
    await waitFor(() => scans.length === 1, 2_000, 'the scan after the replug');
    expect(scans[0]?.text).toBe('K1SCAN-AFTER-REPLUG');
  });
});
