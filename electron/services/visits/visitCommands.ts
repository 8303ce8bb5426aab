// The officer's changes to a visit in progress: another desk, a locker and its key.
import { prepared } from '../../../db/statements';
import type { RulesSettings, Visit } from '../../../shared/contract';
import { reject } from '../../../shared/result';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { isFreeDesk, isFreeLocker, visitById, warningClock } from './visitQueries';

export function openVisitOrThrow(
  deps: CommandDeps,
  rules: RulesSettings,
  visitId: string,
  now: number,
): Visit {
  const visit = visitById(deps.db, visitId, warningClock(rules, now));
  if (!visit) throw reject('not_found', 'errors.visit.notFound');
  if (visit.status === 'closed') throw reject('conflict', 'errors.visit.alreadyClosed');
  return visit;
}

const MOVE_DESK = 'UPDATE visits SET desk_number = ? WHERE id = ?';

/** The officer moves a visitor to another free desk (the reserved one was broken, say). */
export function changeDesk(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  visitId: string,
  desk: number,
): Visit {
  return runCommand(deps, actor, 'visits.changeDesk', (now) => {
    const visit = openVisitOrThrow(deps, rules, visitId, now);
    if (visit.deskNumber !== desk && !isFreeDesk(deps.db, desk)) {
      throw reject('conflict', 'errors.visit.deskTaken', { params: { desk } });
    }
    prepared(deps.db, MOVE_DESK).run(desk, visitId);
    return {
      value: visitById(deps.db, visitId, warningClock(rules, now))!,
      audit: { entity: 'visit', entityId: visitId, details: { from: visit.deskNumber, to: desk } },
      ops: [{ type: 'visit.deskChanged', payload: { id: visitId, desk } }],
      topics: ['visits'],
    };
  });
}

const SET_LOCKER = 'UPDATE visits SET locker_number = ?, locker_key_out = ? WHERE id = ?';

/** A locker from the free ones, with whether its key was handed out; null gives the locker back. */
export function assignLocker(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { visitId: string; lockerNumber: number | null; keyHandedOut: boolean },
): Visit {
  return runCommand(deps, actor, 'visits.assignLocker', (now) => {
    const visit = openVisitOrThrow(deps, rules, input.visitId, now);
    const locker = input.lockerNumber;
    if (locker !== null && locker !== visit.lockerNumber && !isFreeLocker(deps.db, locker)) {
      throw reject('conflict', 'errors.visit.lockerTaken', { params: { locker } });
    }
    const keyOut = locker !== null && input.keyHandedOut;
    prepared(deps.db, SET_LOCKER).run(locker, keyOut ? 1 : 0, input.visitId);
    return {
      value: visitById(deps.db, input.visitId, warningClock(rules, now))!,
      audit: { entity: 'visit', entityId: input.visitId, details: { locker, keyHandedOut: keyOut } },
      ops: [{ type: 'visit.lockerChanged', payload: { id: input.visitId, locker, keyOut } }],
      topics: ['visits'],
    };
  });
}
