// The inventory across two kiosks and the central server (real HTTP, the server's handlers on
// PostgreSQL/PGlite): a consumable's stock changed at both kiosks while neither synced converges to the
// sum of both changes everywhere; together they may go below zero, and every copy then says so
// honestly; a problem reported at one kiosk and repaired at the other, and a move, reach everyone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '../../server/devices/enrolment';
import type { ItemRow, ProblemRow } from '../../shared/contract/inventory';
import { SITE, startTestCentral, type TestCentral, listenOnLoopback } from '../support/central';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';
import { inventoryWorkload } from '../support/workloads/inventory';

let server: TestCentral;
let http: Awaited<ReturnType<typeof listenOnLoopback>>;

beforeAll(async () => {
  server = await startTestCentral(MONDAY_9AM);
  http = await listenOnLoopback(server.app.fetch);
});
afterAll(async () => {
  await http.close();
  await server.close();
});

const kiosks: TestCore[] = [];
afterEach(async () => {
  for (const k of kiosks.splice(0)) k.core.close();
  // Each test starts from an empty inventory on the server (its checker counts every record).
  await server.central.db
    .deleteFrom('records')
    .where('entity_type', 'in', ['inventoryItem', 'inventoryProblem', 'stockCount'])
    .execute();
});

/** A kiosk of the site, joined over HTTP, with its officer at the desk. */
async function joinedKiosk(): Promise<{ kiosk: TestCore; desk: DeskDay }> {
  const kiosk = await makeTestCore(MONDAY_9AM, ':memory:', { fetch: (input, init) => fetch(input, init) });
  kiosks.push(kiosk);
  const desk = new DeskDay(kiosk.core);
  const { code } = await createEnrolmentCode(server.central.db, SITE.id, 'test', server.clock.now());
  unwrap(await desk.officerCall('sync.join', { serverUrl: http.url, code }));
  return { kiosk, desk };
}

const itemAt = async (desk: DeskDay, id: string) =>
  unwrap(await desk.officerCall<{ item: ItemRow }>('inventory.get', { id })).item;

async function serverStock(itemId: string): Promise<number> {
  const rows = await server.central.db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', SITE.id)
    .where('entity_type', '=', 'inventoryItem')
    .execute();
  return rows
    .map((r) => r.data as { record?: string; itemId?: string; delta?: number })
    .filter((d) => d.record === 'stock' && d.itemId === itemId)
    .reduce((sum, d) => sum + (d.delta ?? 0), 0);
}

describe('the inventory on two kiosks', () => {
  it('converges a consumable changed offline at both to the sum of both changes, also below zero', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const paper = unwrap(
      await a.desk.officerCall<ItemRow>('inventory.create', {
        assetCode: 'ATK-0001',
        name: 'Kertas A4 80 gram',
        category: 'ATK',
        kind: 'consumable',
        unit: 'rim',
        place: { kind: 'store' },
        condition: 'baik',
        initialStock: 10,
      }),
    );
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    expect((await itemAt(b.desk, paper.id)).stock).toBe(10);

    // Neither syncs: A hands out 3 reams, B hands out 4 and receives 2.
    unwrap(await a.desk.officerCall('inventory.changeStock', { id: paper.id, delta: -3, reason: 'use' }));
    unwrap(await b.desk.officerCall('inventory.changeStock', { id: paper.id, delta: -4, reason: 'use' }));
    unwrap(await b.desk.officerCall('inventory.changeStock', { id: paper.id, delta: 2, reason: 'restock' }));
    expect((await itemAt(a.desk, paper.id)).stock).toBe(7);
    expect((await itemAt(b.desk, paper.id)).stock).toBe(8);
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    // 10 − 3 − 4 + 2: neither count overwrote the other.
    expect((await itemAt(a.desk, paper.id)).stock).toBe(5);
    expect((await itemAt(b.desk, paper.id)).stock).toBe(5);
    expect(await serverStock(paper.id)).toBe(5);

    // Each kiosk may take what it sees (5); together they take 7 and the stock honestly says −2.
    unwrap(await a.desk.officerCall('inventory.changeStock', { id: paper.id, delta: -4, reason: 'use' }));
    unwrap(await b.desk.officerCall('inventory.changeStock', { id: paper.id, delta: -3, reason: 'use' }));
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    expect((await itemAt(a.desk, paper.id)).stock).toBe(-2);
    expect((await itemAt(b.desk, paper.id)).stock).toBe(-2);
    expect(await serverStock(paper.id)).toBe(-2);
    // Below zero, a kiosk refuses to take more until a restock or a count corrects it.
    const more = await a.desk.officerCall('inventory.changeStock', {
      id: paper.id,
      delta: -1,
      reason: 'use',
    });
    expect(!more.ok && more.error.messageKey).toBe('errors.inventory.stockBelowZero');

    const views = [a, b].map(({ kiosk }) => ({ db: kiosk.core.db, deviceId: kiosk.core.deps.deviceId }));
    expect(await inventoryWorkload.check(server.central.db, SITE.id, views)).toEqual([]);
  });

  it('carries a problem reported at one kiosk and repaired at the other, and a move, to both', async () => {
    const a = await joinedKiosk();
    const b = await joinedKiosk();
    const projector = unwrap(
      await a.desk.officerCall<ItemRow>('inventory.create', {
        assetCode: '',
        name: 'Proyektor Epson',
        category: 'Elektronik',
        kind: 'asset',
        place: { kind: 'room', room: 'Ruang Rapat' },
        condition: 'baik',
      }),
    );
    const problem = unwrap(
      await a.desk.officerCall<ProblemRow>('inventory.reportProblem', {
        itemId: projector.id,
        kind: 'damaged',
        severity: 'rusak_berat',
        note: 'Lampu mati',
      }),
    );
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    expect((await itemAt(b.desk, projector.id)).condition).toBe('rusak_berat');
    unwrap(await b.desk.officerCall('inventory.startRepair', { id: problem.id, note: 'Ke servis' }));
    unwrap(await b.desk.officerCall('inventory.fixProblem', { id: problem.id, note: 'Lampu diganti' }));
    unwrap(await a.desk.officerCall('inventory.move', { id: projector.id, place: { kind: 'store' } }));
    await b.kiosk.core.sync.syncNow();
    await a.kiosk.core.sync.syncNow();
    await b.kiosk.core.sync.syncNow();
    for (const k of [a, b]) {
      const item = await itemAt(k.desk, projector.id);
      expect(item).toMatchObject({ condition: 'baik', location: { kind: 'store' }, openProblems: 0 });
      const { items } = unwrap(
        await k.desk.officerCall<{ items: ProblemRow[] }>('inventory.problems', { status: 'all' }),
      );
      expect(items.map((p) => [p.id, p.status, p.resolutionNote])).toEqual([
        [problem.id, 'fixed', 'Lampu diganti'],
      ]);
    }
    const views = [a, b].map(({ kiosk }) => ({ db: kiosk.core.db, deviceId: kiosk.core.deps.deviceId }));
    expect(await inventoryWorkload.check(server.central.db, SITE.id, views)).toEqual([]);
  });
});
