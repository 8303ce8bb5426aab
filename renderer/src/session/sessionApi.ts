import type { KioskApi, MethodName } from '../../../shared/contract';

/**
 * Methods whose 'unauthorized' answer is about the PIN typed, not about the session: a wrong PIN at
 * sign-in or a wrong current PIN must not throw the officer out.
 */
const PIN_CHECKS: ReadonlySet<MethodName> = new Set(['officer.unlock', 'officer.changePin']);

/**
 * The page's API with one addition: a call made with a session that the host answers 'unauthorized'
 * (the session ended there: the officer was deactivated, the host restarted, it expired) reports
 * that session as ended, so the desk returns to sign-in at its next call (issue 8). Pure apart from
 * the callback, so it is unit-tested.
 */
export function withSessionWatch(api: KioskApi, onEnded: (session: string) => void): KioskApi {
  return {
    async invoke(method, input, options) {
      const result = await api.invoke(method, input, options);
      if (
        !result.ok &&
        result.error.code === 'unauthorized' &&
        options?.session &&
        !PIN_CHECKS.has(method) &&
        !result.error.messageKey.startsWith('errors.rpc.')
      ) {
        onEnded(options.session);
      }
      return result;
    },
    on: (event, listener) => api.on(event, listener),
  };
}
