import type { RulesSettings, Visit } from '../../shared/contract';
import { reject } from '../../shared/result';
import { runCommand, type Actor, type CommandDeps } from './command';
import { visitById } from './visitQueries';
import { warningClock } from './visits';

export interface Checklist {
  readonly deskTidy: boolean;
  readonly chairBack: boolean;
  readonly equipmentReturned: boolean;
  readonly lockerKeyReturned: boolean;
}

/**
 * SOP 97 step 7, the visitor's half: they confirm the desk is tidy, the chair back, borrowed
 * equipment and the locker key returned; the visit then waits for the officer's desk check.
 */
export function requestCheckout(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  visitId: string,
  checklist: Checklist,
): Visit {
  return runCommand(deps, actor, 'visits.requestCheckout', (now) => {
    const visit = visitById(deps.db, visitId, warningClock(rules, now));
    if (!visit || visit.status !== 'open') throw reject('conflict', 'errors.checkout.notOpen');
    const complete =
      checklist.deskTidy &&
      checklist.chairBack &&
      checklist.equipmentReturned &&
      (!visit.lockerKeyOut || checklist.lockerKeyReturned);
    if (!complete) throw reject('rule', 'errors.checkout.checklistIncomplete');
    deps.db
      .prepare(
        "UPDATE visits SET status = 'awaiting_check', checkout_requested_at = ?, checklist = ? WHERE id = ?",
      )
      .run(now, JSON.stringify(checklist), visitId);
    return {
      value: visitById(deps.db, visitId, warningClock(rules, now))!,
      audit: { entity: 'visit', entityId: visitId, details: { checklist } },
      sync: {
        type: 'visit.checkoutRequested',
        payload: { id: visitId, at: now, checklist: { ...checklist } },
      },
    };
  });
}

type CloseKind = 'confirmed' | 'problem' | 'left_without_checkout' | 'auto_limit';

function closeVisit(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  action: string,
  visitId: string,
  close: { kind: CloseKind; note: string | null; problems: readonly string[] },
  allowed: readonly Visit['status'][],
): Visit {
  return runCommand(deps, actor, action, (now) => {
    const visit = visitById(deps.db, visitId, warningClock(rules, now));
    if (!visit) throw reject('not_found', 'errors.visit.notFound');
    if (!allowed.includes(visit.status)) throw reject('conflict', 'errors.visit.alreadyClosed');
    deps.db
      .prepare(
        "UPDATE visits SET status = 'closed', closed_at = ?, close_kind = ?, officer_note = ?, problems = ? WHERE id = ?",
      )
      .run(now, close.kind, close.note, JSON.stringify(close.problems), visitId);
    deps.db
      .prepare("UPDATE reservations SET status = 'completed', updated_at = ? WHERE id = ?")
      .run(now, visit.reservationId);
    return {
      value: visitById(deps.db, visitId, warningClock(rules, now))!,
      audit: {
        entity: 'visit',
        entityId: visitId,
        details: {
          kind: close.kind,
          problems: close.problems,
          minutes: Math.round((now - visit.startedAt) / 60_000),
        },
      },
      sync: {
        type: 'visit.closed',
        payload: {
          id: visitId,
          closedAt: now,
          kind: close.kind,
          problems: [...close.problems],
          note: close.note,
        },
      },
    };
  });
}

/**
 * The officer's half of step 7: the desk checked, all well or a problem noted (damage, missing item,
 * desk not tidied). A visitor who reports in person without the kiosk can be confirmed from 'open'.
 */
export const confirmCheckout = (
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { visitId: string; problems: readonly string[]; note?: string | undefined },
): Visit =>
  closeVisit(
    deps,
    actor,
    rules,
    'visits.confirmCheckout',
    input.visitId,
    {
      kind: input.problems.length ? 'problem' : 'confirmed',
      note: input.note || null,
      problems: input.problems,
    },
    ['open', 'awaiting_check'],
  );

/** End of day: a visitor who left without checking out is closed by the officer, with a reason. */
export const closeWithoutCheckout = (
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { visitId: string; reason: string },
): Visit =>
  closeVisit(
    deps,
    actor,
    rules,
    'visits.closeWithoutCheckout',
    input.visitId,
    { kind: 'left_without_checkout', note: input.reason, problems: [] },
    ['open', 'awaiting_check'],
  );

/** The site chose automatic closing at the limit (setting `autoCloseAtLimit`). */
export const closeAtLimit = (deps: CommandDeps, rules: RulesSettings, visitId: string): Visit =>
  closeVisit(
    deps,
    'system',
    rules,
    'visits.closeAtLimit',
    visitId,
    { kind: 'auto_limit', note: null, problems: [] },
    ['open'],
  );
