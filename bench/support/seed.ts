// The bench fixture: a kiosk database as three years of use leave it (reservations, closed visits,
// visitors, their audit and outbox rows), written with bulk INSERTs in a few big transactions, not
// through app commands. Deterministic (a seeded PRNG), and cached under bench/.cache so the benches
// of one run, and later runs, share it; each bench works on its own copy.
import { seededRandom } from '../../test/support/seededRandom';
import { randomFillSync, scryptSync } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadMigrations, migrate } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';
import { CONSENT_VERSION } from '../../shared/contract';
import { autoLayout } from '../../shared/places/autoLayout';
import { formatTicketToken } from '../../shared/rules/ticketToken';

export interface Scale {
  readonly name: string;
  readonly reservations: number;
  readonly visits: number;
  readonly visitors: number;
  readonly desks: number;
  readonly lockers: number;
  readonly futureBooked: number;
  /** Today's bookings, the ones a bench checks in. */
  readonly today: number;
}

/** Three years at a busy desk: the size issue 9's goals are measured at. */
export const LARGE: Scale = {
  name: '1m',
  reservations: 1_000_000,
  visits: 250_000,
  visitors: 200_000,
  desks: 400,
  lockers: 40,
  futureBooked: 3_000,
  today: 2_500,
};
/** The baseline: a kiosk a few weeks old, so growth with the data is visible. */
export const SMALL: Scale = {
  name: '10k',
  reservations: 10_000,
  visits: 2_500,
  visitors: 2_000,
  desks: 400,
  lockers: 40,
  futureBooked: 300,
  today: 2_500,
};

/** Monday 09:00 WIB: inside SOP 97's service hours (Mon–Fri 07:00–15:45). */
export const START = Date.parse('2026-11-23T09:00:00+07:00');
export const TODAY = '2026-11-23';
const WIB_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
/** Bumped when the fixture's shape changes, so a stale cache is not reused. */
const FIXTURE_VERSION = 8;

/** The site's officer, who signs in at the desk in the benches. */
export const BENCH_OFFICER = { id: '01900000-0000-7000-8000-000000000001', pin: '135790' } as const;

const log = (msg: string): void => void process.stderr.write(`[seed] ${msg}\n`);

// ---- fast fixtures: ids, tokens ----

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** UUIDv7-shaped ids whose time part is `ms`, so ids stay roughly in insertion order like the app's. */
function idMaker(rand: () => number): (ms: number) => string {
  let idCounter = 0;
  return (ms) => {
    const t = hex(ms, 12);
    const c = hex(idCounter++ & 0xfffffff, 7);
    const r = hex(Math.floor(rand() * 0xffffffff), 8) + hex(Math.floor(rand() * 0xffff), 4);
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${c.slice(0, 3)}-${'89ab'[idCounter & 3]}${c.slice(3, 6)}-${c.slice(6)}${r.slice(0, 11)}`;
  };
}

const randomPool = Buffer.alloc(16 * 65_536);
let poolAt = randomPool.length;
function randomToken(): string {
  if (poolAt >= randomPool.length) {
    randomFillSync(randomPool);
    poolAt = 0;
  }
  const bytes = randomPool.subarray(poolAt, poolAt + 16);
  poolAt += 16;
  return formatTicketToken(bytes);
}

/** Local midnight (WIB) of each weekday from three years back up to the Friday before TODAY. */
function pastWeekdays(): { day: string; midnight: number }[] {
  const days: { day: string; midnight: number }[] = [];
  const todayMidnight = Date.parse(`${TODAY}T00:00:00Z`) - WIB_MS;
  for (let m = todayMidnight - 3 * 365 * DAY_MS; m < todayMidnight; m += DAY_MS) {
    const local = new Date(m + WIB_MS);
    const wd = local.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    days.push({ day: local.toISOString().slice(0, 10), midnight: m });
  }
  return days;
}

const FIRST = [
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Rudi',
  'Ani',
  'Hendra',
  'Rina',
  'Yusuf',
  'Lina',
  'Eko',
  'Nur',
];
const LAST = ['Santoso', 'Wijaya', 'Pratama', 'Lestari', 'Saputra', 'Hidayat', 'Kurniawan', 'Halim', 'Tan'];

interface Seeded {
  readonly todayTokens: string[];
  readonly seedMs: number;
  readonly rows: Record<string, number>;
}

/** Bulk INSERTs with prepared statements in a few big transactions: a fixture, not app commands. */
function seed(dbFile: string, scale: Scale): Seeded {
  const rand = seededRandom(20261123); // every run seeds the same shape of data
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const idAt = idMaker(rand);
  const todayCount = scale.today;
  const t0 = performance.now();
  const db = openDatabase(dbFile);
  migrate(db);
  // Seeding only: no journal, no fsync, secondary indexes built once at the end (sorted, not row by
  // row). The core reopens the file with the app's own pragmas (WAL, synchronous=FULL).
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
  const secondary = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('visitors', 'reservations', 'visits', 'audit_log', 'outbox')",
    )
    .all() as { name: string; sql: string }[];
  for (const { name } of secondary) db.exec(`DROP INDEX ${name}`);
  const deviceId = idAt(START - 3 * 365 * DAY_MS);
  const desk = db.prepare('INSERT INTO desks (number, label) VALUES (?, ?)');
  const locker = db.prepare('INSERT INTO lockers (number, label) VALUES (?, ?)');
  const visitor = db.prepare(
    `INSERT INTO visitors (id, full_name, email, phone_e164, consent_at, consent_version, created_at, erased_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const reservation = db.prepare(
    `INSERT INTO reservations (id, visitor_id, day, desk_number, status, token, source, request_key,
       created_at, updated_at, cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const visit = db.prepare(
    `INSERT INTO visits (id, reservation_id, desk_number, locker_number, locker_key_out, started_at, ends_at,
       status, checkout_requested_at, checklist, closed_at, close_kind, officer_note, check_in_method,
       manual_reason, problems) VALUES (?, ?, ?, ?, 0, ?, ?, 'closed', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const audit = db.prepare(
    'INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const outboxInsert = db.prepare(
    `INSERT INTO outbox (seq, op_id, device_id, op_type, schema_version, entity_type, entity_id, actor, payload,
       created_at, pushed_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  let seq = 0;
  /** An operation already pushed (three years of history have been synced). */
  const op = (type: string, entity: string, entityId: string, payload: string, at: number, actor = 'kiosk') =>
    outboxInsert.run(++seq, idAt(at), deviceId, type, entity, entityId, actor, payload, at, at);
  const rows: Record<string, number> = {};
  const count = (table: string) => (rows[table] = (rows[table] ?? 0) + 1);

  // Places, settings, visitors.
  const visitorIds: string[] = [];
  db.transaction(() => {
    db.prepare('INSERT INTO device_state (id, device_id, next_seq) VALUES (1, ?, 1)').run(deviceId);
    // A site in use for three years: set up long ago.
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('setup.completedAt', ?, ?)").run(
      String(START - 3 * 365 * DAY_MS),
      START - 3 * 365 * DAY_MS,
    );
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('site.identity', ?, ?)").run(
      JSON.stringify({
        siteName: 'Startup Hub & Pontive Center',
        officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
        letterhead: ['Jl. Rahadi Usman No. 3, Pontianak'],
        logo: null,
      }),
      START - 3 * 365 * DAY_MS,
    );
    // The officer, with a PIN hashed as the app hashes it (scrypt, its cost named in the hash).
    const salt = '0123456789abcdef0123456789abcdef';
    db.prepare(
      `INSERT INTO officers (id, full_name, roles, pin_salt, pin_hash, created_at, updated_at)
       VALUES (?, 'Petugas Bench', '["admin"]', ?, ?, ?, ?)`,
    ).run(
      BENCH_OFFICER.id,
      salt,
      `scrypt:16384:8:1:${scryptSync(BENCH_OFFICER.pin, salt, 32).toString('hex')}`,
      START - 3 * 365 * DAY_MS,
      START - 3 * 365 * DAY_MS,
    );
    for (let n = 1; n <= scale.desks; n++) desk.run(n, `Meja ${n}`);
    // The room map a check-in's answer shows, as the officer's first draft draws it (issue 9).
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('floorPlan', ?, ?)").run(
      JSON.stringify(autoLayout(Array.from({ length: scale.desks }, (_, i) => i + 1))),
      START - 3 * 365 * DAY_MS,
    );
    for (let n = 1; n <= scale.lockers; n++) locker.run(n, `Loker ${n}`);
    const since = START - 3 * 365 * DAY_MS - 30 * DAY_MS;
    for (let i = 0; i < scale.visitors; i++) {
      const created = since + Math.floor((i / scale.visitors) * 3 * 365 * DAY_MS);
      const id = idAt(created);
      visitorIds.push(id);
      const erased = rand() < 0.005;
      const first = pick(FIRST);
      const last = pick(LAST);
      visitor.run(
        id,
        erased ? '' : `${first} ${last}`,
        erased ? '' : `${first.toLowerCase()}.${last.toLowerCase()}${i}@contoh.id`,
        erased ? '' : `+62812${String(10_000_000 + i).padStart(8, '0')}`,
        created,
        CONSENT_VERSION,
        created,
        erased ? created + 200 * DAY_MS : null,
      );
      count('visitors');
    }
  })();

  const addReservation = (
    day: string,
    midnight: number,
    status: string,
    token: string,
    visitorId = pick(visitorIds),
  ): string => {
    const created = midnight - Math.floor(rand() * 14 * DAY_MS) - 3_600_000;
    const id = idAt(created);
    const s = rand();
    const source = s < 0.6 ? 'portal' : s < 0.85 ? 'kiosk' : 'officer';
    reservation.run(
      id,
      visitorId,
      day,
      rand() < 0.5 ? 1 + Math.floor(rand() * scale.desks) : null,
      status,
      token,
      source,
      source === 'portal' ? idAt(created) : null,
      created,
      status === 'booked' ? created : midnight + 16 * 3_600_000,
      status === 'cancelled' ? pick(['Berhalangan', 'Jadwal berubah', 'Sakit']) : null,
    );
    count('reservations');
    audit.run(created, 'kiosk', 'reservations.create', 'reservation', id, `{"day":"${day}"}`);
    count('audit_log');
    op('reservation.created', 'reservation', id, `{"id":"${id}","day":"${day}"}`, created);
    count('outbox');
    return id;
  };

  // Three years of weekdays: completed reservations with their closed visits, the rest no-shows or cancelled.
  const days = pastWeekdays();
  const past = scale.reservations - todayCount - scale.futureBooked;
  const perChunk = Math.ceil(past / 4);
  let i = 0;
  let visits = 0;
  for (let chunk = 0; chunk < 4; chunk++) {
    db.transaction(() => {
      for (const end = Math.min(past, i + perChunk); i < end; i++) {
        const { day, midnight } = days[Math.floor((i / past) * days.length)]!;
        const hasVisit = Math.floor(((i + 1) * scale.visits) / past) > Math.floor((i * scale.visits) / past);
        const status = hasVisit ? 'completed' : rand() < 0.35 ? 'cancelled' : 'no_show';
        const resId = addReservation(day, midnight, status, randomToken());
        if (!hasVisit) continue;
        const started = midnight + 7 * 3_600_000 + Math.floor(rand() * 6 * 3_600_000);
        const closing = midnight + 15.75 * 3_600_000;
        const ends = Math.min(started + 7 * 3_600_000, closing);
        const closed = Math.min(ends, started + 3_600_000 + Math.floor(rand() * 6 * 3_600_000));
        const k = rand();
        const closeKind =
          k < 0.9 ? 'confirmed' : k < 0.93 ? 'problem' : k < 0.98 ? 'left_without_checkout' : 'auto_limit';
        const manual = rand() < 0.05;
        const visitId = idAt(started);
        visit.run(
          visitId,
          resId,
          1 + (visits % scale.desks),
          rand() < 0.3 ? 1 + Math.floor(rand() * scale.lockers) : null,
          started,
          ends,
          closeKind === 'confirmed' || closeKind === 'problem' ? closed - 600_000 : null,
          closeKind === 'confirmed' || closeKind === 'problem'
            ? '{"deskTidy":true,"chairBack":true,"equipmentReturned":true,"lockerKeyReturned":true}'
            : null,
          closed,
          closeKind,
          closeKind === 'problem' ? 'Kabel charger hilang' : null,
          manual ? 'manual' : 'scan',
          manual ? 'QR tidak terbaca' : null,
          closeKind === 'problem' ? '["missing_item"]' : '[]',
        );
        visits++;
        count('visits');
        audit.run(started, 'kiosk', 'visits.checkIn', 'visit', visitId, `{"reservationId":"${resId}"}`);
        audit.run(closed, 'officer:Petugas', 'visits.confirmCheckout', 'visit', visitId, '{}');
        rows.audit_log! += 2;
        op('visit.started', 'visit', visitId, `{"id":"${visitId}"}`, started);
        op('visit.closed', 'visit', visitId, `{"id":"${visitId}"}`, closed, 'officer:Petugas');
        rows.outbox! += 2;
      }
    })();
    log(
      `seeded ${i.toLocaleString('en')} / ${past.toLocaleString('en')} past reservations ` +
        `(${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
  }

  // Today's bookings (the ones the bench checks in) and the next two weeks.
  const todayTokens: string[] = [];
  const todayMidnight = Date.parse(`${TODAY}T00:00:00Z`) - WIB_MS;
  db.transaction(() => {
    for (let k = 0; k < todayCount; k++) {
      const token = randomToken();
      todayTokens.push(token);
      addReservation(TODAY, todayMidnight, 'booked', token);
    }
    for (let k = 0; k < scale.futureBooked; k++) {
      const m = todayMidnight + (1 + (k % 4)) * DAY_MS + Math.floor(k / 4 / 250) * 7 * DAY_MS;
      addReservation(new Date(m + WIB_MS).toISOString().slice(0, 10), m, 'booked', randomToken());
    }
  })();
  db.prepare('UPDATE device_state SET next_seq = ? WHERE id = 1').run(seq + 1);
  const tIndex = performance.now();
  for (const { sql } of secondary) db.exec(sql);
  log(`secondary indexes rebuilt in ${((performance.now() - tIndex) / 1000).toFixed(1)} s`);
  db.pragma('journal_mode = WAL');
  db.close();
  return { todayTokens, seedMs: performance.now() - t0, rows };
}

const cacheDir = fileURLToPath(new URL('../.cache/', import.meta.url));

/**
 * A copy of the seeded database for one bench, in `dir`, with the tokens of today's bookings. The
 * seeded original is made once per scale and schema, and kept in bench/.cache.
 */
export function seededCopy(scale: Scale, dir: string): { file: string; todayTokens: string[] } {
  mkdirSync(cacheDir, { recursive: true });
  const key = `${scale.name}-schema${loadMigrations().length}-v${FIXTURE_VERSION}`;
  const cached = join(cacheDir, `${key}.sqlite`);
  const tokensFile = join(cacheDir, `${key}.tokens.json`);
  if (!existsSync(cached) || !existsSync(tokensFile)) {
    const building = `${cached}.building`;
    const seeded = seed(building, scale);
    writeFileSync(tokensFile, JSON.stringify(seeded.todayTokens));
    renameSync(building, cached);
    log(`${scale.name}: seeded in ${(seeded.seedMs / 1000).toFixed(1)} s (${JSON.stringify(seeded.rows)})`);
  }
  const file = join(dir, 'loket.sqlite');
  copyFileSync(cached, file);
  return { file, todayTokens: JSON.parse(readFileSync(tokensFile, 'utf8')) as string[] };
}
