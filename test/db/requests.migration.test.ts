// Migration 20 (requests) on a kiosk database of the previous version: the requests' tables arrive,
// the built-in roles gain the requests' permissions (the officer reads and manages them, the Kasi and
// the Kabid read them) and a site's own roles are left alone; the tables keep their rules; the hot
// queries (a room's bookings, the agenda's days, an event's attendance) read their indexes.
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';
import {
  ATTENDANCE_COUNT,
  BY_ATTENDANCE_TOKEN,
  IN_DAYS,
  ROOM_BOOKINGS,
} from '../../electron/services/requests/requestQueries';

const all = loadMigrations();
const version = all.findIndex((m) => m.name.includes('_requests')) + 1;
const upTo = (n: number) => all.slice(0, n);

const plan = (db: ReturnType<typeof openDatabase>, sql: string, ...args: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

describe('migration 20: requests', () => {
  it('is the twentieth migration; the built-in roles gain the permissions, a site’s own role does not', () => {
    expect(version).toBe(20);
    const db = openDatabase(':memory:');
    migrate(db, upTo(version - 1));
    const insert = db.prepare(
      'INSERT INTO roles (id, name, kind, permissions, built_in, updated_at) VALUES (?, ?, ?, ?, ?, 0)',
    );
    insert.run('petugas', 'Petugas', 'role', '["visits.read"]', 1);
    insert.run('kasi', 'Kasi', 'role', '["recaps.review"]', 1);
    insert.run('kabid', 'Kabid', 'role', '["recaps.receive"]', 1);
    insert.run('kepala_dinas', 'Kepala Dinas', 'position', '[]', 1);
    insert.run('piket', 'Piket sore', 'role', '["visits.read"]', 0);
    migrate(db, upTo(version));
    const permissionsOf = (id: string) =>
      (
        JSON.parse(
          db.prepare('SELECT permissions FROM roles WHERE id = ?').pluck().get(id) as string,
        ) as string[]
      ).sort();
    expect(permissionsOf('petugas')).toEqual(['requests.manage', 'requests.read', 'visits.read']);
    expect(permissionsOf('kasi')).toEqual(['recaps.review', 'requests.read']);
    expect(permissionsOf('kabid')).toEqual(['recaps.receive', 'requests.read']);
    // A position gives no permission (it places an officer in a chain); a site's own role is its own.
    expect(permissionsOf('kepala_dinas')).toEqual([]);
    expect(permissionsOf('piket')).toEqual(['visits.read']);
  });

  it('refuses rows the rules do not allow, and reads the hot queries from their indexes', () => {
    const db = openDatabase(':memory:');
    migrate(db, upTo(version));
    const insert =
      db.prepare(`INSERT INTO requests (id, reference, type_id, kind, status, room_id, day, starts_at, ends_at,
      block_start, block_end, entered_at, attendance_token, request_key, record, updated_at)
      VALUES (?, 'PMH-1', 'visit', ?, 'received', 'pontive', '2026-11-25', 1, 2, 0, 3, 0, ?, NULL, ?, 0)`);
    insert.run('a', 'room', 'TOKEN0000000000A', '{}');
    expect(() => insert.run('b', 'meeting', 'TOKEN0000000000B', '{}')).toThrow(/CHECK/);
    expect(() => insert.run('c', 'room', 'TOKEN0000000000C', 'not json')).toThrow(/CHECK/);
    // One event QR names one request.
    expect(() => insert.run('d', 'room', 'TOKEN0000000000A', '{}')).toThrow(/UNIQUE/);
    expect(plan(db, ROOM_BOOKINGS, 'pontive', 10, 0)).toMatch(
      /SEARCH requests USING INDEX requests_room_time \(room_id=\? AND block_start<\?\)/,
    );
    expect(plan(db, IN_DAYS, '2026-11-23', '2026-11-29')).toMatch(
      /USING INDEX requests_day \(day>\? AND day<\?\)/,
    );
    expect(plan(db, ATTENDANCE_COUNT, 'a')).toMatch(
      /USING COVERING INDEX request_attendance_request \(request_id=\?\)/,
    );
    expect(plan(db, BY_ATTENDANCE_TOKEN, 'X')).toMatch(
      /USING INDEX sqlite_autoindex_requests_\d \(attendance_token=\?\)/,
    );
  });
});
