// Today's desks as the kiosk's public screens show them: free, occupied (an open visit) or reserved
// (a booking for today with that desk, not yet checked in). No names: anyone in the lobby can see it.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { DesksToday } from '../../../shared/contract/places';
import { listPlaces } from './places';

const OCCUPIED = "SELECT desk_number FROM visits WHERE status <> 'closed'";
const RESERVED =
  "SELECT DISTINCT desk_number FROM reservations WHERE day = ? AND status = 'booked' AND desk_number IS NOT NULL";

export function desksToday(db: Db, day: string): DesksToday {
  const occupied = new Set(prepared(db, OCCUPIED).pluck().all() as number[]);
  const reserved = new Set(prepared(db, RESERVED).pluck().all(day) as number[]);
  const items = listPlaces(db, 'desks').items.map((d) => ({
    ...d,
    state: occupied.has(d.number)
      ? ('occupied' as const)
      : reserved.has(d.number)
        ? ('reserved' as const)
        : ('free' as const),
  }));
  return { day, total: items.length, free: items.filter((d) => d.state === 'free').length, items };
}
