// A kiosk's pull: the site's changes after its cursor, in commit order (siteTx.ts makes position
// order commit order within a site). A cursor older than the compacted part of the log is answered
// 410, and the kiosk re-bootstraps from a snapshot without touching its outbox.
import type { Kysely } from 'kysely';
import type { ServerDb } from '../db/schema';
import { withSiteTx } from '../db/siteTx';
import { MAX_PULL_CHANGES, type Change, type PullResponse, type SyncError } from '../../shared/sync/protocol';
import { reservationChange } from './handlers/reservationRows';
import { surveySnapshotChanges } from './handlers/survey';
import { visitChange } from './handlers/visits';

const CURSOR = /^c1\.(\d{1,15})$/;
export const cursorAt = (pos: number): string => `c1.${pos}`;
/** The position a cursor this server made stands for; null for anything else. */
export const parseCursor = (cursor: string): number | null => {
  const match = CURSOR.exec(cursor);
  return match ? Number(match[1]) : null;
};

export type PullOutcome =
  | { readonly ok: true; readonly value: PullResponse }
  | { readonly ok: false; readonly status: 400 | 410; readonly error: SyncError };

export async function handlePull(
  db: Kysely<ServerDb>,
  siteId: string,
  cursor: string,
  limit: number,
  now: number,
): Promise<PullOutcome> {
  const after = parseCursor(cursor);
  if (after === null)
    return {
      ok: false,
      status: 400,
      error: { error: 'invalid', message: 'the cursor is not one this server made' },
    };
  const site = await db
    .selectFrom('sites')
    .select('change_log_floor')
    .where('id', '=', siteId)
    .executeTakeFirstOrThrow();
  if (after < site.change_log_floor)
    return {
      ok: false,
      status: 410,
      error: {
        error: 'cursor_expired',
        message: 'the changes since this cursor were compacted: take a snapshot',
      },
    };
  const take = Math.min(Math.max(limit, 1), MAX_PULL_CHANGES);
  const rows = await db
    .selectFrom('change_log')
    .select(['pos', 'entity_type', 'entity_id', 'version', 'row', 'origin_op_id'])
    .where('site_id', '=', siteId)
    .where('pos', '>', after)
    .orderBy('pos')
    .limit(take + 1)
    .execute();
  const page = rows.slice(0, take);
  const changes: Change[] = page.map((r) => ({
    entityType: r.entity_type,
    entityId: r.entity_id,
    version: r.version,
    row: r.row,
    originOpId: r.origin_op_id,
  }));
  const last = page.at(-1)?.pos ?? after;
  return {
    ok: true,
    value: { changes, nextCursor: cursorAt(last), hasMore: rows.length > take, serverTime: now },
  };
}

/** Every record of the site as it stands, and the cursor to pull on from. */
export function handleSnapshot(db: Kysely<ServerDb>, siteId: string, now: number): Promise<PullResponse> {
  // Under the site's lock, so no writer sits between the records read and the cursor taken.
  return withSiteTx(db, siteId, async (tx) => {
    const reservations = await tx
      .selectFrom('reservations')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('id')
      .execute();
    const visits = await tx
      .selectFrom('visits')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('id')
      .execute();
    const records = await tx
      .selectFrom('records')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('entity_type')
      .orderBy('entity_id')
      .execute();
    const top = await tx
      .selectFrom('change_log')
      .select((eb) => eb.fn.max('pos').as('pos'))
      .where('site_id', '=', siteId)
      .executeTakeFirst();
    const changes: Change[] = [
      ...records.map((r) => ({
        entityType: r.entity_type,
        entityId: r.entity_id,
        version: r.version,
        row: r.data,
        originOpId: null,
      })),
      ...reservations.map((r) => ({ ...reservationChange(r), originOpId: null })),
      ...visits.map((v) => ({ ...visitChange(v), originOpId: null })),
      ...(await surveySnapshotChanges(tx, siteId)).map((c) => ({ ...c, originOpId: null })),
    ];
    return { changes, nextCursor: cursorAt(Number(top?.pos ?? 0)), hasMore: false, serverTime: now };
  });
}

/** Drops a site's change-log rows older than `before` (server time); their cursors must snapshot. */
export function compactChangeLog(db: Kysely<ServerDb>, siteId: string, before: number): Promise<number> {
  return withSiteTx(db, siteId, async (tx) => {
    const top = await tx
      .selectFrom('change_log')
      .select((eb) => eb.fn.max('pos').as('pos'))
      .where('site_id', '=', siteId)
      .where('at', '<', before)
      .executeTakeFirst();
    const floor = Number(top?.pos ?? 0);
    if (floor === 0) return 0;
    const removed = await tx
      .deleteFrom('change_log')
      .where('site_id', '=', siteId)
      .where('pos', '<=', floor)
      .executeTakeFirst();
    await tx.updateTable('sites').set({ change_log_floor: floor }).where('id', '=', siteId).execute();
    return Number(removed.numDeletedRows);
  });
}
