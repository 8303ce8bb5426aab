// The equipment inventory (inventaris) in the sync workloads: the desk-day, the fault harness's action and its checker.
// The checker's main question is the consumables' stock: every kiosk and the server must hold the
// same movements, so each item's stock (their sum) is the same everywhere, whatever order they came in.
import type { Kysely } from 'kysely';
import type { ServerDb } from '../../../server/db/schema';
import type { ItemRow, ProblemRow } from '../../../shared/contract/inventory';
import { localDay } from '../../../shared/rules/siteCalendar';
import { unwrap } from '../deskDay';
import type { KioskView } from '../syncChecker';
import type { DomainWorkload } from './index';

const MIN = 60_000;

const item = (over: Record<string, unknown>) => ({
  assetCode: '',
  name: 'Laptop',
  category: 'Elektronik',
  kind: 'asset',
  unit: '',
  place: { kind: 'store' },
  condition: 'baik',
  purchasedOn: null,
  note: '',
  ...over,
});

interface ServerItem {
  id: string;
  assetCode: string;
  condition: string;
  status: string;
  place: string;
}

const placeKey = (kind: unknown, desk: unknown, room: unknown) =>
  `${String(kind)}:${String(desk ?? '')}:${String(room ?? '')}`;

export const inventoryWorkload: DomainWorkload = {
  async deskDay(desk, core, clock) {
    // A visitor checks in; the officer records a laptop at their desk and a consumable in the store.
    const booking = await desk.reserve(localDay(clock.now(), 'Asia/Pontianak'), null, 'Dewi Lestari');
    const arrived = desk.scan(booking.token);
    if (arrived.kind !== 'checked_in')
      throw new Error(`inventory desk-day: check-in refused (${JSON.stringify(arrived)})`);
    const laptop = unwrap(
      await desk.officerCall<ItemRow>(
        'inventory.create',
        item({ place: { kind: 'desk', deskNumber: arrived.deskNumber } }),
      ),
    );
    const paper = unwrap(
      await desk.officerCall<ItemRow>(
        'inventory.create',
        item({ name: 'Kertas A4', category: 'ATK', kind: 'consumable', unit: 'rim', initialStock: 20 }),
      ),
    );
    unwrap(
      await desk.officerCall('inventory.update', {
        id: laptop.id,
        assetCode: laptop.assetCode,
        name: 'Laptop ThinkPad',
        category: 'Elektronik',
        unit: '',
        condition: 'baik',
        purchasedOn: '2025-01-10',
        note: '',
      }),
    );
    unwrap(await desk.officerCall('inventory.changeStock', { id: paper.id, delta: -3, reason: 'use' }));
    // The visitor checks out; the officer finds the laptop damaged at the desk check.
    clock.advance(30 * MIN);
    const visitId = core.db
      .prepare('SELECT id FROM visits WHERE reservation_id = ?')
      .pluck()
      .get(booking.id) as string;
    unwrap(
      await desk.officerCall('visits.confirmCheckout', {
        visitId,
        problems: [],
        itemProblems: [
          { itemId: laptop.id, kind: 'damaged', severity: 'rusak_ringan', note: 'Tombol keyboard lepas' },
        ],
      }),
    );
    const problems = unwrap(await desk.officerCall<{ items: ProblemRow[] }>('inventory.problems', {})).items;
    unwrap(await desk.officerCall('inventory.startRepair', { id: problems[0]!.id, note: 'Servis' }));
    unwrap(await desk.officerCall('inventory.fixProblem', { id: problems[0]!.id, note: 'Keyboard diganti' }));
    // The laptop goes to the meeting room; a chair there goes missing and is written off.
    unwrap(
      await desk.officerCall('inventory.move', {
        id: laptop.id,
        place: { kind: 'room', room: 'Ruang Rapat' },
      }),
    );
    const chair = unwrap(
      await desk.officerCall<ItemRow>('inventory.create', item({ name: 'Kursi', category: 'Mebel' })),
    );
    const lost = unwrap(
      await desk.officerCall<ProblemRow>('inventory.reportProblem', { itemId: chair.id, kind: 'missing' }),
    );
    unwrap(await desk.officerCall('inventory.writeOff', { id: lost.id, note: 'BA-07/2026' }));
    // A stock count: the laptop ticked, the paper counted, signed off.
    const count = unwrap(await desk.officerCall<{ id: string }>('inventory.countStart', { note: 'Opname' }));
    unwrap(await desk.officerCall('inventory.countCheck', { id: count.id, itemId: laptop.id }));
    unwrap(await desk.officerCall('inventory.countCheck', { id: count.id, itemId: paper.id, quantity: 16 }));
    unwrap(await desk.officerCall('inventory.countSign', { id: count.id }));
  },

  async faultAction(desk, _core, n) {
    // Every fifth action adds a consumable; the others change one's stock by a small delta (the
    // convergence the checker asks about), now and then moving an item or reporting a problem.
    const tag = `${n}`;
    if (n % 5 === 0) {
      await desk.officerCall(
        'inventory.create',
        item({ name: `Spidol ${tag}`, category: 'ATK', kind: 'consumable', unit: 'buah', initialStock: 10 }),
      );
      return;
    }
    const list = await desk.officerCall<{ items: ItemRow[] }>('inventory.list', {
      kind: 'consumable',
      limit: 50,
    });
    if (!list.ok || list.value.items.length === 0) return;
    const target = list.value.items[n % list.value.items.length]!;
    // Refusals are expected (below zero here, written off elsewhere): the checker judges the end state.
    if (n % 11 === 0)
      await desk.officerCall('inventory.move', {
        id: target.id,
        place: { kind: 'room', room: `Ruang ${n % 3}` },
      });
    else if (n % 13 === 0)
      await desk.officerCall('inventory.reportProblem', { itemId: target.id, kind: 'damaged' });
    else
      await desk.officerCall('inventory.changeStock', {
        id: target.id,
        delta: n % 3 === 0 ? 2 : -1,
        reason: n % 3 === 0 ? 'restock' : 'use',
      });
  },

  async check(db: Kysely<ServerDb>, siteId: string, kiosks: readonly KioskView[]) {
    const v: string[] = [];
    const records = await db
      .selectFrom('records')
      .select(['entity_type', 'entity_id', 'data'])
      .where('site_id', '=', siteId)
      .where('entity_type', 'in', ['inventoryItem', 'inventoryProblem'])
      .orderBy('entity_id')
      .execute();
    const data = (r: { data: unknown }) => r.data as Record<string, unknown>;
    const items: ServerItem[] = records
      .filter((r) => r.entity_type === 'inventoryItem' && data(r).record === 'item')
      .map((r) => {
        const d = data(r);
        const p = d.place as { kind: string; deskNumber: number | null; room: string };
        return {
          id: r.entity_id,
          assetCode: String(d.assetCode),
          condition: String(d.condition),
          status: String(d.status),
          place: placeKey(p.kind, p.deskNumber, p.kind === 'room' ? p.room : ''),
        };
      });
    const movements = records.filter((r) => r.entity_type === 'inventoryItem' && data(r).record === 'stock');
    const serverStock = new Map<string, number>();
    for (const m of movements) {
      const d = data(m);
      serverStock.set(String(d.itemId), (serverStock.get(String(d.itemId)) ?? 0) + Number(d.delta));
    }
    const problems = records
      .filter((r) => r.entity_type === 'inventoryProblem')
      .map((r) => `${r.entity_id}:${String(data(r).status)}`);

    // Lost or unexpected: every movement a kiosk made is on the server once, and nothing else is.
    const made = new Set<string>();
    for (const k of kiosks)
      for (const p of k.db
        .prepare("SELECT payload FROM outbox WHERE op_type = 'inventoryItem.stockChanged'")
        .pluck()
        .all() as string[])
        made.add((JSON.parse(p) as { movementId: string }).movementId);
    const onServer = new Set(movements.map((m) => String(data(m).id)));
    if (onServer.size !== movements.length)
      v.push('a stock movement recorded twice on the server (duplicated)');
    for (const id of made)
      if (!onServer.has(id)) v.push(`stock movement ${id} made at a kiosk but absent on the server (lost)`);
    for (const id of onServer)
      if (!made.has(id)) v.push(`stock movement ${id} on the server that no kiosk made (unexpected)`);

    const serverItems = JSON.stringify(items);
    const serverStocks = JSON.stringify([...serverStock.entries()].sort());
    const serverProblems = JSON.stringify(problems);
    for (const [i, k] of kiosks.entries()) {
      const local = (
        k.db
          .prepare(
            'SELECT id, asset_code AS assetCode, condition, status, location_kind, desk_number, room FROM inventory_items ORDER BY id',
          )
          .all() as {
          id: string;
          assetCode: string;
          condition: string;
          status: string;
          location_kind: string;
          desk_number: number | null;
          room: string;
        }[]
      ).map((r) => ({
        id: r.id,
        assetCode: r.assetCode,
        condition: r.condition,
        status: r.status,
        place: placeKey(r.location_kind, r.desk_number, r.room),
      }));
      if (JSON.stringify(local) !== serverItems)
        v.push(
          `kiosk ${i}: inventory items differ from the server's\n  kiosk  ${JSON.stringify(local)}\n  server ${serverItems}`,
        );
      const stocks = JSON.stringify(
        (
          k.db
            .prepare(
              'SELECT item_id, sum(delta) AS s FROM inventory_stock_moves GROUP BY item_id ORDER BY item_id',
            )
            .all() as {
            item_id: string;
            s: number;
          }[]
        ).map((r) => [r.item_id, r.s]),
      );
      if (stocks !== serverStocks)
        v.push(
          `kiosk ${i}: consumable stock differs from the server's sums\n  kiosk  ${stocks}\n  server ${serverStocks}`,
        );
      const localProblems = JSON.stringify(
        (
          k.db.prepare('SELECT id, status FROM inventory_problems ORDER BY id').all() as {
            id: string;
            status: string;
          }[]
        ).map((r) => `${r.id}:${r.status}`),
      );
      if (localProblems !== serverProblems)
        v.push(
          `kiosk ${i}: inventory problems differ from the server's\n  kiosk  ${localProblems}\n  server ${serverProblems}`,
        );
    }
    return v;
  },
};
