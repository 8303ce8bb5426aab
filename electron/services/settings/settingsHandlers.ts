import type { HandlersFor } from '../../../shared/contract';
import type { settingsMethods } from '../../../shared/contract/settings';
import type { HandlerContext } from '../core/dispatch';
import type { RulesStore } from './rules';

export const settingsHandlers = (rules: RulesStore): HandlersFor<typeof settingsMethods, HandlerContext> => ({
  'settings.rules.get': () => rules.get(),
  'settings.rules.update': (input, ctx) => rules.update(ctx.actor, input),
});
