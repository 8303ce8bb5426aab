import { ManualClock } from '../../shared/clock';
import type { SetupInput } from '../../electron/services/app/setup';
import { createKioskCore, type KioskCore } from '../../electron/services/core/kioskCore';
import { createPinHasher } from '../../electron/services/officers/pin';
import type { Fetch } from '../../electron/sync/transport';
import { createTestLog, type TestLog } from './testLog';

/** Monday 23 November 2026, 09:00 in Pontianak (UTC+7): inside service hours. */
export const MONDAY_9AM = Date.parse('2026-11-23T09:00:00+07:00');

/** The first admin every test site has; their PIN signs them in at the desk. */
export const TEST_ADMIN = { fullName: 'Rina Petugas', pin: '135790' } as const;

/**
 * scrypt at 1/16 of the real cost: the same code path, a few milliseconds a hash instead of fifty,
 * so a property test making a hundred kiosks does not spend its time hashing PINs. The real cost
 * has its own test (officers.test.ts).
 */
export const cheapPins = createPinHasher({ N: 1024, r: 8, p: 1 });

/** A site as the setup screen makes it: 12 desks, 8 lockers, SOP 97's hours. */
export const testSetup = (over: Partial<SetupInput> = {}): SetupInput => ({
  site: {
    siteName: 'Startup Hub & Pontive Center',
    officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
    letterhead: ['Jl. Rahadi Usman No. 3, Pontianak'],
    logo: null,
  },
  admin: { fullName: TEST_ADMIN.fullName, pin: TEST_ADMIN.pin },
  desks: Array.from({ length: 12 }, (_, i) => ({ number: i + 1, label: `Meja ${i + 1}`, zone: null })),
  lockers: Array.from({ length: 8 }, (_, i) => ({ number: i + 1, label: `Loker ${i + 1}`, zone: null })),
  calendar: {
    timeZone: 'Asia/Pontianak',
    openDays: [1, 2, 3, 4, 5],
    opensAt: '07:00',
    closesAt: '15:45',
    holidays: [],
  },
  maxStayMinutes: 420,
  ...over,
});

export interface TestCore {
  readonly core: KioskCore;
  readonly clock: ManualClock;
  /** Every line the core logged; an error-level line fails the test unless `allowErrors`. */
  readonly log: TestLog;
  /** The first admin, signed in by the setup (absent with `setup: false`). */
  readonly admin: { readonly id: string; readonly session: string } | undefined;
}

/**
 * A real kiosk core on an in-memory SQLite database with a hand-moved clock, set up through the real
 * setup command (unless `setup: false`, which leaves it at its first start).
 */
export async function makeTestCore(
  start = MONDAY_9AM,
  dbFile = ':memory:',
  options: { allowErrors?: boolean; setup?: boolean; fetch?: Fetch } = {},
): Promise<TestCore> {
  const clock = new ManualClock(start);
  const log = createTestLog(options);
  const core = createKioskCore({
    dbFile,
    version: '0.0.0-test',
    clock,
    log: log.log,
    pinHasher: cheapPins,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.setup === false) return { core, clock, log, admin: undefined };
  const r = await core.call('setup.complete', testSetup());
  if (!r.ok) throw new Error(`setup failed: ${JSON.stringify(r.error)}`);
  const value = r.value as { session: string; officer: { id: string } };
  return { core, clock, log, admin: { id: value.officer.id, session: value.session } };
}
