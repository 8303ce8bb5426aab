// complaints (pengaduan) in the sync workloads: the desk-day, the fault harness's action and its checker.
import type { Kysely } from 'kysely';
import type { KioskCore } from '../../../electron/services/core/kioskCore';
import type { ServerDb } from '../../../server/db/schema';
import type { ComplaintRow } from '../../../shared/contract';
import { unwrap, type DeskDay } from '../deskDay';
import type { KioskView } from '../syncChecker';
import type { DomainWorkload } from './index';

const MIN = 60_000;

async function file(
  core: KioskCore,
  key: string,
  withContact: boolean,
  serviceId: string | null = 'coworking',
) {
  return unwrap(
    await core.call('complaints.file', {
      requestKey: key,
      serviceId,
      text: 'AC di ruang coworking mati sejak pagi, ruangan panas sekali.',
      contact: withContact
        ? { name: 'Siti Aminah', email: 'siti.aminah@contoh.id', phone: '0812 3456 7890' }
        : null,
      consent: withContact,
      lang: 'id',
    }),
  ) as { id: string; ticket: string };
}

async function handlerId(desk: DeskDay): Promise<string> {
  const { items } = unwrap(await desk.officerCall('complaints.officers', {})) as { items: { id: string }[] };
  if (!items[0]) throw new Error('the test site has no officer who handles complaints');
  return items[0].id;
}

/** What the checker compares between a kiosk and the server: the state, not the personal data. */
interface Compared {
  id: string;
  status: string;
  assignedTo: string | null;
  answer: string | null;
  laporId: string | null;
  contactErased: boolean;
}

export const complaintsWorkload: DomainWorkload = {
  async deskDay(desk, core, clock) {
    // Two visitors complain at the kiosk: one leaves an e-mail and phone, one stays anonymous.
    const named = await file(core, 'workload-complaint-1', true);
    const anonymous = await file(core, 'workload-complaint-2', false, null);
    const officerId = await handlerId(desk);
    // The officer takes the first, answers, notes its LAPOR! number and closes it.
    clock.advance(10 * MIN);
    unwrap(await desk.officerCall('complaints.assign', { id: named.id, officerId }));
    unwrap(
      await desk.officerCall('complaints.answer', {
        id: named.id,
        answer: 'Teknisi sudah memperbaiki AC pukul 11.00. Terima kasih atas laporannya.',
      }),
    );
    unwrap(await desk.officerCall('complaints.linkLapor', { id: named.id, laporId: '1234567' }));
    unwrap(await desk.officerCall('complaints.close', { id: named.id, note: null }));
    // The complainant asks for their contact to be erased (UU 27/2022).
    unwrap(await desk.officerCall('complaints.eraseContact', { id: named.id, reason: 'Permintaan pelapor' }));
    // The anonymous one was a duplicate: closed with a note, without an answer.
    unwrap(
      await desk.officerCall('complaints.close', {
        id: anonymous.id,
        note: 'Sama dengan pengaduan sebelumnya',
      }),
    );
  },

  async faultAction(desk, core, n) {
    // Every fourth action files a complaint; the others move an open one of this kiosk's view on.
    if (n % 4 === 0) {
      await file(core, `fault-complaint-${n}-${core.deps.deviceId.slice(-8)}`, n % 8 === 0);
      return;
    }
    const list = await desk.officerCall<{ items: ComplaintRow[] }>('complaints.list', {
      status: 'open',
      limit: 20,
    });
    if (!list.ok || list.value.items.length === 0) return;
    const c = list.value.items[n % list.value.items.length]!;
    const officers = await desk.officerCall<{ items: { id: string }[] }>('complaints.officers', {});
    const officerId = officers.ok ? officers.value.items[0]?.id : undefined;
    // Refusals are expected here (another kiosk closed it meanwhile): the checker judges the end state.
    if (n % 7 === 0) await desk.officerCall('complaints.linkLapor', { id: c.id, laporId: `LAP${n}` });
    else if (c.status === 'new' && officerId)
      await desk.officerCall('complaints.assign', { id: c.id, officerId });
    else if (c.status === 'assigned')
      await desk.officerCall('complaints.answer', { id: c.id, answer: `Jawaban petugas nomor ${n}.` });
    else
      await desk.officerCall('complaints.close', {
        id: c.id,
        note: c.status === 'answered' ? null : 'Ditutup',
      });
  },

  async check(db: Kysely<ServerDb>, siteId: string, kiosks: readonly KioskView[]) {
    const v: string[] = [];
    const records = await db
      .selectFrom('records')
      .select(['entity_id', 'data'])
      .where('site_id', '=', siteId)
      .where('entity_type', '=', 'complaint')
      .orderBy('entity_id')
      .execute();
    const server: Compared[] = records.map((r) => {
      const d = r.data as Record<string, unknown>;
      return {
        id: r.entity_id,
        status: String(d.status),
        assignedTo: (d.assignedTo as string | null) ?? null,
        answer: (d.answer as string | null) ?? null,
        laporId: (d.laporId as string | null) ?? null,
        contactErased: d.contactErasedAt !== null && d.contactErasedAt !== undefined,
      };
    });
    const portal = new Set(
      records.filter((r) => (r.data as { channel?: string }).channel === 'portal').map((r) => r.entity_id),
    );
    const filed = new Set<string>();
    for (const k of kiosks)
      for (const id of k.db
        .prepare("SELECT entity_id FROM outbox WHERE op_type = 'complaint.filed'")
        .pluck()
        .all() as string[])
        filed.add(id);
    const onServer = new Set(server.map((s) => s.id));
    for (const id of filed)
      if (!onServer.has(id)) v.push(`complaint ${id} filed at a kiosk but absent on the server (lost)`);
    for (const s of server)
      if (!filed.has(s.id) && !portal.has(s.id))
        v.push(`complaint ${s.id} on the server that nobody filed (unexpected)`);
    const tickets = await db
      .selectFrom('complaint_tickets')
      .select(['complaint_id', 'secret_hash'])
      .where('site_id', '=', siteId)
      .execute();
    if (tickets.length !== server.length)
      v.push(
        `${server.length} complaint records, ${tickets.length} ticket rows on the server (duplicated or lost)`,
      );
    if (new Set(tickets.map((t) => t.secret_hash)).size !== tickets.length)
      v.push('one ticket and access code filed as two complaints on the server (duplicated)');
    for (const [i, k] of kiosks.entries()) {
      const local = (
        k.db
          .prepare(
            `SELECT id, status, assigned_to AS assignedTo, answer, lapor_id AS laporId,
               contact_erased_at IS NOT NULL AS contactErased FROM complaints ORDER BY id`,
          )
          .all() as (Omit<Compared, 'contactErased'> & { contactErased: 0 | 1 })[]
      ).map((r) => ({ ...r, contactErased: r.contactErased === 1 }));
      if (JSON.stringify(local) !== JSON.stringify(server))
        v.push(
          `kiosk ${i}: complaints differ from the server's\n  kiosk  ${JSON.stringify(local)}\n  server ${JSON.stringify(server)}`,
        );
    }
    return v;
  },
};
