// The in-process fault variant (issue 10 › Proof): fast-check schedules of front-desk work on two or
// three kiosks, with syncs that lose requests or answers, against the real server on a real database.
// Every failing seed fast-check finds is added to `regressions` below and replayed on every run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCentral, type TestCentral } from '../support/central';
import { runSchedule, type Action, type Schedule } from '../support/syncSimulation';

let server: TestCentral;
beforeAll(async () => {
  server = await startTestCentral();
});
afterAll(() => server.close());

const kiosk = fc.nat({ max: 2 });
const ticket = fc.nat({ max: 20 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reserve' as const), kiosk }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('walkIn' as const), kiosk }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('scan' as const), kiosk, ticket, home: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), kiosk, ticket }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('close' as const), kiosk, ticket }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      kiosk,
      net: fc.constantFrom(
        'ok' as const,
        'ok' as const,
        'dropRequest' as const,
        'dropResponse' as const,
        'down' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('clock' as const),
      kiosk,
      minutes: fc.integer({ min: -30, max: 45 }),
    }),
  },
);
const schedule: fc.Arbitrary<Schedule> = fc.record({
  kiosks: fc.integer({ min: 2, max: 3 }),
  actions: fc.array(action, { minLength: 10, maxLength: 60 }),
});

/** Schedules that once broke sync, kept as they were found. */
const regressions: readonly { readonly name: string; readonly schedule: Schedule }[] = [
  {
    // A check-in kept without its desk (another kiosk's visitor held it) was closed before an officer
    // re-seated it: the other kiosk could not mirror a visit without a desk and waited for ever.
    name: 'a desk-less visit closed before it was re-seated (seed 1217229902)',
    schedule: {
      kiosks: 2,
      actions: [
        { kind: 'scan', kiosk: 1, ticket: 1, home: true },
        { kind: 'scan', kiosk: 2, ticket: 13, home: true },
        { kind: 'reserve', kiosk: 1 },
        { kind: 'walkIn', kiosk: 2 },
        { kind: 'sync', kiosk: 1, net: 'ok' },
        { kind: 'sync', kiosk: 0, net: 'dropRequest' },
        { kind: 'close', kiosk: 2, ticket: 1 },
        { kind: 'reserve', kiosk: 1 },
        { kind: 'scan', kiosk: 2, ticket: 9, home: true },
        { kind: 'close', kiosk: 0, ticket: 1 },
        { kind: 'reserve', kiosk: 0 },
        { kind: 'scan', kiosk: 1, ticket: 2, home: true },
        { kind: 'scan', kiosk: 0, ticket: 1, home: true },
        { kind: 'scan', kiosk: 0, ticket: 20, home: true },
        { kind: 'reserve', kiosk: 0 },
        { kind: 'sync', kiosk: 0, net: 'ok' },
        { kind: 'sync', kiosk: 1, net: 'dropRequest' },
        { kind: 'scan', kiosk: 1, ticket: 8, home: true },
        { kind: 'walkIn', kiosk: 0 },
        { kind: 'walkIn', kiosk: 2 },
        { kind: 'scan', kiosk: 0, ticket: 20, home: false },
        { kind: 'sync', kiosk: 0, net: 'dropRequest' },
        { kind: 'close', kiosk: 0, ticket: 16 },
        { kind: 'walkIn', kiosk: 0 },
        { kind: 'reserve', kiosk: 0 },
        { kind: 'close', kiosk: 1, ticket: 17 },
        { kind: 'walkIn', kiosk: 0 },
        { kind: 'scan', kiosk: 0, ticket: 17, home: true },
        { kind: 'walkIn', kiosk: 1 },
      ],
    },
  },
];

describe('sync under lost requests and lost answers', () => {
  it('two kiosks offline seat their walk-ins at the same desk: one keeps it, the officer moves the other', async () => {
    const result = await runSchedule(server, {
      kiosks: 2,
      actions: [
        { kind: 'walkIn', kiosk: 0 },
        { kind: 'walkIn', kiosk: 1 },
        { kind: 'scan', kiosk: 0, ticket: 0, home: true },
        { kind: 'scan', kiosk: 1, ticket: 1, home: true },
        { kind: 'sync', kiosk: 0, net: 'dropResponse' },
        { kind: 'sync', kiosk: 1, net: 'ok' },
        { kind: 'sync', kiosk: 0, net: 'ok' },
      ],
    });
    expect(result.violations).toEqual([]);
    expect(result.visits).toBe(2);
    expect(result.conflicts).toBeGreaterThanOrEqual(1);
  });

  for (const r of regressions)
    it(`still converges: ${r.name}`, async () => {
      expect((await runSchedule(server, r.schedule)).violations).toEqual([]);
    });

  it('every schedule converges: nothing lost, doubled or unexpected, no queue stuck, no desk held twice', async () => {
    const runs = Number(process.env.LOKET_SYNC_SCHEDULES ?? 25);
    let visits = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(schedule, async (s) => {
        const result = await runSchedule(server, s);
        expect(result.violations).toEqual([]);
        visits += result.visits;
      }),
      { numRuns: runs, endOnFailure: true },
    );
    // Not a vacuous run: visitors were really checked in across the schedules.
    expect(visits).toBeGreaterThan(0);
    const perMinute = Math.round((runs / (performance.now() - started)) * 60_000);
    process.stdout.write(
      `sync property: ${runs} schedules, ${visits} check-ins, ${perMinute} schedules a minute\n`,
    );
  }, 300_000);
});
