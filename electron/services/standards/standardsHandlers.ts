// The handlers of the 15 service standards of decree 18/2024, one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { standardsMethods } from '../../../shared/contract/standards';
import { reject } from '../../../shared/result';
import { localiseEntry } from '../../../shared/serviceStandards/localise';
import {
  CATALOGUE_VERSION,
  shippedCatalogue,
  shippedEntry,
} from '../../../shared/serviceStandards/shippedCatalogue';
import { standardSlip } from '../../../shared/serviceStandards/standardSlip';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';
import { correctEntry } from './standardsCommands';
import { listCorrections, portalLink } from './standardsQueries';

/**
 * A visitor's slips come one at a time: a second tap within this long is refused rather than
 * printed (a child at the kiosk, an impatient double tap), so the roll is not spent on copies.
 */
export const SLIP_INTERVAL_MS = 5_000;

export function standardsHandlers(ctx: DomainContext): HandlersFor<typeof standardsMethods, HandlerContext> {
  const { deps } = ctx;
  let lastSlipAt = Number.NEGATIVE_INFINITY;
  return {
    'standards.corrections.list': () => ({
      catalogueVersion: CATALOGUE_VERSION,
      items: listCorrections(deps.db),
    }),
    'standards.entry.correct': (input, call) => correctEntry(deps, call.actor, input),
    'standards.entry.reset': (input, call) => correctEntry(deps, call.actor, { ...input, text: null }),
    'standards.phoneLink': ({ serviceId, lang }) => ({ url: portalLink(deps.db, serviceId, lang) }),
    'standards.slip.print': ({ serviceId, lang }) => {
      const now = ctx.clock.now();
      if (now - lastSlipAt < SLIP_INTERVAL_MS) throw reject('rule', 'errors.standards.printWait');
      const standard = localiseEntry(shippedEntry(serviceId), lang, listCorrections(deps.db));
      const pageUrl = portalLink(deps.db, serviceId, lang);
      const job = ctx.printing.print('standardSlip', (width) =>
        standardSlip(
          {
            siteName: ctx.site.get().siteName,
            standard,
            source: shippedCatalogue.source,
            pageUrl,
            printedAt: now,
          },
          width,
          lang,
        ),
      );
      lastSlipAt = now;
      return job;
    },
  };
}
