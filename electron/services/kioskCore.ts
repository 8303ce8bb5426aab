import { openDatabase, type Db } from '../../db/openDatabase';
import { migrate } from '../../db/migrate';
import { systemClock, type Clock } from '../../shared/clock';
import { reject, type Result } from '../../shared/result';
import { localDayRange } from '../../shared/rules/siteCalendar';
import { firstName } from '../../shared/text';
import { readBoard } from './board';
import { closeWithoutCheckout, confirmCheckout } from './checkout';
import type { CommandDeps } from './command';
import { DeviceRegistry } from './deviceRegistry';
import { dispatch, type Handlers } from './dispatch';
import { EventBus } from './eventBus';
import { readDeviceId, seedFirstRun } from './firstRun';
import { randomIds, type IdSource } from './ids';
import { OfficerSessions } from './officerSessions';
import { listPlaces, replacePlaces } from './places';
import { listReservations, reservationRow } from './reservationQueries';
import { cancelReservation, createByOfficer, createWalkIn, updateReservation } from './reservations';
import { readRules, updateRules } from './rulesSettings';
import { ScanDesk } from './scanDesk';
import { readSetting } from './settingsStore';
import { CONSENT_VERSION, readSite } from './siteSettings';
import { StayMonitor } from './stayMonitor';
import { Printing } from './printing';
import { Scanners, type ScannersOptions } from './scanners';
import type { PrintHtmlPort } from '../devices/printers/osPrinter';
import { findReservationById, visitHistory } from './visitQueries';
import { assignLocker, changeDesk, manualCheckIn, siteDay, warningClock } from './visits';

export interface KioskCoreOptions {
  /** SQLite file path, or ':memory:' for tests. */
  readonly dbFile: string;
  readonly version: string;
  readonly clock?: Clock;
  readonly ids?: IdSource;
  /** Seed demo desks, lockers and PIN on a new database (default true). */
  readonly seedDemo?: boolean;
  readonly logError?: (err: unknown, method: string) => void;
  /** Scanner hardware access (HID backend, serial opener, the Electron key source). */
  readonly scanners?: ScannersOptions;
  /** The Electron host's OS printing (hidden window + webContents.print); absent in the loopback host. */
  readonly printHtml?: PrintHtmlPort;
}

export interface KioskCore {
  readonly db: Db;
  readonly bus: EventBus;
  readonly devices: DeviceRegistry;
  readonly deps: CommandDeps;
  /** Every scanner source (HID POS, serial, keyboard wedge) hands its decoded text here. */
  readonly scans: ScanDesk;
  /** Warnings, overstays, automatic closing and no-shows; call on a timer. */
  readonly monitor: StayMonitor;
  readonly printing: Printing;
  readonly scanners: Scanners;
  /** The one entry point both hosts (IPC and loopback HTTP) call with untrusted values. */
  call(method: unknown, input: unknown, options?: unknown): Promise<Result<unknown>>;
  /** Runs the stay monitor every `intervalMs` until close(). */
  startTimers(intervalMs?: number): void;
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
  const rules = () => readRules(db);
  const printing = new Printing(deps, bus, devices, rules, options.printHtml);
  const logError =
    options.logError ?? ((err: unknown, method: string) => console.error(`[loket] ${method} failed`, err));
  const scans = new ScanDesk(deps, bus, rules, (visitId) => {
    if (!printing.settings().autoCheckInSlip) return;
    try {
      printing.checkInSlip(visitId, 'id');
    } catch (err) {
      // No printer set up or it refused the job: the check-in stands; the desk shows the printer state.
      logError(err, 'print.checkInSlip');
    }
  });
  const monitor = new StayMonitor(deps, bus, rules);
  const scanners = new Scanners(deps, devices, (text) => scans.handle(text), options.scanners);
  const visitsChanged = (visitId: string | null) => bus.emit('visits.changed', { visitId });
  const reservationChanged = (id: string, day: string) => bus.emit('reservations.changed', { id, day });

  const handlers: Handlers = {
    'app.info': () => {
      const r = rules();
      return {
        siteName: readSite(db).name,
        version: options.version,
        deviceId,
        today: siteDay(r, clock.now()),
        timeZone: r.calendar.timeZone,
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
      const created = createWalkIn(deps, ctx.actor, rules(), input);
      reservationChanged(created.reservationId, created.day);
      return created;
    },
    'reservations.list': (input) =>
      listReservations(db, {
        limit: input.limit,
        ...(input.day ? { day: input.day } : {}),
        ...(input.query ? { query: input.query } : {}),
      }),
    'reservations.create': (input, ctx) => {
      const created = createByOfficer(deps, ctx.actor, rules(), input);
      reservationChanged(created.reservation.id, created.reservation.day);
      return created;
    },
    'reservations.update': (input, ctx) => {
      const row = updateReservation(deps, ctx.actor, rules(), input);
      reservationChanged(row.id, row.day);
      return row;
    },
    'reservations.cancel': (input, ctx) => {
      const row = cancelReservation(deps, ctx.actor, input);
      reservationChanged(row.id, row.day);
      return row;
    },
    'reservations.ticket': ({ id }) => {
      const res = findReservationById(db, id);
      if (!res || !reservationRow(db, id)) throw reject('not_found', 'errors.reservation.notFound');
      return { token: res.token, day: res.day, firstName: firstName(res.full_name) };
    },
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
    'scans.submit': ({ text, source }) =>
      scanners.catchTest({ text, source, deviceId: 'kbd:page' })
        ? { scanId: ids.id(), at: clock.now(), kind: 'test' as const, text }
        : scans.handle(text),
    'kiosk.expectCheckout': () => ({ until: scans.expectCheckout() }),
    'visits.requestCheckout': ({ checkoutTicket, checklist }) =>
      scans.checkout(checkoutTicket, checklist, 'kiosk'),
    'visits.board': () => readBoard(db, rules(), clock.now()),
    'visits.history': (input) => {
      const r = rules();
      const range = input.day ? localDayRange(input.day, r.calendar.timeZone) : undefined;
      return {
        items: visitHistory(
          db,
          {
            limit: input.limit,
            ...(range ? { dayStart: range.start, dayEnd: range.end } : {}),
            ...(input.query ? { query: input.query } : {}),
          },
          warningClock(r, clock.now()),
        ),
      };
    },
    'visits.manualCheckIn': (input, ctx) => {
      const { visit } = manualCheckIn(deps, ctx.actor, rules(), input);
      visitsChanged(visit.id);
      const res = findReservationById(db, visit.reservationId)!;
      reservationChanged(res.id, res.day);
      return visit;
    },
    'visits.changeDesk': ({ visitId, deskNumber }, ctx) => {
      const visit = changeDesk(deps, ctx.actor, rules(), visitId, deskNumber);
      visitsChanged(visit.id);
      return visit;
    },
    'visits.assignLocker': (input, ctx) => {
      const visit = assignLocker(deps, ctx.actor, rules(), input);
      visitsChanged(visit.id);
      return visit;
    },
    'visits.confirmCheckout': (input, ctx) => {
      const visit = confirmCheckout(deps, ctx.actor, rules(), input);
      visitsChanged(visit.id);
      return visit;
    },
    'visits.closeWithoutCheckout': (input, ctx) => {
      const visit = closeWithoutCheckout(deps, ctx.actor, rules(), input);
      visitsChanged(visit.id);
      return visit;
    },
    'scanners.settings': () => ({ items: scanners.settings() }),
    'scanners.configure': async ({ items }, ctx) => ({ items: await scanners.configure(ctx.actor, items) }),
    'scanners.available': async () => {
      const found = await scanners.available();
      return {
        scanners: found.scanners.map((s) => ({ ...s, config: { ...s.config } })),
        problems: found.problems.map((p) => ({ ...p })),
      };
    },
    'scanners.testScan': async ({ timeoutMs }) => ({ scan: await scanners.testScan(timeoutMs) }),
    'printers.settings': () => printing.settings(),
    'printers.configure': (input, ctx) => printing.configure(ctx.actor, input),
    'printers.testPage': ({ printerId }) => printing.testPage(printerId, 'id'),
    'printJobs.list': () => ({ items: printing.queue.list({ limit: 100 }) }),
    'printJobs.preview': ({ id }) => {
      const doc = printing.queue.getDoc(id);
      if (!doc) throw reject('not_found', 'errors.printJob.notFound');
      return { doc };
    },
    'printJobs.confirmPrinted': ({ id }, ctx) => printing.queue.confirmPrinted(id, ctx.actor),
    'printJobs.reprint': ({ id }, ctx) => printing.queue.reprint(id, ctx.actor),
    'printJobs.cancel': ({ id }, ctx) => printing.queue.cancel(id, ctx.actor),
    'print.checkInSlip': ({ visitId }) => printing.checkInSlip(visitId, 'id'),
    'print.reservationSlip': ({ token }) => printing.reservationSlip(token, 'id'),
    'reports.dailyRecap': ({ day, lang }) => {
      const recap = printing.dailyRecap(day);
      return {
        recap: { ...recap, equipmentNotes: [...recap.equipmentNotes] },
        doc: printing.dailyRecapDoc(day, lang),
      };
    },
    'reports.printDailyRecap': ({ day, lang }) => printing.printDailyRecap(day, lang),
    'settings.rules.get': () => rules(),
    'settings.rules.update': (input, ctx) => {
      const updated = updateRules(deps, ctx.actor, input);
      visitsChanged(null);
      return updated;
    },
  };

  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    db,
    bus,
    devices,
    deps,
    scans,
    monitor,
    printing,
    scanners,
    call: (method, input, callOptions) =>
      dispatch(
        { handlers, isOfficerSession: (s) => sessions.isValid(s), logError },
        method,
        input,
        callOptions,
      ),
    startTimers(intervalMs = 15_000) {
      if (timer) return;
      timer = setInterval(() => {
        try {
          monitor.tick();
        } catch (err) {
          logError(err, 'monitor.tick');
        }
      }, intervalMs);
      timer.unref();
    },
    close: () => {
      if (timer) clearInterval(timer);
      void printing.stop();
      void scanners.stop();
      db.close();
    },
  };
}
