// The in-process sync fault harness (issue 10, sync.md §5.2): real kiosk cores on in-memory SQLite
// and the real central server's HTTP application on a real database, joined by a simulated network
// that can lose a request, or lose the answer after the server committed it. A schedule of front-desk
// actions and syncs runs; then the network heals, officers settle what the server refused, and a
// checker in the style of Jepsen's compares every kiosk with the server.
import { createEnrolmentCode, createSite } from '../../server/devices/enrolment';
import type { Fetch } from '../../electron/sync/transport';
import { DeskDay, unwrap } from './deskDay';
import { makeTestCore, MONDAY_9AM, testSetup, type TestCore } from './testCore';
import type { TestCentral } from './central';
import {
  checkSite,
  desksHeldAtKiosk,
  desksHeldOnServer,
  settleUnseated,
  unseatedVisits,
} from './syncChecker';

export type NetMode = 'ok' | 'dropRequest' | 'dropResponse' | 'down';

export type Action =
  | { readonly kind: 'reserve'; readonly kiosk: number }
  | { readonly kind: 'walkIn'; readonly kiosk: number }
  /** A visitor scans their code: at the kiosk where it was made (`home`), or at another one. */
  | { readonly kind: 'scan'; readonly kiosk: number; readonly ticket: number; readonly home: boolean }
  | { readonly kind: 'cancel'; readonly kiosk: number; readonly ticket: number }
  | { readonly kind: 'close'; readonly kiosk: number; readonly ticket: number }
  | { readonly kind: 'sync'; readonly kiosk: number; readonly net: NetMode }
  | { readonly kind: 'clock'; readonly kiosk: number; readonly minutes: number };

export interface Schedule {
  readonly kiosks: number;
  readonly actions: readonly Action[];
}

interface SimKiosk {
  readonly t: TestCore;
  readonly desk: DeskDay;
  net: NetMode;
}

interface Ticket {
  readonly reservationId: string;
  readonly token: string;
  readonly home: number;
}

/** The network between one kiosk and the server, in process: the server's app answers directly. */
function simulatedFetch(server: TestCentral, kiosk: () => SimKiosk): Fetch {
  return async (input, init) => {
    const net = kiosk().net;
    if (net === 'down' || net === 'dropRequest') throw new TypeError('fetch failed: simulated network loss');
    const response = await server.app.request(input, init);
    if (net === 'dropResponse') {
      await response.arrayBuffer(); // the server finished and committed; the kiosk never hears of it
      throw new TypeError('fetch failed: connection reset after the request');
    }
    return response;
  };
}

let sites = 0;

export interface SimulationResult {
  /** Every broken promise the checker found; empty when the schedule converged correctly. */
  readonly violations: string[];
  readonly ops: number;
  /** Check-ins the server holds, and operations it merged or refused: a schedule that made none tests little. */
  readonly visits: number;
  readonly conflicts: number;
  readonly syncRounds: number;
}

/** Runs one schedule on a fresh site of `server` and checks the outcome. */
export async function runSchedule(server: TestCentral, schedule: Schedule): Promise<SimulationResult> {
  const siteId = `sim-${process.pid}-${++sites}`;
  await createSite(server.central.db, { id: siteId, name: `Simulasi ${sites}` }, server.clock.now());
  const code = async () =>
    (await createEnrolmentCode(server.central.db, siteId, 'sim', server.clock.now())).code;
  const url = 'http://central.test';
  const kiosks: SimKiosk[] = [];
  const tickets: Ticket[] = [];
  try {
    for (let i = 0; i < schedule.kiosks; i++) {
      const index = i;
      const t = await makeTestCore(MONDAY_9AM + i * 1000, ':memory:', {
        setup: false,
        fetch: simulatedFetch(server, () => kiosks[index]!),
      });
      const self: SimKiosk = { t, desk: new DeskDay(t.core), net: 'ok' };
      kiosks.push(self);
      if (i === 0) {
        // Three desks and one locker: conflicts are the point.
        const setup = testSetup({
          desks: [1, 2, 3].map((n) => ({ number: n, label: `Meja ${n}`, zone: null })),
          lockers: [{ number: 1, label: 'Loker 1', zone: null }],
        });
        unwrap(await t.core.call('setup.complete', setup));
        unwrap(await self.desk.officerCall('sync.join', { serverUrl: url, code: await code() }));
      } else {
        unwrap(await t.core.call('setup.join', { serverUrl: url, code: await code() }));
      }
    }

    let people = 0;
    for (const action of schedule.actions) {
      const ticket =
        tickets.length > 0 && 'ticket' in action ? tickets[action.ticket % tickets.length]! : undefined;
      const at = action.kind === 'scan' && action.home && ticket ? ticket.home : action.kiosk;
      const k = kiosks[at % kiosks.length]!;
      switch (action.kind) {
        case 'reserve': {
          people++;
          const r = await k.desk.officerCall<{ reservation: { id: string }; token: string }>(
            'reservations.create',
            {
              fullName: `Tamu Simulasi ${people}`,
              email: `tamu${people}@example.id`,
              phone: `+62812${String(30000000 + people)}`,
              day: '2026-11-23',
              deskNumber: null,
              consent: true,
            },
          );
          if (r.ok)
            tickets.push({
              reservationId: r.value.reservation.id,
              token: r.value.token,
              home: kiosks.indexOf(k),
            });
          break;
        }
        case 'walkIn': {
          people++;
          const r = await k.t.core.call('reservations.createWalkIn', {
            requestKey: `sim-${siteId}-${people}`,
            fullName: `Tamu Datang ${people}`,
            email: `datang${people}@example.id`,
            phone: `+62813${String(30000000 + people)}`,
            consent: true,
          });
          if (r.ok) {
            const v = r.value as { reservationId: string; token: string };
            tickets.push({ reservationId: v.reservationId, token: v.token, home: kiosks.indexOf(k) });
          }
          break;
        }
        case 'scan':
          if (ticket) k.desk.scan(ticket.token);
          break;
        case 'cancel':
          if (ticket)
            await k.desk.officerCall('reservations.cancel', {
              id: ticket.reservationId,
              reason: 'Batal (simulasi)',
            });
          break;
        case 'close': {
          const visit = ticket
            ? (k.t.core.db
                .prepare("SELECT id FROM visits WHERE reservation_id = ? AND status <> 'closed'")
                .get(ticket.reservationId) as { id: string } | undefined)
            : undefined;
          if (visit)
            await k.desk.officerCall('visits.closeWithoutCheckout', {
              visitId: visit.id,
              reason: 'Pulang (simulasi)',
            });
          break;
        }
        case 'sync':
          k.net = action.net;
          await k.t.core.sync.syncNow();
          k.net = 'ok';
          break;
        case 'clock':
          k.t.clock.advance(action.minutes * 60_000);
          break;
      }
    }

    const syncRounds = await heal(server, siteId, kiosks);
    const violations = await check(server.central.db, siteId, kiosks);
    const ops = kiosks.reduce(
      (n, k) => n + (k.t.core.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n,
      0,
    );
    const visits = await server.central.db
      .selectFrom('visits')
      .select('id')
      .where('site_id', '=', siteId)
      .execute();
    const conflicts = await server.central.db
      .selectFrom('processed_ops')
      .select('op_id')
      .where('site_id', '=', siteId)
      .where('status', '<>', 'applied')
      .execute();
    return { violations, ops, visits: visits.length, conflicts: conflicts.length, syncRounds };
  } finally {
    for (const k of kiosks) await k.t.core.close();
  }
}

const syncAll = async (kiosks: readonly SimKiosk[]) => {
  for (const k of kiosks) {
    k.net = 'ok';
    await k.t.core.sync.syncNow();
  }
};

/**
 * The network comes back: every kiosk syncs, and the officers do what the sync panel asks of them
 * (a visitor the server kept without a desk is moved to a free one, or sent home when none is free),
 * until nothing waits anywhere. Returns how many rounds it took.
 */
async function heal(server: TestCentral, siteId: string, kiosks: readonly SimKiosk[]): Promise<number> {
  const db = server.central.db;
  for (let round = 1; round <= 8; round++) {
    await syncAll(kiosks);
    await syncAll(kiosks); // a second pass brings each kiosk what the others pushed after it pulled
    const unseated = await unseatedVisits(db, siteId);
    if (unseated.length === 0) return round;
    for (const v of unseated) {
      const k = kiosks.find((x) => x.t.core.deps.deviceId === v.deviceId)!;
      const step = settleUnseated(
        v.id,
        [1, 2, 3],
        await desksHeldOnServer(db, siteId),
        desksHeldAtKiosk(k.t.core.db),
      );
      const r = await k.desk.officerCall(step.method, step.input);
      if (!r.ok) throw new Error(`the officer could not settle visit ${v.id}: ${JSON.stringify(r.error)}`);
    }
  }
  return 8;
}

/** The shared checker (syncChecker.ts) on in-process kiosks. */
export function check(
  db: TestCentral['central']['db'],
  siteId: string,
  kiosks: readonly { readonly t: TestCore }[],
): Promise<string[]> {
  return checkSite(
    db,
    siteId,
    kiosks.map((k) => ({ db: k.t.core.db, deviceId: k.t.core.deps.deviceId })),
  );
}
