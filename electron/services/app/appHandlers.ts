import type { HandlersFor } from '../../../shared/contract';
import type { appMethods } from '../../../shared/contract/app';
import type { siteMethods } from '../../../shared/contract/site';
import { reject } from '../../../shared/result';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import { siteDay, type PrivacyStore, type RulesStore } from '../settings/rules';
import type { Setup } from './setup';
import { setupState } from './setup';
import { CONSENT_VERSION } from '../../../shared/contract';
import { logoLooksRight, type SiteIdentityStore } from './siteSettings';

export const appHandlers = (
  deps: CommandDeps,
  rules: RulesStore,
  privacy: PrivacyStore,
  site: SiteIdentityStore,
  version: string,
): HandlersFor<typeof appMethods, HandlerContext> => ({
  'app.info': () => {
    const r = rules.get();
    const setup = setupState(deps.db);
    const identity = site.get();
    return {
      siteName: identity.siteName,
      officeName: identity.officeName,
      version,
      deviceId: deps.deviceId,
      today: siteDay(r, deps.clock.now()),
      timeZone: r.calendar.timeZone,
      setupNeeded: setup.needed,
      sampleData: setup.sampleData,
      samplePin: setup.samplePin,
      consentVersion: CONSENT_VERSION,
      retentionDays: privacy.get().retentionDays,
    };
  },
});

export const siteHandlers = (
  site: SiteIdentityStore,
  setup: Setup,
): HandlersFor<typeof siteMethods, HandlerContext> => ({
  'site.get': () => site.get(),
  'site.update': (input, ctx) => {
    if (input.logo !== null && !logoLooksRight(input.logo)) {
      throw reject('validation', 'errors.validation', { fields: { logo: 'errors.site.logoType' } });
    }
    return site.update(ctx.actor, input);
  },
  'setup.complete': (input) => setup.complete(input),
  'setup.useSampleData': () => setup.useSampleData(),
  'setup.leaveSampleData': (_input, ctx) => {
    setup.leaveSampleData(ctx.actor as `officer:${string}`);
    return {};
  },
});
