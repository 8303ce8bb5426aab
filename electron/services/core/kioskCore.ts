// The composition of the kiosk's core: database, services, and the one handler map both hosts call.
// Each domain brings its own handlers (electron/services/<domain>/<domain>Handlers.ts); this file
// only wires them together. A new domain adds one line to `handlers` below.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations, migrate } from '../../../db/migrate';
import { openDatabase, type Db } from '../../../db/openDatabase';
import { startWalCheckpointer } from '../../../db/walCheckpointer';
import { systemClock, systemTimers, type Clock, type TimerHandle, type Timers } from '../../../shared/clock';
import type { Result } from '../../../shared/result';
import type { PrintHtmlPort } from '../../devices/printers/osPrinter';
import { appHandlers, siteHandlers } from '../app/appHandlers';
import { prepareSite, readDeviceId } from '../app/firstRun';
import { Setup } from '../app/setup';
import { siteIdentityStore } from '../app/siteSettings';
import { auditHandlers } from '../audit/auditHandlers';
import { deviceHandlers } from '../deviceStatus/deviceHandlers';
import { DeviceRegistry } from '../deviceStatus/deviceRegistry';
import { officerHandlers } from '../officers/officerHandlers';
import { OfficerSessions } from '../officers/officerSessions';
import { createPinHasher, type PinHasher } from '../officers/pin';
import { floorPlanStore } from '../places/floorPlan';
import { placeHandlers } from '../places/placeHandlers';
import { Printing } from '../printing/printing';
import { printingHandlers } from '../printing/printingHandlers';
import { reportHandlers } from '../reports/reportHandlers';
import { reservationHandlers } from '../reservations/reservationHandlers';
import { scannerHandlers } from '../scanners/scannerHandlers';
import { Scanners, type ScannersOptions } from '../scanners/scanners';
import { ScanDesk } from '../scans/scanDesk';
import { scanHandlers } from '../scans/scanHandlers';
import {
  houseRulesStore,
  kioskServicesStore,
  privacyStore,
  rulesStore,
  securityStore,
  siteDay,
  type RulesStore,
} from '../settings/rules';
import { settingsHandlers } from '../settings/settingsHandlers';
import { documentSettingsStore } from '../settings/documents';
import { StayMonitor } from '../visits/stayMonitor';
import { visitHandlers } from '../visits/visitHandlers';
import { visitorHandlers } from '../visitors/visitorHandlers';
import { RetentionJob } from '../visitors/visitorData';
import { keepNextDay } from '../recaps/recapDays';
import { lettersDirFor, removeUnfinishedWrites } from '../files/letterStore';
import { referencedLetters } from '../requests/requestQueries';
import { requestsHandlers } from '../requests/requestsHandlers';
import { eraseExpiredRequestContacts, eventAttendanceAtKiosk } from '../requests/requestCommands';
import { requestSettingsStore } from '../requests/requestSettingsStore';
import { syncHandlers } from '../sync/syncHandlers';
import { guestbookHandlers } from '../guestbook/guestbookHandlers';
import { standardsHandlers } from '../standards/standardsHandlers';
import { surveyHandlers } from '../survey/surveyHandlers';
import { complaintsHandlers } from '../complaints/complaintsHandlers';
import { inventoryHandlers } from '../inventory/inventoryHandlers';
import { recapsHandlers } from '../recaps/recapsHandlers';
import type { DomainContext } from './domainContext';
import { guestRetentionStep } from '../guestbook/guestRetention';
import { eraseExpiredComplaintContacts } from '../complaints/complaintCommands';
import { SyncClient } from '../../sync/syncClient';
import type { Fetch } from '../../sync/transport';
import { CallAuditor } from './callAudit';
import type { CommandDeps } from './command';
import { dispatch, type Handlers } from './dispatch';
import { createEventBus, type EventBus } from './eventBus';
import { randomIds, type IdSource } from './ids';
import { createLogger, type Logger } from './logger';

export interface KioskCoreOptions {
  /** SQLite file path, or ':memory:' for tests. */
  readonly dbFile: string;
  readonly version: string;
  readonly clock?: Clock;
  readonly timers?: Timers;
  readonly ids?: IdSource;
  readonly log?: Logger;
  /** How PINs are hashed: scrypt at its real cost by default; tests may pass a cheaper one. */
  readonly pinHasher?: PinHasher;
  /** Scanner hardware access (HID backend, serial opener, the Electron key source). */
  readonly scanners?: ScannersOptions;
  /** The Electron host's OS printing (hidden window + webContents.print); absent in the loopback host. */
  readonly printHtml?: PrintHtmlPort;
  /** How the sync client reaches the central server; global fetch unless a test cuts in. */
  readonly fetch?: Fetch;
  /** Where uploaded letters are kept: beside the database file unless given (a temporary folder for ':memory:'). */
  readonly lettersDir?: string;
}

export interface KioskCore {
  readonly db: Db;
  readonly events: EventBus;
  readonly log: Logger;
  readonly deps: CommandDeps;
  readonly rules: RulesStore;
  readonly devices: DeviceRegistry;
  /** Every scanner source (HID POS, serial, keyboard wedge) hands its scans here. */
  readonly scans: ScanDesk;
  /** Warnings, overstays, automatic closing and no-shows; run by `startTimers`. */
  readonly monitor: StayMonitor;
  /** Anonymises visitors past the retention period, once a day; run by `startTimers`. */
  readonly retention: RetentionJob;
  readonly printing: Printing;
  readonly scanners: Scanners;
  /** Pushes the outbox to the central server and pulls the site's changes, once joined. */
  readonly sync: SyncClient;
  /** The one entry point both hosts (IPC and loopback HTTP) call with untrusted values. */
  call(method: unknown, input: unknown, options?: unknown): Promise<Result<unknown>>;
  /** Runs the stay monitor every `intervalMs` until close(). */
  startTimers(intervalMs?: number): void;
  /**
   * Stops the timers and devices and closes the database at once; resolves when the checkpoint
   * worker has let go of the file too (a caller about to delete or copy it waits for that).
   */
  close(): Promise<void>;
}

/** Guests or complainants anonymised per retention step: a few milliseconds, like the visitors' steps. */
const RETENTION_BATCH = 20;

function openMigrated(file: string, now: number): Db {
  const db = openDatabase(file);
  try {
    // The backup made before an upgrade is named with the injected clock's time, like everything else.
    migrate(db, loadMigrations(), now);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Builds the application: database, services and the handler for every contract method. */
export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const clock = options.clock ?? systemClock;
  const timers = options.timers ?? systemTimers;
  const ids = options.ids ?? randomIds;
  const log = options.log ?? createLogger();
  const db = openMigrated(options.dbFile, clock.now());
  // Checkpoints in a worker, never inside a visitor's COMMIT (db/walCheckpointer.ts).
  const checkpointer = startWalCheckpointer(db, {
    onFailure: (err) => log.warn({ err }, 'WAL checkpoints are back on the main thread'),
  });
  const events = createEventBus(log);
  // Each committed change is copied back to the database file at once, off this thread, so the
  // write-ahead log stays a few pages long instead of growing through a busy hour.
  if (checkpointer) events.on('data.changed', () => checkpointer.nudge());
  const deps: CommandDeps = { db, clock, ids, deviceId: readDeviceId(db, () => ids.id()), events, log };
  prepareSite(deps);

  const pins = options.pinHasher ?? createPinHasher();
  const rules = rulesStore(deps);
  const security = securityStore(deps);
  const privacy = privacyStore(deps);
  const site = siteIdentityStore(deps);
  const houseRules = houseRulesStore(deps);
  const floorPlan = floorPlanStore(deps);
  const kioskServices = kioskServicesStore(deps);
  const documentSettings = documentSettingsStore(deps);
  const devices = new DeviceRegistry(events);
  const sessions = new OfficerSessions(deps, pins, () => security.get());
  const setup = new Setup(deps, pins, sessions, {
    reload: () =>
      [rules, security, privacy, site, houseRules, floorPlan, kioskServices].forEach((record) =>
        record.reload(),
      ),
  });
  const auditor = new CallAuditor(deps);
  const printing = new Printing(deps, devices, rules, site, options.printHtml);
  const requestSettings = requestSettingsStore(deps);
  const requestWorld = () => ({
    db,
    settings: requestSettings.get(),
    calendar: rules.get().calendar,
    now: clock.now(),
  });
  const scans = new ScanDesk(
    deps,
    rules,
    (visitId) => {
      if (!printing.settings().autoCheckInSlip) return;
      // After the visitor has their answer: rendering the slip and saving its job is not theirs to wait for.
      timers.setTimeout(() => {
        try {
          printing.checkInSlip(visitId, 'id');
        } catch (err) {
          // No printer set up or it refused the job: the check-in stands; the desk shows the printer state.
          log.warn({ err, visitId }, 'check-in slip not printed');
        }
      }, 0);
    },
    eventAttendanceAtKiosk(deps, requestWorld),
  );
  const monitor = new StayMonitor(deps, rules);
  const retention = new RetentionJob(
    deps,
    timers,
    () => siteDay(rules.get(), clock.now()),
    () => privacy.get().retentionDays,
    [
      (today, days) => guestRetentionStep(deps, today, days, { batch: RETENTION_BATCH }) === RETENTION_BATCH,
      (_today, days) => eraseExpiredComplaintContacts(deps, days, RETENTION_BATCH) === RETENTION_BATCH,
      (_today, days) =>
        eraseExpiredRequestContacts(deps, requestWorld, days, RETENTION_BATCH) === RETENTION_BATCH,
    ],
  );
  const reloadSettings = () =>
    [rules, security, privacy, site, houseRules, floorPlan, kioskServices].forEach((record) =>
      record.reload(),
    );
  // Uploaded letters live beside the database; an in-memory one (tests) gets a folder of its own.
  const temporaryLetters = options.lettersDir === undefined && options.dbFile === ':memory:';
  const lettersDir =
    options.lettersDir ??
    (options.dbFile === ':memory:'
      ? mkdtempSync(join(tmpdir(), 'loket-letters-'))
      : lettersDirFor(options.dbFile));
  removeUnfinishedWrites(lettersDir);
  const sync = new SyncClient({
    db,
    clock,
    timers,
    events,
    log,
    deviceId: deps.deviceId,
    reloadSettings,
    letters: { dir: lettersDir, referenced: () => referencedLetters(db) },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  // A committed command may have left operations for the server: push them soon.
  events.on('data.changed', () => sync.nudge());
  const scanners = new Scanners(deps, devices, (scan) => scans.handle(scan), {
    timers,
    ...options.scanners,
  });

  const domain: DomainContext = { deps, clock, timers, rules, privacy, site, printing, lettersDir };
  const handlers: Handlers = {
    ...appHandlers(deps, rules, privacy, site, options.version),
    ...siteHandlers(site, setup),
    ...officerHandlers(deps, sessions, pins),
    ...auditHandlers(deps, rules),
    ...visitorHandlers(deps),
    ...reservationHandlers(deps, rules),
    ...placeHandlers(deps, rules, floorPlan),
    ...visitHandlers(deps, rules),
    ...scanHandlers(deps, scans, scanners),
    ...deviceHandlers(devices),
    ...scannerHandlers(scanners),
    ...printingHandlers(printing),
    ...reportHandlers(deps, rules, site, printing),
    ...settingsHandlers(rules, security, privacy, houseRules, kioskServices, documentSettings),
    ...syncHandlers(deps, sync, () => {
      reloadSettings();
      events.emit('data.changed', { topics: ['site', 'officers', 'places', 'settings'] });
    }),
    ...guestbookHandlers(domain),
    ...standardsHandlers(domain),
    ...surveyHandlers(domain),
    ...complaintsHandlers(domain),
    ...inventoryHandlers(domain),
    ...recapsHandlers(domain),
    ...requestsHandlers(domain),
  };

  let timer: TimerHandle | undefined;
  let closed = false;
  let closing: Promise<void> | undefined;
  /**
   * The timers' jobs, each its own task: a scan that arrives while one runs is answered before the
   * next starts, so a visitor never waits behind all three (bench/daySimulation.ts).
   */
  const jobs: readonly (readonly [name: string, run: () => void])[] = [
    ['stay monitor', () => monitor.tick()],
    ['retention job', () => retention.tick()],
    ['report days', () => keepNextDay(db, rules.get().calendar.timeZone, clock.now())],
  ];
  const tick = (intervalMs: number, job = 0) => {
    const [name, run] = jobs[job]!;
    try {
      run();
    } catch (err) {
      log.error({ err }, `${name} failed`);
    }
    const last = job === jobs.length - 1;
    if (!closed) timer = timers.setTimeout(() => tick(intervalMs, last ? 0 : job + 1), last ? intervalMs : 0);
  };
  return {
    db,
    events,
    log,
    deps,
    rules,
    devices,
    scans,
    monitor,
    retention,
    printing,
    scanners,
    sync,
    call: (method, input, callOptions) =>
      dispatch(
        { handlers, resolveSession: (s) => sessions.resolve(s), auditor, log },
        method,
        input,
        callOptions,
      ),
    startTimers(intervalMs = 15_000) {
      if (timer === undefined && !closed) timer = timers.setTimeout(() => tick(intervalMs), intervalMs);
    },
    close: () => {
      if (closing) return closing;
      closed = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      retention.stop();
      sync.stop();
      void printing.stop();
      void scanners.stop();
      db.close();
      if (temporaryLetters) rmSync(lettersDir, { recursive: true, force: true });
      // The worker's last checkpoint and close come after ours: as the last connection it is the one
      // that folds the log into the file.
      closing = checkpointer?.stop() ?? Promise.resolve();
      return closing;
    },
  };
}
