// The kop and signature lines of the reports on a real kiosk core: generic until the site writes its
// own, changed only by an officer with settings.manage (audited, one outbox operation), bad input
// answered clearly, the sample data filling Pontianak's, and a change pulled from another kiosk shown
// at once (the store reads the database, so no reload is needed).
import { afterEach, describe, expect, it } from 'vitest';
import { applyPage } from '../../electron/sync/applyChanges';
import { defaultDocumentSettings, type DocumentSettings } from '../../shared/contract/settings';
import { unwrap } from '../support/deskDay';
import { makeTestCore, type TestCore } from '../support/testCore';

let t: TestCore;
afterEach(() => t.core.close());

const singkawang: DocumentSettings = {
  governmentLine: 'PEMERINTAH KOTA SINGKAWANG',
  officeLine: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  unitLines: ['BIDANG APLIKASI INFORMATIKA'],
  city: 'Singkawang',
  preparerTitle: 'Petugas Layanan Informasi',
  reviewerTitle: 'Kepala Seksi Layanan E-Government',
  receiverTitle: 'Kepala Bidang Aplikasi Informatika',
};

const documentOps = () =>
  t.core.db.prepare("SELECT count(*) FROM outbox WHERE op_type = 'settings.documentsUpdated'").pluck().get();

describe('document settings', () => {
  it('start generic and are the site’s to write: audited and synced', async () => {
    t = await makeTestCore();
    const admin = { session: t.admin!.session };
    expect(unwrap(await t.core.call('settings.documents.get', {}, admin))).toEqual(defaultDocumentSettings);
    // Visitors read nothing of it, and change nothing.
    expect(await t.core.call('settings.documents.get', {})).toMatchObject({
      error: { code: 'unauthorized' },
    });
    expect(await t.core.call('settings.documents.update', singkawang)).toMatchObject({
      error: { code: 'unauthorized' },
    });

    unwrap(await t.core.call('settings.documents.update', singkawang, admin));
    expect(unwrap(await t.core.call('settings.documents.get', {}, admin))).toEqual(singkawang);
    const ops = t.core.db
      .prepare("SELECT payload FROM outbox WHERE op_type = 'settings.documentsUpdated'")
      .pluck()
      .all() as string[];
    expect(ops.map((p) => JSON.parse(p))).toEqual([singkawang]);
    const audit = t.core.db
      .prepare("SELECT actor, details FROM audit_log WHERE action = 'settings.documents.update'")
      .all() as { actor: string; details: string }[];
    expect(audit).toEqual([{ actor: `officer:${t.admin!.id}`, details: JSON.stringify(singkawang) }]);
  });

  it('refuses too many unit lines and oversize text, and cleans control characters', async () => {
    t = await makeTestCore();
    const admin = { session: t.admin!.session };
    expect(
      await t.core.call(
        'settings.documents.update',
        { ...singkawang, unitLines: ['A', 'B', 'C', 'D'] },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await t.core.call('settings.documents.update', { ...singkawang, city: 'x'.repeat(400) }, admin),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { city: 'errors.field.letterheadTooLong' } },
    });
    expect(
      await t.core.call('settings.documents.update', { ...singkawang, preparerTitle: '   ' }, admin),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    const saved = unwrap(
      await t.core.call(
        'settings.documents.update',
        { ...singkawang, governmentLine: 'PEMERINTAH\u0000 KOTA <b>SINGKAWANG</b>\u202e' },
        admin,
      ),
    ) as DocumentSettings;
    // Kept as text (the PDF prints it as text, never as markup), without the control characters.
    expect(saved.governmentLine).toBe('PEMERINTAH KOTA <b>SINGKAWANG</b>');
    expect(documentOps()).toBe(1);
  });

  it('are Pontianak’s with the sample data', async () => {
    t = await makeTestCore(undefined, ':memory:', { setup: false });
    const { pin } = unwrap(await t.core.call('setup.useSampleData', {})) as {
      pin: string;
      officerName: string;
    };
    const officers = unwrap(await t.core.call('officers.signInList', {})) as { items: { id: string }[] };
    const signedIn = unwrap(
      await t.core.call('officer.unlock', { officerId: officers.items[0]!.id, pin }),
    ) as { session: string };
    expect(unwrap(await t.core.call('settings.documents.get', {}, { session: signedIn.session }))).toEqual({
      governmentLine: 'PEMERINTAH KOTA PONTIANAK',
      officeLine: 'DINAS KOMUNIKASI DAN INFORMATIKA',
      unitLines: [],
      city: 'Pontianak',
      preparerTitle: 'Admin Coworking Space',
      reviewerTitle: 'Kepala Seksi PK&AI',
      receiverTitle: 'Kepala Bidang TKPBET',
    });
  });

  it('show a change pulled from another kiosk', async () => {
    t = await makeTestCore();
    const admin = { session: t.admin!.session };
    const outcome = applyPage(
      t.core.db,
      [
        {
          entityType: 'settings',
          entityId: 'documents',
          version: 1,
          row: { ...singkawang },
          originOpId: null,
        },
      ],
      'c1',
      t.clock.now(),
    );
    expect(outcome.topics).toContain('settings');
    expect(unwrap(await t.core.call('settings.documents.get', {}, admin))).toEqual(singkawang);
    // Pulled, not made here: nothing to push back.
    expect(documentOps()).toBe(0);
  });
});
