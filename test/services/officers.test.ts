// Named officers, their roles as data, and a desk that lets no visitor in (issue 8).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName, type Permission } from '../../shared/contract';
import { createPinHasher } from '../../electron/services/officers/pin';
import { makeTestCore, TEST_ADMIN, type TestCore } from '../support/testCore';
import { unwrap } from '../support/deskDay';

const MIN = 60_000;
let t: TestCore;
const cores: TestCore[] = [];
afterEach(() => Promise.all(cores.splice(0).map((c) => c.core.close())));
async function site(dbFile = ':memory:', setup = true): Promise<TestCore> {
  const made = await makeTestCore(undefined, dbFile, { setup });
  cores.push(made);
  return made;
}

const admin = () => ({ session: t.admin!.session });
const call = (method: string, input: unknown, session?: string) =>
  t.core.call(method, input, session ? { session } : {});

/** An officer the admin adds, who then chooses their own PIN; returns their id and a session. */
async function officerWith(roles: string[], name = 'Dewi Lestari', pin = '24681357') {
  const created = unwrap(
    await t.core.call(
      'officers.create',
      { fullName: name, nip: null, position: null, roles, pin: '11223344' },
      admin(),
    ),
  ) as { id: string };
  const first = unwrap(await call('officer.unlock', { officerId: created.id, pin: '11223344' })) as {
    session: string;
  };
  unwrap(await call('officer.changePin', { currentPin: '11223344', newPin: pin }, first.session));
  const { session } = unwrap(await call('officer.unlock', { officerId: created.id, pin })) as {
    session: string;
  };
  return { id: created.id, session };
}

describe('signing in with your own PIN', () => {
  it('five wrong PINs lock that officer on this kiosk for a minute, then 5, across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-lockout-'));
    try {
      const file = join(dir, 'loket.sqlite');
      t = await site(file);
      const dewi = await officerWith(['petugas']);
      const wrong = () => call('officer.unlock', { officerId: t.admin!.id, pin: '000000' });
      for (const left of [4, 3, 2, 1])
        expect(await wrong()).toMatchObject({
          error: { messageKey: 'errors.officer.wrongPin', params: { attemptsLeft: left } },
        });
      expect(await wrong()).toMatchObject({
        error: { messageKey: 'errors.officer.lockedOut', params: { minutes: 1 } },
      });
      // Even the right PIN waits out the lock; another officer is not locked by it.
      expect(await call('officer.unlock', { officerId: t.admin!.id, pin: TEST_ADMIN.pin })).toMatchObject({
        error: { messageKey: 'errors.officer.lockedOut' },
      });
      expect((await call('officer.unlock', { officerId: dewi.id, pin: '24681357' })).ok).toBe(true);

      // A restart does not forget: the lockout is in the database.
      const clockAt = t.clock.now();
      await t.core.close();
      t = await site(file, false);
      t.clock.set(clockAt);
      const again = { ...t, admin: cores[0]!.admin };
      t = again;
      expect(await call('officer.unlock', { officerId: t.admin!.id, pin: TEST_ADMIN.pin })).toMatchObject({
        error: { messageKey: 'errors.officer.lockedOut' },
      });
      // After the minute, five more wrong PINs lock it for five minutes.
      t.clock.advance(MIN);
      for (let i = 0; i < 4; i++) await wrong();
      expect(await wrong()).toMatchObject({
        error: { messageKey: 'errors.officer.lockedOut', params: { minutes: 5 } },
      });
      t.clock.advance(5 * MIN);
      expect((await call('officer.unlock', { officerId: t.admin!.id, pin: TEST_ADMIN.pin })).ok).toBe(true);
      // Every failed attempt is on record, with the kiosk it was made on.
      const failed = t.core.db
        .prepare(
          "SELECT count(*) FROM audit_log WHERE action = 'officer.signInFailed' AND device_id IS NOT NULL",
        )
        .pluck()
        .get();
      expect(failed).toBe(10);
    } finally {
      // Both kiosks' checkpoint workers close their connections (and the log files) before the folder goes.
      await Promise.all(cores.map((c) => c.core.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a name that does not exist costs the same and locks nobody', async () => {
    t = await site();
    expect(await call('officer.unlock', { officerId: 'nobody', pin: '123456' })).toMatchObject({
      error: { messageKey: 'errors.officer.wrongPin' },
    });
  });

  it('the desk locks itself after the idle time, and Kunci ends the session on the host', async () => {
    t = await site();
    unwrap(await call('settings.security.update', { idleLockMinutes: 5 }, t.admin!.session));
    const { session } = unwrap(
      await call('officer.unlock', { officerId: t.admin!.id, pin: TEST_ADMIN.pin }),
    ) as {
      session: string;
    };
    t.clock.advance(4 * MIN);
    expect((await call('reservations.list', {}, session)).ok).toBe(true);
    t.clock.advance(5 * MIN + 1);
    expect(await call('reservations.list', {}, session)).toMatchObject({ error: { code: 'unauthorized' } });

    const other = unwrap(await call('officer.unlock', { officerId: t.admin!.id, pin: TEST_ADMIN.pin })) as {
      session: string;
    };
    unwrap(await call('officer.lock', {}, other.session));
    expect(await call('reservations.list', {}, other.session)).toMatchObject({
      error: { code: 'unauthorized' },
    });
  });

  it("a deactivated officer's open session ends at once, and they cannot sign in", async () => {
    t = await site();
    const dewi = await officerWith(['petugas']);
    expect((await call('reservations.list', {}, dewi.session)).ok).toBe(true);
    unwrap(await call('officers.setActive', { id: dewi.id, active: false }, t.admin!.session));
    expect(await call('reservations.list', {}, dewi.session)).toMatchObject({
      error: { code: 'unauthorized' },
    });
    expect(await call('officer.unlock', { officerId: dewi.id, pin: '24681357' })).toMatchObject({
      error: { messageKey: 'errors.officer.wrongPin' },
    });
    // The last officer who can manage officers cannot be deactivated, or nobody could fix anything.
    expect(
      await call('officers.setActive', { id: t.admin!.id, active: false }, t.admin!.session),
    ).toMatchObject({
      error: { messageKey: 'errors.officer.lastAdmin' },
    });
  });

  it('changes your own PIN: the current one is needed, and a short one is refused', async () => {
    t = await site();
    const s = t.admin!.session;
    expect(await call('officer.changePin', { currentPin: '999999', newPin: '25802580' }, s)).toMatchObject({
      error: { messageKey: 'errors.officer.wrongCurrentPin' },
    });
    expect(await call('officer.changePin', { currentPin: TEST_ADMIN.pin, newPin: '12345' }, s)).toMatchObject(
      {
        error: { fields: { newPin: 'errors.field.pinWeak' } },
      },
    );
    unwrap(await call('officer.changePin', { currentPin: TEST_ADMIN.pin, newPin: 'kopi tubruk pagi' }, s));
    expect((await call('officer.unlock', { officerId: t.admin!.id, pin: 'kopi tubruk pagi' })).ok).toBe(true);
    // The PIN never reaches the audit log or the outbox; only its scrypt hash travels to the site.
    const rows = JSON.stringify(
      t.core.db.prepare('SELECT details FROM audit_log UNION ALL SELECT payload FROM outbox').all(),
    );
    expect(rows).not.toContain('kopi tubruk');
    expect(rows).not.toContain(TEST_ADMIN.pin);
  });
});

describe('what each role may do, decided in one place from data', () => {
  /** An input no method accepts, so a call that passes the access check ends at validation, doing nothing. */
  const probe = { __probe: true };

  it.each(methodNames)(
    '%s: callable by exactly the officers its permission allows',
    async (method: MethodName) => {
      t = await site();
      const access = contract[method].access;
      const without = await call(method, probe);
      if (access === 'public') {
        expect(without).not.toMatchObject({ error: { code: 'unauthorized' } });
        return;
      }
      expect(without).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      // Someone with no permission at all (a position only: Kepala Dinas) signs in.
      const head = await officerWith([], 'Kepala Dinas Uji');
      const asHead = await call(method, probe, head.session);
      if (access === 'signedIn') expect(asHead).not.toMatchObject({ error: { code: 'forbidden' } });
      else {
        expect(asHead).toMatchObject({
          ok: false,
          error: { code: 'forbidden', messageKey: 'errors.officer.forbidden' },
        });
        // A role made for just this permission is enough.
        unwrap(
          await call(
            'roles.save',
            { id: 'only_this', name: 'Khusus', kind: 'role', permissions: [access] },
            t.admin!.session,
          ),
        );
        const holder = await officerWith(['only_this'], 'Pemegang Izin');
        expect(await call(method, probe, holder.session)).not.toMatchObject({ error: { code: 'forbidden' } });
      }
    },
  );

  it('follows the roles as the site edits them: a Kasi who may not change reservations, until allowed', async () => {
    t = await site();
    const kasi = await officerWith(['kasi'], 'Kasi Uji');
    const create = () =>
      call(
        'reservations.create',
        {
          fullName: 'Budi Santoso',
          email: 'budi@example.id',
          phone: '081211112222',
          day: '2026-11-23',
          consent: true,
        },
        kasi.session,
      );
    expect(await create()).toMatchObject({ error: { code: 'forbidden' } });
    const kasiRole = (
      unwrap(await call('roles.list', {}, t.admin!.session)) as {
        items: { id: string; permissions: Permission[] }[];
      }
    ).items.find((r) => r.id === 'kasi')!;
    unwrap(
      await call(
        'roles.save',
        {
          id: 'kasi',
          name: 'Kasi PK&AI',
          kind: 'role',
          permissions: [...kasiRole.permissions, 'reservations.write'],
        },
        t.admin!.session,
      ),
    );
    expect((await create()).ok).toBe(true);
  });

  it('the sign-in screen names positions as the site does, its own and renamed built-in ones', async () => {
    t = await site();
    const save = (id: string, name: string) =>
      call('roles.save', { id, name, kind: 'position', permissions: [] }, t.admin!.session);
    unwrap(await save('pranata_humas', 'Pranata Humas Ahli Muda'));
    unwrap(await save('sub_koordinator', 'Sub-Koordinator Aptika'));
    const created = (fullName: string, position: string | null) =>
      call(
        'officers.create',
        { fullName, nip: null, position, roles: ['petugas'], pin: '11223344' },
        t.admin!.session,
      );
    unwrap(await created('Yusuf Halim', 'pranata_humas'));
    unwrap(await created('Lina Tan', 'sub_koordinator'));
    unwrap(await created('Eko Saputra', null));
    const { items } = unwrap(await call('officers.signInList', {})) as {
      items: { fullName: string; positionName: string | null }[];
    };
    expect(items.filter((o) => o.fullName !== TEST_ADMIN.fullName)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fullName: 'Yusuf Halim', positionName: 'Pranata Humas Ahli Muda' }),
        expect.objectContaining({ fullName: 'Lina Tan', positionName: 'Sub-Koordinator Aptika' }),
        expect.objectContaining({ fullName: 'Eko Saputra', positionName: null }),
      ]),
    );
  });

  it("an admin reset sets a temporary PIN: the officer's sessions end and they must choose their own", async () => {
    t = await site();
    const dewi = await officerWith(['petugas']);
    unwrap(await call('officers.resetPin', { id: dewi.id, pin: '55667788' }, t.admin!.session));
    expect(await call('reservations.list', {}, dewi.session)).toMatchObject({
      error: { code: 'unauthorized' },
    });
    const temp = unwrap(await call('officer.unlock', { officerId: dewi.id, pin: '55667788' })) as {
      session: string;
    };
    expect(await call('reservations.list', {}, temp.session)).toMatchObject({
      error: { messageKey: 'errors.officer.mustChangePin' },
    });
  });
});

describe('PIN hashing', () => {
  it('uses scrypt at its real cost, names the cost in the hash, and checks in constant time', async () => {
    const pins = createPinHasher();
    const stored = await pins.hash('248163');
    expect(stored.hash).toMatch(/^scrypt:16384:8:1:[0-9a-f]{64}$/);
    expect(await pins.matches('248163', stored)).toBe(true);
    expect(await pins.matches('248164', stored)).toBe(false);
    expect(await pins.matches('248163', { ...stored, hash: 'md5:xyz' })).toBe(false);
  });
});
