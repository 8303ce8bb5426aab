// The document settings through the central server on a real PostgreSQL (or PGlite): one kiosk's
// change is stored as the site's settings record, a second change replaces it (last writer wins),
// the same operation arriving twice changes nothing, and another kiosk that pulls it prints with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPage } from '../../electron/sync/applyChanges';
import { pendingOperations, queueState } from '../../electron/sync/outbox';
import type { DocumentSettings } from '../../shared/contract/settings';
import type { OutboxOperation } from '../../shared/sync/operation';
import { PROTOCOL_VERSION, type PushResponse } from '../../shared/sync/protocol';
import { SITE, startTestCentral, type TestCentral } from '../support/central';
import { unwrap } from '../support/deskDay';
import { makeTestCore, type TestCore } from '../support/testCore';

let server: TestCentral;
let kiosk: TestCore;
let other: TestCore;
let device: Awaited<ReturnType<TestCentral['enrol']>>;

beforeAll(async () => {
  server = await startTestCentral();
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

const documentOps = () =>
  pendingOperations(kiosk.core.db, 1000).filter((op) => op.type === 'settings.documentsUpdated');

async function serverRecord() {
  const row = await server.central.db
    .selectFrom('records')
    .select(['data', 'version'])
    .where('site_id', '=', SITE.id)
    .where('entity_type', '=', 'settings')
    .where('entity_id', '=', 'documents')
    .executeTakeFirst();
  return row && { data: row.data as DocumentSettings, version: Number(row.version) };
}

async function pullInto(core: TestCore) {
  const changes = await server.central.db
    .selectFrom('change_log')
    .select(['entity_type', 'entity_id', 'version', 'row', 'origin_op_id'])
    .where('site_id', '=', SITE.id)
    .where('entity_type', '=', 'settings')
    .where('entity_id', '=', 'documents')
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

const pontianak: DocumentSettings = {
  governmentLine: 'PEMERINTAH KOTA PONTIANAK',
  officeLine: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  unitLines: ['BIDANG TKPBET'],
  city: 'Pontianak',
  preparerTitle: 'Admin Coworking Space',
  reviewerTitle: 'Kepala Seksi PK&AI',
  receiverTitle: 'Kepala Bidang TKPBET',
};

describe('document settings on the server', () => {
  it('are stored once, replaced by a later change, and reach the other kiosk', async () => {
    const admin = { session: kiosk.admin!.session };
    unwrap(await kiosk.core.call('settings.documents.update', pontianak, admin));
    const first = documentOps();
    expect(first).toHaveLength(1);
    // Everything the kiosk has to send, in order (the setup's operations come first).
    const all = pendingOperations(kiosk.core.db, 1000);
    const answer = await push(all);
    expect(answer.results.find((r) => r.opId === first[0]!.opId)?.status).toBe('applied');
    expect(await serverRecord()).toEqual({ data: pontianak, version: 1 });

    // The same operations again (a retried push) leave the record as it is.
    const again = await push(all);
    expect(again.results.find((r) => r.opId === first[0]!.opId)?.replayed).toBe(true);
    expect((await serverRecord())?.version).toBe(1);

    const later = { ...pontianak, unitLines: ['BIDANG TKPBET', 'SEKSI PK&AI'] };
    unwrap(await kiosk.core.call('settings.documents.update', later, admin));
    await push(pendingOperations(kiosk.core.db, 1000).filter((op) => op.seq > all.at(-1)!.seq));
    expect(await serverRecord()).toEqual({ data: later, version: 2 });

    await pullInto(other);
    expect(
      unwrap(await other.core.call('settings.documents.get', {}, { session: other.admin!.session })),
    ).toEqual(later);
  });
});
