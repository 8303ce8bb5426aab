// The reports of a busy year (issue 12): a kiosk database holding a year of a busy site — 260,000
// visits, 1,040,000 reservations, 4,000 visitors, 5,000 inventory items with their problems — written
// once with bulk INSERTs (deterministic PRNG), then timed: the monthly recap's figures and the
// quarterly report's as the officer opens them, the days that are over kept by the kiosk's timer
// (goals ≤ 50 ms and ≤ 150 ms), and with every day counted from its records (the first report on a
// kiosk whose timer has not yet run), each beside a bare `SELECT count(*)` over the same rows in the
// same run (the ratio says what the recap adds to merely touching its rows); a day kept by the timer
// (goal: under a frame, so a scan never waits); the PDF rendered and the xlsx written, and the
// snapshot's size against the push limit.
// Run: npx tsx bench/recapReports.ts [repeats]   Prints a table, goal lines and one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createKioskCore } from '../electron/services/core/kioskCore';
import { createLogger } from '../electron/services/core/logger';
import { keepNextDay } from '../electron/services/recaps/recapDays';
import { computeRecapFigures } from '../electron/services/recaps/recapFigures';
import { ManualClock } from '../shared/clock';
import { defaultDocumentSettings } from '../shared/contract/settings';
import { renderReportPdf, renderWorkbook } from '../shared/documents';
import { figuresBytes } from '../shared/recaps/figures';
import { recapReportDocument, recapWorkbook } from '../shared/recaps/recapDocument';
import { recordFromSubmitted } from '../shared/recaps/recapRecord';
import { localDayRange } from '../shared/rules/siteCalendar';
import { MAX_PUSH_BYTES } from '../shared/sync/protocol';
import { goalLine, round, summarize } from './support/stats';

const REPEATS = Number(process.argv[2] ?? 30);
const TZ = 'Asia/Pontianak';
const YEAR = 2026;
const DESKS = 120;
const VISITORS = 4_000;
const VISITS_PER_DAY = 1_000;
const RESERVATIONS_PER_DAY = 4_000;
const ITEMS = 5_000;
const NOW = Date.parse('2027-01-04T09:00:00+07:00');

/** mulberry32: the same numbers every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function serviceDays(): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(YEAR, 0, 1); t < Date.UTC(YEAR + 1, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-recaps-'));
  try {
    const clock = new ManualClock(NOW);
    const core = createKioskCore({
      dbFile: join(dir, 'kiosk.sqlite'),
      version: 'bench',
      clock,
      log: createLogger({ level: 'warn' }),
    });
    const setup = await core.call('setup.complete', {
      site: { siteName: 'Startup Hub Bench', officeName: 'Dinas Kominfo Bench', letterhead: [], logo: null },
      admin: { fullName: 'Bench Admin', pin: '135790' },
      desks: Array.from({ length: DESKS }, (_, i) => ({ number: i + 1, label: `Meja ${i + 1}`, zone: null })),
      lockers: [{ number: 1, label: 'Loker 1', zone: null }],
      calendar: {
        timeZone: TZ,
        openDays: [1, 2, 3, 4, 5],
        opensAt: '07:00',
        closesAt: '15:45',
        holidays: [],
      },
      maxStayMinutes: 420,
    });
    if (!setup.ok) throw new Error(`setup failed: ${JSON.stringify(setup.error)}`);
    const db = core.db;

    // ---- seed ----
    const t0 = performance.now();
    const rnd = prng(12);
    const days = serviceDays();
    db.transaction(() => {
      const visitor = db.prepare(
        `INSERT INTO visitors (id, full_name, email, phone_e164, consent_at, consent_version, created_at)
         VALUES (?, ?, ?, '+6281200000000', 0, 'bench', 0)`,
      );
      for (let v = 0; v < VISITORS; v++)
        visitor.run(`vis-${v}`, `Pengguna ${String(v).padStart(4, '0')}`, `p${v}@contoh.id`);
      const reservation = db.prepare(
        `INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, 'portal', 0, 0)`,
      );
      const visit = db.prepare(
        `INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status, closed_at, close_kind, problems)
         VALUES (?, ?, ?, ?, ?, 'closed', ?, ?, ?)`,
      );
      let n = 0;
      for (const day of days) {
        const start = localDayRange(day, TZ).start;
        for (let r = 0; r < RESERVATIONS_PER_DAY; r++) {
          const id = `r${n++}`;
          const came = r < VISITS_PER_DAY;
          const desk = (r % DESKS) + 1;
          const status = came
            ? 'completed'
            : rnd() < 0.1
              ? 'no_show'
              : rnd() < 0.5
                ? 'cancelled'
                : 'completed';
          reservation.run(
            id,
            `vis-${Math.floor(rnd() * VISITORS)}`,
            day,
            came ? desk : null,
            status,
            `LK1B${n}`,
          );
          if (!came) continue;
          const startedAt = start + (7 * 60 + Math.floor(rnd() * 480)) * 60_000;
          const stay = 30 + Math.floor(rnd() * 420);
          const kind = rnd() < 0.05 ? 'auto_limit' : rnd() < 0.05 ? 'problem' : 'confirmed';
          visit.run(
            `v${n}`,
            id,
            desk,
            startedAt,
            startedAt + 420 * 60_000,
            startedAt + stay * 60_000,
            kind,
            kind === 'problem' ? '["cable"]' : '[]',
          );
        }
      }
      const item = db.prepare(
        `INSERT INTO inventory_items (id, asset_code, name, category, kind, location_kind, desk_number, condition, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, 'asset', 'desk', ?, 'baik', 0, 'bench', 0)`,
      );
      const categories = ['Elektronik', 'Mebel', 'Jaringan', 'Alat tulis', 'Audio visual'];
      for (let i = 0; i < ITEMS; i++)
        item.run(`item-${i}`, `BRG-${i}`, `Barang ${i}`, categories[i % 5]!, (i % DESKS) + 1);
      const problem = db.prepare(
        `INSERT INTO inventory_problems (id, item_id, kind, severity, status, reported_at, reported_by, updated_at)
         VALUES (?, ?, 'damaged', 'rusak_ringan', 'reported', ?, 'bench', 0)`,
      );
      for (let i = 0; i < 3_000; i++)
        problem.run(
          `prob-${i}`,
          `item-${Math.floor(rnd() * ITEMS)}`,
          Date.UTC(YEAR, 0, 1) + Math.floor(rnd() * 365 * 86_400_000),
        );
    })();
    db.exec('ANALYZE');
    const counts = {
      visits: db.prepare('SELECT count(*) FROM visits').pluck().get() as number,
      reservations: db.prepare('SELECT count(*) FROM reservations').pluck().get() as number,
      items: db.prepare('SELECT count(*) FROM inventory_items').pluck().get() as number,
    };
    if (counts.visits < 250_000 || counts.reservations < 1_000_000 || counts.items < 5_000)
      throw new Error(`the seed is smaller than a busy year: ${JSON.stringify(counts)}`);
    console.log(`seeded ${JSON.stringify(counts)} in ${round((performance.now() - t0) / 1000, 1)} s`);

    // ---- timing ----
    const rules = core.rules.get();
    const month = { kind: 'month', year: YEAR, month: 11 } as const;
    const quarter = { kind: 'quarter', year: YEAR, quarter: 4 } as const;
    const bareCount = (from: string, to: string) => {
      const start = localDayRange(from, TZ).start;
      const end = localDayRange(to, TZ).end;
      const a = db
        .prepare('SELECT count(*) FROM visits WHERE started_at >= ? AND started_at < ?')
        .pluck()
        .get(start, end) as number;
      const b = db
        .prepare('SELECT count(*) FROM reservations WHERE day >= ? AND day <= ?')
        .pluck()
        .get(from, to) as number;
      return a + b;
    };
    const time = (f: () => unknown) => {
      const t = performance.now();
      f();
      return performance.now() - t;
    };
    const monthMs: number[] = [];
    const monthColdMs: number[] = [];
    const monthBare: number[] = [];
    const quarterMs: number[] = [];
    const quarterColdMs: number[] = [];
    const quarterBare: number[] = [];
    // 'Cold' counts every day of the period from its records (nothing kept in recap_days: the
    // first report after the period ends, or after every one of its days changed); the plain
    // figures read back the days the first report kept, as every later opening of the report does.
    const forgetDays = () => db.exec('DELETE FROM recap_days');
    // Warm-up, not counted.
    computeRecapFigures(db, rules, 'month', month, NOW);
    computeRecapFigures(db, rules, 'quarter', quarter, NOW);
    for (let i = 0; i < REPEATS; i++) {
      monthBare.push(time(() => bareCount('2026-11-01', '2026-11-30')));
      forgetDays();
      monthColdMs.push(time(() => computeRecapFigures(db, rules, 'month', month, NOW)));
      monthMs.push(time(() => computeRecapFigures(db, rules, 'month', month, NOW)));
      quarterBare.push(time(() => bareCount('2026-10-01', '2026-12-31')));
      forgetDays();
      quarterColdMs.push(time(() => computeRecapFigures(db, rules, 'quarter', quarter, NOW)));
      quarterMs.push(time(() => computeRecapFigures(db, rules, 'quarter', quarter, NOW)));
    }
    // The kiosk's timer keeps a day per tick (keepNextDay): each tick must stay far under a frame's
    // budget of the event loop, so a scan never waits behind it.
    forgetDays();
    const keepMs: number[] = [];
    for (;;) {
      const t = performance.now();
      const day = keepNextDay(db, TZ, NOW);
      if (day === null) break;
      keepMs.push(performance.now() - t);
    }
    const figures = computeRecapFigures(db, rules, 'month', month, NOW);
    const signer = { id: 'bench', name: 'Bench Admin', nip: null, title: null };
    const record = recordFromSubmitted({
      id: 'bench-rev',
      periodKind: 'month',
      period: '2026-11',
      revision: 1,
      supersedes: null,
      figures,
      preparedBy: signer,
      submittedAt: NOW,
    });
    const context = {
      identity: {
        siteName: 'Startup Hub Bench',
        officeName: 'Dinas Kominfo Bench',
        letterhead: [],
        logo: null,
      },
      settings: defaultDocumentSettings,
      lang: 'id' as const,
    };
    const pdfMs: number[] = [];
    const xlsxMs: number[] = [];
    let pdfBytes = 0;
    let xlsxBytes = 0;
    for (let i = 0; i < 3; i++) {
      let t = performance.now();
      pdfBytes = (await renderReportPdf(recapReportDocument(record, context))).length;
      pdfMs.push(performance.now() - t);
      t = performance.now();
      xlsxBytes = (await renderWorkbook(recapWorkbook(record, context))).length;
      xlsxMs.push(performance.now() - t);
    }
    const snapshot = figuresBytes(figures);

    const m = summarize(monthMs);
    const mc = summarize(monthColdMs);
    const mb = summarize(monthBare);
    const q = summarize(quarterMs);
    const qc = summarize(quarterColdMs);
    const qb = summarize(quarterBare);
    const ratio = {
      month: round(m.p50 / mb.p50, 2),
      monthCold: round(mc.p50 / mb.p50, 2),
      quarter: round(q.p50 / qb.p50, 2),
      quarterCold: round(qc.p50 / qb.p50, 2),
    };
    console.log(
      `month (Nov: ${figures.totals.visits} visits, ${figures.users?.length} users) figures (ms): ${JSON.stringify(m)}   ratio p50 ${ratio.month}×`,
    );
    console.log(
      `month figures, every day counted (ms): ${JSON.stringify(mc)}   ratio p50 ${ratio.monthCold}×`,
    );
    console.log(`month bare count(*) (ms): ${JSON.stringify(mb)}`);
    console.log(`quarter (Q4) figures (ms): ${JSON.stringify(q)}   ratio p50 ${ratio.quarter}×`);
    console.log(
      `quarter figures, every day counted (ms): ${JSON.stringify(qc)}   ratio p50 ${ratio.quarterCold}×`,
    );
    console.log(`quarter bare count(*) (ms): ${JSON.stringify(qb)}`);
    console.log(`a day kept by the timer (ms): ${JSON.stringify(summarize(keepMs))}`);
    console.log(`month PDF (ms): ${JSON.stringify(summarize(pdfMs))}, ${pdfBytes} bytes`);
    console.log(`month xlsx (ms): ${JSON.stringify(summarize(xlsxMs))}, ${xlsxBytes} bytes`);
    console.log(`month snapshot: ${snapshot} bytes of the ${MAX_PUSH_BYTES}-byte push`);
    console.log(goalLine('monthly recap figures, p50', m.p50, 50, 'ms'));
    console.log(goalLine('quarterly report figures, p50', q.p50, 150, 'ms'));
    console.log(goalLine('a day kept by the timer, max', summarize(keepMs).max, 16, 'ms'));
    console.log(goalLine('monthly snapshot / push limit', round(snapshot / MAX_PUSH_BYTES, 3), 0.6, '×'));
    console.log(
      JSON.stringify({
        bench: 'recapReports',
        counts,
        monthMs: m,
        monthColdMs: mc,
        monthBareMs: mb,
        quarterMs: q,
        quarterColdMs: qc,
        keepDayMs: summarize(keepMs),
        quarterBareMs: qb,
        ratio,
        pdfMs: summarize(pdfMs),
        pdfBytes,
        xlsxMs: summarize(xlsxMs),
        xlsxBytes,
        snapshotBytes: snapshot,
      }),
    );
    await core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
