import { openDatabase, type Db } from '../../db/openDatabase';
import { migrate } from '../../db/migrate';
import { systemClock, type Clock } from '../../shared/clock';
import { reject, type Result } from '../../shared/result';
import { localDay } from '../../shared/rules/siteCalendar';
import type { CommandDeps } from './command';
import { DeviceRegistry } from './deviceRegistry';
import { dispatch, type Handlers } from './dispatch';
import { EventBus } from './eventBus';
import { readDeviceId, seedFirstRun } from './firstRun';
import { randomIds, type IdSource } from './ids';
import { OfficerSessions } from './officerSessions';
import { listPlaces, replacePlaces } from './places';
import { listReservations } from './reservationQueries';
import { createWalkIn } from './reservations';
import { readSetting } from './settingsStore';
import { CONSENT_VERSION, readSite } from './siteSettings';

export interface KioskCoreOptions {
  /** SQLite file path, or ':memory:' for tests. */
  readonly dbFile: string;
  readonly version: string;
  readonly clock?: Clock;
  readonly ids?: IdSource;
  /** Seed demo desks, lockers and PIN on a new database (default true). */
  readonly seedDemo?: boolean;
  readonly logError?: (err: unknown, method: string) => void;
}

export interface KioskCore {
  readonly db: Db;
  readonly bus: EventBus;
  readonly devices: DeviceRegistry;
  readonly deps: CommandDeps;
  /** The one entry point both hosts (IPC and loopback HTTP) call with untrusted values. */
  call(method: unknown, input: unknown, options?: unknown): Promise<Result<unknown>>;
  close(): void;
}

/** Builds the application: database, services and the handler for every contract method. */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const db = openDatabase(options.dbFile);
  try {
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  const deviceId = readDeviceId(db, () => ids.id(), clock.now());
  const deps: CommandDeps = { db, clock, ids, deviceId };
  if (options.seedDemo ?? true) seedFirstRun(deps);

  const bus = new EventBus();
  const devices = new DeviceRegistry(bus);
  const sessions = new OfficerSessions(db, clock);

  const handlers: Handlers = {
    'app.info': () => {
      const site = readSite(db);
      return {
        siteName: site.name,
        version: options.version,
        deviceId,
        today: localDay(clock.now(), site.timeZone),
        timeZone: site.timeZone,
        demoData: listPlaces(db, 'desks').isDemo || readSetting(db, 'officer.pinIsDemo', false),
        consentVersion: CONSENT_VERSION,
      };
    },
    'officer.unlock': ({ pin }) => {
      const outcome = sessions.unlock(pin);
      if (outcome === 'wrong_pin') throw reject('unauthorized', 'errors.officer.wrongPin');
      if (outcome === 'locked_out') throw reject('forbidden', 'errors.officer.lockedOut');
      return outcome;
    },
    'officer.lock': (_input, ctx) => {
      if (ctx.session) sessions.lock(ctx.session);
      return {};
    },
    'reservations.createWalkIn': (input, ctx) => {
      const created = createWalkIn(deps, ctx.actor, input);
      bus.emit('reservations.changed', { id: created.reservationId, day: created.day });
      return created;
    },
    'reservations.list': (input) =>
      listReservations(db, {
        limit: input.limit,
        ...(input.day ? { day: input.day } : {}),
        ...(input.query ? { query: input.query } : {}),
      }),
    'desks.list': () => listPlaces(db, 'desks'),
    'desks.replace': ({ items }, ctx) => {
      const list = replacePlaces(deps, ctx.actor, 'desks', items);
      bus.emit('places.changed', { kind: 'desks' });
      return list;
    },
    'lockers.list': () => listPlaces(db, 'lockers'),
    'lockers.replace': ({ items }, ctx) => {
      const list = replacePlaces(deps, ctx.actor, 'lockers', items);
      bus.emit('places.changed', { kind: 'lockers' });
      return list;
    },
    'devices.list': () => ({ items: devices.list() }),
  };

  const logError =
    options.logError ?? ((err: unknown, method: string) => console.error(`[loket] ${method} failed`, err));
  return {
    db,
    bus,
    devices,
    deps,
    call: (method, input, callOptions) =>
      dispatch(
        { handlers, isOfficerSession: (s) => sessions.isValid(s), logError },
        method,
        input,
        callOptions,
      ),
    close: () => db.close(),
  };
}
