import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import { runCommand, type CommandDeps } from '../core/command';
import { readSetting, writeSetting } from '../core/settingsStore';
import { insertOfficer } from '../officers/officerCommands';
import { ensureBuiltInRoles } from '../officers/roles';
import { unnamedSite } from './siteSettings';

const READ_DEVICE = 'SELECT device_id FROM device_state WHERE id = 1';

/** This kiosk's id, made once on the first run; its operations carry it. */
export function readDeviceId(db: Db, newId: () => string): string {
  const existing = prepared(db, READ_DEVICE).pluck().get() as string | undefined;
  if (existing) return existing;
  const id = newId();
  db.prepare('INSERT INTO device_state (id, device_id, next_seq) VALUES (1, ?, 1)').run(id);
  return id;
}

/** At every start: the built-in roles exist, and a kiosk installed before named officers is adopted. */
export function prepareSite(deps: CommandDeps): void {
  ensureBuiltInRoles(deps.db, deps.clock.now());
  adoptEarlierInstall(deps);
}

/**
 * A kiosk installed before issue 8 had one shared PIN and invented demo desks. Its PIN becomes the
 * account "Petugas" (administrator), who must choose a new PIN at the first sign-in; its site name is
 * kept; demo desks still in place mean it was never really set up, so it counts as sample data.
 */
function adoptEarlierInstall(deps: CommandDeps): void {
  const { db } = deps;
  const legacyPin = readSetting<{ salt: string; hash: string } | null>(db, 'officer.pin', null);
  if (!legacyPin) return;
  runCommand(deps, 'system', 'site.adoptEarlierInstall', (now) => {
    const stillDemo =
      prepared(db, 'SELECT 1 FROM desks WHERE is_demo = 1 AND active = 1 LIMIT 1').get() !== undefined;
    const legacySite = readSetting<{ name?: string } | null>(db, 'site', null);
    // The earlier kiosk knew one name; it stands for the office too until an admin sets both.
    const name = legacySite?.name ?? unnamedSite.siteName;
    writeSetting(db, 'site.identity', { ...unnamedSite, siteName: name, officeName: name }, now);
    const { officer } = insertOfficer(
      deps,
      { fullName: 'Petugas', nip: null, position: null, roles: ['admin'] },
      // The old PIN was scrypt with Node's defaults; the stored hash now names its cost.
      { salt: legacyPin.salt, hash: `scrypt:16384:8:1:${legacyPin.hash}` },
      { mustChangePin: true, sample: stillDemo },
      now,
    );
    writeSetting(db, stillDemo ? 'setup.sampleData' : 'setup.completedAt', stillDemo ? true : now, now);
    for (const key of ['officer.pin', 'officer.pinIsDemo', 'firstRun.seededAt', 'site'])
      prepared(db, 'DELETE FROM settings WHERE key = ?').run(key);
    return {
      value: undefined,
      audit: { entity: 'officer', entityId: officer.id, details: { adopted: true, sampleData: stillDemo } },
      ops: [],
      topics: [],
    };
  });
}
