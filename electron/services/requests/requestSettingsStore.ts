// The site's request types, rooms, chains and letter numbering (shared/requests/requestSettings.ts):
// a site setting like the document settings, changed by a command with its audit row and sync
// operation, read from the database on every get (a pulled change needs no reload).
import type { Db } from '../../../db/openDatabase';
import {
  defaultRequestSettings,
  requestSettingsSchema,
  type RequestSettings,
} from '../../../shared/requests/requestSettings';
import { rulesSettingsSchema } from '../../../shared/contract/settings';
import type { Actor, CommandDeps } from '../core/command';
import { readSetting } from '../core/settingsStore';
import { SettingRecord } from '../settings/settingRecord';

export const REQUEST_SETTINGS_KEY = 'requests';

export function readRequestSettings(db: Db): RequestSettings {
  const parsed = requestSettingsSchema.safeParse(
    readSetting<unknown>(db, REQUEST_SETTINGS_KEY, defaultRequestSettings),
  );
  return parsed.success ? parsed.data : defaultRequestSettings;
}

/** The site's zone, for an applier that has no rules store at hand. */
export function readRulesTimeZone(db: Db): string {
  const parsed = rulesSettingsSchema.safeParse(readSetting<unknown>(db, 'rules', null));
  return parsed.success ? parsed.data.calendar.timeZone : 'Asia/Pontianak';
}

export interface RequestSettingsStore {
  get(): RequestSettings;
  update(actor: Actor, value: RequestSettings): RequestSettings;
}

export function requestSettingsStore(deps: CommandDeps): RequestSettingsStore {
  const record = new SettingRecord(deps, {
    key: REQUEST_SETTINGS_KEY,
    schema: requestSettingsSchema,
    fallback: defaultRequestSettings,
    action: 'requests.settings.update',
    toOp: (value) => ({ type: 'requests.settingsUpdated', payload: value }),
    topics: ['settings', 'requests'],
  });
  return {
    get: () => readRequestSettings(deps.db),
    update: (actor, value) => record.update(actor, value),
  };
}
