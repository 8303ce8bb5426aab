import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import { loadMigrations, migrate } from '../../db/migrate';

const all = loadMigrations();
const upTo = (version: number) => all.slice(0, version);

/** Each migration, applied to a database that already holds data from the version before it. */
describe('migration by migration', () => {
  it('0002 adds the durable print queue, keeping every earlier row', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(1));
    db.prepare("INSERT INTO desks (number, label) VALUES (1, 'Meja 1')").run();
    migrate(db, upTo(2));
    expect(db.prepare('SELECT label FROM desks').pluck().all()).toEqual(['Meja 1']);
    db.prepare(
      `INSERT INTO print_jobs (id, printer_id, kind, doc, state, next_attempt_at, created_at, updated_at)
       VALUES ('j', 'p', 'testPage', '{}', 'queued', 0, 0, 0)`,
    ).run();
    expect(() => db.prepare("UPDATE print_jobs SET state = 'lost' WHERE id = 'j'").run()).toThrow(/CHECK/);
  });

  it('0003 gives every existing visit an empty problem list', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(2));
    db.exec(`
      INSERT INTO desks (number, label) VALUES (1, 'Meja 1');
      INSERT INTO visitors VALUES ('v', 'A B', 'a@b.id', '+6281234567890', 0, 'x', 0, NULL);
      INSERT INTO reservations (id, visitor_id, day, status, token, source, created_at, updated_at)
        VALUES ('r', 'v', '2026-11-23', 'completed', 't', 'kiosk', 0, 0);
      INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status, closed_at, close_kind)
        VALUES ('a', 'r', 1, 0, 1, 'closed', 1, 'confirmed');
    `);
    migrate(db, upTo(3));
    expect(db.prepare('SELECT problems FROM visits').pluck().get()).toBe('[]');
  });

  it('0004 moves the device id into device_state, keeps the old outbox apart, and starts the sequence at 1', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(3));
    db.exec(`
      INSERT INTO settings (key, value, updated_at) VALUES ('device.id', '"kiosk-1"', 0);
      INSERT INTO outbox (seq, op_id, device_id, op_type, payload, created_at)
        VALUES (1, 'op-1', 'kiosk-1', 'reservation.created', '{}', 0);
    `);
    migrate(db, upTo(4));
    expect(db.prepare('SELECT device_id, next_seq FROM device_state').all()).toEqual([
      { device_id: 'kiosk-1', next_seq: 1 },
    ]);
    expect(db.prepare("SELECT count(*) FROM settings WHERE key = 'device.id'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT op_id FROM outbox_legacy').pluck().all()).toEqual(['op-1']);
    expect(db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
    // The new outbox refuses an operation without its schema version or with a payload that is not JSON.
    const insert = (version: unknown, payload: string) =>
      db
        .prepare(
          `INSERT INTO outbox (seq, op_id, device_id, op_type, schema_version, entity_type, entity_id, actor, payload, created_at)
           VALUES (1, 'op-2', 'kiosk-1', 'visit.started', ?, 'visit', 'v', 'kiosk', ?, 0)`,
        )
        .run(version, payload);
    expect(() => insert(null, '{}')).toThrow(/NOT NULL/);
    expect(() => insert(1, 'not json')).toThrow(/CHECK/);
    insert(1, '{}');
  });

  it('0004 on a kiosk that never ran has no device row until the first run makes one', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(4));
    expect(db.prepare('SELECT count(*) FROM device_state').pluck().get()).toBe(0);
  });

  it('0005 adds officers, roles and lockouts, and names the device and visitor on audit rows, keeping old ones', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(4));
    db.exec(`
      INSERT INTO desks (number, label) VALUES (1, 'Meja 1');
      INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (1, 'officer:desk', 'x', 'y', 'z', '{}');
    `);
    migrate(db, upTo(5));
    expect(db.prepare('SELECT device_id, visitor_id FROM audit_log').all()).toEqual([
      { device_id: null, visitor_id: null },
    ]);
    expect(db.prepare('SELECT zone FROM desks').pluck().all()).toEqual([null]);
    // An officer's roles and a role's permissions are JSON; anything else is refused by the database.
    db.exec(
      "INSERT INTO roles (id, name, kind, permissions, updated_at) VALUES ('petugas', 'Petugas', 'role', '[]', 0)",
    );
    const officer = (roles: string) =>
      db
        .prepare(
          `INSERT INTO officers (id, full_name, roles, pin_salt, pin_hash, created_at, updated_at)
           VALUES (?, 'Rina', ?, 's', 'h', 0, 0)`,
        )
        .run(`o-${roles.length}`, roles);
    expect(() => officer('petugas')).toThrow(/CHECK/);
    officer('["petugas"]');
    expect(() =>
      db
        .prepare(
          "INSERT INTO roles (id, name, kind, permissions, updated_at) VALUES ('x', 'X', 'boss', '[]', 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
  it("0006 finds an erased visitor's unsent reservations by index, and only those", () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(5));
    const insert = db.prepare(
      `INSERT INTO outbox (seq, op_id, device_id, op_type, schema_version, entity_type, entity_id, actor, payload, created_at, pushed_at)
       VALUES (?, ?, 'kiosk-1', ?, 1, 'reservation', 'r', 'kiosk', ?, 0, ?)`,
    );
    insert.run(1, 'op-1', 'reservation.created', '{"visitorId":"v1","fullName":"A B"}', null);
    insert.run(2, 'op-2', 'reservation.created', '{"visitorId":"v1","fullName":"A B"}', 5);
    insert.run(3, 'op-3', 'visit.started', '{"visitorId":"v1"}', null);
    migrate(db, upTo(6));
    const find = `SELECT op_id FROM outbox WHERE pushed_at IS NULL AND op_type = 'reservation.created'
      AND json_extract(payload, '$.visitorId') = ?`;
    expect(db.prepare(find).pluck().all('v1')).toEqual(['op-1']);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${find}`).all('v1') as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/USING INDEX outbox_unsent_by_visitor/);
  });
  it("0007 drops the indexes nothing reads, and keeps only officers' rows in the actor index", () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(7));
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('audit_log', 'visits')")
      .pluck()
      .all();
    expect(indexes).not.toContain('audit_log_entity');
    expect(indexes).not.toContain('visits_status');
    expect(indexes).not.toContain('audit_log_actor');
    const insert = db.prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (0, ?, 'x', 'visit', 'v', '{}')`,
    );
    for (const actor of ['kiosk', 'system', 'officer:o-1', 'officer:o-2', 'officer:o-1']) insert.run(actor);
    const inIndex = db
      .prepare("SELECT count(*) FROM audit_log INDEXED BY audit_log_officer WHERE actor GLOB 'officer:*'")
      .pluck()
      .get();
    expect(inIndex).toBe(3);
    const find = "SELECT id FROM audit_log WHERE actor = ? AND actor GLOB 'officer:*' ORDER BY id DESC";
    expect(db.prepare(find).pluck().all('officer:o-1')).toEqual([5, 3]);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${find}`).all('officer:o-1') as { detail: string }[];
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/USING (COVERING )?INDEX audit_log_officer/);
  });

  it("0013 gives the built-in roles the visitor services' permissions, and leaves the site's own roles alone", () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(12));
    const insert = db.prepare(
      'INSERT INTO roles (id, name, kind, permissions, built_in, updated_at) VALUES (?, ?, ?, ?, ?, 0)',
    );
    insert.run('petugas', 'Petugas', 'role', '["visits.read","visits.write"]', 1);
    insert.run('kasi', 'Kasi', 'role', '["reports.read"]', 1);
    insert.run('kabid', 'Kabid', 'role', '["reports.read"]', 1);
    insert.run('piket', 'Piket sore', 'role', '["visits.read"]', 0);
    migrate(db, upTo(13));
    const permissionsOf = (id: string) =>
      (
        JSON.parse(
          db.prepare('SELECT permissions FROM roles WHERE id = ?').pluck().get(id) as string,
        ) as string[]
      ).sort();
    expect(permissionsOf('petugas')).toEqual([
      'complaints.handle',
      'guests.serve',
      'visits.read',
      'visits.write',
    ]);
    expect(permissionsOf('kasi')).toEqual(['complaints.handle', 'reports.read']);
    expect(permissionsOf('kabid')).toEqual(['reports.read']);
    expect(permissionsOf('piket')).toEqual(['visits.read']);
  });

  it("0014 adds the portal's public address to a joined kiosk's sync state, empty until it joins again", () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(13));
    db.prepare(
      `INSERT INTO sync_state (id, server_url, site_id, site_name, secret, epoch, cursor, enrolled_at)
       VALUES (1, 'http://10.0.0.5:8787', 'pontianak', 'Pontianak', 's', 1, NULL, 0)`,
    ).run();
    migrate(db, upTo(14));
    expect(db.prepare('SELECT server_url, public_url FROM sync_state').get()).toEqual({
      server_url: 'http://10.0.0.5:8787',
      public_url: null,
    });
  });
});
