import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicScanOutcome } from '../../shared/contract';
import { makeTestCore, type TestCore } from '../support/testCore';
import { DeskDay, unwrap } from '../support/deskDay';
import { createSocatPair, waitFor, type SocatPair } from '../devices/scanners/socatPty';

describe('scanners in settings', () => {
  let t: TestCore;
  let desk: DeskDay;
  let pty: SocatPair | undefined;
  beforeEach(async () => {
    t = await makeTestCore();
    desk = new DeskDay(t.core);
  });
  afterEach(async () => {
    await t.core.scanners.stop();
    await pty?.dispose();
    t.core.close();
  });

  it('checks a visitor in from a serial scanner on a real pty, and reports the scanner ready', async () => {
    pty = await createSocatPair();
    unwrap(
      await desk.officerCall('scanners.configure', {
        items: [{ kind: 'serial', path: pty.hostPath, label: 'Pemindai meja' }],
      }),
    );
    await t.core.scanners.start();
    await waitFor(
      () => t.core.devices.list().some((d) => d.kind === 'scanner' && d.state === 'ready'),
      5000,
      'scanner ready',
    );

    const { token } = await desk.reserve('2026-11-23', 6);
    const outcomes: PublicScanOutcome[] = [];
    t.core.events.on('scans.result', (outcome) => outcomes.push(outcome));
    await pty.write(`${token.slice(0, 10)}`);
    await pty.write(`${token.slice(10)}\r\n`);
    await waitFor(() => outcomes.length > 0, 5000, 'scan outcome');
    expect(outcomes[0]).toMatchObject({ kind: 'checked_in', deskNumber: 6 });
  });

  it('"scan a test code" catches the next scan without checking anyone in', async () => {
    const { token } = await desk.reserve('2026-11-23');
    await desk.officer();
    const pending = desk.officerCall<{ scan: { text: string } | null }>('scanners.testScan', {
      timeoutMs: 5000,
    });
    await new Promise((r) => setImmediate(r)); // the call has reached the core and is waiting
    const answer = unwrap(await t.core.call('scans.submit', { text: token, source: 'keyboard' }));
    expect(answer).toMatchObject({ kind: 'test', text: token });
    expect(unwrap(await pending)).toEqual({
      scan: { text: token, source: 'keyboard', deviceId: 'kbd:page' },
    });
    expect(t.core.db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(0);
  });

  it('"scan a test code" gives up after its time, and the next scan checks in as usual', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { token } = await desk.reserve('2026-11-23');
      const pending = t.core.scanners.testScan(5000);
      await vi.advanceTimersByTimeAsync(5000);
      await expect(pending).resolves.toBeNull();
      expect(unwrap(await t.core.call('scans.submit', { text: token }))).toMatchObject({
        kind: 'checked_in',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells every screen the keyboard-wedge timings to decode scans with, and none without a wedge', async () => {
    expect(unwrap(await t.core.call('scanners.wedgeTiming', {}))).toEqual({
      prefix: '',
      suffix: '\r',
      maxGapMs: 50,
      endIdleMs: 150,
      minLength: 8,
    });
    unwrap(
      await desk.officerCall('scanners.configure', {
        items: [{ kind: 'keyboard', suffix: '\r', maxGapMs: 110, endIdleMs: 300 }],
      }),
    );
    expect(unwrap(await t.core.call('scanners.wedgeTiming', {}))).toMatchObject({
      maxGapMs: 110,
      endIdleMs: 300,
    });
    unwrap(await desk.officerCall('scanners.configure', { items: [] }));
    expect(unwrap(await t.core.call('scanners.wedgeTiming', {}))).toBeNull();
  });

  it('refuses a malformed scanner configuration and keeps the previous one', async () => {
    const before = unwrap(await desk.officerCall('scanners.settings', {}));
    const bad = await desk.officerCall('scanners.configure', { items: [{ kind: 'serial' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(unwrap(await desk.officerCall('scanners.settings', {}))).toEqual(before);
  });
});
