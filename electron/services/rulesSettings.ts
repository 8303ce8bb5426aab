import type { Db } from '../../db/openDatabase';
import { rulesSettingsSchema, type RulesSettings } from '../../shared/contract';
import { defaultServiceCalendar } from '../../shared/rules/siteCalendar';
import { DEFAULT_WARNING_THRESHOLDS, MAX_STAY_MINUTES } from '../../shared/rules/stayLimit';
import { runCommand, type Actor, type CommandDeps } from './command';
import { readSetting, writeSetting } from './settingsStore';

/** SOP 97: Mon–Fri 07:00–15:45 WIB, 7 hours at most; warnings 30 and 10 minutes before the end. */
export const defaultRules: RulesSettings = rulesSettingsSchema.parse({
  calendar: defaultServiceCalendar,
  maxStayMinutes: MAX_STAY_MINUTES,
  warningMinutes: [...DEFAULT_WARNING_THRESHOLDS],
  // The SOP has the officer close visits; closing them automatically is a site's choice.
  autoCloseAtLimit: false,
});

export function readRules(db: Db): RulesSettings {
  const parsed = rulesSettingsSchema.safeParse(readSetting<unknown>(db, 'rules', defaultRules));
  return parsed.success ? parsed.data : defaultRules;
}

export function updateRules(deps: CommandDeps, actor: Actor, rules: RulesSettings): RulesSettings {
  return runCommand(deps, actor, 'settings.rules.update', (now) => {
    writeSetting(deps.db, 'rules', rules, now);
    return {
      value: rules,
      audit: { entity: 'settings', entityId: 'rules', details: { ...rules } },
      sync: { type: 'settings.rules.updated', payload: { ...rules } },
    };
  });
}
