import type { z } from 'zod';
import type { RulesSettings } from '../../shared/contract';
import type { ReceiptDoc } from '../../shared/receipt';
import { reject } from '../../shared/result';
import { checkInSlip } from '../../shared/slips/checkInSlip';
import { dailyRecapSlip } from '../../shared/slips/dailyRecapSlip';
import { testPage } from '../../shared/slips/testPage';
import { walkInReservationSlip } from '../../shared/slips/walkInReservationSlip';
import type { DailyRecapData } from '../../shared/slips/dailyRecapSlip';
import { createPrinter, printerConfigSchema, type PrinterConfig } from '../devices/printers/printerConfig';
import type { PrintHtmlPort } from '../devices/printers/osPrinter';
import type { Printer } from '../devices/printers/printer';
import { runCommand, type Actor, type CommandDeps } from './command';
import { computeDailyRecap } from './dailyRecap';
import type { DeviceRegistry } from './deviceRegistry';
import type { EventBus } from './eventBus';
import { PrintQueue, type PrintJob } from './printQueue';
import { readSetting, writeSetting } from './settingsStore';
import { readSite } from './siteSettings';
import { findReservationByToken, visitById } from './visitQueries';
import { warningClock } from './visits';

export interface PrinterSettings {
  readonly items: PrinterConfig[];
  /** Where slips go unless the officer picks another printer. */
  readonly defaultPrinterId: string | null;
  /** Print the check-in slip by itself at every check-in. */
  readonly autoCheckInSlip: boolean;
}

const noPrinters: PrinterSettings = { items: [], defaultPrinterId: null, autoCheckInSlip: false };

const issueKeys = (error: z.ZodError) =>
  Object.fromEntries(error.issues.map((i) => [i.path.join('.') || '_', 'errors.field.invalid']));

/**
 * Receipts for the desk: check-in and reservation slips, the daily recap and a test page, through the
 * durable print queue to the configured printers (TCP 9100, serial, USB line printer, OS printer).
 */
export class Printing {
  readonly queue: PrintQueue;
  private printers = new Map<string, Printer>();

  constructor(
    private readonly deps: CommandDeps,
    private readonly bus: EventBus,
    private readonly devices: DeviceRegistry,
    private readonly rules: () => RulesSettings,
    private readonly printHtml?: PrintHtmlPort,
  ) {
    this.queue = new PrintQueue({
      ...deps,
      printers: (id) => this.printers.get(id),
      onEvent: (event) => {
        if (event.type === 'job') {
          this.bus.emit('print.jobChanged', {
            id: event.job.id,
            state: event.job.state,
            kind: event.job.kind,
          });
          return;
        }
        const config = this.settings().items.find((p) => p.id === event.printerId);
        this.devices.update({
          deviceId: `printer:${event.printerId}`,
          kind: 'printer',
          label: config?.label ?? event.printerId,
          state: event.problemKey && event.problemKey !== 'errors.printer.paperNearEnd' ? 'error' : 'ready',
          ...(event.problemKey ? { problemKey: event.problemKey } : {}),
        });
      },
    });
    this.rebuild();
  }

  settings(): PrinterSettings {
    return readSetting(this.deps.db, 'printers', noPrinters);
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

  configure(
    actor: Actor,
    input: { items: readonly unknown[]; defaultPrinterId: string | null; autoCheckInSlip: boolean },
  ) {
    const items: PrinterConfig[] = [];
    for (const raw of input.items) {
      const parsed = printerConfigSchema.safeParse(raw);
      if (!parsed.success)
        throw reject('validation', 'errors.validation', { fields: issueKeys(parsed.error) });
      items.push(parsed.data);
    }
    const defaultPrinterId = input.defaultPrinterId ?? items[0]?.id ?? null;
    if (defaultPrinterId && !items.some((p) => p.id === defaultPrinterId)) {
      throw reject('validation', 'errors.printer.unknownPrinter');
    }
    const settings: PrinterSettings = { items, defaultPrinterId, autoCheckInSlip: input.autoCheckInSlip };
    runCommand(this.deps, actor, 'printers.configure', (now) => {
      writeSetting(this.deps.db, 'printers', settings, now);
      return {
        value: undefined,
        audit: {
          entity: 'settings',
          entityId: 'printers',
          details: { count: items.length, defaultPrinterId },
        },
        sync: null, // printers are this kiosk's own hardware
      };
    });
    this.rebuild();
    return settings;
  }

  private rebuild(): void {
    for (const printer of this.printers.values()) void printer.close();
    this.printers = new Map(
      this.settings().items.map((config) => [
        config.id,
        createPrinter(config, this.printHtml ? { printHtml: this.printHtml } : {}),
      ]),
    );
  }

  private target(printerId?: string | null): string {
    const id = printerId ?? this.settings().defaultPrinterId;
    if (!id || !this.printers.has(id)) throw reject('rule', 'errors.printer.unknownPrinter');
    return id;
  }

  private width(printerId: string) {
    return this.settings().items.find((p) => p.id === printerId)?.paperWidth ?? 80;
  }

  print(kind: string, build: (width: 58 | 80) => ReceiptDoc, printerId?: string | null): PrintJob {
    const id = this.target(printerId);
    return this.queue.enqueue({ kind, printerId: id, doc: build(this.width(id)) });
  }

  checkInSlip(visitId: string, lang: 'id' | 'en', printerId?: string | null): PrintJob {
    const { db, clock } = this.deps;
    const visit = visitById(db, visitId, warningClock(this.rules(), clock.now()));
    if (!visit) throw reject('not_found', 'errors.visit.notFound');
    const token = db
      .prepare('SELECT token FROM reservations WHERE id = ?')
      .pluck()
      .get(visit.reservationId) as string;
    return this.print(
      'checkIn',
      (width) =>
        checkInSlip(
          {
            siteName: readSite(db).name,
            visitorName: visit.fullName,
            deskLabel: String(visit.deskNumber),
            lockerLabel: visit.lockerNumber === null ? null : String(visit.lockerNumber),
            checkedInAt: visit.startedAt,
            endsAt: visit.endsAt,
            checkoutToken: token,
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
    const createdAt = this.deps.db
      .prepare('SELECT created_at FROM reservations WHERE id = ?')
      .pluck()
      .get(res.id) as number;
    return this.print('walkIn', (width) =>
      walkInReservationSlip(
        {
          siteName: readSite(this.deps.db).name,
          visitorName: res.full_name,
          day: res.day,
          deskLabel: res.desk_number === null ? null : String(res.desk_number),
          createdAt,
          reservationToken: token,
        },
        width,
        lang,
      ),
    );
  }

  dailyRecap(day: string): DailyRecapData {
    return computeDailyRecap(this.deps.db, this.rules(), day, this.deps.clock.now());
  }

  dailyRecapDoc(day: string, lang: 'id' | 'en', width: 58 | 80 = 80): ReceiptDoc {
    return dailyRecapSlip(this.dailyRecap(day), width, lang);
  }

  printDailyRecap(day: string, lang: 'id' | 'en', printerId?: string | null): PrintJob {
    const recap = this.dailyRecap(day);
    return this.print('dailyRecap', (width) => dailyRecapSlip(recap, width, lang), printerId);
  }

  testPage(printerId: string, lang: 'id' | 'en'): PrintJob {
    const config = this.settings().items.find((p) => p.id === printerId);
    if (!config) throw reject('not_found', 'errors.printer.unknownPrinter');
    return this.print(
      'testPage',
      (width) =>
        testPage(
          {
            siteName: readSite(this.deps.db).name,
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
