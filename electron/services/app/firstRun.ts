import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import { runCommand, type CommandDeps } from '../core/command';
import { readSetting, writeSetting } from '../core/settingsStore';
import { hashPin } from '../officers/officerSessions';
import { defaultSite } from './siteSettings';

/** The PIN of a freshly installed kiosk; the desk shows a banner until the officer changes it. */
export const DEMO_PIN = '1234';
export const DEMO_DESKS = 12;
export const DEMO_LOCKERS = 8;

/**
 * On the very first run the kiosk has no desks, so it seeds clearly-marked demo desks and lockers
 * (is_demo = 1, labelled "Demo") that the officer replaces in settings, plus the demo PIN.
 */
export function seedFirstRun(deps: CommandDeps): boolean {
  const { db } = deps;
  if (readSetting<number | null>(db, 'firstRun.seededAt', null) !== null) return false;
  runCommand(deps, 'system', 'firstRun.seed', (now) => {
    const desk = db.prepare('INSERT INTO desks (number, label, is_demo) VALUES (?, ?, 1)');
    for (let n = 1; n <= DEMO_DESKS; n++) desk.run(n, `Meja ${n} (Demo)`);
    const locker = db.prepare('INSERT INTO lockers (number, label, is_demo) VALUES (?, ?, 1)');
    for (let n = 1; n <= DEMO_LOCKERS; n++) locker.run(n, `Loker ${n} (Demo)`);
    writeSetting(db, 'site', defaultSite, now);
    writeSetting(db, 'officer.pin', hashPin(DEMO_PIN), now);
    writeSetting(db, 'officer.pinIsDemo', true, now);
    writeSetting(db, 'firstRun.seededAt', now, now);
    return {
      value: undefined,
      audit: { entity: 'site', entityId: 'firstRun', details: { desks: DEMO_DESKS, lockers: DEMO_LOCKERS } },
      // Demo data is this kiosk's placeholder, never the site's: the officer's real list is synced.
      ops: [],
      topics: [],
    };
  });
  return true;
}

const READ_DEVICE = 'SELECT device_id FROM device_state WHERE id = 1';

/** This kiosk's id, made once on the first run; its operations carry it. */
export function readDeviceId(db: Db, newId: () => string): string {
  const existing = prepared(db, READ_DEVICE).pluck().get() as string | undefined;
  if (existing) return existing;
  const id = newId();
  db.prepare('INSERT INTO device_state (id, device_id, next_seq) VALUES (1, ?, 1)').run(id);
  return id;
}
