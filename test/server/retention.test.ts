// The server's retention job (UU 27/2022) on a real database: a visitor whose last reservation is past
// the site's retention period is erased everywhere the server keeps them (the reservation, the
// payload of the operation that brought it, the change log), a recent one is kept, and the job is
// on the server's audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingOperations, queueState } from '../../electron/sync/outbox';
import { runRetention } from '../../server/privacy/retentionJob';
import { createPortalReservation, newLinkKey } from '../../server/portal/portalReservations';
import { ChangeWaiters } from '../../server/sync/changeWaiters';
import { runServerCommand } from '../../server/sync/serverCommand';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { SITE, startTestCentral, type TestCentral } from '../support/central';
import { DeskDay } from '../support/deskDay';
import { makeTestCore, MONDAY_9AM } from '../support/testCore';

const AUGUST_MONDAY_9AM = Date.parse('2026-08-03T09:00:00+07:00');
let server: TestCentral;
let deps: { db: TestCentral['central']['db']; waiters: ChangeWaiters; clock: TestCentral['clock'] };
beforeAll(async () => {
  server = await startTestCentral(AUGUST_MONDAY_9AM);
  deps = { db: server.central.db, waiters: new ChangeWaiters(server.central.db), clock: server.clock };
});
afterAll(() => server.close());

describe('the retention job', () => {
  it('erases the visitor past the period everywhere the server keeps them, and keeps the recent one', async () => {
    // August: a kiosk books Ani and pushes the day up (its settings with it).
    const kiosk = await makeTestCore(AUGUST_MONDAY_9AM);
    try {
      const ani = await new DeskDay(kiosk.core).reserve('2026-08-03', null, 'Ani Lama');
      const device = await server.enrol(kiosk.core.deps.deviceId);
      const ops = pendingOperations(kiosk.core.db, 1_000);
      const res = await server.request('POST', '/v1/sync/push', device.auth, {
        protocol: PROTOCOL_VERSION,
        epoch: device.epoch,
        clientTime: server.clock.now(),
        queue: queueState(kiosk.core.db),
        audit: [],
        ops,
      });
      expect(res.status).toBe(200);

      // The site keeps visitors 30 days; in November Budi books on the portal.
      await runServerCommand(deps, SITE.id, 'test', server.clock.now(), (cmd) =>
        cmd.apply('settings.privacyUpdated', { retentionDays: 30 }),
      );
      server.clock.set(MONDAY_9AM);
      const budi = await createPortalReservation(
        deps,
        {
          siteId: SITE.id,
          linkKey: newLinkKey(),
          fullName: 'Budi Baru',
          email: 'budi@contoh.id',
          phone: '+6281200001111',
          day: '2026-11-24',
          mail: false,
        },
        server.clock.now(),
      );
      expect(budi.ok).toBe(true);

      expect(await runRetention(deps)).toBe(1);

      const rows = await deps.db
        .selectFrom('reservations')
        .select(['id', 'full_name', 'email', 'phone'])
        .execute();
      expect(rows.find((r) => r.id === ani.id)).toEqual({ id: ani.id, full_name: '', email: '', phone: '' });
      expect(rows.find((r) => r.full_name === 'Budi Baru')).toBeDefined();
      const payload = await deps.db
        .selectFrom('processed_ops')
        .select('payload')
        .where('entity_id', '=', ani.id)
        .where('op_type', '=', 'reservation.created')
        .executeTakeFirstOrThrow();
      expect(payload.payload).toMatchObject({ fullName: '', email: '', phone: '' });
      const logged = await deps.db
        .selectFrom('change_log')
        .select('row')
        .where('entity_type', '=', 'reservation')
        .where('entity_id', '=', ani.id)
        .execute();
      expect(logged.length).toBeGreaterThan(0);
      for (const { row } of logged) expect(row).toMatchObject({ fullName: '', email: '', phone: '' });
      expect(JSON.stringify(await deps.db.selectFrom('change_log').select('row').execute())).not.toContain(
        'Ani Lama',
      );
      const audit = await deps.db
        .selectFrom('server_audit')
        .selectAll()
        .where('action', '=', 'visitors.erase')
        .execute();
      expect(audit).toMatchObject([{ actor: 'system', entity: 'visitor' }]);

      // A second pass finds nothing more to do.
      expect(await runRetention(deps)).toBe(0);
    } finally {
      await kiosk.core.close();
    }
  });
});
