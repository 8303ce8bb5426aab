import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, type TestCore } from '../support/testCore';

const form = (requestKey: string, over: Record<string, unknown> = {}) => ({
  requestKey,
  fullName: 'Siti Rahmawati',
  email: 'Siti@Example.id',
  phone: '+62 812 3456 7890',
  consent: true,
  ...over,
});

describe('walk-in reservation command', () => {
  let t: TestCore;
  beforeEach(async () => {
    t = await makeTestCore();
  });
  afterEach(() => t.core.close());

  it('writes the reservation, an audit row and an outbox operation in one go', async () => {
    const r = await t.core.call('reservations.createWalkIn', form('key-00000001'));
    expect(r.ok).toBe(true);
    const db = t.core.db;
    const visitor = db.prepare('SELECT email, phone_e164, consent_version FROM visitors').get();
    expect(visitor).toEqual({
      email: 'siti@example.id',
      phone_e164: '+6281234567890',
      consent_version: expect.any(String),
    });
    const audit = db
      .prepare("SELECT actor, action, entity FROM audit_log WHERE action = 'reservations.createWalkIn'")
      .all();
    expect(audit).toEqual([{ actor: 'kiosk', action: 'reservations.createWalkIn', entity: 'reservation' }]);
    const ops = db
      .prepare("SELECT op_type, device_id FROM outbox WHERE op_type = 'reservation.created'")
      .all();
    expect(ops).toEqual([{ op_type: 'reservation.created', device_id: expect.any(String) }]);
  });

  it('numbers outbox operations 1, 2, 3… with no gap, even when a command fails in between', async () => {
    await t.core.call('reservations.createWalkIn', form('key-00000001'));
    const failed = await t.core.call('reservations.createWalkIn', form('key-00000002', { phone: '0812' }));
    expect(failed.ok).toBe(false);
    await t.core.call('reservations.createWalkIn', form('key-00000003', { email: 'budi@example.id' }));
    const seqs = t.core.db.prepare('SELECT seq FROM outbox ORDER BY seq').pluck().all() as number[];
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const opIds = t.core.db.prepare('SELECT op_id FROM outbox').pluck().all();
    expect(new Set(opIds).size).toBe(opIds.length);
  });

  it('reuses the visitor record of a returning visitor instead of copying their data', async () => {
    await t.core.call('reservations.createWalkIn', form('key-00000001'));
    t.clock.advance(24 * 3600_000);
    await t.core.call('reservations.createWalkIn', form('key-00000002', { phone: '081234567890' }));
    expect(t.core.db.prepare('SELECT count(*) FROM visitors').pluck().get()).toBe(1);
    expect(t.core.db.prepare('SELECT day FROM reservations ORDER BY day').pluck().all()).toEqual([
      '2026-11-23',
      '2026-11-24',
    ]);
  });

  it('refuses a walk-in when every desk is taken and leaves no trace of the attempt', async () => {
    const db = t.core.db;
    db.exec(`
      INSERT INTO visitors VALUES ('v', 'A B', 'a@b.id', '+6281234567890', 0, 'x', 0, NULL);
      UPDATE desks SET active = 0 WHERE number > 1;
      INSERT INTO reservations (id, visitor_id, day, status, token, source, created_at, updated_at)
        VALUES ('r1', 'v', '2026-11-23', 'checked_in', 't1', 'kiosk', 0, 0);
      INSERT INTO visits (id, reservation_id, desk_number, started_at, ends_at, status) VALUES ('a', 'r1', 1, 0, 1, 'open');
    `);
    const before = db
      .prepare('SELECT (SELECT count(*) FROM reservations) + (SELECT count(*) FROM outbox)')
      .pluck()
      .get();
    const r = await t.core.call(
      'reservations.createWalkIn',
      form('key-00000009', { email: 'new@example.id' }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'rule', messageKey: 'errors.reservation.noFreeDesk' },
    });
    expect(
      db.prepare('SELECT (SELECT count(*) FROM reservations) + (SELECT count(*) FROM outbox)').pluck().get(),
    ).toBe(before);
  });

  it('lets the officer replace the desks, each number once, with a zone', async () => {
    const session = t.admin!.session;
    const replaced = await t.core.call(
      'desks.replace',
      {
        items: [
          { number: 1, label: 'Meja jendela', zone: 'Ruang A' },
          { number: 2, label: 'Meja tengah' },
        ],
      },
      { session },
    );
    expect(replaced).toEqual({
      ok: true,
      value: {
        isDemo: false,
        items: [
          { number: 1, label: 'Meja jendela', zone: 'Ruang A' },
          { number: 2, label: 'Meja tengah', zone: null },
        ],
      },
    });
    const dup = await t.core.call(
      'desks.replace',
      {
        items: [
          { number: 1, label: 'A' },
          { number: 1, label: 'B' },
        ],
      },
      { session },
    );
    expect(dup).toMatchObject({ ok: false, error: { messageKey: 'errors.places.duplicateNumber' } });
  });
});
