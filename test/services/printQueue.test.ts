// The durable print queue against real SQLite and a real TCP printer on loopback.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';
import type { Db } from '../../db/openDatabase';
import { EscPosPrinter } from '../../electron/devices/printers/escPosPrinter';
import { printerErrorKeys } from '../../electron/devices/printers/printer';
import type { Printer } from '../../electron/devices/printers/printer';
import { TcpTransport } from '../../electron/devices/printers/transports/tcpTransport';
import type { IdSource } from '../../electron/services/core/ids';
import { testDeps } from '../support/commandDeps';
import { PrintQueue } from '../../electron/services/printing/printQueue';
import type { PrintQueueEvent } from '../../electron/services/printing/printQueue';
import { ManualClock } from '../../shared/clock';
import { CommandError } from '../../shared/result';
import { checkInSlip } from '../../shared/slips/checkInSlip';
import { startFakeTcpPrinter } from '../fakes/printers';
import type { FakeTcpPrinter } from '../fakes/printers';
import { decodeEscPos } from '../support/escposDecoder';

const T0 = Date.parse('2026-11-23T09:00:00+07:00');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function sequentialIds(): IdSource {
  let n = 0;
  return { id: () => `id-${String(++n).padStart(4, '0')}`, ticketToken: () => 'unused' };
}

const slip = (token: string) =>
  checkInSlip(
    {
      siteName: 'Loket',
      visitorName: 'Budi Santoso',
      deskLabel: 'A-1',
      lockerLabel: null,
      checkedInAt: T0,
      endsAt: T0 + 3_600_000,
      checkoutToken: token,
    },
    80,
  );

async function fakePrinter(options?: Parameters<typeof startFakeTcpPrinter>[0]): Promise<FakeTcpPrinter> {
  const p = await startFakeTcpPrinter(options);
  cleanups.push(() => p.close());
  return p;
}

/** A queue on a fresh database; `target.port` says where the 'front' printer is reachable. */
function setup(db: Db = openDatabase(':memory:'), target = { port: 1 }) {
  migrate(db);
  cleanups.push(() => {
    if (db.open) db.close();
  });
  const clock = new ManualClock(T0);
  const events: PrintQueueEvent[] = [];
  const printers = (id: string): Printer | undefined =>
    id === 'front'
      ? new EscPosPrinter(
          { id: 'front', model: 'epson-tm-t20iii', statusTimeoutMs: 300 },
          new TcpTransport({
            host: '127.0.0.1',
            port: target.port,
            connectTimeoutMs: 500,
            writeTimeoutMs: 500,
          }),
        )
      : undefined;
  const deps = testDeps(db, clock, sequentialIds());
  const queue = new PrintQueue({ ...deps, printers, onEvent: (e) => events.push(e) });
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { db, clock, queue, events, target, count, heard: deps.heard };
}

const payloads = (p: FakeTcpPrinter) => p.jobs.map((j) => decodeEscPos(j).qrs[0]?.payload);

describe('PrintQueue', () => {
  it('commits a job before sending it, then prints it once', async () => {
    const printer = await fakePrinter();
    const { queue, target, db } = setup(undefined, { port: 0 });
    target.port = printer.port;
    const job = queue.enqueue({ kind: 'checkIn', printerId: 'front', doc: slip('LK1ONE') });
    expect(job).toMatchObject({ state: 'queued', attempts: 0, nextAttemptAt: T0 });
    const stored = db.prepare('SELECT rendered, doc FROM print_jobs WHERE id = ?').get(job.id) as {
      rendered: Buffer;
      doc: string;
    };
    expect(stored.rendered.length).toBeGreaterThan(100);
    expect(stored.doc).not.toContain('Santoso');
    expect(printer.jobs).toHaveLength(0);

    expect(await queue.processDue()).toBe(1);
    expect(queue.get(job.id)).toMatchObject({ state: 'sent', attempts: 1, lastErrorKey: null });
    expect(payloads(printer)).toEqual(['LK1ONE']);
    expect(Buffer.compare(printer.jobs[0]!, stored.rendered)).toBe(0);
    expect(await queue.processDue()).toBe(0);
    expect(printer.jobs).toHaveLength(1);
  });

  it('keeps a job queued while the printer is unreachable, backing off, and prints when it is back', async () => {
    const { queue, clock, target, events } = setup();
    const closed = await startFakeTcpPrinter();
    target.port = closed.port;
    await closed.close();
    const a = queue.enqueue({ kind: 'checkIn', printerId: 'front', doc: slip('LK1A') });
    const b = queue.enqueue({ kind: 'checkIn', printerId: 'front', doc: slip('LK1B') });
    await queue.processDue();
    expect(queue.get(a.id)).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastErrorKey: printerErrorKeys.unreachable,
      nextAttemptAt: T0 + 2000,
    });
    // The later job waits behind the first: slips come out in order.
    expect(queue.get(b.id)).toMatchObject({ state: 'queued', attempts: 0 });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'printer', problemKey: printerErrorKeys.unreachable }),
    );

    clock.advance(1999);
    expect(await queue.processDue()).toBe(0);
    clock.advance(1);
    await queue.processDue();
    expect(queue.get(a.id)).toMatchObject({ state: 'queued', attempts: 2, nextAttemptAt: T0 + 2000 + 4000 });

    const printer = await fakePrinter();
    target.port = printer.port;
    clock.advance(4000);
    expect(await queue.processDue()).toBe(2);
    expect(payloads(printer)).toEqual(['LK1A', 'LK1B']);
    expect(queue.list().map((j) => j.state)).toEqual(['sent', 'sent']);
  });

  it('holds a job when the printer reports paper out (0x72) and prints it after the paper is changed', async () => {
    const printer = await fakePrinter({ status: { paperOut: true } });
    const { queue, clock, events } = setup(undefined, { port: printer.port });
    const job = queue.enqueue({ kind: 'checkIn', printerId: 'front', doc: slip('LK1PAPER') });
    await queue.processDue();
    expect(queue.get(job.id)).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastErrorKey: 'errors.printer.paperOut',
      nextAttemptAt: T0 + 2000,
    });
    expect(printer.jobs).toHaveLength(0);
    expect(events.filter((e) => e.type === 'printer').at(-1)).toMatchObject({
      problemKey: 'errors.printer.paperOut',
      status: { paperOut: true, online: false },
    });

    clock.advance(2000);
    await queue.processDue();
    expect(queue.get(job.id)).toMatchObject({
      state: 'queued',
      attempts: 2,
      nextAttemptAt: T0 + 2000 + 4000,
    });

    printer.status = { paperNearEnd: true }; // a fresh roll reads fine; near-end is only a warning
    clock.advance(3999);
    expect(await queue.processDue()).toBe(0);
    clock.advance(1);
    await queue.processDue();
    expect(queue.get(job.id)).toMatchObject({ state: 'sent', attempts: 3, lastErrorKey: null });
    expect(payloads(printer)).toEqual(['LK1PAPER']);
  });

  it('does not retry a job dropped mid-send: it waits for the officer, who confirms or reprints', async () => {
    const printer = await fakePrinter({ mode: 'drop', dropAfterBytes: 50 });
    const { queue, clock, count, db } = setup(undefined, { port: printer.port });
    const job = queue.enqueue({ kind: 'checkIn', printerId: 'front', doc: slip('LK1DROP') });
    await queue.processDue();
    expect(queue.get(job.id)).toMatchObject({
      state: 'interrupted',
      lastErrorKey: printerErrorKeys.disconnected,
    });
    clock.advance(3_600_000);
    expect(await queue.processDue()).toBe(0);

    // "Did it print?" — "No": the same job goes back to the queue.
    printer.mode = 'accept';
    expect(queue.reprint(job.id, 'officer:rina')).toMatchObject({ id: job.id, state: 'queued' });
    await queue.processDue();
    expect(queue.get(job.id)).toMatchObject({ state: 'sent' });
    expect(payloads(printer)).toEqual(['LK1DROP']);
    expect(count('audit_log')).toBe(1);
    // A print job is this kiosk's own business: audited, never sent to the central server.
    expect(count('outbox')).toBe(0);
    const audit = db.prepare('SELECT actor, action, entity, entity_id FROM audit_log').get();
    expect(audit).toEqual({
      actor: 'officer:rina',
      action: 'printJobs.reprint',
      entity: 'print_job',
      entity_id: job.id,
    });
  });

  it('reprinting a finished job makes a new job and keeps the history', async () => {
    const printer = await fakePrinter();
    const { queue, count } = setup(undefined, { port: printer.port });
    const first = queue.enqueue({ kind: 'checkIn', printerId: 'front', doc: slip('LK1AGAIN') });
    await queue.processDue();
    const copy = queue.reprint(first.id, 'officer:rina');
    expect(copy).toMatchObject({ state: 'queued', reprintOf: first.id, kind: 'checkIn' });
    expect(copy.id).not.toBe(first.id);
    await queue.processDue();
    expect(payloads(printer)).toEqual(['LK1AGAIN', 'LK1AGAIN']);
    expect(queue.list().map((j) => [j.id, j.state])).toEqual([
      [copy.id, 'sent'],
      [first.id, 'sent'],
    ]);
    expect(count('audit_log')).toBe(1);
    expect(count('outbox')).toBe(0);
  });

  it('officer commands check the state, and each one is audited and tells the screens once', async () => {
    const { queue, count, db, heard } = setup();
    const a = queue.enqueue({ kind: 'testPage', printerId: 'front', doc: slip('LK1X') });
    expect(() => queue.confirmPrinted(a.id, 'officer:rina')).toThrow(CommandError);
    expect(() => queue.reprint(a.id, 'officer:rina')).toThrow(/alreadyPending/);
    expect(queue.cancel(a.id, 'officer:rina')).toMatchObject({ state: 'cancelled' });
    expect(() => queue.cancel(a.id, 'officer:rina')).toThrow(/notCancellable/);
    expect(() => queue.cancel('nope', 'officer:rina')).toThrow(/notFound/);
    // Rejected commands leave nothing behind; the one that happened is recorded once.
    expect(count('audit_log')).toBe(1);
    expect(count('outbox')).toBe(0);
    expect(db.prepare('SELECT action FROM audit_log').pluck().all()).toEqual(['printJobs.cancel']);
    expect(heard.filter((h) => h.event === 'data.changed')).toEqual([
      { event: 'data.changed', payload: { topics: ['printJobs'] } },
    ]);
    expect(() => queue.enqueue({ kind: 'testPage', printerId: 'gone', doc: slip('LK1') })).toThrow(
      /unknownPrinter/,
    );
    expect(queue.list({ states: ['queued'] })).toEqual([]);
  });

  it('sends in the background after start(), waking on enqueue', async () => {
    const printer = await fakePrinter();
    const { queue } = setup(undefined, { port: printer.port });
    queue.start();
    cleanups.push(() => queue.stop());
    const job = queue.enqueue({ kind: 'checkIn', printerId: 'front', doc: slip('LK1BG') });
    const until = Date.now() + 3000;
    while (queue.get(job.id)?.state !== 'sent' && Date.now() < until)
      await new Promise((r) => setTimeout(r, 10));
    expect(queue.get(job.id)?.state).toBe('sent');
    expect(payloads(printer)).toEqual(['LK1BG']);
  });

  it('migration 0002 makes a STRICT table that refuses unknown states and non-integer times', () => {
    const { db } = setup();
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'print_jobs'").pluck().get() as string;
    expect(sql).toMatch(/\)\s*STRICT\s*$/);
    const insert = (state: string, at: unknown) =>
      db
        .prepare(
          `INSERT INTO print_jobs (id, printer_id, kind, doc, state, next_attempt_at, created_at, updated_at)
           VALUES ('x', 'front', 'k', '{}', ?, ?, 0, 0)`,
        )
        .run(state, at);
    expect(() => insert('printing', 0)).toThrow(/CHECK constraint/);
    expect(() => insert('queued', 'soon')).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it("finds the worker's next job through the partial index", () => {
    const { db } = setup();
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM print_jobs WHERE state = 'queued' AND printer_id = ?
         ORDER BY created_at, id LIMIT 1`,
      )
      .all('front') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING COVERING INDEX print_jobs_queued/);
  });
});

// --- crash safety: a real kiosk process on a real SQLite file, killed with SIGKILL ---------------

const childScript = fileURLToPath(new URL('./fixtures/printQueueChild.ts', import.meta.url));

interface Child {
  lines: Array<Record<string, unknown>>;
  waitFor(pred: (l: Record<string, unknown>) => boolean): Promise<void>;
  kill(): Promise<void>;
}

function runChild(dbFile: string, port: number, action: 'enqueue' | 'send'): Child {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', childScript, dbFile, String(port), action, String(T0)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines: Array<Record<string, unknown>> = [];
  let buf = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      lines.push(JSON.parse(buf.slice(0, i)) as Record<string, unknown>);
      buf = buf.slice(i + 1);
      waiters.splice(0).forEach((w) => w());
    }
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    lines,
    waitFor: async (pred) => {
      const deadline = Date.now() + 15_000;
      while (!lines.some(pred)) {
        if (child.exitCode !== null) throw new Error(`child exited: ${stderr}`);
        if (Date.now() > deadline) throw new Error(`child never reported the state; stderr: ${stderr}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe('PrintQueue crash safety (SIGKILL)', () => {
  const tempDb = () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-printq-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'loket.sqlite');
  };
  const reopen = (file: string, port: number) => setup(openDatabase(file), { port });

  it('killed between "saved" and "sent": the job is still queued and prints once after restart', async () => {
    const printer = await fakePrinter();
    const file = tempDb();
    const child = runChild(file, printer.port, 'enqueue');
    await child.waitFor((l) => l['done'] === true);
    await child.kill();
    expect(printer.jobs).toHaveLength(0);

    const { queue } = reopen(file, printer.port);
    expect(queue.recoverInterrupted()).toEqual([]);
    expect(queue.list().map((j) => j.state)).toEqual(['queued']);
    await queue.processDue();
    expect(queue.list().map((j) => j.state)).toEqual(['sent']);
    expect(payloads(printer)).toEqual(['LK1CRASHTEST0000000000000000']);
  });

  it('killed mid-send (printer stalls): after restart the job is interrupted, not printed again', async () => {
    const stalling = await fakePrinter({ mode: 'stall' });
    const file = tempDb();
    const child = runChild(file, stalling.port, 'send');
    const started = stalling.nextJobStarted();
    await child.waitFor((l) => l['state'] === 'sending');
    await started; // bytes reached the printer: part of the slip may be on paper
    await child.kill();

    const printer = await fakePrinter();
    const { queue, count } = reopen(file, printer.port);
    const [recovered] = queue.recoverInterrupted();
    expect(recovered).toMatchObject({ state: 'interrupted', attempts: 1 });
    await queue.processDue();
    expect(printer.jobs).toHaveLength(0);
    expect(queue.list({ states: ['interrupted'] })).toHaveLength(1);
    // The recovery itself is in the audit log, as the system's doing.
    expect(count('audit_log')).toBe(1);

    // The officer saw the slip come out.
    queue.confirmPrinted(recovered!.id, 'officer:rina');
    expect(queue.get(recovered!.id)?.state).toBe('sent');
    await queue.processDue();
    expect(printer.jobs).toHaveLength(0);
  });

  it('killed after "sent": nothing prints again after restart', async () => {
    const printer = await fakePrinter();
    const file = tempDb();
    const child = runChild(file, printer.port, 'send');
    await child.waitFor((l) => l['state'] === 'sent');
    await child.kill();
    expect(printer.jobs).toHaveLength(1);

    const { queue } = reopen(file, printer.port);
    expect(queue.recoverInterrupted()).toEqual([]);
    expect(await queue.processDue()).toBe(0);
    expect(queue.list().map((j) => j.state)).toEqual(['sent']);
    expect(printer.jobs).toHaveLength(1);
  });
});
