import type { HandlersFor } from '../../../shared/contract';
import type { officerMethods } from '../../../shared/contract/officers';
import { reject } from '../../../shared/result';
import type { HandlerContext } from '../core/dispatch';
import type { OfficerSessions } from './officerSessions';

export const officerHandlers = (
  sessions: OfficerSessions,
): HandlersFor<typeof officerMethods, HandlerContext> => ({
  'officer.unlock': ({ pin }) => {
    const outcome = sessions.unlock(pin);
    if (outcome === 'wrong_pin') throw reject('unauthorized', 'errors.officer.wrongPin');
    if (outcome === 'locked_out') throw reject('forbidden', 'errors.officer.lockedOut');
    return outcome;
  },
  'officer.lock': (_input, ctx) => {
    if (ctx.session) sessions.lock(ctx.session);
    return {};
  },
});
