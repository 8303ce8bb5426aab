// The kiosk's timer jobs (stay monitor, retention, report days) each run as their own task, so a scan
// that arrives while one runs is answered before the next starts (issue 9: no stall a visitor sees).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKioskCore, type KioskCore } from '../../electron/services/core/kioskCore';
import { ManualClock, type Timers } from '../../shared/clock';
import { createTestLog } from '../support/testLog';
import { MONDAY_9AM } from '../support/testCore';

/** A timer port that only records: the test runs each task itself, in order. */
function recordingTimers() {
  const scheduled: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const entry = { fn, ms, cleared: false };
      scheduled.push(entry);
      return entry;
    },
    clearTimeout: (handle) => void ((handle as { cleared: boolean }).cleared = true),
  };
  return { timers, scheduled };
}

let core: KioskCore | undefined;

/** A real core on an in-memory database whose timers only record. */
function recordedCore(allowErrors = false) {
  const { timers, scheduled } = recordingTimers();
  const log = createTestLog({ allowErrors });
  core = createKioskCore({
    dbFile: ':memory:',
    version: 'test',
    clock: new ManualClock(MONDAY_9AM),
    timers,
    log: log.log,
  });
  return { core, scheduled, log };
}
afterEach(async () => {
  await core?.close();
  core = undefined;
});

describe('the timer jobs', () => {
  it('run one task each, with room between them, and start again after the interval', async () => {
    const { core, scheduled } = recordedCore();
    const monitor = vi.spyOn(core.monitor, 'tick');
    const retention = vi.spyOn(core.retention, 'tick');
    const before = scheduled.length;
    core.startTimers(15_000);
    const next = () => {
      const task = scheduled.at(-1)!;
      expect(scheduled.length).toBeGreaterThan(before);
      return task;
    };

    expect(next().ms).toBe(15_000);
    next().fn();
    expect(monitor).toHaveBeenCalledTimes(1);
    expect(retention).not.toHaveBeenCalled();
    // The next job waits for its own task: what arrived meanwhile (a scan) goes first.
    expect(next().ms).toBe(0);
    next().fn();
    expect(retention).toHaveBeenCalledTimes(1);
    expect(next().ms).toBe(0);
    next().fn(); // the report days
    expect(monitor).toHaveBeenCalledTimes(1);
    expect(next().ms).toBe(15_000);
    next().fn();
    expect(monitor).toHaveBeenCalledTimes(2);

    // Closing stops the chain where it is.
    const pending = next();
    await core.close();
    expect(pending.cleared).toBe(true);
  });

  it('keeps going after a job fails, and says which one', () => {
    const { core, scheduled, log } = recordedCore(true);
    vi.spyOn(core.monitor, 'tick').mockImplementation(() => {
      throw new Error('disk gone');
    });
    const retention = vi.spyOn(core.retention, 'tick');
    core.startTimers(15_000);
    scheduled.at(-1)!.fn();
    scheduled.at(-1)!.fn();
    expect(retention).toHaveBeenCalledTimes(1);
    expect(log.errors().map((l) => l.msg)).toContain('stay monitor failed');
  });
});
