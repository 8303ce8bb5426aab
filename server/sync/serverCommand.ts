// A change the server makes itself (the visitor's portal, the central admin pages): like a kiosk's
// command, in one transaction under the site's lock it checks the rules, applies the change through
// the same handler a kiosk's operation would run (so the conflict rules are the same), writes the
// change log kiosks pull, and writes an audit row naming who did it. Kiosks waiting on the site are
// woken once it has committed.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { operations, type OperationType, type Operations } from '../../shared/sync/operations';
import type { ServerDb } from '../db/schema';
import { ChangeLogWriter, withSiteTx, type SiteTx } from '../db/siteTx';
import type { ChangeWaiters } from './changeWaiters';
import { handlers } from './handlers';
import type { OpContext, Verdict } from './handlers/context';

export interface ServerAudit {
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly details?: Record<string, unknown>;
  readonly visitorId?: string | null;
}

export interface ServerCommand {
  readonly tx: SiteTx;
  readonly siteId: string;
  readonly now: number;
  /** Runs the operation's server handler, as if a kiosk had pushed it; the payload is checked first. */
  apply<T extends OperationType>(type: T, payload: z.input<Operations[T]['payload']>): Promise<Verdict>;
  audit(row: ServerAudit): void;
}

export interface ServerCommandDeps {
  readonly db: Kysely<ServerDb>;
  readonly waiters: ChangeWaiters;
}

/** `actor` names the officer (their id) or the visitor's channel ('portal'). */
export async function runServerCommand<T>(
  deps: ServerCommandDeps,
  siteId: string,
  actor: string,
  now: number,
  body: (cmd: ServerCommand) => Promise<T>,
): Promise<T> {
  let changed = false;
  const result = await withSiteTx(deps.db, siteId, async (tx) => {
    const changes = new ChangeLogWriter(tx, siteId);
    const audits: ServerAudit[] = [];
    const ctx: OpContext = {
      tx,
      siteId,
      opId: null,
      deviceId: null,
      actor,
      now,
      publish: (change) => {
        changed = true;
        changes.add(change, null, now);
      },
    };
    const value = await body({
      tx,
      siteId,
      now,
      apply: (type, payload) => {
        const parsed = operations[type].payload.parse(payload);
        return (handlers[type] as (c: OpContext, p: unknown) => Promise<Verdict>)(ctx, parsed);
      },
      audit: (row) => audits.push(row),
    });
    await changes.flush();
    if (audits.length > 0)
      await tx
        .insertInto('server_audit')
        .values(
          audits.map((a) => ({
            site_id: siteId,
            at: now,
            actor,
            action: a.action,
            entity: a.entity,
            entity_id: a.entityId,
            details: JSON.stringify(a.details ?? {}),
            visitor_id: a.visitorId ?? null,
          })),
        )
        .execute();
    return value;
  });
  if (changed) deps.waiters.notify(siteId);
  return result;
}
