// A day's reservations of a site for the admin page, and the day's counts for the home page.
import type { Kysely } from 'kysely';
import type { ServerDb } from '../db/schema';

export interface AdminReservation {
  readonly id: string;
  readonly fullName: string;
  readonly email: string;
  readonly phone: string;
  readonly source: string;
  readonly status: string;
  readonly deskNumber: number | null;
  /** 'over_capacity' or 'second_booking': accepted because the visitor came, for the officer to check. */
  readonly flag: string | null;
  readonly createdAt: number;
}

export async function dayReservations(
  db: Kysely<ServerDb>,
  siteId: string,
  day: string,
): Promise<AdminReservation[]> {
  const rows = await db
    .selectFrom('reservations')
    .select(['id', 'full_name', 'email', 'phone', 'source', 'status', 'desk_number', 'flag', 'created_at'])
    .where('site_id', '=', siteId)
    .where('day', '=', day)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    email: r.email,
    phone: r.phone,
    source: r.source,
    status: r.status,
    deskNumber: r.desk_number,
    flag: r.flag,
    createdAt: r.created_at,
  }));
}

/** Reservations of the day that still stand (not cancelled), and how many of them checked in. */
export async function dayCounts(
  db: Kysely<ServerDb>,
  siteId: string,
  day: string,
): Promise<{ reservations: number; checkedIn: number }> {
  const rows = await db
    .selectFrom('reservations')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .where('site_id', '=', siteId)
    .where('day', '=', day)
    .groupBy('status')
    .execute();
  const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return {
    reservations: n('booked') + n('checked_in') + n('completed') + n('no_show'),
    checkedIn: n('checked_in') + n('completed'),
  };
}
