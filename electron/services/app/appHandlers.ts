import type { HandlersFor } from '../../../shared/contract';
import type { appMethods } from '../../../shared/contract/app';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import { readSetting } from '../core/settingsStore';
import { listPlaces } from '../places/places';
import { siteDay, type RulesStore } from '../settings/rules';
import { CONSENT_VERSION, readSite } from './siteSettings';

export const appHandlers = (
  deps: CommandDeps,
  rules: RulesStore,
  version: string,
): HandlersFor<typeof appMethods, HandlerContext> => ({
  'app.info': () => {
    const r = rules.get();
    return {
      siteName: readSite(deps.db).name,
      version,
      deviceId: deps.deviceId,
      today: siteDay(r, deps.clock.now()),
      timeZone: r.calendar.timeZone,
      demoData: listPlaces(deps.db, 'desks').isDemo || readSetting(deps.db, 'officer.pinIsDemo', false),
      consentVersion: CONSENT_VERSION,
    };
  },
});
