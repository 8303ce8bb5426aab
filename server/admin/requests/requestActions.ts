// What a chain officer records on the central admin pages, each as a server command: the same
// handler a kiosk's push runs (server/sync/handlers/requests.ts, so the same conflict rules and the
// same record), under the site's lock, with a server_audit row naming the officer. The checks of
// who may act are the kiosk's (requestCommands.ts actOnStep / decideRequest), made inside the
// command on the record as it stands under the lock.
import { holds } from '../../../electron/services/requests/requestViews';
import { runServerCommand, type ServerCommandDeps } from '../../sync/serverCommand';
import { readRequestSettings } from '../../portal/requests/portalRequests';
import { siteRequest, type RequestOfficer } from './requestData';

/** 'done', or the code of the refusal (requestsText.refused): the handler's own when it merged or rejected. */
export type ActionOutcome = string;

export async function recordStep(
  deps: ServerCommandDeps,
  siteId: string,
  officer: RequestOfficer,
  requestId: string,
  stepId: string,
  note: string,
  now: number,
): Promise<ActionOutcome> {
  const settings = await readRequestSettings(deps.db, siteId);
  return runServerCommand(deps, siteId, officer.id, now, async (cmd) => {
    const record = await siteRequest(cmd.tx, siteId, requestId);
    if (!record) return 'unknown_request';
    const chain = settings.types.find((t) => t.id === record.intake.typeId)?.chain ?? [];
    const step = chain.find((s) => s.id === stepId);
    if (!step) return 'not_current_step';
    if (!holds(officer.viewer, step.roleId)) return 'not_your_step';
    const done = new Set(record.steps.map((s) => s.stepId));
    // A step another office already recorded goes to the handler, which keeps the first (merged).
    if (!done.has(stepId) && chain.find((s) => !done.has(s.id))?.id !== stepId) return 'not_current_step';
    const verdict = await cmd.apply('request.stepDone', {
      requestId,
      stepId,
      officer: { id: officer.id, name: officer.name },
      note,
      at: now,
    });
    if (verdict.status !== 'applied') return verdict.code ?? 'refused';
    cmd.audit({
      action: 'admin.request.stepDone',
      entity: 'request',
      entityId: requestId,
      details: { step: stepId, reference: record.reference },
    });
    return 'done';
  });
}

export interface DecisionInput {
  readonly outcome: 'accepted' | 'rejected';
  readonly rkaYear: number | null;
  readonly reason: string;
  readonly analysis: string;
  readonly discussion: string;
}

/** SOP 100: once the chain is done, the Kasi (the last step's holder) accepts it into the RKA or rejects it. */
export async function decideApplication(
  deps: ServerCommandDeps,
  siteId: string,
  officer: RequestOfficer,
  requestId: string,
  input: DecisionInput,
  now: number,
): Promise<ActionOutcome> {
  const settings = await readRequestSettings(deps.db, siteId);
  return runServerCommand(deps, siteId, officer.id, now, async (cmd) => {
    const record = await siteRequest(cmd.tx, siteId, requestId);
    if (!record) return 'unknown_request';
    if (record.kind !== 'application') return 'not_an_application';
    const chain = settings.types.find((t) => t.id === record.intake.typeId)?.chain ?? [];
    const done = new Set(record.steps.map((s) => s.stepId));
    if (chain.length === 0 || chain.some((s) => !done.has(s.id))) return 'chain_not_done';
    const last = chain[chain.length - 1]!;
    if (!officer.viewer.manage && !holds(officer.viewer, last.roleId)) return 'not_decider';
    const verdict = await cmd.apply('request.decided', {
      requestId,
      outcome: input.outcome,
      reason: input.reason,
      analysis: input.analysis,
      discussion: input.discussion,
      rkaYear: input.outcome === 'accepted' ? input.rkaYear : null,
      officer: { id: officer.id, name: officer.name },
      at: now,
    });
    if (verdict.status !== 'applied') return verdict.code ?? 'refused';
    cmd.audit({
      action: 'admin.request.decided',
      entity: 'request',
      entityId: requestId,
      details: { outcome: input.outcome, rkaYear: input.rkaYear, reference: record.reference },
    });
    return 'done';
  });
}
