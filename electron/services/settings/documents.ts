// The kop and signature lines of the reports (shared/contract/settings.ts documentSettingsSchema):
// a site setting like the rules, changed by a command with its audit row and sync operation. Read
// from the database on every get, not kept: reports are printed now and then, and a pulled change or
// the sample data then needs no reload to show.
import {
  defaultDocumentSettings,
  documentSettingsSchema,
  type DocumentSettings,
} from '../../../shared/contract/settings';
import type { Db } from '../../../db/openDatabase';
import type { Actor, CommandDeps } from '../core/command';
import { readSetting } from '../core/settingsStore';
import { SettingRecord } from './settingRecord';

export const DOCUMENT_SETTINGS_KEY = 'documents';

/** The site's document settings as stored, or the defaults when none (or nothing readable) is. */
export function readDocumentSettings(db: Db): DocumentSettings {
  const parsed = documentSettingsSchema.safeParse(
    readSetting<unknown>(db, DOCUMENT_SETTINGS_KEY, defaultDocumentSettings),
  );
  return parsed.success ? parsed.data : defaultDocumentSettings;
}

export interface DocumentSettingsStore {
  get(): DocumentSettings;
  update(actor: Actor, value: DocumentSettings): DocumentSettings;
}

export function documentSettingsStore(deps: CommandDeps): DocumentSettingsStore {
  const record = new SettingRecord(deps, {
    key: DOCUMENT_SETTINGS_KEY,
    schema: documentSettingsSchema,
    fallback: defaultDocumentSettings,
    action: 'settings.documents.update',
    toOp: (value) => ({ type: 'settings.documentsUpdated', payload: value }),
    topics: ['settings'],
  });
  return {
    get: () => readDocumentSettings(deps.db),
    update: (actor, value) => record.update(actor, value),
  };
}
