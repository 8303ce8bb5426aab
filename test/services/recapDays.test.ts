// The days kept for the reports (recap_days, 0018_recap_days.sql): a report read from the kept days is
// the report counted afresh from the records, after any change to a visit or reservation of a day
// that is over (a visit closed late by a pulled change, a no-show marked, a visit erased, a name
// erased), whichever report kept the day first; today is never kept; a day kept in another zone or
// another shape is counted again. Random changes from a seeded PRNG, real SQLite, the real preview.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecapFigures } from '../../shared/recaps/figures';
import type { Result } from '../../shared/result';
import { keepNextDay } from '../../electron/services/recaps/recapDays';
import { TEST_ADMIN, makeTestCore, type TestCore } from '../support/testCore';
import { insertReservation, insertVisit, insertVisitor } from '../shared/recaps/seedVisits';

const DEC_2_10AM = Date.parse('2026-12-02T10:00:00+07:00');
let t: TestCore;
let session = '';

beforeEach(async () => {
  t = await makeTestCore(DEC_2_10AM);
  session = t.admin!.session;
});
afterEach(() => t.core.close());

function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const dayOf = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

/** November and the first two days of December: visits of twelve visitors, some open, some bookings never used. */
function seed(random: () => number) {
  const db = t.core.db;
  let openDesks = 0;
  for (let v = 0; v < 12; v++) insertVisitor(db, `vis-${v}`, `Pengunjung ${String.fromCharCode(65 + v)}`);
  db.transaction(() => {
    for (let d = 1; d <= 32; d++) {
      const day = d <= 30 ? dayOf(d) : `2026-12-0${d - 30}`;
      for (let i = 0; i < 6; i++) {
        const kinds = ['confirmed', 'problem', 'left_without_checkout', 'auto_limit', null] as const;
        // A desk holds one open visit at a time: twelve desks, twelve visits left open at most.
        const drawn = kinds[Math.floor(random() * kinds.length)]!;
        const closeKind = drawn === null && openDesks === 12 ? 'confirmed' : drawn;
        insertVisit(db, {
          visitorId: `vis-${Math.floor(random() * 12)}`,
          day,
          startMinute: 7 * 60 + Math.floor(random() * 500),
          stayMinutes: 10 + Math.floor(random() * 460),
          desk: closeKind === null ? ++openDesks : 1 + Math.floor(random() * 4),
          closeKind,
          problems: random() < 0.2 ? ['Kursi goyang'] : [],
        });
      }
      insertReservation(db, `vis-${d % 12}`, day, random() < 0.5 ? 'booked' : 'no_show');
      insertReservation(db, `vis-${(d + 5) % 12}`, day, 'cancelled');
    }
  })();
}

async function preview(periodKind: 'month' | 'quarter', period: string): Promise<RecapFigures> {
  const r = (await t.core.call('recaps.preview', { periodKind, period }, { session })) as Result<{
    figures: RecapFigures;
  }>;
  if (!r.ok) {
    if (r.error.messageKey !== 'errors.officer.locked') throw new Error(JSON.stringify(r.error));
    // The idle lock ended the session: sign in again.
    const again = (await t.core.call('officer.unlock', {
      officerId: t.admin!.id,
      pin: TEST_ADMIN.pin,
    })) as Result<{ session: string }>;
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    session = again.value.session;
    return preview(periodKind, period);
  }
  return r.value.figures;
}

/** The same report with nothing kept: every day counted from the records. */
async function counted(periodKind: 'month' | 'quarter', period: string): Promise<RecapFigures> {
  t.core.db.exec('DELETE FROM recap_days');
  return preview(periodKind, period);
}

const keptDays = () =>
  t.core.db.prepare('SELECT day, users FROM recap_days ORDER BY day').all() as {
    day: string;
    users: string;
  }[];

describe('the days kept for the reports', () => {
  it('keep every day that is over, never today, and read back as the records count', async () => {
    seed(prng(7));
    const december = await preview('month', '2026-12');
    expect(keptDays().map((d) => d.day)).toEqual(['2026-12-01']);
    expect(december.perDay.slice(0, 2)).toEqual([6, 6]);

    const first = await preview('month', '2026-11');
    expect(first.totals.visits).toBe(180);
    expect(keptDays()).toHaveLength(31);
    expect(keptDays().every((d) => d.users !== 'null')).toBe(true);
    const again = await preview('month', '2026-11');
    expect(again).toEqual(first);
    expect(again).toEqual(await counted('month', '2026-11'));
  });

  it('stay true to the records through random changes to days that are over', async () => {
    const random = prng(2026);
    seed(random);
    const db = t.core.db;
    const visitIds = () => db.prepare('SELECT id FROM visits ORDER BY id').pluck().all() as string[];
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const changes: Record<string, () => void> = {
      // A close pulled from another kiosk, later than this kiosk knew.
      'a visit closed late': () => {
        const open = db
          .prepare('SELECT id FROM visits WHERE closed_at IS NULL ORDER BY id')
          .pluck()
          .all() as string[];
        if (!open.length) return;
        db.prepare(
          "UPDATE visits SET status = 'closed', closed_at = started_at + ?, close_kind = 'confirmed' WHERE id = ?",
        ).run(Math.floor(random() * 480) * 60_000, pick(open));
      },
      'a problem noted': () =>
        db.prepare(`UPDATE visits SET problems = '["Layar mati"]' WHERE id = ?`).run(pick(visitIds())),
      'a visit erased': () => db.prepare('DELETE FROM visits WHERE id = ?').run(pick(visitIds())),
      'a visit pulled in': () =>
        insertVisit(db, {
          visitorId: `vis-${Math.floor(random() * 12)}`,
          day: dayOf(1 + Math.floor(random() * 30)),
          startMinute: 8 * 60,
          stayMinutes: 45,
          desk: 2,
          closeKind: 'confirmed',
        }),
      'a no-show marked': () =>
        db
          .prepare(
            "UPDATE reservations SET status = 'no_show' WHERE id = (SELECT id FROM reservations WHERE status = 'booked' ORDER BY id LIMIT 1)",
          )
          .run(),
      'a booking cancelled': () =>
        db
          .prepare(
            "UPDATE reservations SET status = 'cancelled' WHERE id = (SELECT id FROM reservations WHERE status = 'no_show' ORDER BY id LIMIT 1)",
          )
          .run(),
      'a name erased': () =>
        db.prepare("UPDATE visitors SET full_name = '' WHERE id = ?").run(`vis-${Math.floor(random() * 12)}`),
    };
    const names = Object.keys(changes);
    let seen = await preview('month', '2026-11');
    let differed = 0;
    for (let round = 0; round < 40; round++) {
      const name = pick(names);
      changes[name]!();
      const kept = await preview('month', '2026-11');
      if (JSON.stringify(kept) !== JSON.stringify(seen)) differed++;
      expect(kept, `after ${name} (round ${round})`).toEqual(await counted('month', '2026-11'));
      // The recount kept the days again: the next round reads them back.
      seen = kept;
    }
    // The changes were seen, not merely agreed on by two stale reads.
    expect(differed).toBeGreaterThan(25);
  });

  it('name each user with their visits and whole minutes, as one query over the records counts them', async () => {
    seed(prng(11));
    // A visit whose reservation no longer says someone came (a status another kiosk moved): still theirs.
    t.core.db.exec(
      `UPDATE reservations SET status = 'cancelled' WHERE id = (
        SELECT reservation_id FROM visits ORDER BY started_at LIMIT 1 OFFSET 20)`,
    );
    const oracle = t.core.db
      .prepare(
        `SELECT vr.full_name, count(*) AS visits,
           sum(CAST(max(0, coalesce(v.closed_at, min(v.ends_at, :now)) - v.started_at) AS INTEGER) / 60000) AS minutes
         FROM visits v JOIN reservations r ON r.id = v.reservation_id JOIN visitors vr ON vr.id = r.visitor_id
         WHERE v.started_at >= :start AND v.started_at < :end GROUP BY vr.id`,
      )
      .raw()
      .all({
        now: DEC_2_10AM,
        start: Date.parse('2026-11-01T00:00:00+07:00'),
        end: Date.parse('2026-12-01T00:00:00+07:00'),
      }) as [string, number, number][];
    const byName = (a: readonly unknown[], b: readonly unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(oracle).toHaveLength(12);
    expect([...(await preview('month', '2026-11')).users!].sort(byName)).toEqual(oracle.sort(byName));
  });

  it('a day kept by a quarter’s report is counted again, with its users, for a month’s', async () => {
    seed(prng(11));
    const quarter = await preview('quarter', '2026-Q4');
    expect(keptDays().every((d) => d.users === 'null')).toBe(true);
    expect(quarter.users).toBeNull();
    const month = await preview('month', '2026-11');
    expect(month.users).toHaveLength(12);
    expect(month).toEqual(await counted('month', '2026-11'));
    expect(await preview('quarter', '2026-Q4')).toEqual(quarter);
  });

  it('a day kept in another zone or another shape is counted again', async () => {
    seed(prng(5));
    const truth = await preview('month', '2026-11');
    const bogus = JSON.stringify({ v: 1, visits: 999_999 });
    t.core.db
      .prepare("UPDATE recap_days SET time_zone = 'Asia/Jakarta', figures = ? WHERE day = '2026-11-02'")
      .run(bogus);
    t.core.db
      .prepare("UPDATE recap_days SET figures = ? WHERE day = '2026-11-03'")
      .run(JSON.stringify({ v: 0, visits: 999_999 }));
    expect(await preview('month', '2026-11')).toEqual(truth);
  });

  it('are kept a day per tick of the kiosk’s timer, last month and this, so the report finds them kept', async () => {
    seed(prng(3));
    const zone = 'Asia/Pontianak';
    const keptInOrder: string[] = [];
    for (
      let day = keepNextDay(t.core.db, zone, DEC_2_10AM);
      day;
      day = keepNextDay(t.core.db, zone, DEC_2_10AM)
    )
      keptInOrder.push(day);
    // November and December's first day, one at a time, oldest first; today is not over.
    expect(keptInOrder).toEqual([...Array.from({ length: 30 }, (_, i) => dayOf(i + 1)), '2026-12-01']);
    const reads = keptDays();
    const month = await preview('month', '2026-11');
    // The report counted nothing again: the rows it read are the very rows the ticks kept.
    expect(keptDays()).toEqual(reads);
    expect(month).toEqual(await counted('month', '2026-11'));
    // A change to a kept day is kept again at the next tick.
    t.core.db
      .prepare('UPDATE visits SET problems = \'["Layar mati"]\' WHERE started_at < ?')
      .run(DEC_2_10AM - 20 * 86_400_000);
    expect(keepNextDay(t.core.db, zone, DEC_2_10AM)).toBe('2026-11-01');
  });
});
