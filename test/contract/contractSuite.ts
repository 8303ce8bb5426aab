import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/result';
import { makeTestCore, TEST_ADMIN, type TestCore } from '../support/testCore';
import type { RawTransport, TransportFactory } from './transport';

const walkIn = (over: Record<string, unknown> = {}) => ({
  requestKey: `req-${Math.random().toString(36).slice(2, 12)}`,
  fullName: 'Siti Rahmawati',
  email: 'siti@example.id',
  phone: '0812-3456-7890',
  consent: true,
  ...over,
});

function expectOk<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/**
 * One suite, run against every transport: whatever host serves the renderer, it must behave the same.
 */
export function runContractSuite(name: string, makeTransport: TransportFactory): void {
  describe(`contract over ${name}`, () => {
    let t: TestCore;
    let api: RawTransport;

    beforeEach(async () => {
      t = await makeTestCore();
      api = await makeTransport(t.core);
    });
    afterEach(async () => {
      await api.close();
      t.core.close();
    });

    const unlock = async () =>
      expectOk(await api.invoke('officer.unlock', { officerId: t.admin!.id, pin: TEST_ADMIN.pin })) as {
        session: string;
      };

    it('tells the screen which site and day it serves', async () => {
      const info = expectOk(await api.invoke('app.info', {})) as Record<string, unknown>;
      expect(info).toMatchObject({
        today: '2026-11-23',
        timeZone: 'Asia/Pontianak',
        siteName: 'Startup Hub & Pontive Center',
        setupNeeded: false,
        sampleData: false,
      });
    });

    it('registers a walk-in and gives back a scanner-friendly token of 128 random bits', async () => {
      const created = expectOk(await api.invoke('reservations.createWalkIn', walkIn())) as Record<
        string,
        string
      >;
      expect(created.token).toMatch(/^LK1[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(created.firstName).toBe('Siti');
      expect(created.phone).toBe('+62 812-****-890');
      expect(created.day).toBe('2026-11-23');
    });

    it('keeps officer methods behind the PIN', async () => {
      const locked = await api.invoke('reservations.list', {});
      expect(locked).toMatchObject({
        ok: false,
        error: { code: 'unauthorized', messageKey: 'errors.officer.locked' },
      });
      const wrong = await api.invoke('officer.unlock', { officerId: t.admin!.id, pin: '000000' });
      expect(wrong).toMatchObject({ ok: false, error: { messageKey: 'errors.officer.wrongPin' } });
      const forged = await api.invoke('reservations.list', {}, { session: 'forged-session' });
      expect(forged).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    });

    it('lists and searches today’s reservations for the officer', async () => {
      expectOk(await api.invoke('reservations.createWalkIn', walkIn()));
      expectOk(
        await api.invoke(
          'reservations.createWalkIn',
          walkIn({ fullName: 'Budi Santoso', email: 'budi@example.id', phone: '+6281299990000' }),
        ),
      );
      const { session } = await unlock();
      const all = expectOk(await api.invoke('reservations.list', { day: '2026-11-23' }, { session })) as {
        total: number;
      };
      expect(all.total).toBe(2);
      const byPhone = expectOk(
        await api.invoke('reservations.list', { query: '0812 9999' }, { session }),
      ) as {
        items: { fullName: string }[];
      };
      expect(byPhone.items.map((i) => i.fullName)).toEqual(['Budi Santoso']);
    });

    it('makes one reservation of a double-submitted form', async () => {
      const form = walkIn();
      const [a, b] = await Promise.all([
        api.invoke('reservations.createWalkIn', form),
        api.invoke('reservations.createWalkIn', form),
      ]);
      expect((expectOk(a) as { reservationId: string }).reservationId).toBe(
        (expectOk(b) as { reservationId: string }).reservationId,
      );
      const { session } = await unlock();
      expect(
        (expectOk(await api.invoke('reservations.list', {}, { session })) as { total: number }).total,
      ).toBe(1);
    });

    it('answers an unknown method and a malformed payload with typed errors', async () => {
      expect(await api.invoke('reservations.dropAll', {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_method', messageKey: 'errors.rpc.unknownMethod' },
      });
      expect(await api.invoke('reservations.createWalkIn', 'not an object')).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
      const bad = await api.invoke(
        'reservations.createWalkIn',
        walkIn({ email: 'siti@', phone: '12', fullName: '' }),
      );
      expect(bad).toMatchObject({
        ok: false,
        error: {
          code: 'validation',
          fields: { email: 'errors.field.emailInvalid', fullName: 'errors.field.nameRequired' },
        },
      });
    });

    it('refuses an invalid phone number, oversize text and a missing consent, each with its own message', async () => {
      expect(await api.invoke('reservations.createWalkIn', walkIn({ phone: '0812' }))).toMatchObject({
        ok: false,
        error: { fields: { phone: 'errors.field.phoneInvalid' } },
      });
      expect(
        await api.invoke('reservations.createWalkIn', walkIn({ fullName: 'A'.repeat(101) })),
      ).toMatchObject({
        ok: false,
        error: { fields: { fullName: 'errors.field.nameTooLong' } },
      });
      expect(await api.invoke('reservations.createWalkIn', walkIn({ consent: false }))).toMatchObject({
        ok: false,
        error: { fields: { consent: 'errors.field.consentRequired' } },
      });
    });

    it('stores hostile text as data and shows it back intact, minus invisible characters', async () => {
      const hostile = `<img src=x onerror=alert(1)> '); DROP TABLE visitors;-- 🚀\u202E\u0007`;
      expectOk(await api.invoke('reservations.createWalkIn', walkIn({ fullName: hostile })));
      const { session } = await unlock();
      const list = expectOk(await api.invoke('reservations.list', {}, { session })) as {
        items: { fullName: string }[];
      };
      expect(list.items[0]?.fullName).toBe(`<img src=x onerror=alert(1)> '); DROP TABLE visitors;-- 🚀`);
    });

    it('tells every screen once what a reservation changed, so each refetches only that', async () => {
      const heard: unknown[] = [];
      const first = new Promise<void>((resolve) =>
        api.on('data.changed', (payload) => {
          heard.push(payload);
          resolve();
        }),
      );
      expectOk(await api.invoke('reservations.createWalkIn', walkIn()));
      await first;
      // A second command's event arrives after the first's: by then a duplicate would have shown.
      expectOk(await api.invoke('reservations.createWalkIn', walkIn({ fullName: 'Siti Aminah' })));
      await expect.poll(() => heard.length).toBe(2);
      expect(heard).toEqual([{ topics: ['reservations', 'visits'] }, { topics: ['reservations', 'visits'] }]);
    });
  });
}
