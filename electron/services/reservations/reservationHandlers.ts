import type { HandlersFor } from '../../../shared/contract';
import type { reservationMethods } from '../../../shared/contract/reservations';
import { reject } from '../../../shared/result';
import { firstName } from '../../../shared/text';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import type { RulesStore } from '../settings/rules';
import { cancelReservation, createByOfficer, createWalkIn, updateReservation } from './reservationCommands';
import { findReservationById, listReservations } from './reservationQueries';

export const reservationHandlers = (
  deps: CommandDeps,
  rules: RulesStore,
): HandlersFor<typeof reservationMethods, HandlerContext> => ({
  'reservations.createWalkIn': (input, ctx) => createWalkIn(deps, ctx.actor, rules.get(), input),
  'reservations.list': (input) => listReservations(deps.db, input),
  'reservations.create': (input, ctx) => createByOfficer(deps, ctx.actor, rules.get(), input),
  'reservations.update': (input, ctx) => updateReservation(deps, ctx.actor, rules.get(), input),
  'reservations.cancel': (input, ctx) => cancelReservation(deps, ctx.actor, input),
  'reservations.ticket': ({ id }) => {
    const res = findReservationById(deps.db, id);
    if (!res) throw reject('not_found', 'errors.reservation.notFound');
    return { token: res.token, day: res.day, firstName: firstName(res.full_name) };
  },
});
