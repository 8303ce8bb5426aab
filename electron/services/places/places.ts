import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { Place, PlaceList } from '../../../shared/contract';
import { reject } from '../../../shared/result';
import { runCommand, type Actor, type CommandDeps } from '../core/command';

export type PlaceKind = 'desks' | 'lockers';

// Table and column names come from these closed maps only, never from input.
const LIST: Record<PlaceKind, string> = {
  desks: 'SELECT number, label, zone, is_demo FROM desks WHERE active = 1 ORDER BY number',
  lockers: 'SELECT number, label, zone, is_demo FROM lockers WHERE active = 1 ORDER BY number',
};
const IN_USE: Record<PlaceKind, string> = {
  desks: "SELECT desk_number FROM visits WHERE status <> 'closed'",
  lockers: "SELECT locker_number FROM visits WHERE status <> 'closed' AND locker_number IS NOT NULL",
};
const DEACTIVATE_ALL: Record<PlaceKind, string> = {
  desks: 'UPDATE desks SET active = 0',
  lockers: 'UPDATE lockers SET active = 0',
};
const UPSERT: Record<PlaceKind, string> = {
  desks: `INSERT INTO desks (number, label, zone, is_demo, active) VALUES (?, ?, ?, ?, 1)
    ON CONFLICT (number) DO UPDATE SET label = excluded.label, zone = excluded.zone, is_demo = excluded.is_demo, active = 1`,
  lockers: `INSERT INTO lockers (number, label, zone, is_demo, active) VALUES (?, ?, ?, ?, 1)
    ON CONFLICT (number) DO UPDATE SET label = excluded.label, zone = excluded.zone, is_demo = excluded.is_demo, active = 1`,
};

export function listPlaces(db: Db, kind: PlaceKind): PlaceList {
  const rows = prepared(db, LIST[kind]).all() as {
    number: number;
    label: string;
    zone: string | null;
    is_demo: number;
  }[];
  return {
    items: rows.map(({ number, label, zone }) => ({ number, label, zone })),
    isDemo: rows.some((r) => r.is_demo === 1),
  };
}

/**
 * Makes `items` the places in service, inside the caller's transaction: numbers that disappear are
 * deactivated, not deleted, so past visits keep their desk.
 */
export function writePlaces(db: Db, kind: PlaceKind, items: readonly Place[], sample = false): void {
  prepared(db, DEACTIVATE_ALL[kind]).run();
  const upsert = prepared(db, UPSERT[kind]);
  for (const item of items) upsert.run(item.number, item.label, item.zone, sample ? 1 : 0);
}

const ACTIVE_DESK_COUNT = 'SELECT count(*) FROM desks WHERE active = 1';
const IS_ACTIVE_DESK = 'SELECT 1 FROM desks WHERE number = ? AND active = 1';

export const activeDeskCount = (db: Db) => prepared(db, ACTIVE_DESK_COUNT).pluck().get() as number;
export const isActiveDesk = (db: Db, desk: number) => prepared(db, IS_ACTIVE_DESK).get(desk) !== undefined;

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
  const numbers = new Set(items.map((i) => i.number));
  if (numbers.size !== items.length) throw reject('validation', 'errors.places.duplicateNumber');
  return runCommand(deps, actor, `${kind}.replace`, () => {
    const { db } = deps;
    const inUse = prepared(db, IN_USE[kind]).pluck().all() as number[];
    const removedInUse = inUse.find((n) => !numbers.has(n));
    if (removedInUse !== undefined)
      throw reject('conflict', 'errors.places.inUse', { params: { number: removedInUse } });

    writePlaces(db, kind, items);
    const payload = { items: items.map(({ number, label, zone }) => ({ number, label, zone })) };
    return {
      value: listPlaces(db, kind),
      audit: { entity: kind, entityId: 'all', details: { count: items.length } },
      ops: [kind === 'desks' ? { type: 'desks.replaced', payload } : { type: 'lockers.replaced', payload }],
      topics: ['places', 'visits'],
    };
  });
}
