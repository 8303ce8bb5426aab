import type { PrintJob, PrintJobKind } from '../../../shared/contract';
import type { PrinterConfig, PrinterSettings } from '../../../shared/devices/printerConfig';
import type { DeviceConnection, DeviceStatus } from '../../../shared/scanEvent';
import type { PrinterStatusReport } from '../../devices/printers/printerStatus';
import type { ReceiptDoc } from '../../../shared/receipt';
import { reject } from '../../../shared/result';
import { checkInSlip } from '../../../shared/slips/checkInSlip';
import { testPage } from '../../../shared/slips/testPage';
import { walkInReservationSlip } from '../../../shared/slips/walkInReservationSlip';
import { createPrinter } from '../../devices/printers/createPrinter';
import type { PrintHtmlPort } from '../../devices/printers/osPrinter';
import type { Printer } from '../../devices/printers/printer';
import type { SiteIdentityStore } from '../app/siteSettings';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { readSetting, writeSetting } from '../core/settingsStore';
import type { DeviceRegistry } from '../deviceStatus/deviceRegistry';
import { findReservationByToken, findReservationById } from '../reservations/reservationQueries';
import type { RulesStore } from '../settings/rules';
import { visitById, warningClock } from '../visits/visitQueries';
import { PrintQueue } from './printQueue';

const noPrinters: PrinterSettings = { items: [], defaultPrinterId: null, autoCheckInSlip: false };

/**
 * Receipts for the desk: check-in and reservation slips, the daily recap and a test page, through the
 * durable print queue to the configured printers (TCP 9100, serial, USB line printer, OS printer).
 */
export class Printing {
  readonly queue: PrintQueue;
  private printers = new Map<string, Printer>();
  #settings: PrinterSettings;

  constructor(
    private readonly deps: CommandDeps,
    private readonly devices: DeviceRegistry,
    private readonly rules: RulesStore,
    private readonly site: SiteIdentityStore,
    private readonly printHtml?: PrintHtmlPort,
  ) {
    this.#settings = readSetting(deps.db, 'printers', noPrinters);
    this.queue = new PrintQueue({
      ...deps,
      printers: (id) => this.printers.get(id),
      onEvent: (event) => {
        if (event.type === 'job') {
          const { id, state, kind } = event.job;
          this.deps.events.emit('print.jobChanged', { id, state, kind });
          return;
        }
        const config = this.#settings.items.find((p) => p.id === event.printerId);
        if (config) this.showState(config, event.problemKey ?? undefined);
      },
    });
    this.rebuild();
  }

  settings(): PrinterSettings {
    return this.#settings;
  }

  /** At startup: jobs caught mid-send wait for the officer; the rest are sent. */
  start(): PrintJob[] {
    const interrupted = this.queue.recoverInterrupted();
    this.queue.start();
    return interrupted;
  }

  stop(): Promise<void> {
    return this.queue.stop();
  }

  configure(actor: Actor, input: PrinterSettings): PrinterSettings {
    const ids = input.items.map((p) => p.id);
    if (new Set(ids).size !== ids.length)
      throw reject('validation', 'errors.validation', { fields: { items: 'errors.field.invalid' } });
    const defaultPrinterId = input.defaultPrinterId ?? input.items[0]?.id ?? null;
    if (defaultPrinterId && !ids.includes(defaultPrinterId)) {
      throw reject('validation', 'errors.printer.unknownPrinter');
    }
    const settings: PrinterSettings = { ...input, defaultPrinterId };
    runCommand(this.deps, actor, 'printers.configure', (now) => {
      writeSetting(this.deps.db, 'printers', settings, now);
      return {
        value: undefined,
        audit: { entity: 'settings', entityId: 'printers', details: { count: ids.length, defaultPrinterId } },
        ops: [], // printers are this kiosk's own hardware
        topics: ['printers'],
      };
    });
    this.#settings = settings;
    this.rebuild();
    return settings;
  }

  private rebuild(): void {
    for (const printer of this.printers.values()) void printer.close();
    for (const id of this.printers.keys()) this.devices.remove(`printer:${id}`);
    this.printers = new Map(
      this.#settings.items.map((config) => [
        config.id,
        createPrinter(config, this.printHtml ? { printHtml: this.printHtml } : {}),
      ]),
    );
    // Every screen knows at once which printers are set up (the kiosk offers "Cetak struk" only
    // then), and how each is doing as soon as it answers a status query, not after its first job.
    for (const config of this.#settings.items) {
      this.devices.update({ ...this.describe(config), state: 'connecting' });
      void this.printers
        .get(config.id)!
        .status()
        .then(
          (status) => this.printers.has(config.id) && this.showState(config, problemOf(status)),
          () => this.printers.has(config.id) && this.showState(config, 'errors.printer.unreachable'),
        );
    }
  }

  private describe(config: PrinterConfig): Omit<DeviceStatus, 'state'> {
    return {
      deviceId: `printer:${config.id}`,
      kind: 'printer',
      label: config.label,
      ...printerAttachment(config),
    };
  }

  private showState(config: PrinterConfig, problemKey: string | undefined): void {
    this.devices.update({
      ...this.describe(config),
      state: problemKey && problemKey !== 'errors.printer.paperNearEnd' ? 'error' : 'ready',
      ...(problemKey ? { problemKey } : {}),
    });
  }

  private target(printerId?: string | null): string {
    const id = printerId ?? this.#settings.defaultPrinterId;
    if (!id || !this.printers.has(id)) throw reject('rule', 'errors.printer.unknownPrinter');
    return id;
  }

  print(kind: PrintJobKind, build: (width: 58 | 80) => ReceiptDoc, printerId?: string | null): PrintJob {
    const id = this.target(printerId);
    const width = this.#settings.items.find((p) => p.id === id)?.paperWidth ?? 80;
    return this.queue.enqueue({ kind, printerId: id, doc: build(width) });
  }

  checkInSlip(visitId: string, lang: 'id' | 'en', printerId?: string | null): PrintJob {
    const { db, clock } = this.deps;
    const visit = visitById(db, visitId, warningClock(this.rules.get(), clock.now()));
    if (!visit) throw reject('not_found', 'errors.visit.notFound');
    const res = findReservationById(db, visit.reservationId)!;
    return this.print(
      'checkIn',
      (width) =>
        checkInSlip(
          {
            siteName: this.site.get().siteName,
            visitorName: visit.fullName,
            deskLabel: String(visit.deskNumber),
            lockerLabel: visit.lockerNumber === null ? null : String(visit.lockerNumber),
            checkedInAt: visit.startedAt,
            endsAt: visit.endsAt,
            checkoutToken: res.token,
          },
          width,
          lang,
        ),
      printerId,
    );
  }

  /** The walk-in's reservation slip; whoever holds the code may print it, nobody else. */
  reservationSlip(token: string, lang: 'id' | 'en'): PrintJob {
    const res = findReservationByToken(this.deps.db, token);
    if (!res) throw reject('not_found', 'errors.reservation.notFound');
    return this.print('walkIn', (width) =>
      walkInReservationSlip(
        {
          siteName: this.site.get().siteName,
          visitorName: res.full_name,
          day: res.day,
          deskLabel: res.desk_number === null ? null : String(res.desk_number),
          createdAt: res.created_at,
          reservationToken: token,
        },
        width,
        lang,
      ),
    );
  }

  testPage(printerId: string, lang: 'id' | 'en'): PrintJob {
    const config = this.#settings.items.find((p) => p.id === printerId);
    if (!config) throw reject('not_found', 'errors.printer.unknownPrinter');
    return this.print(
      'testPage',
      (width) =>
        testPage(
          {
            siteName: this.site.get().siteName,
            printerLabel: config.label,
            now: this.deps.clock.now(),
            qrPayload: 'LOKET-TEST',
          },
          width,
          lang,
        ),
      printerId,
    );
  }
}

/** How the printer is attached, in the device list's terms. */
function printerAttachment(config: PrinterConfig): { connection: DeviceConnection; port: string | null } {
  switch (config.kind) {
    case 'tcp':
      return { connection: 'network', port: config.host };
    case 'serial':
      return { connection: 'serial', port: config.path };
    case 'usbLp':
      return { connection: 'usb', port: config.devicePath };
    case 'os':
      return { connection: 'os', port: config.deviceName };
    default: {
      const never: never = config;
      throw new Error(`unknown printer kind ${JSON.stringify(never)}`);
    }
  }
}

/** What a status reply means for the device list; a printer that cannot say ('unknown') is taken as there. */
function problemOf(status: PrinterStatusReport): string | undefined {
  if (status === 'unknown') return undefined;
  if (status.paperOut) return 'errors.printer.paperOut';
  if (status.coverOpen) return 'errors.printer.coverOpen';
  if (!status.online || status.error) return 'errors.printer.offline';
  if (status.paperNearEnd) return 'errors.printer.paperNearEnd';
  return undefined;
}
