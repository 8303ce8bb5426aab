// What the kiosk's public screens read (issue 9): today's desks without names, the house rules the
// site wrote, and the room map the officer drew, which the kiosk shows with the visitor's desk lit.
import { afterEach, describe, expect, it } from 'vitest';
import { autoLayout } from '../../shared/places/autoLayout';
import { DeskDay, unwrap } from '../support/deskDay';
import { makeTestCore, type TestCore } from '../support/testCore';

let t: TestCore;
afterEach(() => t.core.close());

const visitor = () => t.core.call; // public calls: no session
const plan = (desks: { number: number; x: number; y: number }[]) => ({
  columns: 20,
  rows: 10,
  desks: desks.map((d) => ({ ...d, w: 2, h: 1 })),
  landmarks: [{ kind: 'entrance', label: 'Pintu utama', x: 0, y: 8, w: 2, h: 2 }],
});

describe("today's desks on the home screen", () => {
  it('says which desks are free, occupied or reserved for today, and nothing about who', async () => {
    t = await makeTestCore();
    const desk = new DeskDay(t.core);
    const inside = await desk.reserve('2026-11-23', null, 'Sari Lestari');
    await desk.reserve('2026-11-23', 5, 'Budi Santoso'); // reserved desk 5, not here yet
    await desk.reserve('2026-11-24', 6, 'Ani Wijaya'); // tomorrow: desk 6 is free today
    expect(desk.scan(inside.token)).toMatchObject({ kind: 'checked_in', deskNumber: 1 });

    const today = unwrap(await visitor()('desks.today', {})) as {
      day: string;
      total: number;
      free: number;
      items: { number: number; state: string }[];
    };
    expect(today.day).toBe('2026-11-23');
    expect(today.total).toBe(12);
    expect(today.free).toBe(10);
    expect(today.items.filter((d) => d.state !== 'free')).toEqual([
      expect.objectContaining({ number: 1, state: 'occupied' }),
      expect.objectContaining({ number: 5, state: 'reserved' }),
    ]);
    expect(JSON.stringify(today)).not.toMatch(/Sari|Budi|Ani|@/);
  });

  it('turns the day over at local midnight (Pontianak), not UTC', async () => {
    t = await makeTestCore(Date.parse('2026-11-24T00:30:00+07:00'));
    const today = unwrap(await t.core.call('desks.today', {})) as { day: string };
    expect(today.day).toBe('2026-11-24');
  });
});

describe('house rules', () => {
  it('start from the SOP and are the site’s to rewrite, audited and synced', async () => {
    t = await makeTestCore();
    const shown = unwrap(await t.core.call('settings.houseRules.get', {})) as { items: { id: string }[] };
    expect(shown.items.map((r) => r.id)).toContain('Kembalikan peralatan yang dipinjam kepada petugas.');

    const ours = { items: [{ id: 'Dilarang makan di ruang kerja.', en: null }] };
    expect(await t.core.call('settings.houseRules.update', ours)).toMatchObject({
      error: { code: 'unauthorized' },
    });
    unwrap(await t.core.call('settings.houseRules.update', ours, { session: t.admin!.session }));
    expect(unwrap(await t.core.call('settings.houseRules.get', {}))).toEqual(ours);
    expect(
      t.core.db
        .prepare("SELECT op_type FROM outbox WHERE op_type = 'settings.houseRulesUpdated'")
        .pluck()
        .all(),
    ).toHaveLength(1);
    expect(
      t.core.db
        .prepare("SELECT actor FROM audit_log WHERE action = 'settings.houseRules.update'")
        .pluck()
        .all(),
    ).toEqual([`officer:${t.admin!.id}`]);
  });

  it('refuse oversize or control-character text with a clear error', async () => {
    t = await makeTestCore();
    const admin = { session: t.admin!.session };
    expect(
      await t.core.call('settings.houseRules.update', { items: [{ id: 'x'.repeat(400), en: null }] }, admin),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    const cleaned = unwrap(
      await t.core.call(
        'settings.houseRules.update',
        { items: [{ id: 'Rapikan\u0000 meja\u202e', en: null }] },
        admin,
      ),
    ) as { items: { id: string }[] };
    expect(cleaned.items[0]!.id).toBe('Rapikan meja');
  });
});

describe('the room map', () => {
  it('is empty until the officer draws it, then shows where each desk is', async () => {
    t = await makeTestCore();
    expect(unwrap(await t.core.call('floorPlan.get', {}))).toBeNull();
    const drawn = plan([
      { number: 1, x: 1, y: 1 },
      { number: 2, x: 4, y: 1 },
    ]);
    unwrap(await t.core.call('floorPlan.save', drawn, { session: t.admin!.session }));
    expect(unwrap(await t.core.call('floorPlan.get', {}))).toEqual(drawn);
    const audit = t.core.db
      .prepare("SELECT details FROM audit_log WHERE action = 'floorPlan.save'")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toEqual({ columns: 20, rows: 10, desks: 2, landmarks: 1 });
  });

  it('refuses a desk off the grid, a desk twice, and a desk the site does not have', async () => {
    t = await makeTestCore();
    const save = (p: unknown) => t.core.call('floorPlan.save', p, { session: t.admin!.session });
    expect(await save(plan([{ number: 1, x: 19, y: 1 }]))).toMatchObject({
      error: { code: 'validation', fields: { 'desks.0': 'errors.floorPlan.outside' } },
    });
    expect(
      await save(
        plan([
          { number: 1, x: 1, y: 1 },
          { number: 1, x: 5, y: 1 },
        ]),
      ),
    ).toMatchObject({ error: { code: 'validation', fields: { 'desks.1': 'errors.floorPlan.deskTwice' } } });
    expect(await save(plan([{ number: 99, x: 1, y: 1 }]))).toMatchObject({
      error: { code: 'rule', messageKey: 'errors.floorPlan.unknownDesk', params: { desks: '99' } },
    });
    expect(unwrap(await t.core.call('floorPlan.get', {}))).toBeNull();
  });

  it('a first layout places every desk on the grid without overlaps, for 1 to 400 desks', () => {
    for (const n of [1, 7, 12, 40, 120, 400]) {
      const layout = autoLayout(Array.from({ length: n }, (_, i) => i + 1));
      const cells = new Set<string>();
      for (const d of layout.desks) {
        expect(d.x + d.w).toBeLessThanOrEqual(layout.columns);
        expect(d.y + d.h).toBeLessThanOrEqual(layout.rows);
        for (let x = d.x; x < d.x + d.w; x++)
          for (let y = d.y; y < d.y + d.h; y++) {
            expect(cells.has(`${x},${y}`)).toBe(false);
            cells.add(`${x},${y}`);
          }
      }
      // A grid of at most 60×60 cells holds what fits; a huge site places the rest by hand.
      expect(layout.desks.length).toBe(Math.min(n, layout.desks.length));
      if (n <= 120)
        expect(layout.desks.map((d) => d.number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    }
  });

  it('sample data comes with a map of its desks', async () => {
    t = await makeTestCore(undefined, ':memory:', { setup: false });
    unwrap(await t.core.call('setup.useSampleData', {}));
    const map = unwrap(await t.core.call('floorPlan.get', {})) as { desks: unknown[] } | null;
    const desks = unwrap(await t.core.call('desks.list', {})) as { items: unknown[] };
    expect(map?.desks).toHaveLength(desks.items.length);
  });
});

describe('the services this kiosk offers', () => {
  it('start all on, are changed by an officer with settings.manage, audited, and never synced', async () => {
    t = await makeTestCore();
    const all = {
      coworking: true,
      guestbook: true,
      standards: true,
      survey: true,
      complaints: true,
      agenda: true,
    };
    expect(unwrap(await visitor()('settings.kioskServices.get', {}))).toEqual(all);

    // The Sekretariat's kiosk: the guest book and the standards, no coworking desk.
    const sekretariat = { ...all, coworking: false, survey: false };
    expect(await visitor()('settings.kioskServices.update', sekretariat)).toMatchObject({
      error: { code: 'unauthorized' },
    });
    unwrap(await t.core.call('settings.kioskServices.update', sekretariat, { session: t.admin!.session }));
    expect(unwrap(await visitor()('settings.kioskServices.get', {}))).toEqual(sekretariat);
    expect(
      t.core.db
        .prepare("SELECT actor FROM audit_log WHERE action = 'settings.kioskServices.update'")
        .pluck()
        .all(),
    ).toEqual([`officer:${t.admin!.id}`]);
    // Another kiosk of the site keeps its own choice: no operation leaves this one.
    expect(
      t.core.db.prepare("SELECT count(*) FROM outbox WHERE entity_id = 'kiosk.services'").pluck().get(),
    ).toBe(0);
  });

  it('refuse a kiosk that offers nothing', async () => {
    t = await makeTestCore();
    const none = {
      coworking: false,
      guestbook: false,
      standards: false,
      survey: false,
      complaints: false,
      agenda: false,
    };
    expect(
      await t.core.call('settings.kioskServices.update', none, { session: t.admin!.session }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(unwrap(await visitor()('settings.kioskServices.get', {}))).toMatchObject({ coworking: true });
  });
});
