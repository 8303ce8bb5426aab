// The server handlers of the equipment inventory (inventaris), one per operation type (by its rule in
// shared/sync/domainRules/inventory.ts). Every record is kept with writeRecord, so a kiosk's snapshot
// and its pulls carry it and a re-sent operation finds it:
// - 'inventoryItem' <id>: the item's current state (record 'item'); 'inventoryItem' move:<id> and
//   stock:<id>: one placement and one stock movement each (appended, never overwritten: a
//   consumable's stock is the sum of its 'stock' records, whichever kiosk made them);
// - 'inventoryProblem' <id>: a problem and its repair path; it also sets its item's condition/status;
// - 'stockCount' <id>: a count (record 'count'); 'stockCount' <id>/<itemId>: one checked line.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { inventoryOperations } from '../../../shared/contract/inventory';
import {
  decideProblemAction,
  itemAfterProblem,
  type ItemCondition,
  type ItemStatus,
  type ProblemAction,
  type ProblemKind,
  type ProblemStatus,
} from '../../../shared/inventory/inventoryRules';
import { applied, merged, rejected, type DomainHandlers, type OpContext, type Verdict } from './context';
import { readRecordData, writeRecord } from './records';

type Payload<T extends keyof typeof inventoryOperations> = z.output<
  (typeof inventoryOperations)[T]['payload']
>;
type Place = Payload<'inventoryItem.created'>['place'];

export const ITEM = 'inventoryItem';
export const PROBLEM = 'inventoryProblem';
export const COUNT = 'stockCount';

/** An item as the server keeps it and the kiosks pull it (electron/sync/appliers/inventory.ts). */
export interface ItemRecord {
  record: 'item';
  id: string;
  assetCode: string;
  name: string;
  category: string;
  itemKind: 'asset' | 'consumable';
  unit: string;
  place: Place;
  condition: ItemCondition;
  status: ItemStatus;
  purchasedOn: string | null;
  note: string;
  createdAt: number;
  createdBy: string;
  updatedAt: number;
}

export interface ProblemRecord {
  id: string;
  itemId: string;
  visitId: string | null;
  kind: ProblemKind;
  severity: 'rusak_ringan' | 'rusak_berat' | null;
  status: ProblemStatus;
  note: string;
  reportedAt: number;
  reportedBy: string;
  repairStartedAt: number | null;
  repairNote: string | null;
  resolvedAt: number | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

export interface CountRecord {
  record: 'count';
  id: string;
  note: string;
  status: 'open' | 'signed';
  startedAt: number;
  startedBy: string;
  signedAt: number | null;
  signedBy: string | null;
  differences: Payload<'stockCount.signedOff'>['differences'] | null;
}

const read = readRecordData;

const write = (ctx: OpContext, type: string, id: string, data: object) =>
  writeRecord(ctx, type, id, data as Record<string, unknown>);

/** Another item already carries this code (two kiosks gave it offline): kept, and said so. */
async function codeShared(ctx: OpContext, id: string, code: string): Promise<boolean> {
  const other = await ctx.tx
    .selectFrom('records')
    .select('entity_id')
    .where('site_id', '=', ctx.siteId)
    .where('entity_type', '=', ITEM)
    .where('entity_id', '<>', id)
    .where(sql<string>`data->>'assetCode'`, '=', code)
    .executeTakeFirst();
  return other !== undefined;
}

async function itemCreated(ctx: OpContext, p: Payload<'inventoryItem.created'>): Promise<Verdict> {
  if (await read(ctx, ITEM, p.id)) return merged('already_created');
  const shared = await codeShared(ctx, p.id, p.assetCode);
  const record: ItemRecord = {
    record: 'item',
    id: p.id,
    assetCode: p.assetCode,
    name: p.name,
    category: p.category,
    itemKind: p.kind,
    unit: p.unit,
    place: p.place,
    condition: p.condition,
    status: 'active',
    purchasedOn: p.purchasedOn,
    note: p.note,
    createdAt: p.createdAt,
    createdBy: p.createdBy,
    updatedAt: p.createdAt,
  };
  await write(ctx, ITEM, p.id, record);
  await write(ctx, ITEM, `move:${p.moveId}`, {
    record: 'move',
    id: p.moveId,
    itemId: p.id,
    from: null,
    to: p.place,
    note: '',
    movedAt: p.createdAt,
    movedBy: p.createdBy,
  });
  return applied(shared ? 'asset_code_shared' : null);
}

async function changeItem(
  ctx: OpContext,
  id: string,
  change: (r: ItemRecord) => ItemRecord,
): Promise<Verdict> {
  const current = await read<ItemRecord>(ctx, ITEM, id);
  if (!current) return rejected('unknown_item');
  return write(ctx, ITEM, id, change(current));
}

async function problemAction(
  ctx: OpContext,
  p: { id: string; note: string; at: number; by: string },
  action: ProblemAction,
): Promise<Verdict> {
  const current = await read<ProblemRecord>(ctx, PROBLEM, p.id);
  if (!current) return rejected('unknown_problem');
  const decision = decideProblemAction(current.status, action);
  if (!decision.ok)
    return merged(decision.reason === 'closed' ? 'problem_closed' : 'repair_started', {
      status: current.status,
    });
  const next: ProblemRecord =
    action === 'startRepair'
      ? { ...current, status: 'in_repair', repairStartedAt: p.at, repairNote: p.note }
      : {
          ...current,
          status: action === 'fix' ? 'fixed' : 'written_off',
          resolvedAt: p.at,
          resolvedBy: p.by,
          resolutionNote: p.note,
        };
  const verdict = await write(ctx, PROBLEM, p.id, next);
  if (action !== 'startRepair')
    await changeItem(ctx, current.itemId, (item) => ({
      ...item,
      ...itemAfterProblem(
        item,
        action === 'fix' ? { kind: 'fixed', problemKind: current.kind } : { kind: 'writtenOff' },
      ),
      updatedAt: Math.max(item.updatedAt, p.at),
    }));
  return verdict;
}

export const inventoryServerHandlers: DomainHandlers<typeof inventoryOperations> = {
  'inventoryItem.created': itemCreated,
  'inventoryItem.updated': (ctx, p) =>
    changeItem(ctx, p.id, (r) => ({
      ...r,
      assetCode: p.assetCode,
      name: p.name,
      category: p.category,
      unit: p.unit,
      condition: p.condition,
      purchasedOn: p.purchasedOn,
      note: p.note,
      updatedAt: p.updatedAt,
    })),
  'inventoryItem.moved': async (ctx, p) => {
    if (await read(ctx, ITEM, `move:${p.moveId}`)) return merged('already_recorded');
    const verdict = await changeItem(ctx, p.id, (r) => ({ ...r, place: p.to, updatedAt: p.movedAt }));
    if (verdict.status === 'rejected') return verdict;
    await write(ctx, ITEM, `move:${p.moveId}`, {
      record: 'move',
      id: p.moveId,
      itemId: p.id,
      from: p.from,
      to: p.to,
      note: p.note,
      movedAt: p.movedAt,
      movedBy: p.movedBy,
    });
    return applied();
  },
  'inventoryItem.stockChanged': async (ctx, p) => {
    if (!(await read(ctx, ITEM, p.itemId))) return rejected('unknown_item');
    if (await read(ctx, ITEM, `stock:${p.movementId}`)) return merged('already_recorded');
    return write(ctx, ITEM, `stock:${p.movementId}`, {
      record: 'stock',
      id: p.movementId,
      itemId: p.itemId,
      delta: p.delta,
      reason: p.reason,
      note: p.note,
      at: p.at,
      by: p.by,
    });
  },
  'inventoryProblem.reported': async (ctx, p) => {
    if (await read(ctx, PROBLEM, p.id)) return merged('already_reported');
    const item = await read<ItemRecord>(ctx, ITEM, p.itemId);
    if (!item) return rejected('unknown_item');
    const record: ProblemRecord = {
      id: p.id,
      itemId: p.itemId,
      visitId: p.visitId,
      kind: p.kind,
      severity: p.severity,
      status: 'reported',
      note: p.note,
      reportedAt: p.reportedAt,
      reportedBy: p.reportedBy,
      repairStartedAt: null,
      repairNote: null,
      resolvedAt: null,
      resolvedBy: null,
      resolutionNote: null,
    };
    await write(ctx, PROBLEM, p.id, record);
    await write(ctx, ITEM, p.itemId, {
      ...item,
      ...itemAfterProblem(item, { kind: 'reported', problemKind: p.kind, severity: p.severity }),
      updatedAt: Math.max(item.updatedAt, p.reportedAt),
    });
    return applied();
  },
  'inventoryProblem.repairStarted': (ctx, p) => problemAction(ctx, p, 'startRepair'),
  'inventoryProblem.fixed': (ctx, p) => problemAction(ctx, p, 'fix'),
  'inventoryProblem.writtenOff': (ctx, p) => problemAction(ctx, p, 'writeOff'),
  'stockCount.started': async (ctx, p) => {
    if (await read(ctx, COUNT, p.id)) return merged('already_created');
    const record: CountRecord = {
      record: 'count',
      id: p.id,
      note: p.note,
      status: 'open',
      startedAt: p.startedAt,
      startedBy: p.startedBy,
      signedAt: null,
      signedBy: null,
      differences: null,
    };
    return write(ctx, COUNT, p.id, record);
  },
  'stockCount.itemChecked': async (ctx, p) => {
    const count = await read<CountRecord>(ctx, COUNT, p.id);
    if (!count) return rejected('unknown_count');
    if (count.status === 'signed') return rejected('count_signed');
    return write(ctx, COUNT, `${p.id}/${p.itemId}`, {
      record: 'line',
      countId: p.id,
      itemId: p.itemId,
      place: p.place,
      condition: p.condition,
      quantity: p.quantity,
      checkedAt: p.checkedAt,
      checkedBy: p.checkedBy,
    });
  },
  'stockCount.signedOff': async (ctx, p) => {
    const count = await read<CountRecord>(ctx, COUNT, p.id);
    if (!count) return rejected('unknown_count');
    if (count.status === 'signed') return merged('already_signed');
    return write(ctx, COUNT, p.id, {
      ...count,
      status: 'signed',
      signedAt: p.signedAt,
      signedBy: p.signedBy,
      differences: p.differences,
    } satisfies CountRecord);
  },
};
