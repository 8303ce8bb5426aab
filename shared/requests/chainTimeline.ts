// Where a request stands in its disposition chain (Sekretariat → Kepala Dinas → Kabid → Kasi →
// admin), and which steps are late. Each step has the SOP's standard time (15 minutes a step for
// Pontive; 5/5/30/30 for Singkawang's internet meetings), counted in SERVICE minutes from the moment
// the step before was done (the first step from the request's start): a letter registered at 15:40
// with a 15-minute step is due at 07:10 the next service day.
//
// Steps are done in order, but an offline kiosk may sync a later step before an earlier one: a step
// with a done entry is shown done wherever it stands, and the current step is the first not done.
// Pure: no node:, no DOM.
import type { ServiceCalendar } from '../rules/siteCalendar';
import type { ChainStep } from './requestSettings';
import { addServiceMinutes, serviceMinutesBetween } from './serviceMinutes';

export type ChainStepState = 'done' | 'current' | 'waiting';

export type ChainTimelineStep = {
  stepId: string;
  title: string;
  roleId: string;
  standardMinutes: number;
  /**
   * When the step is due. For a step whose predecessor is not done yet it is a projection: the
   * predecessor done at its own due time, or now if that has passed.
   */
  dueAt: number;
  doneAt: number | null;
  state: ChainStepState;
  /** Done after its due time, or current and past due. A waiting step's clock has not started. */
  overdue: boolean;
  /** Service minutes past due (rounded up); 0 when not overdue, and while overdue outside service hours only. */
  overdueMinutes: number;
};

export type ChainDone = { stepId: string; at: number };

export function chainTimeline(
  chain: readonly ChainStep[],
  done: readonly ChainDone[],
  startedAt: number,
  now: number,
  calendar: ServiceCalendar,
): ChainTimelineStep[] {
  // A step recorded twice (two desks, a retried sync) counts from its first record.
  const doneAt = new Map<string, number>();
  for (const d of done) {
    const known = doneAt.get(d.stepId);
    if (known === undefined || d.at < known) doneAt.set(d.stepId, d.at);
  }
  const currentIndex = chain.findIndex((s) => !doneAt.has(s.id));

  const steps: ChainTimelineStep[] = [];
  // When the step before was (or is expected to be) done: the start of this step's clock.
  let from = startedAt;
  chain.forEach((step, i) => {
    const dueAt = addServiceMinutes(from, step.standardMinutes, calendar);
    const at = doneAt.get(step.id) ?? null;
    const state: ChainStepState = at !== null ? 'done' : i === currentIndex ? 'current' : 'waiting';
    const overdue = state === 'done' ? at! > dueAt : state === 'current' && now > dueAt;
    const lateBy = overdue ? serviceMinutesBetween(dueAt, at ?? now, calendar) : 0;
    steps.push({
      stepId: step.id,
      title: step.title,
      roleId: step.roleId,
      standardMinutes: step.standardMinutes,
      dueAt,
      doneAt: at,
      state,
      overdue,
      overdueMinutes: Math.ceil(lateBy),
    });
    from = at ?? Math.max(dueAt, now);
  });
  return steps;
}
