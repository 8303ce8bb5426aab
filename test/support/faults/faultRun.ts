// One schedule of the multi-process fault harness (issue 10 › Proof, sync.md §5.2): a fresh site,
// its kiosks joined through their proxies, the seeded steps run with the nemesis acting between and
// during them, then every fault healed, the kiosks synced (their officers settling what the server
// refused) until nothing waits, and the Jepsen-style checker run on the databases themselves.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createEnrolmentCode, createSite } from '../../../server/devices/enrolment';
import type { SyncStatus } from '../../../shared/contract/sync';
import { checkSite, desksHeldOnServer, settleUnseated, unseatedVisits } from '../syncChecker';
import { MONDAY_9AM } from '../testCore';
import type { FaultCluster } from './faultCluster';
import { PASS, type FaultProxy } from './faultProxy';
import type { FaultSchedule, Step } from './faultSchedule';
import { KioskGone, type KioskHandle } from './kioskHandle';
import { reserveFromPortal } from './portalReservations';

/** Three desks and two lockers: conflicts are the point. */
export const DESKS = [1, 2, 3] as const;
export const LOCKERS = [1, 2] as const;
/** Liveness: after healing, a site that has not converged by then has a stuck queue. */
export const CONVERGE_DEADLINE_MS = 60_000;
const DAY = '2026-11-23';
/** How long a schedule waits for a sync it waits for, before it goes on with the sync in flight. */
const SYNC_WAIT_MS = 300;

const deadline = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export interface FaultRunResult {
  readonly seed: number;
  /** Every broken promise the checker found; empty when the schedule converged correctly. */
  readonly violations: readonly string[];
  /** What was slow or odd without breaking a promise (for the bench's report). */
  readonly notes: readonly string[];
  /** Operations the kiosks wrote, check-ins the server holds, operations it merged or refused. */
  readonly ops: number;
  readonly visits: number;
  readonly conflicts: number;
  readonly portalReservations: number;
  /** Requests a kiosk never answered because it was killed (Jepsen's "info"). */
  readonly indeterminate: number;
  readonly kioskKills: number;
  readonly serverKills: number;
  /** From the moment every fault was healed until every kiosk had nothing waiting and had pulled it all. */
  readonly convergeMs: number;
  readonly healRounds: number;
  readonly ms: number;
  /** Where the time went (ms): joining the kiosks, the steps, healing and converging, the checker. */
  readonly phases: {
    readonly setUp: number;
    readonly steps: number;
    readonly restarts: number;
    readonly settle: number;
    readonly converge: number;
    readonly check: number;
  };
  /** Where the kiosks' files were kept (only when something was found). */
  readonly keptIn: string | null;
}

interface Ticket {
  readonly reservationId: string;
  readonly token: string;
  /** The kiosk where it was made; -1 for a portal booking. */
  readonly home: number;
}

let sites = 0;

/** A schedule that has not finished by then is hung: a harness or liveness failure, never silence. */
export const SCHEDULE_DEADLINE_MS = 150_000;

/** Where the running schedule is, for the report when it hangs. */
let where = '';

export class ScheduleHung extends Error {
  constructor(seed: number, at: string) {
    super(`schedule ${seed} did not finish in ${SCHEDULE_DEADLINE_MS / 1000} s; it was at: ${at}`);
    this.name = 'ScheduleHung';
  }
}

export async function runFaultSchedule(c: FaultCluster, s: FaultSchedule): Promise<FaultRunResult> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScheduleHung(s.seed, where)), SCHEDULE_DEADLINE_MS);
  });
  try {
    return await Promise.race([runSchedule(c, s), hung]);
  } finally {
    clearTimeout(timer);
  }
}

async function runSchedule(c: FaultCluster, s: FaultSchedule): Promise<FaultRunResult> {
  where = 'set-up';
  const started = performance.now();
  const siteId = `faults-${process.pid}-${++sites}-s${s.seed}`;
  const dir = join(c.workDir, siteId);
  mkdirSync(dir, { recursive: true });
  const kiosks = c.kiosks.slice(0, s.kiosks);
  const proxies = await Promise.all(kiosks.map(() => c.kioskProxy()));
  try {
    return await runOn(c, s, siteId, dir, kiosks, proxies, started);
  } finally {
    where = 'closing the proxies';
    await Promise.all(proxies.map((p) => c.release(p)));
  }
}

async function runOn(
  c: FaultCluster,
  s: FaultSchedule,
  siteId: string,
  dir: string,
  kiosks: readonly KioskHandle[],
  proxies: readonly FaultProxy[],
  started: number,
): Promise<FaultRunResult> {
  const violations: string[] = [];
  const notes: string[] = [];
  const code = async () => (await createEnrolmentCode(c.db, siteId, 'faults', c.server.now())).code;

  await createSite(c.db, { id: siteId, name: `Gangguan ${s.seed}` }, c.server.now());
  await Promise.all(
    kiosks.map((k, i) => k.openDatabase(join(dir, `kiosk${i}.sqlite`), MONDAY_9AM + i * 1000)),
  );
  await kiosks[0]!.request('setUpFirst', {
    serverUrl: proxies[0]!.url,
    code: await code(),
    desks: DESKS,
    lockers: LOCKERS,
  });
  for (const [i, k] of kiosks.entries())
    if (i > 0) await k.request('join', { serverUrl: proxies[i]!.url, code: await code() });

  // The history: what the front desk was told. An acknowledged reservation must reach the server.
  const tickets: Ticket[] = [];
  const acknowledged = new Set<string>();
  const portal = new Set<string>();
  let indeterminate = 0;
  let people = 0;
  let kioskKills = 0;
  let serverKills = 0;
  const inflight: Promise<unknown>[] = [];
  const nemesisTimers: NodeJS.Timeout[] = [];
  /** A request whose process may be killed under it: that answer is unknown, not a failure. */
  const attempt = <T>(k: KioskHandle, cmd: string, args: Record<string, unknown> = {}) =>
    k.request<T>(cmd, args).catch((error: unknown) => {
      if (error instanceof KioskGone) indeterminate++;
      else violations.push(`${k.name} failed ${cmd}: ${(error as Error).message}`);
      return undefined;
    });
  const restarted = (what: string, p: Promise<unknown>) =>
    inflight.push(p.catch((e: unknown) => violations.push(`${what} did not restart: ${String(e)}`)));

  const run = async (step: Step): Promise<void> => {
    const ticketOf = (n: number) => (tickets.length ? tickets[n % tickets.length] : undefined);
    switch (step.kind) {
      case 'reserve':
      case 'walkIn': {
        const n = ++people;
        const k = kiosks[step.kiosk]!;
        const r =
          step.kind === 'reserve'
            ? await attempt<{ id: string; token: string } | null>(k, 'reserve', { n, day: DAY })
            : await attempt<{ id: string; token: string } | null>(k, 'walkIn', {
                n,
                requestKey: `${siteId}-${n}`,
              });
        if (r) {
          tickets.push({ reservationId: r.id, token: r.token, home: step.kiosk });
          acknowledged.add(r.id);
        }
        return;
      }
      case 'portal': {
        // Another server process, in effect: it waits for the site's lock like the server does, so
        // while a server transaction holding that lock is cut off from the database it waits too.
        // In flight, then, not in the schedule's way (healing releases the lock).
        const n = ++people;
        const made = reserveFromPortal(c.db, siteId, c.server.now(), {
          fullName: `Tamu Portal ${n}`,
          email: `portal${n}@example.id`,
          phone: `+62814${String(50000000 + n)}`,
          day: DAY,
        }).then((r) => {
          if (!r) return; // refused by the site's rules, as the portal refuses a visitor
          portal.add(r.id);
          tickets.push({ reservationId: r.id, token: r.token, home: -1 });
        });
        inflight.push(made.catch((e: unknown) => violations.push(`the portal booking failed: ${String(e)}`)));
        await Promise.race([made, deadline(SYNC_WAIT_MS)]);
        return;
      }
      case 'scan': {
        const t = ticketOf(step.ticket);
        if (!t) return;
        const at = step.home && t.home >= 0 ? t.home : step.kiosk;
        await attempt(kiosks[at]!, 'scan', { token: t.token });
        return;
      }
      case 'cancel':
      case 'close': {
        const t = ticketOf(step.ticket);
        if (t) await attempt(kiosks[step.kiosk]!, step.kind, { reservationId: t.reservationId });
        return;
      }
      case 'locker': {
        const t = ticketOf(step.ticket);
        if (t)
          await attempt(kiosks[step.kiosk]!, 'locker', {
            reservationId: t.reservationId,
            locker: step.locker,
          });
        return;
      }
      case 'domain':
        await attempt(kiosks[step.kiosk]!, 'domain', { domain: step.domain, n: ++people });
        return;
      case 'sync': {
        const p = attempt(kiosks[step.kiosk]!, 'sync');
        inflight.push(p);
        // Waited for, but not past a moment: behind a blackhole a request waits out its 30 s deadline.
        if (step.await) await Promise.race([p, deadline(SYNC_WAIT_MS)]);
        return;
      }
      case 'net':
        proxies[step.kiosk]!.setMode(step.mode);
        return;
      case 'database':
        c.database.setMode(step.mode);
        return;
      case 'killKiosk': {
        const k = kiosks[step.kiosk]!;
        nemesisTimers.push(
          setTimeout(() => {
            kioskKills++;
            restarted(k.name, k.killAndRestart());
          }, step.afterMs),
        );
        return;
      }
      case 'killServer':
        nemesisTimers.push(
          setTimeout(() => {
            serverKills++;
            restarted('the server', c.server.killAndRestart());
          }, step.afterMs),
        );
        return;
      case 'clock':
        // The handle keeps the clock too, so a kiosk killed around the jump resumes at the jumped time.
        await kiosks[step.kiosk]!.jumpClock(step.minutes * 60_000).catch((error: unknown) => {
          if (error instanceof KioskGone) indeterminate++;
          else throw error;
        });
        return;
      default: {
        const never: never = step;
        throw new Error(`unknown step ${JSON.stringify(never)}`);
      }
    }
  };
  const stepsStarted = performance.now();
  for (const [i, step] of s.steps.entries()) {
    where = `step ${i}: ${JSON.stringify(step)}`;
    await run(step);
  }

  // Heal: no more kills, every proxy passes again, every process up, everything in flight settled.
  for (const t of nemesisTimers) clearTimeout(t);
  c.heal();
  for (const p of proxies) p.setMode(PASS);
  const healed = performance.now();
  where = 'healing: waiting for the server';
  await c.server.ready();
  where = 'healing: waiting for the kiosks';
  await Promise.all(kiosks.map((k) => k.ready()));
  where = 'healing: waiting for what was in flight';
  const restartsDone = performance.now();
  await Promise.allSettled(inflight);
  const settled = performance.now();

  where = 'converging';
  const { rounds, converged } = await converge(c, siteId, kiosks, proxies, violations, notes);
  const convergeMs = performance.now() - healed;
  const checkStarted = performance.now();
  if (!converged)
    violations.push(`not converged ${CONVERGE_DEADLINE_MS / 1000} s after healing (stuck queue)`);

  for (const crash of c.server.crashes.splice(0)) violations.push(`the server process crashed:\n${crash}`);
  where = 'checking';
  await Promise.all(kiosks.map((k) => attempt(k, 'closeCore')));
  await Promise.all(kiosks.map((k) => k.ready()));
  for (const [i, k] of kiosks.entries()) {
    for (const line of k.takeLogErrors()) violations.push(`kiosk ${i} logged an error: ${line}`);
    for (const crash of k.crashes.splice(0)) violations.push(`kiosk ${i} crashed: ${crash}`);
  }
  const views = kiosks.map((k, i) => ({
    db: new Database(join(dir, `kiosk${i}.sqlite`), { readonly: true, fileMustExist: true }),
    deviceId: k.deviceId,
  }));
  const ops = await (async () => {
    try {
      violations.push(...(await checkSite(c.db, siteId, views, { portalReservations: portal })));
      return views.reduce(
        (n, v) => n + (v.db.prepare('SELECT count(*) FROM outbox').pluck().get() as number),
        0,
      );
    } finally {
      for (const v of views) v.db.close();
    }
  })();
  const onServer = new Set(
    (await c.db.selectFrom('reservations').select('id').where('site_id', '=', siteId).execute()).map(
      (r) => r.id,
    ),
  );
  for (const id of acknowledged)
    if (!onServer.has(id))
      violations.push(`reservation ${id} confirmed at the desk, absent on the server (lost)`);

  const visits = await c.db.selectFrom('visits').select('id').where('site_id', '=', siteId).execute();
  const conflicts = await c.db
    .selectFrom('processed_ops')
    .select('op_id')
    .where('site_id', '=', siteId)
    .where('status', '<>', 'applied')
    .execute();
  const keep = violations.length > 0;
  if (keep) {
    // Everything needed to look into it: the schedule, and what each process last said.
    writeFileSync(join(dir, 'schedule.json'), JSON.stringify(s, null, 1));
    for (const [i, k] of kiosks.entries()) writeFileSync(join(dir, `kiosk${i}.log`), k.stderrTail());
    writeFileSync(join(dir, 'server.log'), c.server.output());
  } else rmSync(dir, { recursive: true, force: true });
  return {
    seed: s.seed,
    violations,
    notes,
    ops,
    visits: visits.length,
    conflicts: conflicts.length,
    portalReservations: portal.size,
    indeterminate,
    kioskKills,
    serverKills,
    convergeMs,
    healRounds: rounds,
    ms: performance.now() - started,
    phases: {
      setUp: stepsStarted - started,
      steps: healed - stepsStarted,
      restarts: restartsDone - healed,
      settle: settled - restartsDone,
      converge: checkStarted - settled,
      check: performance.now() - checkStarted,
    },
    keptIn: keep ? dir : null,
  };
}

/**
 * Every kiosk syncs in turn, and the officers do what the sync panel asks (a visitor the server kept
 * without a desk is moved to a free one, or sent home), until a pass leaves nothing waiting anywhere;
 * one more pass then brings every kiosk what the others pushed in the last one.
 */
async function converge(
  c: FaultCluster,
  siteId: string,
  kiosks: readonly KioskHandle[],
  proxies: readonly FaultProxy[],
  violations: string[],
  notes: string[],
): Promise<{ rounds: number; converged: boolean }> {
  const deadline = performance.now() + CONVERGE_DEADLINE_MS;
  const syncAll = async () => {
    const statuses: SyncStatus[] = [];
    for (const [i, k] of kiosks.entries()) {
      const t0 = performance.now();
      const accepted = proxies[i]!.accepted();
      statuses.push(await k.request<SyncStatus>('sync'));
      const ms = performance.now() - t0;
      // Slow after healing: what its proxy saw meanwhile tells the network from the kiosk.
      if (ms > 5_000)
        notes.push(
          `${k.name}: a sync after healing took ${Math.round(ms)} ms; its proxy accepted ` +
            `${proxies[i]!.accepted() - accepted} connections meanwhile, ${proxies[i]!.openConnections()} ` +
            `open now; ${JSON.stringify(statuses.at(-1))}\n${k.stderrTail().slice(-800)}`,
        );
    }
    return statuses;
  };
  for (let round = 1; performance.now() < deadline; round++) {
    const statuses = await syncAll();
    const unseated = await unseatedVisits(c.db, siteId);
    for (const v of unseated) {
      const k = kiosks.find((x) => x.deviceId === v.deviceId);
      if (!k) {
        violations.push(`visit ${v.id} unseated by a device of no kiosk of this site`);
        continue;
      }
      const step = settleUnseated(
        v.id,
        DESKS,
        await desksHeldOnServer(c.db, siteId),
        new Set(await k.request<number[]>('heldDesks')),
      );
      const r = await k.request<{ ok: boolean; error?: unknown }>('officer', step);
      if (!r.ok)
        violations.push(`${k.name}: the officer could not settle visit ${v.id}: ${JSON.stringify(r.error)}`);
    }
    const quiet = statuses.every((st) => st.pending === 0 && st.deferred === 0 && st.state === 'online');
    if (quiet && unseated.length === 0) {
      await syncAll();
      return { rounds: round, converged: true };
    }
  }
  return { rounds: 0, converged: false };
}
