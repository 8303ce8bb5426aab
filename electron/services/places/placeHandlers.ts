import type { HandlersFor } from '../../../shared/contract';
import type { placeMethods } from '../../../shared/contract/places';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import { listPlaces, replacePlaces } from './places';

export const placeHandlers = (deps: CommandDeps): HandlersFor<typeof placeMethods, HandlerContext> => ({
  'desks.list': () => listPlaces(deps.db, 'desks'),
  'desks.replace': ({ items }, ctx) => replacePlaces(deps, ctx.actor, 'desks', items),
  'lockers.list': () => listPlaces(deps.db, 'lockers'),
  'lockers.replace': ({ items }, ctx) => replacePlaces(deps, ctx.actor, 'lockers', items),
});
