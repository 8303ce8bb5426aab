// One kiosk of the multi-process fault harness, as its own Node process (forked with an IPC channel
// by kioskHandle.ts): a real kiosk core on a SQLite file, its clock a ManualClock the harness sets
// and jumps, its sync loop running on real timers as a host runs it, and the front desk's work done
// on command. The harness SIGKILLs it at random and forks it again on the same file.
// Requests: { id, cmd, args } → replies { id, ok, value | error }. Error-level log lines are sent
// as { event: 'logError' } (the checker counts them).
import { pino } from 'pino';
import { ManualClock } from '../../../shared/clock';
import { createKioskCore, type KioskCore } from '../../../electron/services/core/kioskCore';
import { DeskDay, unwrap } from '../deskDay';
import { desksHeldAtKiosk } from '../syncChecker';
import { domainWorkloads, type WorkloadDomain } from '../workloads';
import { cheapPins, testSetup } from '../testCore';

export interface KioskRequest {
  readonly id: number;
  readonly cmd: string;
  readonly args: Record<string, unknown>;
}

let core: KioskCore | undefined;
let clock: ManualClock | undefined;
let desk: DeskDay | undefined;

const send = (message: unknown) => {
  if (process.connected) process.send!(message);
};

const log = pino(
  { level: 'info' },
  {
    write(chunk: string) {
      const line = JSON.parse(chunk) as { level: number; msg: string };
      process.stderr.write(chunk);
      if (line.level >= 50) send({ event: 'logError', line: chunk.trim() });
    },
  },
);

const open = () => {
  if (!core || !desk || !clock) throw new Error('no kiosk core is open');
  return { core, desk, clock };
};

/** The open visit of a reservation at this kiosk, if any. */
const openVisit = (reservationId: string): string | undefined =>
  open()
    .core.db.prepare("SELECT id FROM visits WHERE reservation_id = ? AND status <> 'closed'")
    .pluck()
    .get(reservationId) as string | undefined;

const commands: Record<string, (args: Record<string, unknown>) => Promise<unknown>> = {
  /** Opens (or, after a kill, reopens) the kiosk's database; a joined kiosk starts syncing at once. */
  async open(a) {
    if (core) await core.close();
    clock = new ManualClock(a.clock as number);
    core = createKioskCore({
      dbFile: a.dbFile as string,
      version: 'faults',
      clock,
      log,
      pinHasher: cheapPins,
    });
    desk = new DeskDay(core);
    if (core.sync.status().state !== 'not_joined') core.sync.start();
    return { deviceId: core.deps.deviceId };
  },
  /** The site's first kiosk: set up with the harness's desks and lockers, then joined to the server. */
  async setUpFirst(a) {
    const k = open();
    const setup = testSetup({
      desks: (a.desks as number[]).map((n) => ({ number: n, label: `Meja ${n}`, zone: null })),
      lockers: (a.lockers as number[]).map((n) => ({ number: n, label: `Loker ${n}`, zone: null })),
    });
    unwrap(await k.core.call('setup.complete', setup));
    unwrap(await k.desk.officerCall('sync.join', { serverUrl: a.serverUrl, code: a.code }));
    k.core.sync.start();
    return null;
  },
  /** Another kiosk of the site, joined at its first start. */
  async join(a) {
    const k = open();
    unwrap(await k.core.call('setup.join', { serverUrl: a.serverUrl, code: a.code }));
    k.core.sync.start();
    return null;
  },
  async reserve(a) {
    const n = a.n as number;
    const r = await open().desk.officerCall<{ reservation: { id: string }; token: string }>(
      'reservations.create',
      {
        fullName: `Tamu Gangguan ${n}`,
        email: `gangguan${n}@example.id`,
        phone: `+62812${String(50000000 + n)}`,
        day: a.day,
        deskNumber: null,
        consent: true,
      },
    );
    return r.ok ? { id: r.value.reservation.id, token: r.value.token } : null;
  },
  async walkIn(a) {
    const n = a.n as number;
    const r = await open().core.call('reservations.createWalkIn', {
      requestKey: a.requestKey,
      fullName: `Tamu Datang ${n}`,
      email: `datang${n}@example.id`,
      phone: `+62813${String(50000000 + n)}`,
      consent: true,
    });
    if (!r.ok) return null;
    const v = r.value as { reservationId: string; token: string };
    return { id: v.reservationId, token: v.token };
  },
  async scan(a) {
    return open().desk.scan(a.token as string).kind;
  },
  async cancel(a) {
    const r = await open().desk.officerCall('reservations.cancel', {
      id: a.reservationId,
      reason: 'Batal (gangguan)',
    });
    return r.ok;
  },
  async close(a) {
    const visitId = openVisit(a.reservationId as string);
    if (!visitId) return false;
    const r = await open().desk.officerCall('visits.closeWithoutCheckout', {
      visitId,
      reason: 'Pulang (gangguan)',
    });
    return r.ok;
  },
  async locker(a) {
    const visitId = openVisit(a.reservationId as string);
    if (!visitId) return false;
    const r = await open().desk.officerCall('visits.assignLocker', {
      visitId,
      lockerNumber: a.locker,
      keyHandedOut: true,
    });
    return r.ok;
  },
  async officer(a) {
    return open().desk.officerCall(a.method as string, a.input);
  },
  async domain(a) {
    const k = open();
    await domainWorkloads[a.domain as WorkloadDomain].faultAction(k.desk, k.core, a.n as number);
    return null;
  },
  async sync() {
    return open().core.sync.syncNow();
  },
  async status() {
    return open().core.sync.status();
  },
  async clock(a) {
    const k = open();
    k.clock.advance(a.ms as number);
    return k.clock.now();
  },
  async heldDesks() {
    return [...desksHeldAtKiosk(open().core.db)];
  },
  /** Stops the sync loop and closes the database, so the checker reads a file at rest. */
  async closeCore() {
    if (core) await core.close();
    core = undefined;
    desk = undefined;
    return null;
  },
};

process.on('message', (message: KioskRequest) => {
  const run = commands[message.cmd];
  if (!run) {
    send({ id: message.id, ok: false, error: `unknown command ${message.cmd}` });
    return;
  }
  run(message.args).then(
    (value) => send({ id: message.id, ok: true, value: value ?? null }),
    (error: unknown) =>
      send({
        id: message.id,
        ok: false,
        error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error),
      }),
  );
});
// The harness is gone: so is its kiosk.
process.on('disconnect', () => process.exit(0));
send({ event: 'ready' });
