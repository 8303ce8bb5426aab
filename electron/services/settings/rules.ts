import type { Db } from '../../../db/openDatabase';
import { rulesSettingsSchema, type RulesSettings } from '../../../shared/contract';
import { defaultServiceCalendar, localDay } from '../../../shared/rules/siteCalendar';
import { DEFAULT_WARNING_THRESHOLDS, MAX_STAY_MINUTES } from '../../../shared/rules/stayLimit';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { readSetting, writeSetting } from '../core/settingsStore';

/** SOP 97: Mon–Fri 07:00–15:45 WIB, 7 hours at most; warnings 30 and 10 minutes before the end. */
export const defaultRules: RulesSettings = rulesSettingsSchema.parse({
  calendar: defaultServiceCalendar,
  maxStayMinutes: MAX_STAY_MINUTES,
  warningMinutes: [...DEFAULT_WARNING_THRESHOLDS],
  // The SOP has the officer close visits; closing them automatically is a site's choice.
  autoCloseAtLimit: false,
});

function readRules(db: Db): RulesSettings {
  const parsed = rulesSettingsSchema.safeParse(readSetting<unknown>(db, 'rules', defaultRules));
  return parsed.success ? parsed.data : defaultRules;
}

/**
 * The site's coworking rules, read and parsed once and kept until they change: every scan needs
 * them, and parsing the calendar again on every scan is work nobody sees.
 */
export class RulesStore {
  #current: RulesSettings;

  constructor(private readonly deps: CommandDeps) {
    this.#current = readRules(deps.db);
  }

  get(): RulesSettings {
    return this.#current;
  }

  update(actor: Actor, rules: RulesSettings): RulesSettings {
    const saved = runCommand(this.deps, actor, 'settings.rules.update', (now) => {
      writeSetting(this.deps.db, 'rules', rules, now);
      return {
        value: rules,
        audit: { entity: 'settings', entityId: 'rules', details: { ...rules } },
        ops: [{ type: 'settings.rulesUpdated', payload: rules }],
        // New hours or limits change every visit's time left and warning.
        topics: ['settings', 'visits'],
      };
    });
    this.#current = saved;
    return saved;
  }
}

/** The site's calendar day of an instant. */
export const siteDay = (rules: RulesSettings, at: number) => localDay(at, rules.calendar.timeZone);
