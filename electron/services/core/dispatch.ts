import type { z } from 'zod';
import { contract, isMethodName, type Contract, type HandlersFor } from '../../../shared/contract';
import { CommandError, fail, ok, type Result } from '../../../shared/result';
import type { Actor } from './command';
import type { Logger } from './logger';

export interface HandlerContext {
  readonly actor: Actor;
  readonly session?: string;
}

/** Every method of the contract with its handler; each domain supplies its part (see kioskCore.ts). */
export type Handlers = HandlersFor<Contract, HandlerContext>;

export interface DispatchDeps {
  readonly handlers: Handlers;
  readonly isOfficerSession: (session: string | undefined) => boolean;
  /** Where unexpected errors are reported (stack traces stay on this side of the boundary). */
  readonly log: Logger;
}

/** First message key per input field, so the form can show each field's own error. */
function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '_';
    const key = issue.message.startsWith('errors.') ? issue.message : 'errors.field.invalid';
    fields[field] ??= key;
  }
  return fields;
}

const readSession = (options: unknown): string | undefined => {
  if (typeof options !== 'object' || options === null) return undefined;
  const session = (options as { session?: unknown }).session;
  return typeof session === 'string' && session.length <= 128 ? session : undefined;
};

/**
 * The single entry both transports call. Everything arrives as `unknown`: the method name is looked
 * up in the contract, the officer session checked, the input parsed; a handler's rule failure
 * becomes a typed result, anything unexpected becomes `internal` without leaking its stack.
 */
export async function dispatch(
  deps: DispatchDeps,
  method: unknown,
  rawInput: unknown,
  options: unknown,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail('unknown_method', 'errors.rpc.unknownMethod');
  const spec = contract[method];
  const session = readSession(options);
  if (spec.access === 'officer' && !deps.isOfficerSession(session)) {
    return fail('unauthorized', 'errors.officer.locked');
  }
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return fail('validation', 'errors.validation', { fields: fieldErrors(parsed.error) });
  }
  const ctx: HandlerContext = {
    actor: spec.access === 'officer' ? 'officer:desk' : 'kiosk',
    ...(session ? { session } : {}),
  };
  try {
    const handler = deps.handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
    const value = await handler(parsed.data, ctx);
    // The output is parsed too: it strips any field the contract does not name (a stray column must not
    // reach a public screen), and a handler that drifts from the contract fails loudly here, in tests.
    return ok(spec.output.parse(value));
  } catch (err) {
    if (err instanceof CommandError) return { ok: false, error: err.error };
    deps.log.error({ err, method }, 'call failed');
    return fail('internal', 'errors.internal');
  }
}
