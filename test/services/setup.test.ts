// The first run (issue 8): a new kiosk asks for the office instead of inventing data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, loadMigrations } from '../../db/migrate';
import { openDatabase } from '../../db/openDatabase';
import { makeTestCore, TEST_ADMIN, testSetup, type TestCore } from '../support/testCore';
import { unwrap } from '../support/deskDay';

let t: TestCore | undefined;
afterEach(() => t?.core.close());

const info = async (core: TestCore['core']) =>
  unwrap(await core.call('app.info', {})) as Record<string, unknown>;

describe('a first start', () => {
  it('shows the setup, invents nothing, and knows no PIN 1234', async () => {
    t = await makeTestCore(undefined, ':memory:', { setup: false });
    expect(await info(t.core)).toMatchObject({ setupNeeded: true, sampleData: false, siteName: 'Loket' });
    expect(unwrap(await t.core.call('desks.list', {}))).toEqual({ items: [], isDemo: false });
    expect(unwrap(await t.core.call('officers.signInList', {}))).toEqual({ items: [] });
    expect(t.core.db.prepare('SELECT count(*) FROM officers').pluck().get()).toBe(0);
    // Every public screen asks for the identity: before setup it is the app's own name, not an error.
    expect(unwrap(await t.core.call('site.get', {}))).toMatchObject({
      siteName: 'Loket',
      officeName: 'Loket',
    });
  });

  it('sets the site up in one go and signs its first admin in', async () => {
    t = await makeTestCore(undefined, ':memory:', { setup: false });
    const done = unwrap(await t.core.call('setup.complete', testSetup())) as {
      session: string;
      officer: { fullName: string; roles: string[] };
      permissions: string[];
    };
    expect(done.officer).toMatchObject({ fullName: TEST_ADMIN.fullName, roles: ['admin'] });
    expect(done.permissions).toContain('officers.manage');
    expect(await info(t.core)).toMatchObject({
      setupNeeded: false,
      sampleData: false,
      siteName: 'Startup Hub & Pontive Center',
      officeName: 'Dinas Komunikasi dan Informatika Kota Pontianak',
    });
    expect(unwrap(await t.core.call('desks.list', {}))).toMatchObject({ isDemo: false });
    // The setup's session is a real one.
    expect((await t.core.call('officers.list', {}, { session: done.session })).ok).toBe(true);
    // Nobody can run the setup a second time, over an office already in use.
    expect(await t.core.call('setup.complete', testSetup())).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.setup.alreadyDone' },
    });
  });

  it('refuses a weak first PIN, no desks, and a logo whose bytes are not an image', async () => {
    t = await makeTestCore(undefined, ':memory:', { setup: false });
    const weak = await t.core.call('setup.complete', {
      ...testSetup(),
      admin: { fullName: 'Rina', pin: '1234' },
    });
    expect(weak).toMatchObject({ ok: false, error: { fields: { 'admin.pin': 'errors.field.pinWeak' } } });
    const noDesks = await t.core.call('setup.complete', { ...testSetup(), desks: [] });
    expect(noDesks).toMatchObject({ ok: false, error: { fields: { desks: 'errors.setup.desksRequired' } } });
    const html = Buffer.from('<svg onload=alert(1)>').toString('base64');
    const fakeLogo = await t.core.call('setup.complete', {
      ...testSetup(),
      site: { ...testSetup().site, logo: `data:image/png;base64,${html}` },
    });
    expect(fakeLogo).toMatchObject({ ok: false, error: { fields: { 'site.logo': 'errors.site.logoType' } } });
    expect(await info(t.core)).toMatchObject({ setupNeeded: true });
  });
});

describe('sample data', () => {
  it('is an explicit choice, marked as such, and can be left for the real setup', async () => {
    t = await makeTestCore(undefined, ':memory:', { setup: false });
    const sample = unwrap(await t.core.call('setup.useSampleData', {})) as {
      officerName: string;
      pin: string;
    };
    expect(await info(t.core)).toMatchObject({ setupNeeded: false, sampleData: true, samplePin: sample.pin });
    expect(unwrap(await t.core.call('desks.list', {}))).toMatchObject({ isDemo: true });
    const officer = (
      unwrap(await t.core.call('officers.signInList', {})) as { items: { id: string; fullName: string }[] }
    ).items[0]!;
    expect(officer.fullName).toBe(sample.officerName);
    const { session } = unwrap(
      await t.core.call('officer.unlock', { officerId: officer.id, pin: sample.pin }),
    ) as {
      session: string;
    };
    unwrap(
      await t.core.call(
        'reservations.createWalkIn',
        {
          requestKey: 'sample-try-1',
          fullName: 'Coba Saja',
          email: 'coba@example.id',
          phone: '081200001111',
          consent: true,
        },
        {},
      ),
    );
    // Sample data never reaches the central server: leaving it empties the outbox and starts it at 1.
    unwrap(await t.core.call('setup.leaveSampleData', {}, { session }));
    expect(await info(t.core)).toMatchObject({ setupNeeded: true, sampleData: false, samplePin: null });
    for (const table of ['officers', 'desks', 'reservations', 'visitors', 'outbox'])
      expect(t.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    expect(t.core.db.prepare('SELECT next_seq FROM device_state').pluck().get()).toBe(1);
    // The sample officer's session ended with the data.
    expect(await t.core.call('officers.list', {}, { session })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    unwrap(await t.core.call('setup.complete', testSetup()));
  });
});

describe('a kiosk installed before named officers', () => {
  it("keeps its shared PIN as the account 'Petugas', who must choose a new PIN", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-adopt-'));
    try {
      const file = join(dir, 'loket.sqlite');
      const db = openDatabase(file);
      migrate(db, loadMigrations().slice(0, 3), 0);
      // What the earlier first run wrote: scrypt('1234') with Node's defaults, real desks, a site name.
      const { scryptSync } = await import('node:crypto');
      const salt = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
      const hash = scryptSync('1234', salt, 32).toString('hex');
      db.exec(`INSERT INTO desks (number, label, is_demo) VALUES (1, 'Meja 1', 0);`);
      db.prepare(
        "INSERT INTO settings (key, value, updated_at) VALUES ('officer.pin', ?, 0), ('site', ?, 0)",
      ).run(JSON.stringify({ salt, hash }), JSON.stringify({ name: 'Startup Hub Pontianak' }));
      db.close();
      t = await makeTestCore(undefined, file, { setup: false });
      expect(await info(t.core)).toMatchObject({
        setupNeeded: false,
        sampleData: false,
        siteName: 'Startup Hub Pontianak',
      });
      const [petugas] = (unwrap(await t.core.call('officers.signInList', {})) as { items: { id: string }[] })
        .items;
      const signedIn = unwrap(
        await t.core.call('officer.unlock', { officerId: petugas!.id, pin: '1234' }),
      ) as {
        session: string;
        officer: { mustChangePin: boolean };
      };
      expect(signedIn.officer.mustChangePin).toBe(true);
      // Until the PIN is changed, the desk does nothing else.
      expect(await t.core.call('reservations.list', {}, { session: signedIn.session })).toMatchObject({
        ok: false,
        error: { messageKey: 'errors.officer.mustChangePin' },
      });
      unwrap(
        await t.core.call(
          'officer.changePin',
          { currentPin: '1234', newPin: '864209' },
          { session: signedIn.session },
        ),
      );
      expect((await t.core.call('reservations.list', {}, { session: signedIn.session })).ok).toBe(true);
      expect(t.core.db.prepare("SELECT count(*) FROM settings WHERE key = 'officer.pin'").pluck().get()).toBe(
        0,
      );
    } finally {
      await t?.core.close();
      t = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
