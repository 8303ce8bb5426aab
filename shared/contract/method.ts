// The building blocks of the contract: a method is `{ access, input, output }`, an event a schema.
// Each domain's file (reservations.ts, visits.ts, …) lists its own; index.ts composes them.
import type { z } from 'zod';
import type { Permission } from './permissions';

/**
 * Who may call a method: anyone at the kiosk ('public'), any signed-in officer ('signedIn'), or an
 * officer whose roles give this permission.
 */
export type Access = 'public' | 'signedIn' | Permission;

/**
 * What the audit log keeps of a call that is not a command (commands write their own row):
 * 'read' for a read of visitors' personal data (once per screen opened, not per refetch), 'action'
 * for an officer's action that changes no record (a QR shown again, a slip printed).
 */
export type CallAudit = 'read' | 'action';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly access: Access;
  readonly input: I;
  readonly output: O;
  readonly audit?: CallAudit;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  input: I,
  output: O,
  options: { readonly audit?: CallAudit } = {},
): MethodSpec<I, O> => ({ access, input, output, ...options });

export type MethodTable = Readonly<Record<string, MethodSpec>>;
export type EventTable = Readonly<Record<string, z.ZodType>>;

/** A domain's handlers: one function per method of its table, typed from the schemas. */
export type HandlersFor<T extends MethodTable, Ctx> = {
  readonly [M in keyof T]: (
    input: z.output<T[M]['input']>,
    ctx: Ctx,
  ) => z.output<T[M]['output']> | Promise<z.output<T[M]['output']>>;
};
