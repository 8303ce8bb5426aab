import type { Db } from '../../db/openDatabase';
import { reject } from '../../shared/result';
import { runCommand, type Actor, type CommandDeps } from './command';

export type PlaceKind = 'desks' | 'lockers';
export interface Place {
  readonly number: number;
  readonly label: string;
}
export interface PlaceList {
  readonly items: Place[];
  readonly isDemo: boolean;
}

// Table names come from this closed map only, never from input.
const TABLE: Record<PlaceKind, 'desks' | 'lockers'> = { desks: 'desks', lockers: 'lockers' };
const HOLDER_COLUMN: Record<PlaceKind, string> = { desks: 'desk_number', lockers: 'locker_number' };

export function listPlaces(db: Db, kind: PlaceKind): PlaceList {
  const rows = db
    .prepare(`SELECT number, label, is_demo FROM ${TABLE[kind]} WHERE active = 1 ORDER BY number`)
    .all() as { number: number; label: string; is_demo: number }[];
  return {
    items: rows.map(({ number, label }) => ({ number, label })),
    isDemo: rows.some((r) => r.is_demo === 1),
  };
}

/**
 * The officer replaces the demo desks/lockers with the real ones. Numbers that disappear are
 * deactivated, not deleted, so past visits keep their desk; a desk in use cannot be removed.
 */
export function replacePlaces(
  deps: CommandDeps,
  actor: Actor,
  kind: PlaceKind,
  items: readonly Place[],
): PlaceList {
  const numbers = items.map((i) => i.number);
  if (new Set(numbers).size !== numbers.length) throw reject('validation', 'errors.places.duplicateNumber');
  const table = TABLE[kind];
  return runCommand(deps, actor, `${kind}.replace`, (now) => {
    const { db } = deps;
    const inUse = db
      .prepare(
        `SELECT ${HOLDER_COLUMN[kind]} AS n FROM visits WHERE status <> 'closed' AND ${HOLDER_COLUMN[kind]} IS NOT NULL`,
      )
      .all() as { n: number }[];
    const removedInUse = inUse.find((u) => !numbers.includes(u.n));
    if (removedInUse) throw reject('conflict', 'errors.places.inUse', { params: { number: removedInUse.n } });

    db.prepare(`UPDATE ${table} SET active = 0`).run();
    const upsert = db.prepare(
      `INSERT INTO ${table} (number, label, is_demo, active) VALUES (?, ?, 0, 1)
       ON CONFLICT (number) DO UPDATE SET label = excluded.label, is_demo = 0, active = 1`,
    );
    for (const item of items) upsert.run(item.number, item.label);
    return {
      value: listPlaces(db, kind),
      audit: { entity: kind, entityId: 'all', details: { count: items.length, at: now } },
      sync: { type: `${kind}.replaced`, payload: { items: items.map((i) => ({ ...i })) } },
    };
  });
}
