// The display settings an officer can change (settings table, JSON values), read once at start.
import type { Db } from '../../db/openDatabase';
import { readSetting } from '../services/core/settingsStore';
import type { DisplaySettings } from './windowPlan';

export const KIOSK_SETTING = 'display.kiosk';
export const VISITOR_DISPLAY_SETTING = 'display.visitorDisplayId';

/**
 * Kiosk mode defaults to on in packaged builds and off in development, where a developer needs to
 * leave the window. A malformed value falls back to the default rather than unlocking the kiosk.
 */
export function readDisplaySettings(db: Db, isPackaged: boolean): DisplaySettings {
  const kiosk = readSetting<unknown>(db, KIOSK_SETTING, isPackaged);
  const visitor = readSetting<unknown>(db, VISITOR_DISPLAY_SETTING, null);
  return {
    kiosk: typeof kiosk === 'boolean' ? kiosk : isPackaged,
    ...(typeof visitor === 'number' && Number.isInteger(visitor) ? { visitorDisplayId: visitor } : {}),
  };
}
