// The first run (issue 8): a new kiosk asks for the office, its first admin, desks and hours instead
// of inventing data; trying Loket with sample data is an explicit choice, marked on every screen,
// and can be left again.
import { autoLayout } from '../../../shared/places/autoLayout';
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { DocumentSettings, Place, SiteIdentity } from '../../../shared/contract';
import type { z } from 'zod';
import type { setupSchema } from '../../../shared/contract/site';
import { reject } from '../../../shared/result';
import { runCommand, type CommandDeps } from '../core/command';
import { readSetting, writeSetting } from '../core/settingsStore';
import { insertOfficer } from '../officers/officerCommands';
import type { OfficerSessions } from '../officers/officerSessions';
import type { PinHasher } from '../officers/pin';
import { ensureBuiltInRoles } from '../officers/roles';
import { writePlaces } from '../places/places';
import { DOCUMENT_SETTINGS_KEY } from '../settings/documents';
import { defaultRules } from '../settings/rules';
import { logoLooksRight } from './siteSettings';

export type SetupInput = z.output<typeof setupSchema>;

/** The sample officer's PIN, shown on the banner while sample data is in use (never a real PIN). */
export const SAMPLE_PIN = '246810';
const SAMPLE_DESKS = 12;
const SAMPLE_LOCKERS = 8;

export interface SetupState {
  readonly needed: boolean;
  readonly sampleData: boolean;
  readonly samplePin: string | null;
}

export function setupState(db: Db): SetupState {
  const completed = readSetting<number | null>(db, 'setup.completedAt', null) !== null;
  const sampleData = readSetting(db, 'setup.sampleData', false);
  return {
    needed: !completed && !sampleData,
    sampleData,
    samplePin: sampleData ? readSetting<string | null>(db, 'setup.samplePin', null) : null,
  };
}

/** Anything that caches what the setup writes (the setting records) reads it again. */
export interface SetupWrites {
  reload(): void;
}

export class Setup {
  constructor(
    private readonly deps: CommandDeps,
    private readonly pins: PinHasher,
    private readonly sessions: OfficerSessions,
    private readonly caches: SetupWrites,
  ) {}

  private mustBeNew(): void {
    if (!setupState(this.deps.db).needed) throw reject('conflict', 'errors.setup.alreadyDone');
  }

  /** The office, the first admin (signed in at once), desks, lockers and hours, in one command. */
  async complete(input: SetupInput) {
    this.mustBeNew();
    if (input.site.logo !== null && !logoLooksRight(input.site.logo)) {
      throw reject('validation', 'errors.validation', { fields: { 'site.logo': 'errors.site.logoType' } });
    }
    const pin = await this.pins.hash(input.admin.pin);
    const rules = { ...defaultRules, calendar: input.calendar, maxStayMinutes: input.maxStayMinutes };
    const adminId = runCommand(this.deps, 'kiosk', 'setup.complete', (now) => {
      this.mustBeNew();
      const { db } = this.deps;
      writeSetting(db, 'site.identity', input.site, now);
      writePlaces(db, 'desks', input.desks);
      writePlaces(db, 'lockers', input.lockers);
      writeSetting(db, 'rules', rules, now);
      const admin = insertOfficer(
        this.deps,
        { fullName: input.admin.fullName, nip: null, position: null, roles: ['admin'] },
        pin,
        { mustChangePin: false },
        now,
      );
      writeSetting(db, 'setup.completedAt', now, now);
      const places = (items: readonly Place[]) => ({
        items: items.map(({ number, label, zone }) => ({ number, label, zone })),
      });
      return {
        value: admin.officer.id,
        audit: {
          entity: 'site',
          entityId: 'setup',
          details: { desks: input.desks.length, lockers: input.lockers.length, admin: admin.officer.id },
        },
        ops: [
          { type: 'site.updated', payload: { ...input.site, letterhead: [...input.site.letterhead] } },
          admin.op,
          { type: 'desks.replaced', payload: places(input.desks) },
          { type: 'lockers.replaced', payload: places(input.lockers) },
          { type: 'settings.rulesUpdated', payload: rules },
        ],
        topics: ['site', 'officers', 'places', 'settings', 'visits'],
      };
    });
    this.caches.reload();
    return this.sessions.open(adminId);
  }

  /** Sample desks, lockers and a sample officer, to try Loket: never synced, and left with one tap. */
  async useSampleData(): Promise<{ officerName: string; pin: string }> {
    this.mustBeNew();
    const pin = await this.pins.hash(SAMPLE_PIN);
    const officerName = 'Petugas Contoh';
    runCommand(this.deps, 'kiosk', 'setup.useSampleData', (now) => {
      this.mustBeNew();
      const { db } = this.deps;
      // Pontianak's office as its letters head it (indonesian-services.md §8), marked as sample data.
      const sample: SiteIdentity = {
        siteName: 'Startup Hub & Pontive Center (contoh)',
        officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
        letterhead: [
          'Jalan Rahadi Osman No. 3 Telp. (0561) 8181771 Fax. (0561) 733041 Pontianak 78111',
          'Website: www.diskominfo.pontianak.go.id. E-mail: diskominfo@pontianak.go.id',
          'Data contoh untuk mencoba Loket',
        ],
        logo: null,
      };
      writeSetting(db, 'site.identity', sample, now);
      writeSetting(db, DOCUMENT_SETTINGS_KEY, sampleDocumentSettings, now);
      const numbered = (n: number, label: string) =>
        Array.from({ length: n }, (_, i) => ({
          number: i + 1,
          label: `${label} ${i + 1} (contoh)`,
          zone: null,
        }));
      writePlaces(db, 'desks', numbered(SAMPLE_DESKS, 'Meja'), true);
      writePlaces(db, 'lockers', numbered(SAMPLE_LOCKERS, 'Loker'), true);
      // A room map to find the desk on, as the officer would draw one.
      writeSetting(db, 'floorPlan', autoLayout(numbered(SAMPLE_DESKS, 'Meja').map((d) => d.number)), now);
      insertOfficer(
        this.deps,
        { fullName: officerName, nip: null, position: null, roles: ['admin'] },
        pin,
        { mustChangePin: false, sample: true },
        now,
      );
      writeSetting(db, 'setup.sampleData', true, now);
      writeSetting(db, 'setup.samplePin', SAMPLE_PIN, now);
      return {
        value: undefined,
        audit: {
          entity: 'site',
          entityId: 'sampleData',
          details: { desks: SAMPLE_DESKS, lockers: SAMPLE_LOCKERS },
        },
        ops: [], // sample data is this kiosk's rehearsal, never the site's records
        topics: ['site', 'officers', 'places', 'settings', 'visits'],
      };
    });
    this.caches.reload();
    return { officerName, pin: SAMPLE_PIN };
  }

  /**
   * Forgets everything tried with sample data and shows the setup again. Nothing of it ever reached
   * the central server (refused if anything was pushed), so the outbox starts again at 1.
   */
  leaveSampleData(actor: `officer:${string}`): void {
    const { db } = this.deps;
    runCommand(this.deps, actor, 'setup.leaveSampleData', () => {
      if (!setupState(db).sampleData) throw reject('conflict', 'errors.setup.notSampleData');
      if (prepared(db, 'SELECT 1 FROM outbox WHERE pushed_at IS NOT NULL LIMIT 1').get()) {
        throw reject('conflict', 'errors.setup.notSampleData');
      }
      for (const table of SAMPLE_TABLES) db.prepare(`DELETE FROM ${table}`).run();
      // This kiosk's own hardware stays set up: it was real even while the data was not.
      db.prepare(`DELETE FROM settings WHERE key NOT IN (${KEEP_SETTINGS.map(() => '?').join(', ')})`).run(
        ...KEEP_SETTINGS,
      );
      db.prepare('UPDATE device_state SET next_seq = 1').run();
      ensureBuiltInRoles(db, this.deps.clock.now());
      return {
        value: undefined,
        audit: { entity: 'site', entityId: 'sampleData', details: { left: true } },
        ops: [],
        topics: ['site', 'officers', 'places', 'settings', 'visits', 'reservations', 'printJobs', 'visitors'],
      };
    });
    this.sessions.endAll();
    this.caches.reload();
  }
}

/** The kop and signature lines of Pontianak's coworking reports (SOP 97: officer → Kasi PK&AI → Kabid TKPBET). */
export const sampleDocumentSettings: DocumentSettings = {
  governmentLine: 'PEMERINTAH KOTA PONTIANAK',
  officeLine: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  unitLines: [],
  city: 'Pontianak',
  preparerTitle: 'Admin Coworking Space',
  reviewerTitle: 'Kepala Seksi PK&AI',
  receiverTitle: 'Kepala Bidang TKPBET',
};

/** What sample data may have filled, children before parents; the audit log stays, as history. */
const SAMPLE_TABLES = [
  'visits',
  'reservations',
  'visitors',
  'print_jobs',
  'signin_lockouts',
  'officers',
  'roles',
  'desks',
  'lockers',
  'outbox',
] as const;
const KEEP_SETTINGS = ['printers', 'devices.scanners', 'display.kiosk', 'display.visitorDisplayId'] as const;
