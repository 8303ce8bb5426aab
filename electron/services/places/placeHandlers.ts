import type { HandlersFor } from '../../../shared/contract';
import type { placeMethods } from '../../../shared/contract/places';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import { siteDay, type RulesStore } from '../settings/rules';
import { desksToday } from './desksToday';
import type { FloorPlanStore } from './floorPlan';
import { listPlaces, replacePlaces } from './places';

export const placeHandlers = (
  deps: CommandDeps,
  rules: RulesStore,
  floorPlan: FloorPlanStore,
): HandlersFor<typeof placeMethods, HandlerContext> => ({
  'desks.list': () => listPlaces(deps.db, 'desks'),
  'desks.replace': ({ items }, ctx) => replacePlaces(deps, ctx.actor, 'desks', items),
  'desks.today': () => desksToday(deps.db, siteDay(rules.get(), deps.clock.now())),
  'floorPlan.get': () => floorPlan.get(),
  'floorPlan.save': (plan, ctx) => floorPlan.save(ctx.actor, plan),
  'lockers.list': () => listPlaces(deps.db, 'lockers'),
  'lockers.replace': ({ items }, ctx) => replacePlaces(deps, ctx.actor, 'lockers', items),
});
