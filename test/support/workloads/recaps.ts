// The monthly, quarterly and yearly reports with their review trail (rekap) in the sync workloads:
// the desk-day (every operation type: a revision submitted, corrected and returned, a second one
// forwarded and acknowledged), the fault harness's action (kiosks submitting and reviewing the same
// periods offline) and its checker (nothing lost or made up, never two standing revisions of one
// period from one predecessor, every kiosk's revisions as the server's).
import type { Kysely } from 'kysely';
import type { ServerDb } from '../../../server/db/schema';
import type { RecapSummary } from '../../../shared/contract';
import { unwrap, type DeskDay } from '../deskDay';
import type { KioskView } from '../syncChecker';
import type { DomainWorkload } from './index';

const MIN = 60_000;

async function receiverId(desk: DeskDay): Promise<string> {
  const { items } = unwrap(await desk.officerCall('recaps.receivers', {})) as { items: { id: string }[] };
  if (!items[0]) throw new Error('the test site has no officer who receives reports');
  return items[0].id;
}

/** What the checker compares between a kiosk and the server. */
interface Compared {
  id: string;
  period: string;
  status: string;
  revision: number;
  trail: string;
}

const compared = (id: string, d: Record<string, unknown>): Compared => ({
  id,
  period: String(d.period),
  status: String(d.status),
  revision: Number(d.revision),
  trail: (d.trail as { kind: string; noteId: string | null }[]).map((e) => e.noteId ?? e.kind).join(','),
});

const FAULT_PERIODS = [
  { periodKind: 'month', period: '2026-10' },
  { periodKind: 'quarter', period: '2026-Q3' },
] as const;

export const recapsWorkload: DomainWorkload = {
  async deskDay(desk, _core, clock) {
    const month = { periodKind: 'month', period: '2026-11' } as const;
    // The officer submits November; the Kasi corrects a figure and returns it with the reason.
    const first = unwrap(await desk.officerCall('recaps.submit', month)) as RecapSummary;
    clock.advance(30 * MIN);
    unwrap(
      await desk.officerCall('recaps.comment', {
        id: first.id,
        text: 'Dua kunjungan tanggal 23 dicatat di buku tamu.',
        correction: { figure: 'visits', value: first.totals.visits + 2 },
      }),
    );
    unwrap(
      await desk.officerCall('recaps.return', { id: first.id, reason: 'Cocokkan dengan buku tamu dulu.' }),
    );
    // The officer submits the second revision; the Kasi forwards it to the Kabid, who acknowledges.
    clock.advance(30 * MIN);
    const second = unwrap(await desk.officerCall('recaps.submit', month)) as RecapSummary;
    unwrap(await desk.officerCall('recaps.forward', { id: second.id, receiverId: await receiverId(desk) }));
    clock.advance(10 * MIN);
    unwrap(await desk.officerCall('recaps.acknowledge', { id: second.id }));
  },

  async faultAction(desk, _core, n) {
    // Kiosks work on the same two periods, so offline submissions and reviews cross; refusals are
    // expected (another kiosk moved the revision on): the checker judges the end state.
    const target = FAULT_PERIODS[Math.floor(n / 2) % FAULT_PERIODS.length]!;
    const list = await desk.officerCall<{ items: RecapSummary[] }>('recaps.list', {
      period: target.period,
      limit: 5,
    });
    const head = list.ok ? list.value.items.find((r) => r.status !== 'set_aside') : undefined;
    if (!head || head.status === 'returned' || head.status === 'acknowledged') {
      await desk.officerCall('recaps.submit', target);
      return;
    }
    if (head.status === 'forwarded') {
      await desk.officerCall('recaps.acknowledge', { id: head.id });
      return;
    }
    if (n % 3 === 0)
      await desk.officerCall('recaps.comment', {
        id: head.id,
        text: `Catatan pemeriksa nomor ${n}.`,
        correction: n % 2 === 0 ? { figure: 'noShows', value: n % 5 } : null,
      });
    else if (n % 3 === 1)
      await desk.officerCall('recaps.return', { id: head.id, reason: `Dikembalikan nomor ${n}.` });
    else {
      const receivers = await desk.officerCall<{ items: { id: string }[] }>('recaps.receivers', {});
      const to = receivers.ok ? receivers.value.items[0]?.id : undefined;
      if (to) await desk.officerCall('recaps.forward', { id: head.id, receiverId: to });
    }
  },

  async check(db: Kysely<ServerDb>, siteId: string, kiosks: readonly KioskView[]) {
    const v: string[] = [];
    const records = await db
      .selectFrom('records')
      .select(['entity_id', 'data'])
      .where('site_id', '=', siteId)
      .where('entity_type', '=', 'recap')
      .orderBy('entity_id')
      .execute();
    const server = records.map((r) => compared(r.entity_id, r.data as Record<string, unknown>));
    const submitted = new Set<string>();
    for (const k of kiosks)
      for (const id of k.db
        .prepare("SELECT entity_id FROM outbox WHERE op_type = 'recap.submitted'")
        .pluck()
        .all() as string[])
        submitted.add(id);
    const onServer = new Set(server.map((s) => s.id));
    for (const id of submitted)
      if (!onServer.has(id))
        v.push(`recap revision ${id} submitted at a kiosk but absent on the server (lost)`);
    for (const s of server)
      if (!submitted.has(s.id))
        v.push(`recap revision ${s.id} on the server that nobody submitted (unexpected)`);
    // Never two standing revisions of one period made from the same predecessor.
    const standing = new Map<string, string[]>();
    for (const r of records) {
      const d = r.data as { period: string; supersedes: string | null; status: string };
      if (d.status === 'set_aside') continue;
      const key = `${d.period}|${d.supersedes ?? ''}`;
      standing.set(key, [...(standing.get(key) ?? []), r.entity_id]);
    }
    for (const [key, ids] of standing)
      if (ids.length > 1)
        v.push(`period ${key}: ${ids.length} standing revisions (${ids.join(', ')}) (duplicated)`);
    const heads = await db
      .selectFrom('recap_periods')
      .select(['period_key', 'head_id'])
      .where('site_id', '=', siteId)
      .execute();
    for (const h of heads) {
      const latest = records
        .filter((r) => (r.data as { period: string; status: string }).period === h.period_key)
        .filter((r) => (r.data as { status: string }).status !== 'set_aside')
        .sort(
          (a, b) =>
            Number((b.data as { revision: number }).revision) -
            Number((a.data as { revision: number }).revision),
        )[0];
      if (latest?.entity_id !== h.head_id)
        v.push(`period ${h.period_key}: the server's head ${h.head_id} is not its latest standing revision`);
    }
    for (const [i, k] of kiosks.entries()) {
      const local = (
        k.db.prepare('SELECT id, record FROM recaps ORDER BY id').all() as { id: string; record: string }[]
      ).map((r) => compared(r.id, JSON.parse(r.record) as Record<string, unknown>));
      if (JSON.stringify(local) !== JSON.stringify(server))
        v.push(
          `kiosk ${i}: recaps differ from the server's\n  kiosk  ${JSON.stringify(local)}\n  server ${JSON.stringify(server)}`,
        );
    }
    return v;
  },
};
