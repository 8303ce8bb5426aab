import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { Board, RulesSettings } from '../../../shared/contract';
import { listPlaces } from '../places/places';
import { siteDay } from '../settings/rules';
import { openVisits, warningClock } from './visitQueries';

const DAY_COUNTS = 'SELECT status, count(*) AS n FROM reservations WHERE day = ? GROUP BY status';

/** Everything the officer's desk shows at a glance: desks, who is in and time left, lockers, today's arrivals. */
export function readBoard(db: Db, rules: RulesSettings, now: number): Board {
  const visits = openVisits(db, warningClock(rules, now));
  const byDesk = new Map(visits.map((v) => [v.deskNumber, v]));
  const byLocker = new Map(visits.filter((v) => v.lockerNumber !== null).map((v) => [v.lockerNumber!, v]));
  const day = siteDay(rules, now);
  const counts = new Map(
    (prepared(db, DAY_COUNTS).all(day) as { status: string; n: number }[]).map((r) => [r.status, r.n]),
  );
  const n = (s: string) => counts.get(s) ?? 0;

  return {
    now,
    desks: listPlaces(db, 'desks').items.map((d) => {
      const v = byDesk.get(d.number);
      return {
        number: d.number,
        label: d.label,
        state: !v
          ? 'free'
          : v.status === 'awaiting_check'
            ? 'awaiting_check'
            : v.warning === 'overstay'
              ? 'overstay'
              : 'in_use',
        visitId: v?.id ?? null,
        fullName: v?.fullName ?? null,
        endsAt: v?.endsAt ?? null,
        warning: v?.warning ?? 'none',
      };
    }),
    openVisits: visits,
    lockers: listPlaces(db, 'lockers').items.map((l) => {
      const v = byLocker.get(l.number);
      return {
        number: l.number,
        label: l.label,
        visitId: v?.id ?? null,
        deskNumber: v?.deskNumber ?? null,
        keyOut: v?.lockerKeyOut ?? false,
      };
    }),
    today: {
      day,
      reserved: n('booked') + n('checked_in') + n('completed') + n('no_show'),
      arrived: n('checked_in') + n('completed'),
      notYetArrived: n('booked'),
      noShows: n('no_show'),
      completed: n('completed'),
    },
  };
}
