// The review steps taken on the central admin pages (the Kasi and the Kabid work there too), each as
// a server command: the same handler a kiosk's operation runs (server/sync/handlers/recaps.ts, so
// the same rules and the same record), under the site's lock, with a server_audit row naming the officer.
import { randomUUID } from 'node:crypto';
import type { CorrectableFigure } from '../../../shared/recaps/figures';
import { finalTotals } from '../../../shared/recaps/recapRecord';
import type { ServerCommandDeps } from '../../sync/serverCommand';
import { runServerCommand } from '../../sync/serverCommand';
import { siteDocumentContext, siteRecap, siteSigner, siteSigners } from './recapData';

export type RecapStep =
  | { kind: 'comment'; text: string; correction: { figure: CorrectableFigure; value: number } | null }
  | { kind: 'return'; reason: string }
  | { kind: 'forward'; receiverId: string }
  | { kind: 'acknowledge' };

/** 'done' when the step was taken; otherwise the refusal's code (the kiosk's words in adminText). */
export async function takeRecapStep(
  deps: ServerCommandDeps,
  siteId: string,
  officerId: string,
  id: string,
  step: RecapStep,
  now: number,
): Promise<string> {
  const by = await siteSigner(deps.db, siteId, officerId);
  if (!by) return 'forbidden';
  // Read before the command: inside it, only its own transaction may touch the database.
  const to =
    step.kind === 'forward'
      ? (await siteSigners(deps.db, siteId, 'recaps.receive')).find((s) => s.id === step.receiverId)
      : undefined;
  if (step.kind === 'forward' && !to) return 'receiver_unknown';
  // The forwarded report keeps the kop and signature lines the office has now.
  const kop = step.kind === 'forward' ? await siteDocumentContext(deps.db, siteId) : undefined;
  return runServerCommand(deps, siteId, officerId, now, async (cmd) => {
    const record = await siteRecap(cmd.tx, siteId, id);
    if (!record) return 'unknown_recap';
    let verdict;
    if (step.kind === 'comment') {
      const correction = step.correction
        ? {
            figure: step.correction.figure,
            from: finalTotals(record)[step.correction.figure],
            to: step.correction.value,
          }
        : null;
      verdict = await cmd.apply('recap.commented', {
        id,
        noteId: randomUUID(),
        text: step.text,
        correction,
        by,
        at: now,
      });
    } else if (step.kind === 'return') {
      verdict = await cmd.apply('recap.returned', { id, reason: step.reason, by, at: now });
    } else if (step.kind === 'forward') {
      verdict = await cmd.apply('recap.forwarded', { id, to: to!, by, at: now, kop: kop! });
    } else {
      verdict = await cmd.apply('recap.acknowledged', { id, by, at: now });
    }
    if (verdict.status !== 'applied') return verdict.code ?? 'refused';
    cmd.audit({
      action: `admin.recap.${step.kind}`,
      entity: 'recap',
      entityId: id,
      details: {
        period: record.period,
        revision: record.revision,
        ...(step.kind === 'forward' ? { to: step.receiverId } : {}),
      },
    });
    return 'done';
  });
}
