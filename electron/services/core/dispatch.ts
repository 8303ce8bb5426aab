import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type Contract,
  type HandlersFor,
  type MethodName,
  type Permission,
} from '../../../shared/contract';
import { CommandError, fail, ok, type Result } from '../../../shared/result';
import type { CallAuditor } from './callAudit';
import type { Actor } from './command';
import type { Logger } from './logger';

export interface HandlerContext {
  readonly actor: Actor;
  readonly session?: string;
  /** The signed-in officer, for 'signedIn' and permission methods. */
  readonly officerId?: string;
}

/** Every method of the contract with its handler; each domain supplies its part (see kioskCore.ts). */
export type Handlers = HandlersFor<Contract, HandlerContext>;

/** The officer behind a session, as the officer domain resolves it. */
export interface Caller {
  readonly officerId: string;
  readonly permissions: readonly Permission[];
  readonly mustChangePin: boolean;
}

export interface DispatchDeps {
  readonly handlers: Handlers;
  /** The officer behind a session, or undefined when there is none or it ended (locked, idle, deactivated). */
  readonly resolveSession: (session: string | undefined) => Caller | undefined;
  readonly auditor: CallAuditor;
  /** Where unexpected errors are reported (stack traces stay on this side of the boundary). */
  readonly log: Logger;
}

/** With a PIN the admin set, an officer may do nothing but choose their own. */
const WHILE_PIN_MUST_CHANGE: ReadonlySet<MethodName> = new Set([
  'officer.changePin',
  'officer.me',
  'officer.lock',
]);

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
 * The single entry both transports call, and the one place access is decided. Everything arrives as
 * `unknown`: the method name is looked up in the contract; for a method that is not public, the
 * session must belong to an active officer whose roles give the method's permission; the input is
 * parsed; a handler's rule failure becomes a typed result, anything unexpected becomes `internal`
 * without leaking its stack; reads of personal data and officers' other actions are audited.
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
  let caller: Caller | undefined;
  if (spec.access !== 'public') {
    caller = deps.resolveSession(session);
    if (!caller) return fail('unauthorized', 'errors.officer.locked');
    if (caller.mustChangePin && !WHILE_PIN_MUST_CHANGE.has(method)) {
      return fail('forbidden', 'errors.officer.mustChangePin');
    }
    if (spec.access !== 'signedIn' && !caller.permissions.includes(spec.access)) {
      return fail('forbidden', 'errors.officer.forbidden');
    }
  }
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return fail('validation', 'errors.validation', { fields: fieldErrors(parsed.error) });
  }
  const ctx: HandlerContext = {
    actor: caller ? `officer:${caller.officerId}` : 'kiosk',
    ...(session ? { session } : {}),
    ...(caller ? { officerId: caller.officerId } : {}),
  };
  try {
    const handler = deps.handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
    const value = await handler(parsed.data, ctx);
    // The output is parsed too: it strips any field the contract does not name (a stray column must not
    // reach a public screen), and a handler that drifts from the contract fails loudly here, in tests.
    const output = spec.output.parse(value);
    if (spec.audit) deps.auditor.record(spec.audit, ctx.actor, session, method, parsed.data);
    return ok(output);
  } catch (err) {
    if (err instanceof CommandError) return { ok: false, error: err.error };
    deps.log.error({ err, method }, 'call failed');
    return fail('internal', 'errors.internal');
  }
}
