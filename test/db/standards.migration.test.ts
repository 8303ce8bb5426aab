// Schema 10: the officers' corrections of the service standards, on a kiosk that already holds the
// data of schema 9.
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';

const all = loadMigrations();
const version = all.findIndex((m) => m.name.includes('standards')) + 1;

describe('0010 standards', () => {
  it('adds the corrections table to a kiosk with data, keeping what it held', () => {
    const db = openDatabase(':memory:');
    migrate(db, all.slice(0, version - 1));
    db.prepare("INSERT INTO desks (number, label) VALUES (1, 'Meja 1')").run();
    migrate(db, all.slice(0, version));
    expect(db.prepare('SELECT label FROM desks').pluck().all()).toEqual(['Meja 1']);
    const insert = db.prepare(
      `INSERT INTO service_standard_corrections (service_id, field, lang, text, catalogue_version, corrected_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    insert.run('guest', 'evaluation', 'id', 'Survei Kepuasan Masyarakat', 1, 0);
    // A reset keeps its row, with no text.
    insert.run('guest', 'evaluation', 'en', null, 1, 0);
    expect(db.prepare('SELECT count(*) FROM service_standard_corrections').pluck().get()).toBe(2);
    // One correction per service, field and language; only the two languages; a version from 1.
    expect(() => insert.run('guest', 'evaluation', 'id', 'lagi', 1, 1)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('guest', 'evaluation', 'fr', 'x', 1, 0)).toThrow(/CHECK/);
    expect(() => insert.run('guest', 'product', 'id', 'x', 0, 0)).toThrow(/CHECK/);
    // STRICT: a number is not a text.
    expect(() => insert.run('guest', 'product', 'id', 'x', 'satu', 0)).toThrow(/cannot store/);
  });
});
