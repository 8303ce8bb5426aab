// The building blocks of the contract: a method is `{ access, input, output }`, an event a schema.
// Each domain's file (reservations.ts, visits.ts, …) lists its own; index.ts composes them.
import type { z } from 'zod';

/** Who may call a method: anyone at the kiosk, or an officer with an unlocked session. */
export type Access = 'public' | 'officer';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly access: Access;
  readonly input: I;
  readonly output: O;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  input: I,
  output: O,
): MethodSpec<I, O> => ({ access, input, output });

export type MethodTable = Readonly<Record<string, MethodSpec>>;
export type EventTable = Readonly<Record<string, z.ZodType>>;

/** A domain's handlers: one function per method of its table, typed from the schemas. */
export type HandlersFor<T extends MethodTable, Ctx> = {
  readonly [M in keyof T]: (
    input: z.output<T[M]['input']>,
    ctx: Ctx,
  ) => z.output<T[M]['output']> | Promise<z.output<T[M]['output']>>;
};
