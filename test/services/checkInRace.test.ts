// Two screens racing for the last desk, as two real OS processes on one SQLite file (WAL). Each child
// (fixtures/raceCheckIn.ts) opens its own kiosk core, busy-waits until an agreed instant and scans
// a different reservation's code. Exactly one may get the desk; the other must hear a clear
// 'no_free_desk', not an exception and not SQLITE_BUSY.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanOutcome } from '../../shared/contract';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore } from '../support/testCore';

const childScript = fileURLToPath(new URL('./fixtures/raceCheckIn.ts', import.meta.url));
const CORE_CLOCK = Date.parse('2026-11-23T09:00:00+07:00'); // Monday, inside service hours
const DAY = '2026-11-23';
const RACES = 10;

interface ChildReport {
  pid: number;
  readyAt?: number;
  late?: boolean;
  began?: number;
  ended?: number;
  outcome?: ScanOutcome;
  error?: { name?: string; message?: string; code?: string };
}

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/**
 * A fresh database file, migrated and seeded by a core the test opens, holding two reservations for
 * today and exactly one desk in service (the other was taken out after they were booked).
 */
async function prepareDb(): Promise<{ file: string; tokens: [string, string] }> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-race-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'loket.sqlite');
  const { core } = await makeTestCore(CORE_CLOCK, file);
  try {
    const desk = new DeskDay(core);
    unwrap(
      await desk.officerCall('desks.replace', {
        items: [
          { number: 1, label: 'A' },
          { number: 2, label: 'B' },
        ],
      }),
    );
    const a = await desk.reserve(DAY, 1, 'Ani Race');
    const b = await desk.reserve(DAY, null, 'Budi Race');
    unwrap(await desk.officerCall('desks.replace', { items: [{ number: 1, label: 'A' }] }));
    return { file, tokens: [a.token, b.token] };
  } finally {
    await core.close();
  }
}

function runChild(file: string, token: string, startAt: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', childScript, file, token, String(startAt), String(CORE_CLOCK)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line)
        return reject(new Error(`child ${child.pid} exited ${code} without a report; stderr: ${err}`));
      resolve(JSON.parse(line) as ChildReport);
    });
  });
}

describe('two screens race for the last desk (two processes, one SQLite file)', () => {
  it(`${RACES} races: each time exactly one check-in, the other a clean no_free_desk`, async () => {
    const overlaps: boolean[] = [];
    // The children need a few seconds to load the app with tsx on a busy machine; the barrier leaves
    // room for the slowest start seen so far, plus a margin.
    let lead = 5_000;
    for (let race = 1; race <= RACES; race++) {
      const { file, tokens } = await prepareDb();
      const spawnedAt = Date.now();
      const startAt = spawnedAt + lead;
      const reports = await Promise.all(tokens.map((token) => runChild(file, token, startAt)));
      const label = `race ${race}: ${JSON.stringify(reports)}`;

      for (const r of reports) expect(r.error, label).toBeUndefined();
      const kinds = reports.map((r) => (r.outcome?.kind === 'refused' ? r.outcome.reason : r.outcome?.kind));
      expect([...kinds].sort(), label).toEqual(['checked_in', 'no_free_desk']);
      const winnerAt = kinds.indexOf('checked_in');
      expect(reports[winnerAt]!.outcome, label).toMatchObject({ deskNumber: 1, startedAt: CORE_CLOCK });

      // Did the two scans really run at the same time? Recorded per race; a late child must still
      // get the right answer, but at least one race has to have truly overlapped.
      const [x, y] = reports as [Required<ChildReport>, Required<ChildReport>];
      overlaps.push(!x.late && !y.late && x.began < y.ended && y.began < x.ended);
      const slowest = Math.max(x.readyAt, y.readyAt) - spawnedAt;
      lead = Math.min(8_000, Math.max(1_500, Math.round(slowest * 1.4) + 400));

      // The site is already set up in this file: the core opens it as it is.
      const { core } = await makeTestCore(CORE_CLOCK, file, { setup: false });
      try {
        const db = core.db;
        const open = db
          .prepare("SELECT reservation_id, desk_number FROM visits WHERE status <> 'closed'")
          .all() as { reservation_id: string; desk_number: number }[];
        expect(open, label).toHaveLength(1);
        expect(open[0]!.desk_number, label).toBe(1);
        expect(db.prepare('SELECT count(*) FROM visits').pluck().get(), label).toBe(1);
        const statusOf = (token: string) =>
          db.prepare('SELECT status FROM reservations WHERE token = ?').pluck().get(token);
        expect(statusOf(tokens[winnerAt]!), label).toBe('checked_in');
        expect(statusOf(tokens[1 - winnerAt]!), label).toBe('booked');
        // The winner's check-in wrote one audit row and one outbox op; the loser wrote nothing.
        expect(
          db.prepare("SELECT count(*) FROM audit_log WHERE action = 'visits.checkIn'").pluck().get(),
          label,
        ).toBe(1);
        expect(
          db.prepare("SELECT count(*) FROM outbox WHERE op_type = 'visit.started'").pluck().get(),
          label,
        ).toBe(1);
        const seqs = db.prepare('SELECT seq FROM outbox ORDER BY seq').pluck().all() as number[];
        expect(seqs, label).toEqual(seqs.map((_, i) => i + 1));
      } finally {
        await core.close();
      }
    }
    expect(overlaps.some(Boolean), `no race overlapped: ${JSON.stringify(overlaps)}`).toBe(true);
  }, 150_000);
});
