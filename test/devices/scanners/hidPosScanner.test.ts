import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceState, ScanEvent } from '../../../shared/scanEvent';
import { HidPosScanner } from '../../../electron/devices/scanners/hidPosScanner';
import { FakeHidBackend, hidPosDevice, keyboardCollection, loadHidFixture } from '../../fakes/hid';

function watch(scanner: HidPosScanner) {
  const scans: ScanEvent[] = [];
  const states: { state: DeviceState; message?: string }[] = [];
  scanner.onScan((e) => scans.push(e));
  scanner.onState((state, err) => states.push({ state, ...(err ? { message: err.message } : {}) }));
  return { scans, states };
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 1, 0, 0) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HidPosScanner', () => {
  it('opens the HID POS collection, sends the Honeywell init report and emits scans with the device id', async () => {
    const backend = new FakeHidBackend([hidPosDevice()]);
    const scanner = new HidPosScanner(backend, { match: { vendorId: 0x0c2e } });
    const { scans } = watch(scanner);
    await scanner.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(scanner.state).toBe('ready');
    expect(backend.lastHandle?.featureReports).toEqual([[0xfe, 0x01]]);

    backend.lastHandle!.replay(loadHidFixture('qr-token-q1.hid'));
    await vi.advanceTimersByTimeAsync(10);
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatchObject({
      source: 'hid-pos',
      deviceId: 'hid:0c2e:0b87:15232B1F0C',
      aim: ']Q1',
      symbology: 'qr-code',
      at: Date.UTC(2026, 0, 5, 1, 0, 0) + 2, // the last packet's arrival
    });
    expect(scans[0]?.text).toMatch(/^K2[A-Z0-9]{136}$/);
    await scanner.stop();
  });

  it('never opens a keyboard-mode collection, even from the same scanner', async () => {
    const backend = new FakeHidBackend([keyboardCollection()]);
    const scanner = new HidPosScanner(backend, { match: { vendorId: 0x0c2e, productId: 0x0b87 } });
    const { states } = watch(scanner);
    await scanner.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(backend.opened).toEqual([]);
    expect(scanner.state).toBe('disconnected');
    expect(states.at(-1)?.message).toMatch(/no HID POS scanner/);

    // The same scanner switched to HID POS mode shows both interfaces: only the POS one is opened.
    backend.devicesList = [keyboardCollection(), hidPosDevice()];
    await vi.advanceTimersByTimeAsync(1_000);
    expect(backend.opened).toEqual(['/dev/hidraw3']);
    expect(scanner.state).toBe('ready');
    await scanner.stop();
  });

  it('on unplug goes disconnected, retries after 1 s, 2 s, 5 s, 10 s, 10 s and scans again after replug', async () => {
    const backend = new FakeHidBackend([hidPosDevice()]);
    const scanner = new HidPosScanner(backend, { profile: 'honeywell' });
    const { scans, states } = watch(scanner);
    await scanner.start();
    await vi.advanceTimersByTimeAsync(0);
    const first = backend.lastHandle!;

    backend.devicesList = [];
    first.unplug();
    await vi.advanceTimersByTimeAsync(0);
    expect(scanner.state).toBe('disconnected');
    expect(first.closed).toBe(true);

    // Each attempt that finds no scanner says so; they come on the backoff schedule.
    const failedAttempts = () => states.filter((st) => /no HID POS scanner/.test(st.message ?? '')).length;
    const attemptsAt = (ms: number) => vi.advanceTimersByTimeAsync(ms).then(failedAttempts);
    expect(await attemptsAt(999)).toBe(0);
    expect(await attemptsAt(1)).toBe(1); // 1 s
    expect(await attemptsAt(1_999)).toBe(1);
    expect(await attemptsAt(1)).toBe(2); // +2 s
    expect(await attemptsAt(5_000)).toBe(3); // +5 s
    expect(await attemptsAt(10_000)).toBe(4); // +10 s
    expect(await attemptsAt(10_000)).toBe(5); // capped at 10 s
    expect(scanner.state).toBe('disconnected');

    // Replugged (a new node) a second after an attempt: seen within half a second, not 9 s later.
    await vi.advanceTimersByTimeAsync(1_000);
    backend.devicesList = [hidPosDevice({ path: '/dev/hidraw5' })];
    await vi.advanceTimersByTimeAsync(500);
    expect(scanner.state).toBe('ready');
    expect(failedAttempts()).toBe(5);
    expect(backend.lastHandle?.path).toBe('/dev/hidraw5');

    backend.lastHandle!.replay(loadHidFixture('access-is-60-bytes.hid'));
    await vi.advanceTimersByTimeAsync(10);
    expect(scans.map((s) => s.text.slice(0, 10))).toEqual(['K1ACCESSIS']);
    first.emitReport(loadHidFixture('newland-fm430-ean13.hid').events[0]!.report); // stale handle: ignored
    expect(scans).toHaveLength(1);
    await scanner.stop();
  });

  it('after a reconnect the backoff starts again at 1 s', async () => {
    const backend = new FakeHidBackend([hidPosDevice()]);
    const scanner = new HidPosScanner(backend);
    const { states } = watch(scanner);
    const failedAttempts = () => states.filter((st) => /no HID POS scanner/.test(st.message ?? '')).length;
    await scanner.start();
    await vi.advanceTimersByTimeAsync(0);
    // Unplugged long enough for the backoff to climb to 10 s, then back.
    backend.devicesList = [];
    backend.lastHandle!.unplug();
    await vi.advanceTimersByTimeAsync(30_000); // attempts at 1, 3, 8, 18 and 28 s
    expect(failedAttempts()).toBe(5);
    backend.devicesList = [hidPosDevice()];
    await vi.advanceTimersByTimeAsync(500);
    expect(scanner.state).toBe('ready');
    // Unplugged again: the first retry is 1 s away again, not 10 s.
    backend.devicesList = [];
    backend.lastHandle!.unplug();
    await vi.advanceTimersByTimeAsync(999);
    expect(failedAttempts()).toBe(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(failedAttempts()).toBe(6);
    await scanner.stop();
  });

  it('a code cut off by an unplug is dropped, not glued to the first code after replug', async () => {
    const backend = new FakeHidBackend([hidPosDevice()]);
    const discarded: number[] = [];
    const scanner = new HidPosScanner(backend, { onDiscard: (d) => discarded.push(d.packets) });
    const { scans } = watch(scanner);
    await scanner.start();
    await vi.advanceTimersByTimeAsync(0);
    const rec = loadHidFixture('truncated-sequence.hid');
    backend.lastHandle!.emitReport(rec.events[0]!.report); // first half of a 2-packet code
    await vi.advanceTimersByTimeAsync(600); // sequence timeout (500 ms) passes
    expect(discarded).toEqual([1]);
    backend.lastHandle!.emitReport(rec.events[1]!.report);
    expect(scans.map((s) => s.text)).toEqual(['LOKET-0042']);
    await scanner.stop();
  });

  it('a permission error (no udev rule) is an error state, and it keeps retrying', async () => {
    const backend = new FakeHidBackend([hidPosDevice()]);
    backend.openErrors.set(
      '/dev/hidraw3',
      Object.assign(new Error('cannot open device with path /dev/hidraw3 (EACCES)'), { code: 'EACCES' }),
    );
    const scanner = new HidPosScanner(backend);
    const { states } = watch(scanner);
    await scanner.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(scanner.state).toBe('error');
    expect(states.at(-1)?.message).toMatch(/EACCES/);

    backend.openErrors.clear(); // the officer installed the rule and replugged
    await vi.advanceTimersByTimeAsync(1_000);
    expect(scanner.state).toBe('ready');
    await scanner.stop();
  });

  it('stop() closes the handle and no retries run afterwards', async () => {
    const backend = new FakeHidBackend([]);
    const scanner = new HidPosScanner(backend);
    await scanner.start();
    await vi.advanceTimersByTimeAsync(0);
    await scanner.stop();
    const n = backend.enumerations;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(backend.enumerations).toBe(n);
    expect(scanner.state).toBe('disconnected');
  });
});
