// The equipment inventory on the real kiosk core (SQLite, the dispatcher's access checks, runCommand):
// adding items (codes made or given, duplicates and hostile text refused), the label scanned at the
// desk before any ticket is tried, a check-out that reports an item damaged in the visit's own
// transaction, the repair path and the item's condition, consumable stock as deltas, the stock count
// and its frozen differences, the item's history, and the reports as PDF and xlsx.
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { problemsByCategory, problemsInPeriod } from '../../electron/services/inventory/inventoryQueries';
import type { HistoryEvent, ItemRow, ProblemRow, StockCountDetail } from '../../shared/contract/inventory';
import type { Visit } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { DeskDay, unwrap } from '../support/deskDay';
import { pdfText, pdfToPngs } from '../support/pdfPages';
import { defaultDocumentSettings } from '../../shared/contract/settings';
import { makeTestCore, MONDAY_9AM, type TestCore } from '../support/testCore';

const MIN = 60_000;

const laptop = (over: Record<string, unknown> = {}) => ({
  assetCode: '02.06.03.02.001',
  name: 'Laptop Lenovo ThinkPad',
  category: 'Elektronik',
  kind: 'asset',
  unit: '',
  place: { kind: 'desk', deskNumber: 1, room: '' },
  condition: 'baik',
  purchasedOn: '2025-03-14',
  note: '',
  ...over,
});

function errorOf(r: Result<unknown>): { code: string; key: string; fields: Record<string, string> } {
  if (r.ok) throw new Error('expected a refusal');
  return { code: r.error.code, key: r.error.messageKey, fields: r.error.fields ?? {} };
}

describe('the inventory at the desk', () => {
  let t: TestCore;
  let desk: DeskDay;
  const call = <T>(method: string, input: unknown) => desk.officerCall<T>(method, input);
  const ok = async <T>(method: string, input: unknown) => unwrap(await call<T>(method, input));
  const outbox = (type: string) =>
    t.core.db.prepare('SELECT count(*) FROM outbox WHERE op_type = ?').pluck().get(type) as number;

  beforeEach(async () => {
    t = await makeTestCore(MONDAY_9AM);
    desk = new DeskDay(t.core);
  });

  it('adds an item with the office’s code or one it makes, and refuses a duplicate code and bad text', async () => {
    const a = await ok<ItemRow>('inventory.create', laptop({ assetCode: ' 02.06.03.02.001 ' }));
    expect(a).toMatchObject({
      assetCode: '02.06.03.02.001',
      status: 'active',
      stock: null,
      codeShared: false,
    });
    const made = await ok<ItemRow>('inventory.create', laptop({ assetCode: '', name: 'Kursi kerja' }));
    expect(made.assetCode).toBe('INV-2026-0001');
    const next = await ok<ItemRow>('inventory.create', laptop({ assetCode: '', name: 'Meja lipat' }));
    expect(next.assetCode).toBe('INV-2026-0002');

    const dup = errorOf(await call('inventory.create', laptop({ assetCode: '02.06.03.02.001' })));
    expect(dup).toMatchObject({ code: 'conflict', key: 'errors.inventory.codeTaken' });
    expect(
      errorOf(await call('inventory.create', laptop({ assetCode: 'kode <b>x</b>' }))).fields,
    ).toMatchObject({
      assetCode: 'errors.inventory.codeInvalid',
    });
    expect(
      errorOf(await call('inventory.create', laptop({ assetCode: '', name: '   ' }))).fields,
    ).toMatchObject({
      name: 'errors.inventory.nameRequired',
    });
    expect(
      errorOf(await call('inventory.create', laptop({ assetCode: '', name: 'x'.repeat(5000) }))).fields,
    ).toMatchObject({ name: 'errors.inventory.nameTooLong' });
    expect(
      errorOf(
        await call('inventory.create', laptop({ assetCode: '', place: { kind: 'desk', deskNumber: null } })),
      ).fields,
    ).toMatchObject({ 'place.deskNumber': 'errors.inventory.deskRequired' });
    // Hostile markup is kept as text (rendered as text everywhere), emoji too.
    const odd = await ok<ItemRow>(
      'inventory.create',
      laptop({ assetCode: '', name: '<img src=x onerror=alert(1)> 🖨️' }),
    );
    expect(odd.name).toBe('<img src=x onerror=alert(1)> 🖨️');
    expect(outbox('inventoryItem.created')).toBe(4);
    // Officers only: the kiosk's visitor side cannot add or read the register.
    expect((await t.core.call('inventory.list', {})).ok).toBe(false);
  });

  it('reads a scanned label as equipment before it tries a ticket: prefix, bare code, unknown label', async () => {
    const a = await ok<ItemRow>('inventory.create', laptop({ assetCode: 'INV-2026-0042' }));
    expect(desk.scan('LKT-INV:INV-2026-0042')).toMatchObject({
      kind: 'asset_label',
      itemId: a.id,
      assetCode: 'INV-2026-0042',
      name: 'Laptop Lenovo ThinkPad',
    });
    expect(desk.scan('INV-2026-0042')).toMatchObject({ kind: 'asset_label', itemId: a.id });
    expect(desk.scan('lkt-inv:inv-2026-9999')).toMatchObject({
      kind: 'asset_label',
      itemId: null,
      name: null,
    });
    // A code-shaped text that names no item is left to the ticket path: refused as a ticket, not a label.
    expect(desk.scan('ABC-123')).toMatchObject({ kind: 'refused' });
    // No visit was started and nothing was written by a label.
    expect(t.core.db.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(0);
    expect(outbox('visit.started')).toBe(0);
  });

  it('records an item damaged at check-out in the visit’s own transaction, then tracks its repair to fixed', async () => {
    const booking = await desk.reserve('2026-11-23');
    const inOutcome = desk.scan(booking.token) as { kind: string; deskNumber: number };
    expect(inOutcome.kind).toBe('checked_in');
    const deskNumber = inOutcome.deskNumber;
    const item = await ok<ItemRow>('inventory.create', laptop({ place: { kind: 'desk', deskNumber } }));
    const elsewhere = await ok<ItemRow>(
      'inventory.create',
      laptop({ assetCode: '', name: 'Proyektor', place: { kind: 'store' } }),
    );
    expect((await t.core.call('inventory.deskItems', { deskNumber })).ok).toBe(true);
    expect(unwrap(await t.core.call('inventory.deskItems', { deskNumber }))).toEqual({
      items: [{ id: item.id, name: item.name, assetCode: item.assetCode }],
    });
    const visitId = t.core.db.prepare('SELECT id FROM visits').pluck().get() as string;
    t.clock.advance(90 * MIN);

    // An item of another desk: refused, and nothing of the check-out is written.
    const wrong = errorOf(
      await call('visits.confirmCheckout', {
        visitId,
        problems: [],
        itemProblems: [{ itemId: elsewhere.id, kind: 'missing' }],
      }),
    );
    expect(wrong.key).toBe('errors.inventory.notAtDesk');
    expect(t.core.db.prepare('SELECT status FROM visits').pluck().get()).toBe('open');
    expect(outbox('visit.closed')).toBe(0);

    const closed = await ok<Visit>('visits.confirmCheckout', {
      visitId,
      problems: [],
      itemProblems: [
        { itemId: item.id, kind: 'damaged', severity: 'rusak_berat', note: 'Engsel layar patah' },
      ],
    });
    expect(closed).toMatchObject({ status: 'closed', closeKind: 'problem', problems: ['damage'] });
    // The closing and the problem are one transaction: consecutive outbox rows, both there.
    const ops = t.core.db
      .prepare(
        "SELECT seq, op_type FROM outbox WHERE op_type IN ('visit.closed', 'inventoryProblem.reported') ORDER BY seq",
      )
      .all() as { seq: number; op_type: string }[];
    expect(ops.map((o) => o.op_type)).toEqual(['visit.closed', 'inventoryProblem.reported']);
    expect(ops[1]!.seq).toBe(ops[0]!.seq + 1);
    const visitClosed = JSON.parse(
      t.core.db.prepare("SELECT payload FROM outbox WHERE op_type = 'visit.closed'").pluck().get() as string,
    );
    expect(Object.keys(visitClosed).sort()).toEqual(['closedAt', 'id', 'kind', 'note', 'problems']);

    const damaged = (await ok<{ item: ItemRow; history: HistoryEvent[] }>('inventory.get', { id: item.id }))
      .item;
    expect(damaged).toMatchObject({ condition: 'rusak_berat', openProblems: 1 });
    const { items: open } = await ok<{ items: ProblemRow[] }>('inventory.problems', {});
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      itemId: item.id,
      visitId,
      deskNumber,
      kind: 'damaged',
      status: 'reported',
    });

    t.clock.advance(60 * MIN);
    const inRepair = await ok<ProblemRow>('inventory.startRepair', {
      id: open[0]!.id,
      note: 'Dibawa ke servis resmi',
    });
    expect(inRepair).toMatchObject({ status: 'in_repair', repairNote: 'Dibawa ke servis resmi' });
    expect(errorOf(await call('inventory.startRepair', { id: open[0]!.id })).key).toBe(
      'errors.inventory.repairStarted',
    );
    t.clock.advance(2 * 24 * 60 * MIN);
    const fixed = await ok<ProblemRow>('inventory.fixProblem', { id: open[0]!.id, note: 'Engsel diganti' });
    expect(fixed).toMatchObject({
      status: 'fixed',
      resolutionNote: 'Engsel diganti',
      resolvedByName: 'Rina Petugas',
    });
    expect(errorOf(await call('inventory.writeOff', { id: open[0]!.id, note: 'x' })).key).toBe(
      'errors.inventory.problemClosed',
    );
    const detail = await ok<{ item: ItemRow; history: HistoryEvent[] }>('inventory.get', { id: item.id });
    expect(detail.item).toMatchObject({ condition: 'baik', openProblems: 0 });
    // The history: the visit at its desk while it stood there, the problem, and its creation.
    expect(detail.history.map((e) => e.kind).sort()).toEqual(['created', 'problem', 'visit']);
    const visitEvent = detail.history.find((e) => e.kind === 'visit');
    expect(visitEvent).toMatchObject({ visitId, deskNumber });

    // The recap's reads (RECAPS imports them): one damage in the Elektronik category.
    const from = MONDAY_9AM - 60 * MIN;
    const to = t.clock.now();
    expect(problemsByCategory(t.core.db, from, to)).toEqual([
      { category: 'Elektronik', damaged: 1, missing: 0, total: 1 },
    ]);
    expect(problemsInPeriod(t.core.db, from, to)).toMatchObject([
      {
        assetCode: item.assetCode,
        kind: 'damaged',
        severity: 'rusak_berat',
        status: 'fixed',
        deskNumber,
        visitId,
      },
    ]);
  });

  it('changes a consumable’s stock by deltas and refuses one that would go below zero here', async () => {
    const paper = await ok<ItemRow>(
      'inventory.create',
      laptop({
        assetCode: '',
        name: 'Kertas A4',
        category: 'ATK',
        kind: 'consumable',
        unit: 'rim',
        place: { kind: 'store' },
        initialStock: 10,
      }),
    );
    expect(paper.stock).toBe(10);
    expect(
      (await ok<ItemRow>('inventory.changeStock', { id: paper.id, delta: -4, reason: 'use' })).stock,
    ).toBe(6);
    expect(
      (await ok<ItemRow>('inventory.changeStock', { id: paper.id, delta: 5, reason: 'restock' })).stock,
    ).toBe(11);
    const below = errorOf(await call('inventory.changeStock', { id: paper.id, delta: -12, reason: 'use' }));
    expect(below).toMatchObject({ code: 'rule', key: 'errors.inventory.stockBelowZero' });
    expect(
      errorOf(await call('inventory.changeStock', { id: paper.id, delta: 0, reason: 'use' })).fields,
    ).toMatchObject({
      delta: 'errors.inventory.deltaZero',
    });
    expect(
      errorOf(await call('inventory.changeStock', { id: paper.id, delta: 1.5, reason: 'use' })).fields,
    ).toMatchObject({
      delta: 'errors.inventory.deltaInvalid',
    });
    const asset = await ok<ItemRow>('inventory.create', laptop());
    expect(
      errorOf(await call('inventory.changeStock', { id: asset.id, delta: 1, reason: 'restock' })).key,
    ).toBe('errors.inventory.notConsumable');
    // Deltas are what is sent, never the count.
    const deltas = (
      t.core.db
        .prepare("SELECT payload FROM outbox WHERE op_type = 'inventoryItem.stockChanged' ORDER BY seq")
        .pluck()
        .all() as string[]
    ).map((p) => (JSON.parse(p) as { delta: number }).delta);
    expect(deltas).toEqual([10, -4, 5]);
  });

  it('runs a stock count: ticked and scanned items, the differences listed, frozen once signed off', async () => {
    const a = await ok<ItemRow>('inventory.create', laptop({ assetCode: 'A-1' }));
    const b = await ok<ItemRow>(
      'inventory.create',
      laptop({ assetCode: 'A-2', name: 'Monitor', place: { kind: 'desk', deskNumber: 2 } }),
    );
    const c = await ok<ItemRow>(
      'inventory.create',
      laptop({
        assetCode: 'A-3',
        name: 'Kursi',
        category: 'Mebel',
        place: { kind: 'room', room: 'Ruang Rapat' },
      }),
    );
    const paper = await ok<ItemRow>(
      'inventory.create',
      laptop({
        assetCode: 'ATK-1',
        name: 'Kertas A4',
        category: 'ATK',
        kind: 'consumable',
        unit: 'rim',
        place: { kind: 'store' },
        initialStock: 8,
      }),
    );
    const count = await ok<{ id: string }>('inventory.countStart', { note: 'Opname Desember' });
    expect(errorOf(await call('inventory.countStart', {})).key).toBe('errors.inventory.countOpen');
    await ok('inventory.countCheck', { id: count.id, itemId: a.id });
    await ok('inventory.countCheck', {
      id: count.id,
      itemId: b.id,
      place: { kind: 'store' },
      condition: 'rusak_ringan',
    });
    const open = await ok<StockCountDetail>('inventory.countCheck', {
      id: count.id,
      itemId: paper.id,
      quantity: 6,
    });
    expect(open.count).toMatchObject({ status: 'open', checked: 3, expected: 4 });
    expect(open.differences.map((d) => [d.assetCode, d.kind])).toEqual([
      ['ATK-1', 'quantity_differs'],
      ['A-2', 'found_elsewhere'],
      ['A-2', 'condition_differs'],
      ['A-3', 'not_found'],
    ]);
    const signed = await ok<StockCountDetail>('inventory.countSign', { id: count.id });
    expect(signed.count).toMatchObject({ status: 'signed', signedByName: 'Rina Petugas', differences: 4 });
    // A signed count's differences stay as they were: a later change to the register alters nothing.
    await ok('inventory.move', { id: c.id, place: { kind: 'store' }, note: 'Dipindah ke gudang' });
    await ok('inventory.changeStock', { id: paper.id, delta: -2, reason: 'adjust', note: 'Hasil opname' });
    const after = await ok<StockCountDetail>('inventory.countGet', { id: count.id });
    expect(after.differences).toEqual(signed.differences);
    expect(errorOf(await call('inventory.countCheck', { id: count.id, itemId: c.id })).key).toBe(
      'errors.inventory.countSigned',
    );
    expect(outbox('stockCount.signedOff')).toBe(1);
  });

  it('makes the inventory list and the problems report as PDF and xlsx, and a sheet of labels', async () => {
    // The kop and the signer's title are the site's (Settings → Kop & tanda tangan), not defaults.
    unwrap(
      await t.core.call(
        'settings.documents.update',
        {
          ...defaultDocumentSettings,
          governmentLine: 'PEMERINTAH KOTA SINGKAWANG',
          city: 'Singkawang',
          preparerTitle: 'Pengelola Ruang Rapat',
        },
        { session: t.admin!.session },
      ),
    );
    const a = await ok<ItemRow>('inventory.create', laptop());
    await ok('inventory.reportProblem', { itemId: a.id, kind: 'missing', note: 'Tidak ada di meja' });
    const file = async (report: string, format: string) =>
      ok<{ filename: string; mime: string; contentBase64: string }>('inventory.report', {
        report,
        format,
        fromMs: MONDAY_9AM - 86_400_000,
        toMs: MONDAY_9AM + 86_400_000,
      });
    const pdf = await file('list', 'pdf');
    expect(pdf.filename).toBe('inventaris-2026-11-23.pdf');
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // The problems report as the office reads it, every page rendered to look at.
    const problemsPdf = Buffer.from((await file('problems', 'pdf')).contentBase64, 'base64');
    const text = await pdfText(problemsPdf);
    expect(text).toContain('LAPORAN KERUSAKAN DAN KEHILANGAN BARANG');
    expect(text).toContain('Periode: 22 November 2026 s.d. 24 November 2026');
    expect(text).toContain('Tidak ada di meja');
    expect(text).toContain('Rina Petugas');
    expect(text).toContain('PEMERINTAH KOTA SINGKAWANG');
    expect(text).toContain('Pengelola Ruang Rapat');
    expect(text).toMatch(/Singkawang, \d+ November 2026/);
    await pdfToPngs(
      problemsPdf,
      join(process.cwd(), 'test', 'e2e', 'screenshots'),
      'inventory-core-problems-pdf',
    );
    const xlsx = await file('problems', 'xlsx');
    expect(xlsx.filename).toBe('masalah-inventaris-2026-11-22-2026-11-24.xlsx');
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const sheet = await ok<{ contentBase64: string }>('inventory.labelSheet', { ids: [a.id] });
    expect(Buffer.from(sheet.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
