import { ManualClock } from '../../shared/clock';
import { createKioskCore, type KioskCore } from '../../electron/services/core/kioskCore';
import { createTestLog, type TestLog } from './testLog';

/** Monday 23 November 2026, 09:00 in Pontianak (UTC+7): inside service hours. */
export const MONDAY_9AM = Date.parse('2026-11-23T09:00:00+07:00');

export interface TestCore {
  readonly core: KioskCore;
  readonly clock: ManualClock;
  /** Every line the core logged; an error-level line fails the test unless `allowErrors`. */
  readonly log: TestLog;
}

/** A real kiosk core on an in-memory SQLite database with demo data and a hand-moved clock. */
export function makeTestCore(
  start = MONDAY_9AM,
  dbFile = ':memory:',
  options: { allowErrors?: boolean } = {},
): TestCore {
  const clock = new ManualClock(start);
  const log = createTestLog(options);
  const core = createKioskCore({ dbFile, version: '0.0.0-test', clock, log: log.log });
  return { core, clock, log };
}
