// The coworking rules a site sets (SOP 97): service calendar, the 7-hour stay, warnings, closing at the limit.
import { z } from 'zod';
import { serviceCalendarSchema } from '../rules/siteCalendar';
import { operation } from '../sync/operation';
import { noInput } from './fields';
import { method } from './method';

export const rulesSettingsSchema = z.object({
  calendar: serviceCalendarSchema,
  maxStayMinutes: z.number().int().min(30).max(720),
  // [first, final]: the final warning comes no earlier than the first (30 then 10 minutes before the end).
  warningMinutes: z
    .tuple([z.number().int().min(1).max(120), z.number().int().min(1).max(120)])
    .refine(([first, final]) => final <= first, { error: 'errors.settings.warningOrder' }),
  autoCloseAtLimit: z.boolean(),
});
export type RulesSettings = z.infer<typeof rulesSettingsSchema>;

export const settingsMethods = {
  'settings.rules.get': method('public', noInput, rulesSettingsSchema),
  'settings.rules.update': method('officer', rulesSettingsSchema.strict(), rulesSettingsSchema),
} as const;

export const settingsOperations = {
  'settings.rulesUpdated': operation(1, 'settings', rulesSettingsSchema, () => 'rules'),
} as const;
