// What a server handler gets and gives: one operation of one device, inside the site's transaction,
// and the verdict the kiosk will read. A handler decides by the shared conflict rule of its type
// (shared/sync/conflictRules.ts) and writes the change log for every record it changed.
import type { z } from 'zod';
import type { ChangeRow, SiteTx } from '../../db/siteTx';
import type { OpStatus } from '../../../shared/sync/protocol';
import type { OperationType, Operations } from '../../../shared/sync/operations';

export interface OpContext {
  readonly tx: SiteTx;
  readonly siteId: string;
  readonly opId: string | null;
  readonly deviceId: string | null;
  readonly actor: string;
  /** Server time: what business time the server itself stamps comes from its injected clock. */
  readonly now: number;
  /** A record's new state for the site's kiosks to pull (written to the change log with the push). */
  readonly publish: (change: ChangeRow) => void;
}

export interface Verdict {
  readonly status: OpStatus;
  readonly code: string | null;
  readonly detail: Record<string, unknown> | null;
}

export const applied = (
  code: string | null = null,
  detail: Record<string, unknown> | null = null,
): Verdict => ({
  status: 'applied',
  code,
  detail,
});
/** Accepted, but the record already said so or said more: nothing (or not all) of it changed. */
export const merged = (code: string, detail: Record<string, unknown> | null = null): Verdict => ({
  status: 'merged',
  code,
  detail,
});
/** Refused: the record is unchanged and the device's officer is told why. */
export const rejected = (code: string, detail: Record<string, unknown> | null = null): Verdict => ({
  status: 'rejected',
  code,
  detail,
});

export type Handler<T extends OperationType> = (
  ctx: OpContext,
  payload: z.output<Operations[T]['payload']>,
) => Promise<Verdict>;

/** One domain's handlers (server/sync/handlers/<domain>.ts): one per operation type of its table. */
export type DomainHandlers<T extends Record<string, { readonly payload: z.ZodType }>> = {
  readonly [K in keyof T]: (ctx: OpContext, payload: z.output<T[K]['payload']>) => Promise<Verdict>;
};

/** One handler per operation type: a type without one does not compile. */
export type HandlerTable = { readonly [T in OperationType]: Handler<T> };
