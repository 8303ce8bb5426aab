// The durable print queue (ARCHITECTURE.md "Devices": queued in SQLite, retried, never lost,
// never printed twice). The rules, in the order a job meets them:
// 1. A job is committed (state 'queued') before any byte leaves for the printer.
// 2. Just before sending it is committed as 'sending'. If the app dies now, the job is found in
//    'sending' at the next start and becomes 'interrupted': nobody knows whether the slip came
//    out, so the officer is asked ("did it print?") instead of the kiosk printing it twice unseen.
// 3. A failure before any byte went out (offline, out of paper, unreachable) puts the job back
//    to 'queued' with a backoff; a failure after bytes went out makes it 'interrupted' as above.
// 4. Officer answers (confirm, reprint, cancel) are commands, audited; like every command they tell
//    the screens once (data.changed); the queue's own moves (queued, sending, sent…) are its 'job'
//    events. Print jobs are this kiosk's own business: the central server does not replay them, so
//    they write no sync operation.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import { backoffDelay, printRetrySchedule } from '../../../shared/backoff';
import { systemTimers, type TimerHandle, type Timers } from '../../../shared/clock';
import {
  printJobStates,
  type PrintJob,
  type PrintJobKind,
  type PrintJobState,
} from '../../../shared/contract/printing';
import { receiptDocSchema } from '../../../shared/receipt';
import type { ReceiptDoc } from '../../../shared/receipt';
import { reject } from '../../../shared/result';
import { printerErrorKeys } from '../../devices/printers/printer';
import type { Printer } from '../../devices/printers/printer';
import type { PrinterStatusReport } from '../../devices/printers/printerStatus';
import { runCommand } from '../core/command';
import type { Actor, CommandDeps } from '../core/command';

export { printJobStates, type PrintJob, type PrintJobState };

export type PrintQueueEvent =
  | { readonly type: 'job'; readonly job: PrintJob; readonly previous: PrintJobState | null }
  | {
      readonly type: 'printer';
      readonly printerId: string;
      readonly status: PrinterStatusReport;
      /** Why the printer needs attention, or null when it printed fine. */
      readonly problemKey: string | null;
    };

/** The wait after the n-th failed attempt (1-based): 2 s, 4 s, 8 s … capped at a minute. */
export const defaultBackoff = (attempts: number): number => backoffDelay(attempts - 1, printRetrySchedule);

export interface PrintQueueDeps extends CommandDeps {
  /** The configured printer with this id, or undefined if it was removed from the settings. */
  readonly printers: (printerId: string) => Printer | undefined;
  readonly onEvent?: (event: PrintQueueEvent) => void;
  readonly backoff?: (attempts: number) => number;
  readonly timers?: Timers;
}

export interface EnqueueInput {
  readonly kind: PrintJobKind;
  readonly printerId: string;
  readonly doc: ReceiptDoc;
}

export interface ListOptions {
  readonly states?: ReadonlyArray<PrintJobState>;
  readonly limit?: number;
}

interface JobRow {
  id: string;
  printer_id: string;
  kind: PrintJobKind;
  state: PrintJobState;
  attempts: number;
  next_attempt_at: number;
  last_error_key: string | null;
  reprint_of: string | null;
  created_at: number;
  updated_at: number;
}

const jobColumns =
  'id, printer_id, kind, state, attempts, next_attempt_at, last_error_key, reprint_of, created_at, updated_at';

const toJob = (r: JobRow): PrintJob => ({
  id: r.id,
  printerId: r.printer_id,
  kind: r.kind,
  state: r.state,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastErrorKey: r.last_error_key,
  reprintOf: r.reprint_of,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const problemKeyOf = (s: PrinterStatusReport): string | null =>
  s === 'unknown'
    ? null
    : s.paperOut
      ? printerErrorKeys.paperOut
      : s.coverOpen
        ? printerErrorKeys.coverOpen
        : !s.online || s.error
          ? printerErrorKeys.offline
          : s.paperNearEnd
            ? 'errors.printer.paperNearEnd'
            : null;

export class PrintQueue {
  private readonly db: Db;
  private readonly backoff: (attempts: number) => number;
  private readonly timers: Timers;
  private running: Promise<number> | null = null;
  private again = false;
  private started = false;
  private timer: TimerHandle | null = null;

  constructor(private readonly deps: PrintQueueDeps) {
    this.db = deps.db;
    this.backoff = deps.backoff ?? defaultBackoff;
    this.timers = deps.timers ?? systemTimers;
  }

  // --- reading ----------------------------------------------------------------------------

  get(id: string): PrintJob | undefined {
    const row = prepared(this.db, `SELECT ${jobColumns} FROM print_jobs WHERE id = ?`).get(id) as
      JobRow | undefined;
    return row && toJob(row);
  }

  /** The document as stored, e.g. for an on-screen preview before a reprint. */
  getDoc(id: string): ReceiptDoc | undefined {
    const row = prepared(this.db, 'SELECT doc FROM print_jobs WHERE id = ?').get(id) as
      { doc: string } | undefined;
    return row && receiptDocSchema.parse(JSON.parse(row.doc));
  }

  /** Newest first. */
  list(options: ListOptions = {}): PrintJob[] {
    const states = options.states ?? printJobStates;
    const limit = options.limit ?? 100;
    const rows = prepared(
      this.db,
      `SELECT ${jobColumns} FROM print_jobs WHERE state IN (${states.map(() => '?').join(', ')})
         ORDER BY created_at DESC, id DESC LIMIT ?`,
    ).all(...states, limit) as JobRow[];
    return rows.map(toJob);
  }

  // --- lifecycle --------------------------------------------------------------------------

  /**
   * Call once at startup, before `start()`: a job still 'sending' was cut off by a crash or power
   * loss, so it waits for the officer instead of printing again unseen.
   */
  recoverInterrupted(): PrintJob[] {
    const stuck = prepared(
      this.db,
      `SELECT ${jobColumns} FROM print_jobs WHERE state = 'sending'`,
    ).all() as JobRow[];
    const recovered = stuck.map((row) =>
      runCommand(this.deps, 'system', 'printJobs.recoverInterrupted', (now) => {
        prepared(
          this.db,
          `UPDATE print_jobs SET state = 'interrupted', updated_at = ? WHERE id = ? AND state = 'sending'`,
        ).run(now, row.id);
        return {
          value: this.get(row.id)!,
          audit: { entity: 'print_job', entityId: row.id, details: { from: 'sending', to: 'interrupted' } },
          ops: [],
          topics: ['printJobs'],
        };
      }),
    );
    return recovered;
  }

  /** Sends due jobs in the background until `stop()`; enqueue and reprint wake it up. */
  start(): void {
    this.started = true;
    this.wake();
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  // --- adding jobs ------------------------------------------------------------------------

  /**
   * Saves a job; it is committed when this returns. ESC/POS printers render now, so the stored
   * bytes are exactly what prints, even after an update changes the renderer.
   */
  enqueue(input: EnqueueInput): PrintJob {
    const doc = receiptDocSchema.parse(input.doc);
    const printer = this.deps.printers(input.printerId);
    if (!printer)
      throw reject('not_found', printerErrorKeys.unknownPrinter, { params: { printerId: input.printerId } });
    let rendered: Uint8Array | null;
    try {
      rendered = printer.render ? printer.render(doc) : null;
    } catch {
      throw reject('device', printerErrorKeys.renderFailed);
    }
    const job = this.insert(input.kind, input.printerId, doc, rendered, null);
    this.emit({ type: 'job', job, previous: null });
    this.wake();
    return job;
  }

  private insert(
    kind: PrintJobKind,
    printerId: string,
    doc: ReceiptDoc,
    rendered: Uint8Array | null,
    reprintOf: string | null,
  ): PrintJob {
    const now = this.deps.clock.now();
    const id = this.deps.ids.id();
    prepared(
      this.db,
      `INSERT INTO print_jobs (id, printer_id, kind, doc, rendered, state, attempts, next_attempt_at,
           last_error_key, reprint_of, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, NULL, ?, ?, ?)`,
    ).run(
      id,
      printerId,
      kind,
      JSON.stringify(doc),
      rendered && Buffer.from(rendered),
      now,
      reprintOf,
      now,
      now,
    );
    return this.get(id)!;
  }

  // --- officer commands -------------------------------------------------------------------

  /** "Yes, it printed": an interrupted job is done. */
  confirmPrinted(id: string, actor: Actor): PrintJob {
    const job = runCommand(this.deps, actor, 'printJobs.confirmPrinted', (now) => {
      const before = this.mustGet(id);
      if (before.state !== 'interrupted') throw reject('conflict', 'errors.printJob.notInterrupted');
      this.setState(id, 'sent', now);
      return {
        value: this.get(id)!,
        audit: {
          entity: 'print_job',
          entityId: id,
          details: { from: before.state, to: 'sent', kind: before.kind },
        },
        ops: [],
        topics: ['printJobs'],
      };
    });
    return job;
  }

  /**
   * "Print it (again)". An interrupted or failed job goes back to the queue as it is; a job that
   * finished (sent, cancelled) is copied to a new job, so the history keeps both. Optionally to
   * another printer, when the first one is broken.
   */
  reprint(id: string, actor: Actor, printerId?: string): PrintJob {
    const job = runCommand(this.deps, actor, 'printJobs.reprint', (now) => {
      const before = this.mustGet(id);
      if (before.state === 'queued' || before.state === 'sending') {
        throw reject('conflict', 'errors.printJob.alreadyPending');
      }
      const target = printerId ?? before.printerId;
      const requeue =
        (before.state === 'interrupted' || before.state === 'failed') && target === before.printerId;
      let result: PrintJob;
      if (requeue) {
        prepared(
          this.db,
          `UPDATE print_jobs SET state = 'queued', next_attempt_at = ?, last_error_key = NULL, updated_at = ?
             WHERE id = ?`,
        ).run(now, now, id);
        result = this.get(id)!;
      } else {
        const printer = this.deps.printers(target);
        if (!printer)
          throw reject('not_found', printerErrorKeys.unknownPrinter, { params: { printerId: target } });
        const doc = this.getDoc(id)!;
        result = this.insert(before.kind, target, doc, printer.render ? printer.render(doc) : null, id);
      }
      return {
        value: result,
        audit: {
          entity: 'print_job',
          entityId: id,
          details: {
            from: before.state,
            newJobId: requeue ? null : result.id,
            printerId: target,
            kind: before.kind,
          },
        },
        ops: [],
        topics: ['printJobs'],
      };
    });
    this.wake();
    return job;
  }

  /** "Do not print it": from the queue, or an interrupted/failed job the officer gives up on. */
  cancel(id: string, actor: Actor): PrintJob {
    const job = runCommand(this.deps, actor, 'printJobs.cancel', (now) => {
      const before = this.mustGet(id);
      if (before.state !== 'queued' && before.state !== 'interrupted' && before.state !== 'failed') {
        throw reject('conflict', 'errors.printJob.notCancellable');
      }
      this.setState(id, 'cancelled', now);
      return {
        value: this.get(id)!,
        audit: {
          entity: 'print_job',
          entityId: id,
          details: { from: before.state, to: 'cancelled', kind: before.kind },
        },
        ops: [],
        topics: ['printJobs'],
      };
    });
    return job;
  }

  // --- sending ----------------------------------------------------------------------------

  /**
   * Sends every job that is due now, oldest first, one at a time per printer; a printer that
   * fails keeps its later jobs waiting behind the first, so slips come out in order. Resolves with
   * the number of jobs attempted. Concurrent calls share one run.
   */
  processDue(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      } else this.schedule();
    });
    return this.running;
  }

  private async drain(): Promise<number> {
    let attempted = 0;
    const blocked = new Set<string>();
    for (;;) {
      const next = this.nextDue(blocked);
      if (!next) return attempted;
      attempted++;
      const ok = await this.send(next);
      if (!ok) blocked.add(next.printer_id);
    }
  }

  /** The oldest queued job of each printer: only it may go next, so slips keep their order. */
  private heads(): JobRow[] {
    return prepared(
      this.db,
      `SELECT ${jobColumns} FROM print_jobs AS j
         WHERE state = 'queued' AND id = (
           SELECT id FROM print_jobs WHERE state = 'queued' AND printer_id = j.printer_id
           ORDER BY created_at, id LIMIT 1)
         ORDER BY created_at, id`,
    ).all() as JobRow[];
  }

  /** The next head that is due; printers in `blocked` failed in this run and wait. */
  private nextDue(blocked: ReadonlySet<string>): JobRow | undefined {
    const now = this.deps.clock.now();
    return this.heads().find((h) => h.next_attempt_at <= now && !blocked.has(h.printer_id));
  }

  private async send(row: JobRow): Promise<boolean> {
    const now = this.deps.clock.now();
    // Rule 2: committed as 'sending' before the first byte goes out.
    const claimed = prepared(
      this.db,
      `UPDATE print_jobs SET state = 'sending', attempts = attempts + 1, updated_at = ?
         WHERE id = ? AND state = 'queued'`,
    ).run(now, row.id);
    if (claimed.changes !== 1) return true;
    this.emit({ type: 'job', job: this.get(row.id)!, previous: 'queued' });

    const printer = this.deps.printers(row.printer_id);
    if (!printer) {
      this.finish(row.id, 'failed', printerErrorKeys.unknownPrinter, null);
      return false;
    }
    const stored = prepared(this.db, 'SELECT doc, rendered FROM print_jobs WHERE id = ?').get(row.id) as {
      doc: string;
      rendered: Buffer | null;
    };
    const doc = receiptDocSchema.parse(JSON.parse(stored.doc));
    let outcome: Awaited<ReturnType<Printer['print']>>;
    try {
      outcome = await printer.print(doc, stored.rendered && new Uint8Array(stored.rendered));
    } catch {
      // A driver bug, not a printer answer: bytes may have gone out, so ask the officer.
      this.finish(row.id, 'interrupted', printerErrorKeys.io, null);
      return false;
    }
    this.emit({
      type: 'printer',
      printerId: row.printer_id,
      status: outcome.status,
      problemKey: outcome.ok ? problemKeyOf(outcome.status) : outcome.errorKey,
    });
    if (outcome.ok) {
      this.finish(row.id, 'sent', null, null);
      return true;
    }
    if (outcome.mayHavePrinted) this.finish(row.id, 'interrupted', outcome.errorKey, null);
    else if (outcome.retryable) {
      const attempts = row.attempts + 1;
      this.finish(row.id, 'queued', outcome.errorKey, this.deps.clock.now() + this.backoff(attempts));
    } else this.finish(row.id, 'failed', outcome.errorKey, null);
    return false;
  }

  private finish(
    id: string,
    state: PrintJobState,
    errorKey: string | null,
    nextAttemptAt: number | null,
  ): void {
    const now = this.deps.clock.now();
    prepared(
      this.db,
      `UPDATE print_jobs SET state = ?, last_error_key = ?, next_attempt_at = coalesce(?, next_attempt_at),
           updated_at = ? WHERE id = ? AND state = 'sending'`,
    ).run(state, errorKey, nextAttemptAt, now, id);
    this.emit({ type: 'job', job: this.get(id)!, previous: 'sending' });
  }

  // --- background loop --------------------------------------------------------------------

  private wake(): void {
    if (!this.started) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.processDue();
    }, 0);
  }

  /** Sleeps until the earliest queued job is due; with none queued, waits for enqueue/reprint. */
  private schedule(): void {
    if (!this.started) return;
    const heads = this.heads();
    if (heads.length === 0) return;
    const at = Math.min(...heads.map((h) => h.next_attempt_at));
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    const delay = Math.max(0, at - this.deps.clock.now());
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.processDue();
    }, delay);
  }

  // --- helpers ----------------------------------------------------------------------------

  private mustGet(id: string): PrintJob {
    const job = this.get(id);
    if (!job) throw reject('not_found', 'errors.printJob.notFound');
    return job;
  }

  private setState(id: string, state: PrintJobState, now: number): void {
    prepared(this.db, 'UPDATE print_jobs SET state = ?, updated_at = ? WHERE id = ?').run(state, now, id);
  }

  private emit(event: PrintQueueEvent): void {
    try {
      this.deps.onEvent?.(event);
    } catch {
      // A broken listener must not stop printing.
    }
  }
}
