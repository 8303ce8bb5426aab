// Migration 15 (inventory) on a kiosk database that already holds the previous version's data, and
// the rules its tables keep whatever a bug in the code above them would write.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import { loadMigrations, migrate } from '../../db/migrate';

const all = loadMigrations();
const version = all.findIndex((m) => m.name.includes('inventory')) + 1;
const upTo = (n: number) => all.slice(0, n);

const ITEM = `INSERT INTO inventory_items (id, asset_code, name, category, kind, location_kind, desk_number,
  condition, created_at, created_by, updated_at) VALUES (?, ?, 'Kursi', 'Mebel', 'asset', ?, ?, 'baik', 1, 'o', 1)`;

describe('migration 15: inventory', () => {
  it('is the fifteenth migration and adds its tables to a database holding earlier data, keeping it', () => {
    expect(version).toBe(15);
    const db = openDatabase(':memory:');
    migrate(db, upTo(version - 1));
    db.exec(`INSERT INTO desks (number, label) VALUES (1, 'Meja 1');`);
    migrate(db, upTo(version));
    expect(db.prepare('SELECT label FROM desks').pluck().all()).toEqual(['Meja 1']);
    db.prepare(ITEM).run('i1', 'INV-1', 'desk', 1);
    expect(db.prepare('SELECT status, room, unit FROM inventory_items').get()).toEqual({
      status: 'active',
      room: '',
      unit: '',
    });
  });

  it('refuses rows that break the rules: a desk place without a desk, a zero delta, damage without severity', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(version));
    expect(() => db.prepare(ITEM).run('i1', 'A', 'desk', null)).toThrow(/CHECK/);
    expect(() => db.prepare(ITEM).run('i1', 'A', 'store', 3)).toThrow(/CHECK/);
    db.prepare(ITEM).run('i1', 'A', 'store', null);
    expect(() =>
      db
        .prepare(
          `INSERT INTO inventory_stock_moves (id, item_id, delta, reason, at, by) VALUES ('m', 'i1', 0, 'use', 1, 'o')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO inventory_problems (id, item_id, kind, status, reported_at, reported_by, updated_at)
           VALUES ('p', 'i1', 'damaged', 'reported', 1, 'o', 1)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO inventory_problems (id, item_id, kind, status, reported_at, reported_by, updated_at)
           VALUES ('p', 'i1', 'missing', 'fixed', 1, 'o', 1)`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('finds an item by its code and a period’s problems through their indexes', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(version));
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(plan("SELECT id FROM inventory_items WHERE asset_code = 'A'")).toMatch(/inventory_items_code/);
    expect(plan('SELECT id FROM inventory_problems WHERE reported_at >= 1 AND reported_at < 2')).toMatch(
      /inventory_problems_reported/,
    );
    expect(plan('SELECT id FROM inventory_items WHERE desk_number = 3')).toMatch(/inventory_items_desk/);
  });
});
