import {
  houseRulesSchema,
  kioskServicesSchema,
  privacySettingsSchema,
  rulesSettingsSchema,
  securitySettingsSchema,
  type HouseRules,
  type RulesSettings,
} from '../../../shared/contract';
import { defaultServiceCalendar, localDay } from '../../../shared/rules/siteCalendar';
import { DEFAULT_WARNING_THRESHOLDS, MAX_STAY_MINUTES } from '../../../shared/rules/stayLimit';
import type { CommandDeps } from '../core/command';
import { SettingRecord } from './settingRecord';

/** SOP 97: Mon–Fri 07:00–15:45 WIB, 7 hours at most; warnings 30 and 10 minutes before the end. */
export const defaultRules: RulesSettings = rulesSettingsSchema.parse({
  calendar: defaultServiceCalendar,
  maxStayMinutes: MAX_STAY_MINUTES,
  warningMinutes: [...DEFAULT_WARNING_THRESHOLDS],
  // The SOP has the officer close visits; closing them automatically is a site's choice.
  autoCloseAtLimit: false,
});

/**
 * The site's coworking rules, read and parsed once and kept until they change: every scan needs
 * them, and parsing the calendar again on every scan is work nobody sees.
 */
export type RulesStore = SettingRecord<typeof rulesSettingsSchema>;
export const rulesStore = (deps: CommandDeps): RulesStore =>
  new SettingRecord(deps, {
    key: 'rules',
    schema: rulesSettingsSchema,
    fallback: defaultRules,
    action: 'settings.rules.update',
    toOp: (rules) => ({ type: 'settings.rulesUpdated', payload: rules }),
    // New hours or limits change every visit's time left and warning.
    topics: ['settings', 'visits'],
  });

/** An unattended desk locks itself after ten minutes unless the site says otherwise. */
export const securityStore = (deps: CommandDeps) =>
  new SettingRecord(deps, {
    key: 'security',
    schema: securitySettingsSchema,
    fallback: { idleLockMinutes: 10 },
    action: 'settings.security.update',
    toOp: (value) => ({ type: 'settings.securityUpdated', payload: value }),
    topics: ['settings'],
  });

/** Every desk service on, until the officer switches off what this kiosk's desk does not offer. */
export const kioskServicesStore = (deps: CommandDeps) =>
  new SettingRecord(deps, {
    key: 'kiosk.services',
    schema: kioskServicesSchema,
    fallback: {
      coworking: true,
      guestbook: true,
      standards: true,
      survey: true,
      complaints: true,
      agenda: true,
    },
    action: 'settings.kioskServices.update',
    toOp: () => null, // this installation's own choice, like its printers
    topics: ['settings'],
  });

/** A visitor's data is kept a year after their last reservation (the consent text says so) unless set otherwise. */
export const privacyStore = (deps: CommandDeps) =>
  new SettingRecord(deps, {
    key: 'privacy',
    schema: privacySettingsSchema,
    fallback: { retentionDays: 365 },
    action: 'settings.privacy.update',
    toOp: (value) => ({ type: 'settings.privacyUpdated', payload: value }),
    topics: ['settings'],
  });
/** SOP 97's duties of a coworking visitor, until the site writes its own. */
export const defaultHouseRules: HouseRules = {
  items: [
    { id: 'Gunakan meja sesuai nomor yang diberikan.', en: 'Use the desk whose number you were given.' },
    {
      id: 'Jaga kebersihan dan kerapian meja, dan rapikan sebelum pulang.',
      en: 'Keep your desk clean and tidy, and tidy it before you leave.',
    },
    {
      id: 'Kembalikan peralatan yang dipinjam kepada petugas.',
      en: 'Return borrowed equipment to the officer.',
    },
    { id: 'Laporkan peralatan yang rusak kepada petugas.', en: 'Tell the officer about damaged equipment.' },
    {
      id: 'Selesai? Ketuk “Selesai & keluar”, lalu pindai kode QR Anda.',
      en: 'Finished? Tap “Finish & leave”, then scan your QR code.',
    },
  ],
};

export const houseRulesStore = (deps: CommandDeps) =>
  new SettingRecord(deps, {
    key: 'houseRules',
    schema: houseRulesSchema,
    fallback: defaultHouseRules,
    action: 'settings.houseRules.update',
    toOp: (value) => ({ type: 'settings.houseRulesUpdated', payload: value }),
    topics: ['settings'],
  });
export type HouseRulesStore = ReturnType<typeof houseRulesStore>;
export type SecurityStore = ReturnType<typeof securityStore>;
export type KioskServicesStore = ReturnType<typeof kioskServicesStore>;
export type PrivacyStore = ReturnType<typeof privacyStore>;

/** The site's calendar day of an instant. */
export const siteDay = (rules: RulesSettings, at: number) => localDay(at, rules.calendar.timeZone);
