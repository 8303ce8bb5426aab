// The central server's push on a real PostgreSQL (a template clone per file): a kiosk's whole desk
// day arrives once however often it is sent, every operation type has a handler that applies it, and
// the server's records end where the kiosk's did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/openDatabase';
import { pendingOperations, queueState } from '../../electron/sync/outbox';
import type { OutboxOperation } from '../../shared/sync/operation';
import { operationTypes } from '../../shared/sync/operations';
import { PROTOCOL_VERSION, type PushResponse } from '../../shared/sync/protocol';
import { startTestCentral, type TestCentral } from '../support/central';
import { runDeskDayWorkload } from '../support/syncWorkload';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, type TestCore } from '../support/testCore';

let server: TestCentral;
beforeAll(async () => {
  server = await startTestCentral();
});
afterAll(() => server.close());

const deviceIdOf = (db: Db) =>
  (db.prepare('SELECT device_id FROM device_state').get() as { device_id: string }).device_id;

async function push(
  auth: string,
  epoch: number,
  ops: OutboxOperation[],
  clientTime = server.clock.now(),
  queue = { pending: ops.length, oldestAt: ops[0]?.createdAt ?? null },
) {
  const res = await server.request('POST', '/v1/sync/push', auth, {
    protocol: PROTOCOL_VERSION,
    epoch,
    clientTime,
    queue,
    audit: [],
    ops,
  });
  return {
    status: res.status,
    body: (await res.json()) as PushResponse & { error?: string; lastSeq: number },
  };
}

describe('a kiosk pushes its desk day', () => {
  let kiosk: TestCore;
  let device: Awaited<ReturnType<TestCentral['enrol']>>;
  let ops: OutboxOperation[];
  let first: PushResponse;

  beforeAll(async () => {
    kiosk = await makeTestCore();
    await runDeskDayWorkload(kiosk.core, kiosk.clock);
    device = await server.enrol(deviceIdOf(kiosk.core.db));
    ops = pendingOperations(kiosk.core.db, 10_000);
    const r = await push(device.auth, device.epoch, ops);
    expect(r.status).toBe(200);
    first = r.body;
  });
  afterAll(() => kiosk.core.close());

  it('has every operation type applied, none refused', () => {
    expect(new Set(ops.map((o) => o.type))).toEqual(new Set(operationTypes));
    expect(first.lastSeq).toBe(ops.at(-1)!.seq);
    const refused = first.results.filter((r) => r.status === 'rejected');
    expect(refused).toEqual([]);
    expect(first.results.every((r) => !r.replayed)).toBe(true);
  });

  it("ends with the server's reservations and visits as the kiosk's", async () => {
    const db = server.central.db;
    const kioskReservations = kiosk.core.db
      .prepare('SELECT id, day, status, desk_number FROM reservations ORDER BY id')
      .all() as { id: string; day: string; status: string; desk_number: number | null }[];
    const serverReservations = await db
      .selectFrom('reservations')
      .select(['id', 'day', 'status', 'desk_number'])
      .orderBy('id')
      .execute();
    // The setup's demo data and the workload: all of it reached the server as the kiosk holds it.
    expect(serverReservations).toEqual(kioskReservations);
    const kioskVisits = kiosk.core.db
      .prepare('SELECT id, desk_number AS desk, locker_number AS locker, status FROM visits ORDER BY id')
      .all();
    const serverVisits = await db
      .selectFrom('visits')
      .select(['id', 'desk', 'locker', 'status'])
      .orderBy('id')
      .execute();
    expect(kioskVisits.length).toBeGreaterThanOrEqual(3);
    expect(serverVisits).toEqual(kioskVisits);
    const officers = await db
      .selectFrom('records')
      .select('entity_id')
      .where('entity_type', '=', 'officer')
      .execute();
    expect(officers.length).toBe(
      (kiosk.core.db.prepare('SELECT count(*) AS n FROM officers').get() as { n: number }).n,
    );
  });

  it('answers the same push again from what it stored, changing nothing', async () => {
    const before = await server.central.db
      .selectFrom('change_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const again = await push(device.auth, device.epoch, ops);
    expect(again.status).toBe(200);
    expect(again.body.results.map((r) => [r.seq, r.status, r.replayed])).toEqual(
      first.results.map((r) => [r.seq, r.status, true]),
    );
    const after = await server.central.db
      .selectFrom('change_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("records the kiosk's health: last contact, queue and clock offset", async () => {
    server.clock.advance(1000);
    // One operation sent of the five the kiosk holds: four still wait, the oldest since the first's time.
    await push(device.auth, device.epoch, ops.slice(0, 1), server.clock.now() - 90_000, {
      pending: 5,
      oldestAt: ops[0]!.createdAt,
    });
    const row = await server.central.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', device.deviceId)
      .executeTakeFirstOrThrow();
    expect(row.clock_offset_ms).toBe(90_000);
    expect(row.last_contact_at).toBe(server.clock.now());
    expect(row.pending_ops).toBe(4);
    expect(row.oldest_pending_at).toBe(ops[0]!.createdAt);
    expect(queueState(kiosk.core.db).pending).toBe(ops.length); // the kiosk marks nothing by itself
  });
});

describe('the sequence rules', () => {
  let kiosk: TestCore;
  let device: Awaited<ReturnType<TestCentral['enrol']>>;
  let ops: OutboxOperation[];
  beforeAll(async () => {
    kiosk = await makeTestCore();
    await runDeskDayWorkload(kiosk.core, kiosk.clock);
    device = await server.enrol(deviceIdOf(kiosk.core.db));
    ops = pendingOperations(kiosk.core.db, 10_000);
  });
  afterAll(() => kiosk.core.close());

  it('stops at a gap and takes the rest once the missing operation arrives', async () => {
    const [a, b, c, d] = ops as [OutboxOperation, OutboxOperation, OutboxOperation, OutboxOperation];
    const gap = await push(device.auth, device.epoch, [a, b, d]);
    expect(gap.body.lastSeq).toBe(b.seq);
    expect(gap.body.results.map((r) => r.seq)).toEqual([a.seq, b.seq]);
    const rest = await push(device.auth, device.epoch, [c, d]);
    expect(rest.body.lastSeq).toBe(d.seq);
  });

  it('refuses a new operation under a number already used (a kiosk restored from a backup): 409, nothing lost', async () => {
    const forged = { ...ops[1]!, opId: '01900000-0000-7000-8000-000000000001' };
    const r = await push(device.auth, device.epoch, [forged]);
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ error: 'epoch_mismatch', lastSeq: 4, epoch: device.epoch });
  });

  it('refuses a push under an old epoch after the kiosk re-enrolled', async () => {
    const again = await server.enrol(device.deviceId);
    expect(again.epoch).toBe(device.epoch + 1);
    expect(again.lastSeq).toBe(4);
    const stale = await push(again.auth, device.epoch, ops.slice(4, 5));
    expect(stale.status).toBe(409);
    const fresh = await push(again.auth, again.epoch, ops.slice(4, 6));
    expect(fresh.body.lastSeq).toBe(ops[5]!.seq);
  });

  it('answers 426 to an operation version it cannot read, and applies nothing of that push', async () => {
    const auth = (await server.enrol(device.deviceId)).auth;
    const epoch = device.epoch + 2;
    const newer = { ...ops[6]!, schemaVersion: 99 };
    const r = await push(auth, epoch, [newer]);
    expect(r.status).toBe(426);
    expect(r.body.error).toBe('upgrade_required');
    const progress = await server.central.db
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', device.deviceId)
      .executeTakeFirstOrThrow();
    expect(progress.last_seq).toBe(ops[5]!.seq);
  });

  it("refuses another protocol version, another device's operations and a forged credential", async () => {
    const { auth } = await server.enrol(device.deviceId);
    const old = await server.request('POST', '/v1/sync/push', auth, {
      protocol: 0,
      epoch: 1,
      clientTime: 0,
      queue: { pending: 0, oldestAt: null },
      audit: [],
      ops: [],
    });
    expect(old.status).toBe(426);
    const foreign = await push(auth, device.epoch + 3, [{ ...ops[6]!, deviceId: 'someone-else' }]);
    expect(foreign.status).toBe(400);
    const forged = await push(auth.replace(/.{4}$/, 'AAAA'), device.epoch + 3, ops.slice(6, 7));
    expect(forged.status).toBe(401);
  });
});

describe('an operation the database itself refuses', () => {
  it('is refused alone (a desk number beyond any integer); the operations around it are applied', async () => {
    const kiosk = await makeTestCore();
    try {
      const device = await server.enrol(deviceIdOf(kiosk.core.db));
      const ops = pendingOperations(kiosk.core.db, 10_000);
      const created = ops.find((o) => o.type === 'desks.replaced')!;
      const forged = ops.map((o) =>
        o.seq === created.seq + 1
          ? {
              ...o,
              type: 'reservation.created',
              entityType: 'reservation' as const,
              entityId: 'forged-1',
              payload: {
                id: 'forged-1',
                visitorId: 'v-forged',
                day: '2026-11-24',
                deskNumber: 2 ** 40,
                source: 'kiosk',
                token: 'LK1FORGED',
                fullName: 'Tamu Palsu',
                email: 'palsu@example.id',
                phone: '+6281200000000',
                consentVersion: '1',
                createdAt: 0,
              },
            }
          : o,
      );
      const r = await push(device.auth, device.epoch, forged);
      expect(r.status).toBe(200);
      expect(r.body.lastSeq).toBe(ops.at(-1)!.seq);
      const refused = r.body.results.filter((x) => x.status === 'rejected');
      expect(refused.map((x) => [x.seq, x.code])).toEqual([[created.seq + 1, 'invalid_data']]);
      const desks = await server.central.db
        .selectFrom('records')
        .select('entity_id')
        .where('entity_type', '=', 'desks')
        .execute();
      expect(desks.length).toBeGreaterThan(0);
    } finally {
      await kiosk.core.close();
    }
  });
});

describe("a visitor's erasure on the server", () => {
  it('blanks their reservations, and blanks one that arrives for them later (a tombstone)', async () => {
    const kiosk = await makeTestCore();
    try {
      const desk = new DeskDay(kiosk.core);
      const r = await desk.reserve('2026-11-24', null, 'Hapus Saya');
      const visitorId = (
        kiosk.core.db.prepare('SELECT visitor_id FROM reservations WHERE id = ?').get(r.id) as {
          visitor_id: string;
        }
      ).visitor_id;
      unwrap(await desk.officerCall('visitors.erase', { visitorId, reason: 'Permintaan pengunjung' }));
      const device = await server.enrol(deviceIdOf(kiosk.core.db));
      const ops = pendingOperations(kiosk.core.db, 10_000);
      expect((await push(device.auth, device.epoch, ops)).status).toBe(200);
      const held = await server.central.db
        .selectFrom('reservations')
        .select(['full_name', 'email', 'phone'])
        .where('visitor_id', '=', visitorId)
        .execute();
      expect(held).toEqual([{ full_name: '', email: '', phone: '' }]);

      // Another kiosk, offline all along, pushes a reservation it made for them before the erasure.
      const created = ops.find((o) => o.type === 'reservation.created')!;
      const late = {
        ...created,
        seq: ops.at(-1)!.seq + 1,
        opId: '01900000-0000-7000-8000-00000000late',
        entityId: 'late-reservation',
        payload: {
          ...(created.payload as object),
          id: 'late-reservation',
          token: 'LK1LATERESERVATION',
          fullName: 'Hapus Saya',
          email: 'hapus@example.id',
        },
      };
      const answer = await push(device.auth, device.epoch, [late]);
      expect(answer.body.results.map((x) => [x.status, x.code])).toEqual([['merged', 'visitor_erased']]);
      const arrived = await server.central.db
        .selectFrom('reservations')
        .select(['full_name', 'email'])
        .where('id', '=', 'late-reservation')
        .executeTakeFirst();
      expect(arrived).toEqual({ full_name: '', email: '' });
    } finally {
      await kiosk.core.close();
    }
  });

  it('flags a reservation that overfills its day, and keeps it (the visitor may be at the desk)', async () => {
    const kiosk = await makeTestCore();
    try {
      const desk = new DeskDay(kiosk.core);
      unwrap(await desk.officerCall('desks.replace', { items: [{ number: 1, label: 'Meja 1' }] }));
      await desk.reserve('2026-11-25', null, 'Pertama Datang');
      const device = await server.enrol(deviceIdOf(kiosk.core.db));
      const ops = pendingOperations(kiosk.core.db, 10_000);
      await push(device.auth, device.epoch, ops);
      const created = ops.find(
        (o) => o.type === 'reservation.created' && (o.payload as { day: string }).day === '2026-11-25',
      )!;
      const second = {
        ...created,
        seq: ops.at(-1)!.seq + 1,
        opId: '01900000-0000-7000-8000-0000000second',
        entityId: 'second-of-the-day',
        payload: {
          ...(created.payload as object),
          id: 'second-of-the-day',
          visitorId: 'another-visitor',
          token: 'LK1SECONDOFTHEDAY',
          email: 'lain@example.id',
        },
      };
      const answer = await push(device.auth, device.epoch, [second]);
      expect(answer.body.results.map((x) => [x.status, x.code])).toEqual([['applied', 'over_capacity']]);
      const row = await server.central.db
        .selectFrom('reservations')
        .select(['status', 'flag'])
        .where('id', '=', 'second-of-the-day')
        .executeTakeFirst();
      expect(row).toEqual({ status: 'booked', flag: 'over_capacity' });
    } finally {
      await kiosk.core.close();
    }
  });
});
