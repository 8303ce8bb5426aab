import type { Db } from '../../db/openDatabase';
import { runCommand, type CommandDeps } from './command';
import { hashPin } from './officerSessions';
import { writeSetting } from './settingsStore';
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
  const seeded = db.prepare("SELECT 1 FROM settings WHERE key = 'firstRun.seededAt'").get();
  if (seeded) return false;
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
      sync: null,
    };
  });
  return true;
}

export function readDeviceId(db: Db, newId: () => string, now: number): string {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'device.id'").get() as
    { value: string } | undefined;
  if (row) return JSON.parse(row.value) as string;
  const id = newId();
  writeSetting(db, 'device.id', id, now);
  return id;
}
