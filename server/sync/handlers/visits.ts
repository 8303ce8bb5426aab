// Visits: the earliest check-in of a reservation stands and later ones merge into it; a desk and a
// locker have one holder, decided here in the order operations reach the server (conflictRules.ts).
// A visitor is physically at the desk, so a check-in is never refused for its desk: it is kept
// without one and the officer is told which desks are free.
import {
  earliestCheckIn,
  movesForward,
  reservationOrder,
  visitOrder,
} from '../../../shared/sync/conflictRules';
import type { Selectable } from 'kysely';
import type { VisitsTable } from '../../db/schema';
import { applied, merged, rejected, type Handler, type OpContext } from './context';
import { findReservation, updateReservation } from './reservationRows';
import { siteDeskNumbers } from './reservations';

type VisitRow = Selectable<VisitsTable>;

export const visitChange = (v: VisitRow) => ({
  entityType: 'visit',
  entityId: v.id,
  version: v.version,
  row: {
    id: v.id,
    reservationId: v.reservation_id,
    desk: v.desk,
    deskClaimed: v.desk_claimed,
    locker: v.locker,
    lockerKeyOut: v.locker_key_out,
    status: v.status,
    startedAt: v.started_at,
    endsAt: v.ends_at,
    method: v.method,
    checkoutRequestedAt: v.checkout_requested_at,
    checklist: v.checklist,
    closedAt: v.closed_at,
    closeKind: v.close_kind,
    problems: v.problems,
    note: v.note,
    mergedInto: v.merged_into,
  },
});

const findVisit = (ctx: OpContext, id: string): Promise<VisitRow | undefined> =>
  ctx.tx
    .selectFrom('visits')
    .selectAll()
    .where('site_id', '=', ctx.siteId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

/** The visit that stands for `id`: itself, or the earlier check-in it was merged into. */
async function standingVisit(ctx: OpContext, id: string): Promise<VisitRow | undefined> {
  const visit = await findVisit(ctx, id);
  return visit?.merged_into ? findVisit(ctx, visit.merged_into) : visit;
}

type VisitFields = Partial<Omit<VisitRow, 'id' | 'site_id' | 'version' | 'checklist' | 'problems'>> & {
  checklist?: unknown;
  problems?: unknown[];
};

async function updateVisit(ctx: OpContext, current: VisitRow, fields: VisitFields): Promise<VisitRow> {
  const { checklist, problems, ...plain } = fields;
  const next = await ctx.tx
    .updateTable('visits')
    .set({
      ...plain,
      ...(checklist !== undefined ? { checklist: JSON.stringify(checklist) } : {}),
      ...(problems !== undefined ? { problems: JSON.stringify(problems) } : {}),
      version: current.version + 1,
    })
    .where('id', '=', current.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.publish(visitChange(next));
  return next;
}

/** Who holds a desk or a locker now, other than `except`. */
async function holderOf(
  ctx: OpContext,
  column: 'desk' | 'locker',
  n: number,
  except: string,
): Promise<string | null> {
  const row = await ctx.tx
    .selectFrom('visits')
    .select('id')
    .where('site_id', '=', ctx.siteId)
    .where(column, '=', n)
    .where('status', '<>', 'closed')
    .where('merged_into', 'is', null)
    .where('id', '<>', except)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Desks in service that nobody holds, for the officer who must re-seat a visitor. */
async function freeDesks(ctx: OpContext): Promise<number[]> {
  const desks = (await siteDeskNumbers(ctx)) ?? [];
  const held = await ctx.tx
    .selectFrom('visits')
    .select('desk')
    .where('site_id', '=', ctx.siteId)
    .where('status', '<>', 'closed')
    .where('merged_into', 'is', null)
    .where('desk', 'is not', null)
    .execute();
  const taken = new Set(held.map((h) => h.desk));
  return desks.filter((d) => !taken.has(d)).sort((a, b) => a - b);
}

const statusMax = (a: string, b: string): string => (visitOrder.indexOf(a) >= visitOrder.indexOf(b) ? a : b);

export const visitStarted: Handler<'visit.started'> = async (ctx, p) => {
  if (await ctx.tx.selectFrom('visits').select('id').where('id', '=', p.id).executeTakeFirst())
    return merged('already_created');
  const reservation = await findReservation(ctx, p.reservationId);
  if (!reservation) return rejected('unknown_reservation');
  const standing = await ctx.tx
    .selectFrom('visits')
    .selectAll()
    .where('reservation_id', '=', p.reservationId)
    .where('merged_into', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  const incoming = { id: p.id, startedAt: p.startedAt };
  const base = {
    id: p.id,
    site_id: ctx.siteId,
    reservation_id: p.reservationId,
    locker: null,
    locker_key_out: false,
    started_at: p.startedAt,
    ends_at: p.endsAt,
    method: p.method,
    checkout_requested_at: null,
    checklist: JSON.stringify(null),
    closed_at: null,
    close_kind: null,
    problems: JSON.stringify([]),
    note: null,
    version: 1,
  };
  if (
    standing &&
    earliestCheckIn({ id: standing.id, startedAt: standing.started_at }, incoming).id === standing.id
  ) {
    // Another kiosk checked this reservation in earlier: that visit stands, this one points to it.
    const row = await ctx.tx
      .insertInto('visits')
      .values({ ...base, desk: null, desk_claimed: p.desk, status: 'closed', merged_into: standing.id })
      .returningAll()
      .executeTakeFirstOrThrow();
    ctx.publish(visitChange(row));
    return merged('checked_in_elsewhere', { visitId: standing.id, desk: standing.desk });
  }
  if (standing) {
    // This check-in is earlier: the standing one merges into it and hands over what it got to.
    await updateVisit(ctx, standing, { merged_into: p.id });
  }
  const deskHolder = await holderOf(ctx, 'desk', p.desk, p.id);
  const desk = deskHolder ? (standing?.desk ?? null) : p.desk;
  const row = await ctx.tx
    .insertInto('visits')
    .values({
      ...base,
      desk,
      desk_claimed: p.desk,
      status: standing ? statusMax('open', standing.status) : 'open',
      locker: standing?.locker ?? null,
      locker_key_out: standing?.locker_key_out ?? false,
      checkout_requested_at: standing?.checkout_requested_at ?? null,
      checklist: JSON.stringify(standing?.checklist ?? null),
      closed_at: standing?.closed_at ?? null,
      close_kind: standing?.close_kind ?? null,
      problems: JSON.stringify(standing?.problems ?? []),
      note: standing?.note ?? null,
      merged_into: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  ctx.publish(visitChange(row));
  const target = row.status === 'closed' ? 'completed' : 'checked_in';
  const wasCancelled = reservation.status === 'cancelled' || reservation.status === 'no_show';
  if (reservation.status !== target && movesForward(reservationOrder, reservation.status, target))
    await updateReservation(ctx, reservation, { status: target });
  if (desk !== p.desk)
    return merged('desk_taken', { desk: p.desk, holder: deskHolder, freeDesks: await freeDesks(ctx) });
  if (wasCancelled) return applied('checked_in_after_cancel', { was: reservation.status });
  return applied();
};

export const visitDeskChanged: Handler<'visit.deskChanged'> = async (ctx, p) => {
  const visit = await standingVisit(ctx, p.id);
  if (!visit) return rejected('unknown_visit');
  if (visit.status === 'closed') return merged('visit_closed');
  if (visit.desk === p.desk) return merged('unchanged');
  const holder = await holderOf(ctx, 'desk', p.desk, visit.id);
  if (holder) return rejected('desk_taken', { desk: p.desk, holder, freeDesks: await freeDesks(ctx) });
  await updateVisit(ctx, visit, { desk: p.desk, desk_claimed: p.desk });
  return applied();
};

export const visitLockerChanged: Handler<'visit.lockerChanged'> = async (ctx, p) => {
  const visit = await standingVisit(ctx, p.id);
  if (!visit) return rejected('unknown_visit');
  if (visit.status === 'closed') return merged('visit_closed');
  if (p.locker !== null) {
    const holder = await holderOf(ctx, 'locker', p.locker, visit.id);
    if (holder) return rejected('locker_taken', { locker: p.locker, holder });
  }
  if (visit.locker === p.locker && visit.locker_key_out === p.keyOut) return merged('unchanged');
  await updateVisit(ctx, visit, { locker: p.locker, locker_key_out: p.keyOut });
  return applied();
};

export const visitCheckoutRequested: Handler<'visit.checkoutRequested'> = async (ctx, p) => {
  const visit = await standingVisit(ctx, p.id);
  if (!visit) return rejected('unknown_visit');
  if (!movesForward(visitOrder, visit.status, 'awaiting_check'))
    return merged('already_further', { status: visit.status });
  await updateVisit(ctx, visit, {
    status: 'awaiting_check',
    checkout_requested_at: p.at,
    checklist: p.checklist,
  });
  return applied();
};

export const visitClosed: Handler<'visit.closed'> = async (ctx, p) => {
  const visit = await standingVisit(ctx, p.id);
  if (!visit) return rejected('unknown_visit');
  if (visit.status === 'closed') return merged('already_closed');
  await updateVisit(ctx, visit, {
    status: 'closed',
    closed_at: p.closedAt,
    close_kind: p.kind,
    problems: p.problems,
    note: p.note,
  });
  const reservation = await findReservation(ctx, visit.reservation_id);
  if (reservation && movesForward(reservationOrder, reservation.status, 'completed'))
    await updateReservation(ctx, reservation, { status: 'completed' });
  return applied();
};
