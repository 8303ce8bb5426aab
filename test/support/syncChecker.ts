// The Jepsen-style checker of the sync fault harnesses (issue 10, sync.md §5.2), shared by the
// in-process variant (syncSimulation.ts) and the multi-process one (faults/faultRun.ts). It reads
// each kiosk's SQLite database and the server's PostgreSQL directly: what a kiosk was told is in its
// outbox (an answered operation has `pushed_at`), what the server holds is in its tables. The sync
// code is never asked whether it worked.
import type { Kysely } from 'kysely';
import type { Db } from '../../db/openDatabase';
import type { ServerDb } from '../../server/db/schema';
import { domainWorkloads } from './workloads';

/** One kiosk as the checker sees it: its database and the id the server knows it by. */
export interface KioskView {
  readonly db: Db;
  readonly deviceId: string;
}

export interface Expected {
  /** Reservations made on the server without a kiosk (the portal): present, but in no outbox. */
  readonly portalReservations?: ReadonlySet<string>;
}

/** Lost, duplicated, unexpected, out of order, stuck, diverged: every way sync can break its promise. */
export async function checkSite(
  db: Kysely<ServerDb>,
  siteId: string,
  kiosks: readonly KioskView[],
  expected: Expected = {},
): Promise<string[]> {
  const v: string[] = [];
  const processed = await db
    .selectFrom('processed_ops')
    .select(['op_id', 'device_id', 'seq'])
    .where('site_id', '=', siteId)
    .execute();
  const processedIds = new Set(processed.map((p) => p.op_id));
  const created = {
    reservation: new Set<string>(expected.portalReservations ?? []),
    visit: new Set<string>(),
  };
  for (const [i, k] of kiosks.entries()) {
    const kdb = k.db;
    const rows = kdb.prepare('SELECT seq, op_id, op_type, entity_id, pushed_at FROM outbox').all() as {
      seq: number;
      op_id: string;
      op_type: string;
      entity_id: string;
      pushed_at: number | null;
    }[];
    const stuck = rows.filter((r) => r.pushed_at === null).length;
    if (stuck > 0) v.push(`kiosk ${i}: ${stuck} operations still waiting after healing (stuck queue)`);
    for (const r of rows) {
      if (r.pushed_at !== null && !processedIds.has(r.op_id))
        v.push(`kiosk ${i}: op ${r.seq} ${r.op_type} acknowledged but absent on the server (lost)`);
      if (r.op_type === 'reservation.created') created.reservation.add(r.entity_id);
      if (r.op_type === 'visit.started') created.visit.add(r.entity_id);
    }
    const mine = processed.filter((p) => p.device_id === k.deviceId).sort((a, b) => a.seq - b.seq);
    if (mine.some((p, j) => p.seq !== j + 1))
      v.push(`kiosk ${i}: the server's sequence of its operations has a gap`);
    // Applied in the kiosk's order: the server's n-th operation of this kiosk is its outbox's n-th.
    const local = new Map(rows.map((r) => [r.seq, r.op_id]));
    const misplaced = mine.filter((p) => local.get(p.seq) !== p.op_id);
    if (misplaced.length > 0)
      v.push(`kiosk ${i}: ${misplaced.length} operations sit under another number on the server`);
    const trail = (kdb.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const upstream = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('device_id', '=', k.deviceId)
      .executeTakeFirstOrThrow();
    if (Number(upstream.n) !== trail) v.push(`kiosk ${i}: ${trail} audit rows, ${upstream.n} on the server`);
    const deferred = (kdb.prepare('SELECT count(*) AS n FROM sync_deferred').get() as { n: number }).n;
    if (deferred > 0) v.push(`kiosk ${i}: ${deferred} server changes never applied`);
  }

  const reservations = await db
    .selectFrom('reservations')
    .select(['id', 'day', 'status'])
    .where('site_id', '=', siteId)
    .orderBy('id')
    .execute();
  for (const r of reservations)
    if (!created.reservation.has(r.id))
      v.push(`reservation ${r.id} on the server that no kiosk made (unexpected)`);
  if (reservations.length !== created.reservation.size)
    v.push(
      `${created.reservation.size} reservations made, ${reservations.length} on the server (lost or duplicated)`,
    );
  const visits = await db
    .selectFrom('visits')
    .select((eb) => ['id', 'status', eb.fn.coalesce('desk', 'desk_claimed').as('desk'), 'reservation_id'])
    .where('site_id', '=', siteId)
    .where('merged_into', 'is', null)
    .orderBy('id')
    .execute();
  for (const x of visits)
    if (!created.visit.has(x.id)) v.push(`visit ${x.id} on the server that no kiosk made (unexpected)`);
  const open = visits.filter((x) => x.status !== 'closed');
  const desks = open.map((x) => x.desk);
  if (new Set(desks).size !== desks.length)
    v.push(`a desk with two holders on the server: ${desks.join(',')}`);
  const lockers = (
    await db
      .selectFrom('visits')
      .select('locker')
      .where('site_id', '=', siteId)
      .where('merged_into', 'is', null)
      .where('status', '<>', 'closed')
      .where('locker', 'is not', null)
      .execute()
  ).map((x) => x.locker);
  if (new Set(lockers).size !== lockers.length)
    v.push(`a locker with two holders on the server: ${lockers.join(',')}`);

  for (const [i, k] of kiosks.entries()) {
    const kr = k.db.prepare('SELECT id, day, status FROM reservations ORDER BY id').all();
    if (JSON.stringify(kr) !== JSON.stringify(reservations))
      v.push(`kiosk ${i}: reservations differ from the server's`);
    const kv = k.db
      .prepare('SELECT id, status, desk_number AS desk, reservation_id FROM visits ORDER BY id')
      .all();
    if (JSON.stringify(kv) !== JSON.stringify(visits))
      v.push(
        `kiosk ${i}: visits differ from the server's\n  kiosk  ${JSON.stringify(kv)}\n  server ${JSON.stringify(visits)}`,
      );
  }
  for (const workload of Object.values(domainWorkloads))
    v.push(...(await workload.check(db, siteId, kiosks)));
  return v;
}

/**
 * Check-ins the server kept without a desk (another kiosk's visitor held it) and still open: the
 * sync panel asks their kiosk's officer to move them or send them home. Each with the kiosk that made it.
 */
export async function unseatedVisits(
  db: Kysely<ServerDb>,
  siteId: string,
): Promise<{ readonly id: string; readonly deviceId: string }[]> {
  const rows = await db
    .selectFrom('visits')
    .innerJoin('processed_ops', (j) =>
      j.onRef('processed_ops.entity_id', '=', 'visits.id').on('processed_ops.op_type', '=', 'visit.started'),
    )
    .select(['visits.id', 'processed_ops.device_id'])
    .where('visits.site_id', '=', siteId)
    .where('visits.desk', 'is', null)
    .where('visits.status', '<>', 'closed')
    .where('visits.merged_into', 'is', null)
    .execute();
  return rows.map((r) => ({ id: r.id, deviceId: r.device_id }));
}

/** Desks the server sees held by an open visit. */
export async function desksHeldOnServer(db: Kysely<ServerDb>, siteId: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('visits')
    .select('desk')
    .where('site_id', '=', siteId)
    .where('status', '<>', 'closed')
    .where('merged_into', 'is', null)
    .execute();
  return new Set(rows.flatMap((r) => (r.desk === null ? [] : [r.desk])));
}

/** What the officer does with an unseated visitor: a desk free on the server and at the kiosk, or home. */
export const settleUnseated = (
  visitId: string,
  desks: readonly number[],
  heldOnServer: ReadonlySet<number>,
  heldAtKiosk: ReadonlySet<number>,
): { readonly method: string; readonly input: unknown } => {
  const free = desks.find((d) => !heldOnServer.has(d) && !heldAtKiosk.has(d));
  return free
    ? { method: 'visits.changeDesk', input: { visitId, deskNumber: free } }
    : {
        method: 'visits.closeWithoutCheckout',
        input: { visitId, reason: 'Tidak ada meja (simulasi)' },
      };
};

/** Desks an open visit holds in a kiosk's own database. */
export const desksHeldAtKiosk = (db: Db): Set<number> =>
  new Set(
    db
      .prepare("SELECT desk_number FROM visits WHERE status <> 'closed' AND desk_number IS NOT NULL")
      .pluck()
      .all() as number[],
  );
