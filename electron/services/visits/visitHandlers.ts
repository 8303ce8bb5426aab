import type { HandlersFor } from '../../../shared/contract';
import type { visitMethods } from '../../../shared/contract/visits';
import { localDayRange } from '../../../shared/rules/siteCalendar';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import type { RulesStore } from '../settings/rules';
import { readBoard } from './board';
import { closeWithoutCheckout, confirmCheckout } from './checkout';
import { manualCheckIn } from './checkIn';
import { assignLocker, changeDesk } from './visitCommands';
import { visitHistory, warningClock } from './visitQueries';

export const visitHandlers = (
  deps: CommandDeps,
  rules: RulesStore,
): HandlersFor<typeof visitMethods, HandlerContext> => ({
  'visits.board': () => readBoard(deps.db, rules.get(), deps.clock.now()),
  'visits.history': (input) => {
    const r = rules.get();
    const range = input.day ? localDayRange(input.day, r.calendar.timeZone) : undefined;
    return {
      items: visitHistory(
        deps.db,
        {
          limit: input.limit,
          query: input.query,
          ...(range ? { dayStart: range.start, dayEnd: range.end } : {}),
        },
        warningClock(r, deps.clock.now()),
      ),
    };
  },
  'visits.manualCheckIn': (input, ctx) => manualCheckIn(deps, ctx.actor, rules.get(), input).visit,
  'visits.changeDesk': ({ visitId, deskNumber }, ctx) =>
    changeDesk(deps, ctx.actor, rules.get(), visitId, deskNumber),
  'visits.assignLocker': (input, ctx) => assignLocker(deps, ctx.actor, rules.get(), input),
  'visits.confirmCheckout': (input, ctx) => confirmCheckout(deps, ctx.actor, rules.get(), input),
  'visits.closeWithoutCheckout': (input, ctx) => closeWithoutCheckout(deps, ctx.actor, rules.get(), input),
});
