// The guest book's server handlers on a real PostgreSQL (or PGlite): entries pushed by a kiosk are
// stored once however often they arrive, their status only moves forward whatever order the desks'
// operations come in, an anonymised entry stays blank on the server, in its older copies and at the
// kiosks that pull it, and the retention pass anonymises only what is past the period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPage } from '../../electron/sync/applyChanges';
import { pendingOperations, queueState } from '../../electron/sync/outbox';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import type { GuestRecord } from '../../server/sync/handlers/guestbook';
import { anonymiseGuestsPastRetention } from '../../server/sync/handlers/guestbookRetention';
import { runServerCommand } from '../../server/sync/serverCommand';
import type { MethodOutput } from '../../shared/contract';
import type { OutboxOperation } from '../../shared/sync/operation';
import type { OperationType } from '../../shared/sync/operations';
import { PROTOCOL_VERSION, type PushResponse } from '../../shared/sync/protocol';
import { SITE, startTestCentral, type TestCentral } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';

let server: TestCentral;
let deps: { db: TestCentral['central']['db']; waiters: ChangeWaiters; clock: TestCentral['clock'] };
let kiosk: TestCore;
let other: TestCore;
let device: Awaited<ReturnType<TestCentral['enrol']>>;

beforeAll(async () => {
  server = await startTestCentral();
  deps = { db: server.central.db, waiters: new ChangeWaiters(server.central.db), clock: server.clock };
  kiosk = await makeTestCore();
  other = await makeTestCore();
  device = await server.enrol(kiosk.core.deps.deviceId);
});
afterAll(async () => {
  await kiosk.core.close();
  await other.core.close();
  await server.close();
});

async function push(ops: OutboxOperation[]) {
  const res = await server.request('POST', '/v1/sync/push', device.auth, {
    protocol: PROTOCOL_VERSION,
    epoch: device.epoch,
    clientTime: server.clock.now(),
    queue: queueState(kiosk.core.db),
    audit: [],
    ops,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as PushResponse;
}

const register = async (key: string, name: string, phone: string) =>
  unwrap(
    await kiosk.core.call('guestbook.register', {
      requestKey: key,
      phone,
      identity: { kind: 'typed', fullName: name, institution: null },
      purpose: { kind: 'other', text: `Urusan ${name}` },
      meet: null,
      withLetter: false,
      consent: true,
    }),
  ) as MethodOutput<'guestbook.register'>;

const record = async (id: string) =>
  (await deps.db
    .selectFrom('records')
    .select(['data', 'version'])
    .where('site_id', '=', SITE.id)
    .where('entity_type', '=', 'guest')
    .where('entity_id', '=', id)
    .executeTakeFirstOrThrow()) as unknown as { data: GuestRecord; version: number };

/** A desk's operation as the server command runs it (the same handler a push runs). */
const apply = (type: OperationType, payload: unknown) =>
  runServerCommand(deps, SITE.id, 'officer:test', server.clock.now(), (cmd) =>
    cmd.apply(type, payload as never),
  );

/** What the other kiosk pulls of the guest book: the change log, applied as its sync client does. */
async function pullInto(core: TestCore) {
  const changes = await deps.db
    .selectFrom('change_log')
    .select(['entity_type', 'entity_id', 'version', 'row', 'origin_op_id'])
    .where('site_id', '=', SITE.id)
    .where('entity_type', '=', 'guest')
    .orderBy('pos')
    .execute();
  applyPage(
    core.core.db,
    changes.map((c) => ({
      entityType: c.entity_type,
      entityId: c.entity_id,
      version: Number(c.version),
      row: c.row as Record<string, unknown>,
      originOpId: c.origin_op_id,
    })),
    'cursor',
    core.clock.now(),
  );
}

describe('guest entries on the central server', () => {
  it('stores a pushed registration once, answers a repeated push from what it stored, and merges a re-sent one', async () => {
    const g = await register('srv-guest-0001', 'Hendra Gunawan', '0812 7000 1001');
    const ops = pendingOperations(kiosk.core.db, 1000);
    const first = await push(ops);
    expect(first.results.filter((r) => r.status === 'rejected')).toEqual([]);
    const again = await push(ops);
    expect(again.results.every((r) => r.replayed)).toBe(true);
    const stored = await record(g.id);
    expect(stored.version).toBe(1);
    expect(stored.data).toMatchObject({
      fullName: 'Hendra Gunawan',
      phone: '+6281270001001',
      status: 'waiting',
      queueNumber: g.queueNumber,
      purposeOther: 'Urusan Hendra Gunawan',
    });
    // The same entry under a new operation id (a kiosk restored from a backup): a duplicate, merged.
    const registered = ops.find((o) => o.type === 'guest.registered')!;
    expect(await apply('guest.registered', registered.payload)).toMatchObject({
      status: 'merged',
      code: 'already_registered',
    });
    expect((await record(g.id)).version).toBe(1);
    const count = await deps.db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity_type', '=', 'guest')
      .where('entity_id', '=', g.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('keeps a closed entry closed when a serve from another desk arrives after the close, and keeps how it was served', async () => {
    const g = await register('srv-guest-0002', 'Maria Ulfa', '0813 7000 1002');
    await push(pendingOperations(kiosk.core.db, 1000));
    const at = server.clock.now();
    expect(
      await apply('guest.closed', { id: g.id, closedAt: at, closedBy: 'o1', kind: 'left', note: null }),
    ).toMatchObject({
      status: 'applied',
    });
    expect(
      await apply('guest.served', {
        id: g.id,
        servedAt: at - 1000,
        servedBy: 'o2',
        outcome: 'directed',
        note: 'Ke PPID',
      }),
    ).toMatchObject({ status: 'merged', code: 'already_closed', detail: { outcomeKept: true } });
    expect((await record(g.id)).data).toMatchObject({
      status: 'closed',
      closeKind: 'left',
      outcome: 'directed',
      serviceNote: 'Ke PPID',
      servedBy: 'o2',
    });
    // A second serve and a second close change nothing.
    expect(
      await apply('guest.served', { id: g.id, servedAt: at, servedBy: 'o3', outcome: 'served', note: null }),
    ).toMatchObject({ status: 'merged', code: 'already_closed' });
    expect(
      await apply('guest.closed', { id: g.id, closedAt: at, closedBy: 'o3', kind: 'done', note: null }),
    ).toMatchObject({
      status: 'merged',
      code: 'already_closed',
    });
    expect((await record(g.id)).data).toMatchObject({ closeKind: 'left', servedBy: 'o2' });
  });

  it('lets the first serve stand and refuses operations on an entry it never received', async () => {
    const g = await register('srv-guest-0003', 'Agus Salim', '0813 7000 1003');
    await push(pendingOperations(kiosk.core.db, 1000));
    const at = server.clock.now();
    expect(
      await apply('guest.served', { id: g.id, servedAt: at, servedBy: 'o1', outcome: 'served', note: 'A' }),
    ).toMatchObject({
      status: 'applied',
    });
    expect(
      await apply('guest.served', { id: g.id, servedAt: at, servedBy: 'o2', outcome: 'directed', note: 'B' }),
    ).toMatchObject({
      status: 'merged',
      code: 'already_served',
    });
    expect((await record(g.id)).data).toMatchObject({ status: 'served', servedBy: 'o1', serviceNote: 'A' });
    for (const [type, payload] of [
      ['guest.served', { id: 'nobody', servedAt: at, servedBy: null, outcome: 'served', note: null }],
      ['guest.closed', { id: 'nobody', closedAt: at, closedBy: null, kind: 'left', note: null }],
      ['guest.anonymised', { id: 'nobody', at, reason: 'x' }],
    ] as const)
      expect(await apply(type, payload)).toMatchObject({ status: 'rejected', code: 'unknown_guest' });
  });

  it('brings the entries and their states to another kiosk', async () => {
    await pullInto(other);
    const theirs = other.core.db
      .prepare('SELECT id, status, queue_number, full_name FROM guests ORDER BY id')
      .all() as { id: string; status: string; queue_number: string; full_name: string }[];
    const mine = kiosk.core.db.prepare('SELECT id, queue_number, full_name FROM guests ORDER BY id').all();
    expect(theirs.map(({ status: _s, ...r }) => r)).toEqual(mine);
    expect(theirs.map((r) => r.status)).toEqual(['waiting', 'closed', 'served']);
    // The other kiosk's officer sees them in its queue.
    const desk = new DeskDay(other.core);
    const q = unwrap(await desk.officerCall('guestbook.queue', {})) as MethodOutput<'guestbook.queue'>;
    expect(q.waiting.map((g) => g.fullName)).toEqual(['Hendra Gunawan']);
    expect(q.serving.map((g) => g.fullName)).toEqual(['Agus Salim']);
  });

  it('anonymises an entry everywhere the server keeps it, and the kiosks that pull it blank theirs', async () => {
    const [maria] = kiosk.core.db
      .prepare("SELECT id FROM guests WHERE full_name = 'Maria Ulfa'")
      .pluck()
      .all() as string[];
    const desk = new DeskDay(kiosk.core);
    unwrap(await desk.officerCall('guestbook.erase', { id: maria, reason: 'Permintaan tamu' }));
    const res = await push(pendingOperations(kiosk.core.db, 1000));
    expect(res.results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect((await record(maria!)).data).toMatchObject({
      fullName: '',
      phone: null,
      purposeOther: '',
      serviceNote: null,
      anonymisedAt: expect.any(Number),
      status: 'closed',
      outcome: 'directed',
    });
    const copies = JSON.stringify([
      await deps.db.selectFrom('processed_ops').select('payload').where('entity_id', '=', maria!).execute(),
      await deps.db.selectFrom('change_log').select('row').where('entity_id', '=', maria!).execute(),
    ]);
    expect(copies).not.toMatch(/Maria|Ulfa|7000 ?1002|70001002|Ke PPID/);
    // A late serve for the anonymised entry brings no text back.
    await apply('guest.served', {
      id: maria,
      servedAt: 1,
      servedBy: 'o9',
      outcome: 'served',
      note: 'Maria lagi',
    });
    expect(JSON.stringify((await record(maria!)).data)).not.toMatch(/Maria/);
    await pullInto(other);
    expect(
      other.core.db
        .prepare('SELECT full_name, phone_e164, anonymised_at IS NOT NULL AS anon FROM guests WHERE id = ?')
        .get(maria),
    ).toEqual({
      full_name: '',
      phone_e164: null,
      anon: 1,
    });
  });

  it('keeps an entry anonymised at a kiosk blank when an older state with the name is pulled', async () => {
    const [hendra] = other.core.db
      .prepare("SELECT id FROM guests WHERE full_name = 'Hendra Gunawan'")
      .pluck()
      .all() as string[];
    other.core.db
      .prepare("UPDATE guests SET full_name = '', phone_e164 = NULL, anonymised_at = 1 WHERE id = ?")
      .run(hendra);
    other.core.db.prepare("DELETE FROM sync_versions WHERE entity_type = 'guest'").run();
    await pullInto(other);
    expect(
      other.core.db.prepare('SELECT full_name, phone_e164 FROM guests WHERE id = ?').get(hendra),
    ).toEqual({
      full_name: '',
      phone_e164: null,
    });
  });

  it('anonymises entries past the retention period on its own pass, and only those', async () => {
    await runServerCommand(deps, SITE.id, 'test', server.clock.now(), (cmd) =>
      cmd.apply('settings.privacyUpdated', { retentionDays: 30 }),
    );
    expect(await anonymiseGuestsPastRetention(deps)).toBe(0);
    server.clock.set(MONDAY_9AM + 31 * 86_400_000);
    kiosk.clock.set(MONDAY_9AM + 31 * 86_400_000);
    const recent = await register('srv-guest-0004', 'Dewi Baru', '0813 7000 1004');
    await push(pendingOperations(kiosk.core.db, 1000));
    expect(await anonymiseGuestsPastRetention(deps, SITE.id)).toBe(2); // Hendra and Agus; Maria was already
    const all = await deps.db
      .selectFrom('records')
      .select(['entity_id', 'data'])
      .where('entity_type', '=', 'guest')
      .execute();
    const named = all
      .filter((r) => (r.data as unknown as GuestRecord).fullName !== '')
      .map((r) => r.entity_id);
    expect(named).toEqual([recent.id]);
    const audit = await deps.db
      .selectFrom('server_audit')
      .select(['actor', 'action'])
      .where('action', '=', 'guestbook.anonymise')
      .execute();
    expect(audit).toEqual([
      { actor: 'system', action: 'guestbook.anonymise' },
      { actor: 'system', action: 'guestbook.anonymise' },
    ]);
    expect(await anonymiseGuestsPastRetention(deps)).toBe(0);
  });
});
