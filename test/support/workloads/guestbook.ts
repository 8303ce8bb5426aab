// buku tamu (service standard no. 15) in the sync workloads: the desk-day, the fault harness's action and its checker.
import type { Kysely } from 'kysely';
import type { KioskCore } from '../../../electron/services/core/kioskCore';
import type { ServerDb } from '../../../server/db/schema';
import type { GuestEntry, MethodOutput } from '../../../shared/contract';
import type { ManualClock } from '../../../shared/clock';
import { unwrap, type DeskDay } from '../deskDay';
import type { KioskView } from '../syncChecker';
import type { DomainWorkload } from './index';

const MIN = 60_000;

type Registered = MethodOutput<'guestbook.register'>;
type Queue = MethodOutput<'guestbook.queue'>;

/** A guest at the kiosk's guest book, as the form sends it. */
async function register(core: KioskCore, requestKey: string, over: Record<string, unknown> = {}) {
  return unwrap(
    await core.call('guestbook.register', {
      requestKey,
      phone: '0812 7000 0001',
      identity: { kind: 'typed', fullName: 'Tamu Uji Coba', institution: 'Dinas Pendidikan' },
      purpose: { kind: 'service', serviceId: 'data' },
      meet: null,
      withLetter: false,
      consent: true,
      ...over,
    }),
  ) as Registered;
}

export const guestbookWorkload: DomainWorkload = {
  async deskDay(desk: DeskDay, core: KioskCore, clock: ManualClock) {
    // Three guests: from an office with a letter, a private person with a purpose of their own, and
    // the first one again later in the day, recognised by phone.
    const first = await register(core, 'workload-guest-1', {
      phone: '0812 7000 1001',
      identity: { kind: 'typed', fullName: 'Hendra Gunawan', institution: 'Bappeda Kota Pontianak' },
      purpose: { kind: 'service', serviceId: 'hosting-domain' },
      meet: 'Kasi Aplikasi',
      withLetter: true,
    });
    const second = await register(core, 'workload-guest-2', {
      phone: '0813 7000 1002',
      identity: { kind: 'typed', fullName: 'Maria Ulfa', institution: null },
      purpose: { kind: 'other', text: 'Menanyakan magang mahasiswa' },
    });
    clock.advance(10 * MIN);
    // The officer serves the first (directed to the right office) and closes; the second leaves unserved.
    unwrap(
      await desk.officerCall('guestbook.serve', {
        id: first.id,
        outcome: 'directed',
        note: 'Diarahkan ke Bidang Aptika',
      }),
    );
    unwrap(await desk.officerCall('guestbook.close', { id: first.id, kind: 'done', note: null }));
    unwrap(await desk.officerCall('guestbook.close', { id: second.id, kind: 'left', note: null }));
    clock.advance(60 * MIN);
    const again = await register(core, 'workload-guest-3', {
      phone: '0812 7000 1001',
      identity: { kind: 'previous' },
      purpose: { kind: 'service', serviceId: 'guest' },
    });
    unwrap(
      await desk.officerCall('guestbook.serve', {
        id: again.id,
        outcome: 'served',
        note: null,
        closeNow: true,
      }),
    );
    // The private guest asks for their data to be erased (UU 27/2022).
    unwrap(await desk.officerCall('guestbook.erase', { id: second.id, reason: 'Permintaan tamu' }));
  },

  async faultAction(desk: DeskDay, core: KioskCore, n: number) {
    // Every third action registers a guest; the others serve or close the oldest open one here, or
    // register when nobody waits. A refusal (another kiosk got there first) is part of the game.
    const queue = unwrap(await desk.officerCall('guestbook.queue', {})) as Queue;
    const open: GuestEntry | undefined = queue.serving[0] ?? queue.waiting[0];
    if (n % 3 === 0 || !open) {
      await register(core, `fault-guest-${n}`, {
        phone: `0812${String(70_000_000 + n).slice(-8)}`,
        identity: { kind: 'typed', fullName: `Tamu Gangguan ${n}`, institution: n % 2 ? null : 'Kantor Uji' },
      });
      return;
    }
    const call =
      open.status === 'served'
        ? desk.officerCall('guestbook.close', { id: open.id, kind: 'done', note: null })
        : n % 2
          ? desk.officerCall('guestbook.serve', { id: open.id, outcome: 'served', note: `Dilayani ${n}` })
          : desk.officerCall('guestbook.close', { id: open.id, kind: 'left', note: null });
    const r = await call;
    if (!r.ok && r.error.code !== 'conflict' && r.error.code !== 'rule')
      throw new Error(`guest book action failed: ${JSON.stringify(r.error)}`);
  },

  async check(db: Kysely<ServerDb>, siteId: string, kiosks: readonly KioskView[]) {
    const v: string[] = [];
    const made = new Map<string, number>();
    for (const k of kiosks)
      for (const id of k.db
        .prepare("SELECT entity_id FROM outbox WHERE op_type = 'guest.registered'")
        .pluck()
        .all() as string[])
        made.set(id, (made.get(id) ?? 0) + 1);
    for (const [id, times] of made)
      if (times > 1) v.push(`guest ${id} registered ${times} times in the kiosks' outboxes (duplicated)`);
    const records = await db
      .selectFrom('records')
      .select(['entity_id', 'data'])
      .where('site_id', '=', siteId)
      .where('entity_type', '=', 'guest')
      .execute();
    // Ordered here, by code unit as SQLite orders them: the server's collation may differ.
    records.sort((a, b) => (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0));
    const onServer = records.map((r) => {
      const g = r.data as { status: string; queueNumber: string; day: string; anonymisedAt: number | null };
      return {
        id: r.entity_id,
        status: g.status,
        queue: g.queueNumber,
        day: g.day,
        anon: g.anonymisedAt !== null,
      };
    });
    const serverIds = new Set(onServer.map((g) => g.id));
    for (const id of made.keys())
      if (!serverIds.has(id)) v.push(`guest ${id} made at a kiosk, absent on the server (lost)`);
    for (const g of onServer)
      if (!made.has(g.id)) v.push(`guest ${g.id} on the server that no kiosk made (unexpected)`);
    for (const [i, k] of kiosks.entries()) {
      const local = k.db
        .prepare(
          `SELECT id, status, queue_number AS queue, day, anonymised_at IS NOT NULL AS anon
           FROM guests ORDER BY id`,
        )
        .all()
        .map((r) => ({ ...(r as Record<string, unknown>), anon: (r as { anon: number }).anon === 1 }));
      if (JSON.stringify(local) !== JSON.stringify(onServer))
        v.push(
          `kiosk ${i}: guest entries differ from the server's\n  kiosk  ${JSON.stringify(local)}\n  server ${JSON.stringify(onServer)}`,
        );
    }
    return v;
  },
};
