// SOP 97 step 7: the visitor tidies the desk and reports; the officer checks the desk and closes the visit.
import { prepared } from '../../../db/statements';
import type { Checklist, CloseKind, RulesSettings, Visit } from '../../../shared/contract';
import { reject } from '../../../shared/result';
import type { CheckoutItemProblem } from '../../../shared/contract/inventory';
import { runCommand, type Actor, type AuditEntry, type CommandDeps } from '../core/command';
import { itemProblemsAtCheckout } from '../inventory/inventoryCommands';
import { visitById, warningClock } from './visitQueries';

const REQUEST_CHECKOUT =
  "UPDATE visits SET status = 'awaiting_check', checkout_requested_at = ?, checklist = ? WHERE id = ?";

/**
 * The visitor's half: they confirm the desk is tidy, the chair back, borrowed equipment and the
 * locker key returned; the visit then waits for the officer's desk check.
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
    prepared(deps.db, REQUEST_CHECKOUT).run(now, JSON.stringify(checklist), visitId);
    return {
      value: visitById(deps.db, visitId, warningClock(rules, now))!,
      audit: { entity: 'visit', entityId: visitId, details: { checklist } },
      ops: [
        { type: 'visit.checkoutRequested', payload: { id: visitId, at: now, checklist: { ...checklist } } },
      ],
      topics: ['visits'],
    };
  });
}

const CLOSE_VISIT =
  "UPDATE visits SET status = 'closed', closed_at = ?, close_kind = ?, officer_note = ?, problems = ? WHERE id = ?";
const COMPLETE_RESERVATION = "UPDATE reservations SET status = 'completed', updated_at = ? WHERE id = ?";

interface Closing {
  readonly action: string;
  readonly kind: CloseKind;
  readonly note: string | null;
  readonly problems: readonly Visit['problems'][number][];
  /** The states a visit may be closed from this way. */
  readonly from: readonly Visit['status'][];
  /** The desk's items found damaged or missing (issue 12): recorded in the same transaction. */
  readonly itemProblems?: readonly CheckoutItemProblem[];
}

function closeVisit(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  visitId: string,
  close: Closing,
): Visit {
  return runCommand(deps, actor, close.action, (now) => {
    const visit = visitById(deps.db, visitId, warningClock(rules, now));
    if (!visit) throw reject('not_found', 'errors.visit.notFound');
    if (!close.from.includes(visit.status)) throw reject('conflict', 'errors.visit.alreadyClosed');
    prepared(deps.db, CLOSE_VISIT).run(now, close.kind, close.note, JSON.stringify(close.problems), visitId);
    prepared(deps.db, COMPLETE_RESERVATION).run(now, visit.reservationId);
    // The equipment's problems are the visit's too: the item, the visit and the closing commit together.
    const items = close.itemProblems?.length
      ? itemProblemsAtCheckout(
          deps,
          actor,
          { id: visitId, deskNumber: visit.deskNumber },
          close.itemProblems,
          now,
        )
      : { ops: [], audit: [] as AuditEntry[] };
    const visitAudit: AuditEntry = {
      entity: 'visit',
      entityId: visitId,
      details: {
        kind: close.kind,
        problems: close.problems,
        minutes: Math.round((now - visit.startedAt) / 60_000),
      },
    };
    return {
      value: visitById(deps.db, visitId, warningClock(rules, now))!,
      audit: [visitAudit, ...items.audit],
      ops: [
        {
          type: 'visit.closed',
          payload: {
            id: visitId,
            closedAt: now,
            kind: close.kind,
            problems: [...close.problems],
            note: close.note,
          },
        },
        ...items.ops,
      ],
      topics: items.ops.length ? ['visits', 'reservations', 'inventory'] : ['visits', 'reservations'],
    };
  });
}

/**
 * The officer's half: the desk checked, all well or a problem noted (damage, missing item, desk not
 * tidied). A visitor who reports in person without the kiosk can be confirmed from 'open'.
 */
export const confirmCheckout = (
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: {
    visitId: string;
    problems: readonly Visit['problems'][number][];
    note?: string | undefined;
    itemProblems?: readonly CheckoutItemProblem[] | undefined;
  },
): Visit => {
  // An item marked without its own note takes the officer's note of the desk check.
  const itemProblems = (input.itemProblems ?? []).map((p) => (p.note ? p : { ...p, note: input.note ?? '' }));
  // An item marked damaged or missing is a problem of the desk check too: the visit says so.
  const problems = [...input.problems];
  for (const p of itemProblems) {
    const desk = p.kind === 'damaged' ? 'damage' : 'missing_item';
    if (!problems.includes(desk)) problems.push(desk);
  }
  return closeVisit(deps, actor, rules, input.visitId, {
    action: 'visits.confirmCheckout',
    kind: problems.length ? 'problem' : 'confirmed',
    note: input.note || null,
    problems,
    from: ['open', 'awaiting_check'],
    itemProblems,
  });
};

/** End of day: a visitor who left without checking out is closed by the officer, with a reason. */
export const closeWithoutCheckout = (
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: { visitId: string; reason: string },
): Visit =>
  closeVisit(deps, actor, rules, input.visitId, {
    action: 'visits.closeWithoutCheckout',
    kind: 'left_without_checkout',
    note: input.reason,
    problems: [],
    from: ['open', 'awaiting_check'],
  });

/** The site chose automatic closing at the limit (setting `autoCloseAtLimit`). */
export const closeAtLimit = (deps: CommandDeps, rules: RulesSettings, visitId: string): Visit =>
  closeVisit(deps, 'system', rules, visitId, {
    action: 'visits.closeAtLimit',
    kind: 'auto_limit',
    note: null,
    problems: [],
    from: ['open'],
  });
