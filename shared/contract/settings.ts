// The coworking rules a site sets (SOP 97): service calendar, the 7-hour stay, warnings, closing at the limit.
import { z } from 'zod';
import { serviceCalendarSchema } from '../rules/siteCalendar';
import { operation } from '../sync/operation';
import { humanText, noInput } from './fields';
import { method } from './method';

export const rulesSettingsSchema = z.object({
  calendar: serviceCalendarSchema,
  maxStayMinutes: z.number().int().min(30).max(720),
  // [first, final]: the final warning comes no earlier than the first (30 then 10 minutes before the end).
  warningMinutes: z
    .tuple([z.number().int().min(1).max(120), z.number().int().min(1).max(120)])
    .refine(([first, final]) => final <= first, { error: 'errors.settings.warningOrder' }),
  autoCloseAtLimit: z.boolean(),
  /** How many days ahead a visitor may reserve, at the kiosk and on the portal (0: today only). */
  bookingDaysAhead: z.number().int().min(0).max(90).default(14),
});
export type RulesSettings = z.infer<typeof rulesSettingsSchema>;

/** How soon an unattended desk locks itself. */
export const securitySettingsSchema = z.object({ idleLockMinutes: z.number().int().min(1).max(120) });
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

/**
 * How long a visitor's data is kept after their last reservation; the consent text promises it,
 * and a daily job anonymises what is past it.
 */
export const privacySettingsSchema = z.object({ retentionDays: z.number().int().min(30).max(3650) });
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

/**
 * The house rules the kiosk's home screen shows (SOP 97: tidy the desk, return the equipment, …),
 * in Indonesian and, where the site wrote one, English. The hours and the stay limit come from the
 * rules above, not from this text.
 */
export const houseRulesSchema = z.object({
  items: z
    .array(
      z.object({ id: humanText(160, 'houseRule'), en: humanText(160, 'houseRule').nullable().default(null) }),
    )
    .max(8),
});
export type HouseRules = z.output<typeof houseRulesSchema>;

/**
 * Which desk services this kiosk offers its visitors (DOMAIN.md §5: one Loket installation per desk,
 * the guest book perhaps at the Sekretariat, the coworking check-in at the Startup Hub). A setting
 * of this installation, not of the site: it is not synced.
 */
export const kioskServicesSchema = z.object({
  coworking: z.boolean(),
  guestbook: z.boolean(),
  standards: z.boolean(),
  survey: z.boolean(),
  complaints: z.boolean(),
  /** The rooms' public agenda (issue 13); a kiosk set up before it offers it too. */
  agenda: z.boolean().default(true),
});
export type KioskServices = z.infer<typeof kioskServicesSchema>;

/**
 * The lines a filed document carries that are the site's, never code (indonesian-services.md §8): the
 * government line above the office's name in the kop, the Bidang/Seksi lines under it, the city of the
 * date line, and the titles (jabatan) of the three signature blocks of a report. The office's name,
 * logo and address lines come from the site identity. Pontianak's are filled by the sample data.
 */
export const documentSettingsSchema = z.object({
  /** "PEMERINTAH KOTA PONTIANAK"; null: the kop starts with the office's name. */
  governmentLine: humanText(160, 'letterhead').nullable().default(null),
  /**
   * The office's line in the kop when it differs from the office's name ("DINAS KOMUNIKASI DAN
   * INFORMATIKA" under "PEMERINTAH KOTA PONTIANAK", where the name says "… Kota Pontianak"); null: the name.
   */
  officeLine: humanText(160, 'letterhead').nullable().default(null),
  /** "BIDANG TKPBET", "SEKSI PK&AI": under the office's name, at most three. */
  unitLines: z.array(humanText(160, 'letterhead')).max(3).default([]),
  /** "Pontianak" for "Pontianak, 2 Desember 2026"; null: the date line has no place. */
  city: humanText(160, 'letterhead').nullable().default(null),
  /** Who prepares a report: "Admin Startup Hub". */
  preparerTitle: humanText(160, 'letterhead').default('Petugas Layanan'),
  /** Who reviews it ("Mengetahui,"): "Kepala Seksi PK&AI". */
  reviewerTitle: humanText(160, 'letterhead').default('Kepala Seksi'),
  /** Who receives it: "Kepala Bidang TKPBET". */
  receiverTitle: humanText(160, 'letterhead').default('Kepala Bidang'),
});
export type DocumentSettings = z.output<typeof documentSettingsSchema>;

/** Until the site writes its own: no government or unit line, no city, generic titles. */
export const defaultDocumentSettings: DocumentSettings = {
  governmentLine: null,
  officeLine: null,
  unitLines: [],
  city: null,
  preparerTitle: 'Petugas Layanan',
  reviewerTitle: 'Kepala Seksi',
  receiverTitle: 'Kepala Bidang',
};

export const settingsMethods = {
  'settings.rules.get': method('public', noInput, rulesSettingsSchema),
  'settings.rules.update': method('settings.manage', rulesSettingsSchema.strict(), rulesSettingsSchema),
  'settings.security.get': method('signedIn', noInput, securitySettingsSchema),
  'settings.security.update': method(
    'settings.manage',
    securitySettingsSchema.strict(),
    securitySettingsSchema,
  ),
  'settings.privacy.get': method('public', noInput, privacySettingsSchema),
  'settings.privacy.update': method('settings.manage', privacySettingsSchema.strict(), privacySettingsSchema),
  'settings.houseRules.get': method('public', noInput, houseRulesSchema),
  'settings.houseRules.update': method('settings.manage', houseRulesSchema.strict(), houseRulesSchema),
  'settings.kioskServices.get': method('public', noInput, kioskServicesSchema),
  'settings.kioskServices.update': method(
    'settings.manage',
    // A kiosk offering nothing would greet visitors with an empty screen.
    kioskServicesSchema
      .strict()
      .refine((s) => Object.values(s).some(Boolean), { error: 'errors.settings.noKioskService' }),
    kioskServicesSchema,
  ),
  /** The kop and signature lines of the reports: every officer who prints one reads them. */
  'settings.documents.get': method('signedIn', noInput, documentSettingsSchema),
  'settings.documents.update': method(
    'settings.manage',
    documentSettingsSchema.strict(),
    documentSettingsSchema,
  ),
} as const;

export const settingsOperations = {
  'settings.rulesUpdated': operation(1, 'settings', rulesSettingsSchema, () => 'rules'),
  'settings.securityUpdated': operation(1, 'settings', securitySettingsSchema, () => 'security'),
  'settings.privacyUpdated': operation(1, 'settings', privacySettingsSchema, () => 'privacy'),
  'settings.houseRulesUpdated': operation(1, 'settings', houseRulesSchema, () => 'houseRules'),
  'settings.documentsUpdated': operation(1, 'settings', documentSettingsSchema, () => 'documents'),
} as const;
