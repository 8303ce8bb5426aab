import type { HandlersFor } from '../../../shared/contract';
import type { reportMethods } from '../../../shared/contract/reports';
import { dailyRecapSlip } from '../../../shared/slips/dailyRecapSlip';
import type { SiteIdentityStore } from '../app/siteSettings';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import type { Printing } from '../printing/printing';
import type { RulesStore } from '../settings/rules';
import { computeDailyRecap } from './dailyRecap';

export const reportHandlers = (
  deps: CommandDeps,
  rules: RulesStore,
  site: SiteIdentityStore,
  printing: Printing,
): HandlersFor<typeof reportMethods, HandlerContext> => {
  const recapOf = (day: string) =>
    computeDailyRecap(deps.db, rules.get(), site.get().siteName, day, deps.clock.now());
  return {
    'reports.dailyRecap': ({ day, lang }) => {
      const recap = recapOf(day);
      return {
        recap: { ...recap, equipmentNotes: [...recap.equipmentNotes] },
        doc: dailyRecapSlip(recap, 80, lang),
      };
    },
    'reports.printDailyRecap': ({ day, lang }) => {
      const recap = recapOf(day);
      return printing.print('dailyRecap', (width) => dailyRecapSlip(recap, width, lang));
    },
  };
};
