// The query plans of the statements the app really prepares: a desk day's commands and the officer's
// reads are traced as they run, and each statement is explained with the arguments it ran with.
// The hot ones must use exactly the index named here; none may scan a growing table row by row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../support/testCore';
import { DeskDay, unwrap } from '../support/deskDay';
import { runDeskDayWorkload } from '../support/syncWorkload';
import { traceStatements, type TracedStatement } from '../support/traceStatements';

let t: TestCore;
let ran: TracedStatement[];

beforeAll(async () => {
  const trace = traceStatements(); // every database, from before the core opens its own
  try {
    t = await makeTestCore();
    await runDeskDayWorkload(t.core, t.clock);
    const desk = new DeskDay(t.core);
    unwrap(await desk.officerCall('visits.board', {}));
    unwrap(await t.core.call('desks.today', {})); // every kiosk screen, after each check-in
    unwrap(await desk.officerCall('reservations.list', { day: '2026-11-23', query: 'budi 0812' }));
    unwrap(await desk.officerCall('reservations.list', {}));
    unwrap(await desk.officerCall('visits.history', { day: '2026-11-23', query: 'budi' }));
    unwrap(await desk.officerCall('visits.history', {}));
    unwrap(await desk.officerCall('reports.dailyRecap', { day: '2026-11-23' }));
    unwrap(await desk.officerCall('audit.list', { officerId: t.admin!.id }));
    unwrap(await desk.officerCall('audit.list', { visitorId: 'v-none' }));
    unwrap(await desk.officerCall('audit.list', { from: '2026-11-23', to: '2026-11-23' }));
    const { items } = unwrap(await desk.officerCall('visitors.search', { query: 'budi' })) as {
      items: { id: string }[];
    };
    unwrap(await desk.officerCall('visitors.erase', { visitorId: items[0]!.id, reason: 'permintaan' }));
    // A printer nobody answers on: the worker still looks for its next job.
    unwrap(
      await desk.officerCall('printers.configure', {
        items: [
          {
            kind: 'tcp',
            id: 'front',
            label: 'Depan',
            model: 'epson-tm-t20iii',
            paperWidth: 80,
            host: '127.0.0.1',
            port: 1,
          },
        ],
        defaultPrinterId: 'front',
        autoCheckInSlip: false,
      }),
    );
    unwrap(await desk.officerCall('printers.testPage', { printerId: 'front' }));
    await t.core.printing.queue.processDue();
    unwrap(await desk.officerCall('printJobs.list', {}));
  } finally {
    trace.stop();
  }
  ran = [...trace.statements.values()].filter((s) => s.args !== undefined);
});
afterAll(() => t.core.close());

const planOf = (s: TracedStatement) =>
  (t.core.db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.args as unknown[])) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

/** The one statement the app ran whose SQL matches. */
function statement(pattern: RegExp): TracedStatement {
  const found = ran.filter((s) => pattern.test(s.sql.replace(/\s+/g, ' ')));
  expect(
    found.map((s) => s.sql),
    `statements matching ${pattern}`,
  ).toHaveLength(1);
  return found[0]!;
}

describe('hot statements use their index', () => {
  it.each([
    ['finds a scanned reservation by its QR token', /WHERE r\.token = \?/, 'sqlite_autoindex_reservations_2'],
    [
      'replays a double-submitted form by its request key',
      /WHERE r\.request_key = \?/,
      'sqlite_autoindex_reservations_3',
    ],
    ['reads the visit of a reservation', /WHERE vi\.reservation_id = \?/, 'sqlite_autoindex_visits_2'],
    ['finds a returning visitor by e-mail and phone', /FROM visitors WHERE email = \?/, 'visitors_phone'],
    [
      'lists the open visits without reading closed ones',
      /WHERE vi\.status <> 'closed' ORDER BY/,
      'visits_open_desk',
    ],
    ['lists the free desks from the open-desk index', /SELECT d\.number FROM desks d/, 'visits_open_desk'],
    ['checks a locker is free', /FROM lockers l WHERE l\.number = \?/, 'visits_open_locker'],
    ["counts a day's reservations by status", /GROUP BY status/, 'reservations_day_status'],
    [
      "reads today's reserved desks from the index alone",
      /SELECT DISTINCT desk_number FROM reservations WHERE day = \?/,
      'COVERING INDEX reservations_booked',
    ],
    [
      "counts a day's active reservations",
      /SELECT count\(\*\) FROM reservations WHERE day = \? AND status IN/,
      'reservations_day_status',
    ],
    [
      'finds bookings of past days for the no-show mark',
      /WHERE status = 'booked' AND day < \?/,
      'reservations_booked',
    ],
    ["reads a day's visits for the recap", /FROM visits dv WHERE dv\.started_at >= \?/, 'visits_recap'],
    ["lists a day's visit history", /vi\.started_at >= :start/, 'visits_recap'],
    [
      "finds each printer's next job",
      /SELECT id FROM print_jobs WHERE state = 'queued' AND printer_id = j\.printer_id/,
      'print_jobs_queued',
    ],
    ['takes the next outbox number', /UPDATE device_state SET next_seq/, 'INTEGER PRIMARY KEY'],
    [
      "reads an officer's wrong-PIN count on this kiosk",
      /FROM signin_lockouts WHERE officer_id = \?/,
      'sqlite_autoindex_signin_lockouts_1',
    ],
    ["lists one officer's actions in the audit log", /WHERE a\.actor = :actor AND/, 'audit_log_officer'],
    [
      "lists what was done to one visitor's data",
      /WHERE a\.visitor_id = :visitor ORDER BY/,
      'audit_log_visitor',
    ],
    ["lists a day's audit log", /WHERE a\.at >= :from AND a\.at < :to ORDER BY/, 'audit_log_at'],
    [
      "anonymises an erased visitor's unsent reservations",
      /UPDATE outbox SET payload = json_set\(payload, '\$\.fullName'/,
      'outbox_unsent_by_visitor',
    ],
    [
      "blanks an erased complainant's contact in the filing's operation",
      /UPDATE outbox SET payload = json_set\(payload, '\$\.contact'/,
      'outbox_complaint_filed',
    ],
  ])('%s', (_what, pattern, index) => {
    const plan = planOf(statement(pattern));
    expect(plan).toMatch(new RegExp(`USING ((COVERING )?INDEX )?${index}\\b`));
  });
});

describe('no statement reads a growing table row by row', () => {
  const growing = /^SCAN (reservations|visits|visitors|audit_log|outbox|print_jobs|r|v|vi|p|j)$/m;

  it('traced the app at work', () => {
    expect(ran.length).toBeGreaterThan(40);
  });

  /**
   * Searches for a piece of a name, an e-mail or a phone must read every visitor: no index helps a
   * substring. They are an officer's occasional search, never on the scan path.
   */
  const substringSearches = /FROM visitors v WHERE \(v\.full_name LIKE :q/;

  it('every statement that ran has a plan without a full scan of a growing table', () => {
    const scans = ran
      .map((s) => ({ sql: s.sql.replace(/\s+/g, ' ').trim(), plan: planOf(s) }))
      .filter((p) => growing.test(p.plan) && !substringSearches.test(p.sql));
    expect(scans).toEqual([]);
  });
});
