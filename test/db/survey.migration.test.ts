// Schema 11, the satisfaction survey: applied to a kiosk database that holds version 10's data, it
// keeps that data, its tables refuse rows that break the survey's rules, and the survey's hot queries
// (the index of a period, the population, a token's slot, the kiosk's cool-down) use their indexes.
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';
import { LAST_TOKENLESS, SLOT_OF_TOKEN } from '../../electron/services/survey/surveyCommands';
import { ANSWERED, SLOTS_ISSUED } from '../../electron/services/survey/surveyQueries';

const all = loadMigrations();
const SURVEY = all.find((m) => m.name.endsWith('_survey.sql'))!.version;
const upTo = (n: number) => all.filter((m) => m.version <= n);

function migratedWithData() {
  const db = openDatabase(':memory:');
  migrate(db, upTo(SURVEY - 1));
  db.exec(`
    INSERT INTO desks (number, label) VALUES (1, 'Meja 1');
    INSERT INTO visitors VALUES ('v', 'A B', 'a@b.id', '+6281234567890', 0, 'x', 0, NULL);
  `);
  migrate(db, upTo(SURVEY));
  return db;
}

type Db = ReturnType<typeof openDatabase>;
const answered = (over: Record<string, unknown> = {}) => ({
  id: 'r1',
  service_id: 'coworking',
  status: 'answered',
  token_hash: null,
  answered_at: 1,
  answered_day: '2026-11-23',
  channel: 'kiosk',
  device_id: 'k1',
  u1: 4,
  u2: 4,
  u3: 3,
  u4: 4,
  u5: 3,
  u6: 4,
  u7: 4,
  u8: 3,
  u9: 2,
  ...over,
});
const insert = (db: Db, row: Record<string, unknown>) => {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO survey_responses (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
};

describe(`migration ${SURVEY}: the satisfaction survey`, () => {
  it('keeps the data of the version before and adds empty survey tables', () => {
    const db = migratedWithData();
    expect(db.prepare('SELECT label FROM desks').pluck().all()).toEqual(['Meja 1']);
    expect(db.prepare('SELECT full_name FROM visitors').pluck().all()).toEqual(['A B']);
    expect(db.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM survey_tokens').pluck().get()).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(SURVEY);
  });

  it('refuses a score outside 1..4, an answered row missing a score, an unknown status or channel, a second slot for a token', () => {
    const db = migratedWithData();
    insert(db, answered());
    expect(() => insert(db, answered({ id: 'r2', u5: 5 }))).toThrow(/CHECK/);
    expect(() => insert(db, answered({ id: 'r2', u5: 0 }))).toThrow(/CHECK/);
    expect(() => insert(db, answered({ id: 'r2', u9: null }))).toThrow(/CHECK/);
    expect(() => insert(db, answered({ id: 'r2', status: 'draft' }))).toThrow(/CHECK/);
    expect(() => insert(db, answered({ id: 'r2', channel: 'sms' }))).toThrow(/CHECK/);
    expect(() => insert(db, answered({ id: 'r2', profile: 'not json' }))).toThrow(/CHECK/);
    // An issued slot has no answers yet.
    insert(db, {
      id: 'ev-1',
      service_id: 'guest',
      status: 'issued',
      token_hash: 'h',
      issued_at: 1,
      issued_day: '2026-11-23',
    });
    db.prepare(
      "INSERT INTO survey_tokens (token, token_hash, response_id, service_id, issued_at) VALUES ('SV1A', 'h', 'ev-1', 'guest', 1)",
    ).run();
    expect(() =>
      db
        .prepare(
          "INSERT INTO survey_tokens (token, token_hash, response_id, service_id, issued_at) VALUES ('SV1B', 'h2', 'ev-1', 'guest', 1)",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(2);
  });

  it.each([
    [
      'the answers of a period and service',
      ANSWERED,
      { from: '2026-10-01', to: '2026-12-31', service: 'guest' },
      'survey_responses_answered',
    ],
    [
      'the answers of a period, every service',
      ANSWERED,
      { from: '2026-10-01', to: '2026-12-31', service: null },
      'survey_responses_answered',
    ],
    [
      'the slots issued in a period',
      SLOTS_ISSUED,
      { from: '2026-10-01', to: '2026-12-31', service: 'guest' },
      'survey_responses_issued',
    ],
    ['the kiosk’s last answer without a token', LAST_TOKENLESS, ['k1'], 'survey_responses_cooldown'],
  ])('finds %s through its index', (_what, sql, params, index) => {
    const db = migratedWithData();
    for (let i = 0; i < 300; i++) {
      const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-15`;
      if (i % 3 === 0)
        insert(db, {
          id: `s${i}`,
          service_id: 'guest',
          status: 'issued',
          token_hash: `h${i}`,
          issued_at: i,
          issued_day: day,
        });
      else
        insert(
          db,
          answered({
            id: `r${i}`,
            service_id: i % 2 ? 'guest' : 'coworking',
            answered_at: i,
            answered_day: day,
            device_id: `k${i % 3}`,
          }),
        );
    }
    db.exec('ANALYZE');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
    expect(plan).not.toMatch(/SCAN survey_responses(?! USING)/);
  });

  it('finds a token’s slot through the token indexes', () => {
    const db = migratedWithData();
    db.exec('ANALYZE');
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${SLOT_OF_TOKEN}`).all({ hash: 'h' }) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(plan).not.toMatch(/SCAN survey_(responses|tokens)(?! USING)/);
  });
});
