import type { HandlersFor } from '../../../shared/contract';
import type { settingsMethods } from '../../../shared/contract/settings';
import type { HandlerContext } from '../core/dispatch';
import type { DocumentSettingsStore } from './documents';
import type { HouseRulesStore, KioskServicesStore, PrivacyStore, RulesStore, SecurityStore } from './rules';

export const settingsHandlers = (
  rules: RulesStore,
  security: SecurityStore,
  privacy: PrivacyStore,
  houseRules: HouseRulesStore,
  kioskServices: KioskServicesStore,
  documents: DocumentSettingsStore,
): HandlersFor<typeof settingsMethods, HandlerContext> => ({
  'settings.rules.get': () => rules.get(),
  'settings.rules.update': (input, ctx) => rules.update(ctx.actor, input),
  'settings.security.get': () => security.get(),
  'settings.security.update': (input, ctx) => security.update(ctx.actor, input),
  'settings.privacy.get': () => privacy.get(),
  'settings.privacy.update': (input, ctx) => privacy.update(ctx.actor, input),
  'settings.houseRules.get': () => houseRules.get(),
  'settings.houseRules.update': (input, ctx) => houseRules.update(ctx.actor, input),
  'settings.kioskServices.get': () => kioskServices.get(),
  'settings.kioskServices.update': (input, ctx) => kioskServices.update(ctx.actor, input),
  'settings.documents.get': () => documents.get(),
  'settings.documents.update': (input, ctx) => documents.update(ctx.actor, input),
});
