// Inventory commands: add, edit and move an item, change a consumable's stock by a delta, report a
// problem (also inside a visit's check-out: itemProblemsAtCheckout), move a problem along its repair
// path, and run a stock count to its sign-off. Each checks the shared rules
// (shared/inventory/inventoryRules.ts) and writes the change, its audit row and its sync operations
// in one transaction.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type {
  CheckoutItemProblem,
  ItemRow,
  PlaceInput,
  ProblemRow,
  StockCountDetail,
  StockCountRow,
} from '../../../shared/contract/inventory';
import {
  decideProblemAction,
  generatedAssetCode,
  itemAfterProblem,
  problemStatusAfter,
  type DamageSeverity,
  type ItemCondition,
  type ItemKind,
  type ProblemAction,
  type ProblemKind,
  type ProblemRefusal,
} from '../../../shared/inventory/inventoryRules';
import { reject } from '../../../shared/result';
import type { SyncOp } from '../../../shared/sync/operations';
import { runCommand, type Actor, type AuditEntry, type CommandDeps } from '../core/command';
import {
  countDetail,
  countDifferencesOf,
  findCount,
  findItem,
  findItemsByCode,
  findProblem,
  generatedCodesInYear,
  listCounts,
  placeOf,
  stockOf,
  toItemRow,
  toProblemRow,
  type ItemDbRow,
} from './inventoryQueries';

const officerOf = (actor: Actor): string =>
  actor.startsWith('officer:') ? actor.slice('officer:'.length) : actor;

const INSERT_ITEM = `INSERT INTO inventory_items (id, asset_code, name, category, kind, unit, location_kind,
    desk_number, room, condition, status, purchased_on, note, created_at, created_by, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)`;
const INSERT_MOVE = `INSERT INTO inventory_moves (id, item_id, from_kind, from_desk, from_room, to_kind, to_desk,
    to_room, moved_at, moved_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_STOCK = `INSERT INTO inventory_stock_moves (id, item_id, delta, reason, note, at, by)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

function itemOrThrow(db: Db, id: string): ItemDbRow {
  const item = findItem(db, id);
  if (!item) throw reject('not_found', 'errors.inventory.itemNotFound');
  return item;
}

/** A code no other item carries; '' makes the next INV-<year>-NNNN. */
function codeFor(db: Db, wanted: string, now: number, exceptId: string | null): string {
  if (wanted !== '') {
    if (findItemsByCode(db, wanted).some((i) => i.id !== exceptId))
      throw reject('conflict', 'errors.inventory.codeTaken', {
        params: { code: wanted },
        fields: { assetCode: 'errors.inventory.codeTaken' },
      });
    return wanted;
  }
  const year = new Date(now).getUTCFullYear();
  for (let n = generatedCodesInYear(db, year) + 1; ; n += 1) {
    const code = generatedAssetCode(year, n);
    if (findItemsByCode(db, code).length === 0) return code;
  }
}

const auditItem = (id: string, details: Record<string, unknown>): AuditEntry => ({
  entity: 'inventoryItem',
  entityId: id,
  details,
});

export interface NewItem {
  assetCode: string;
  name: string;
  category: string;
  kind: ItemKind;
  unit: string;
  place: PlaceInput;
  condition: ItemCondition;
  purchasedOn: string | null;
  note: string;
  initialStock: number;
}

export function createItem(deps: CommandDeps, actor: Actor, input: NewItem): ItemRow {
  const { db } = deps;
  return runCommand(deps, actor, 'inventory.create', (now) => {
    const id = deps.ids.id();
    const moveId = deps.ids.id();
    const by = officerOf(actor);
    const code = codeFor(db, input.assetCode, now, null);
    const unit = input.kind === 'consumable' ? input.unit : '';
    const p = input.place;
    prepared(db, INSERT_ITEM).run(
      id,
      code,
      input.name,
      input.category,
      input.kind,
      unit,
      p.kind,
      p.deskNumber,
      p.room,
      input.condition,
      input.purchasedOn,
      input.note,
      now,
      by,
      now,
    );
    prepared(db, INSERT_MOVE).run(moveId, id, null, null, null, p.kind, p.deskNumber, p.room, now, by, '');
    const ops: SyncOp[] = [
      {
        type: 'inventoryItem.created',
        payload: {
          id,
          assetCode: code,
          name: input.name,
          category: input.category,
          kind: input.kind,
          unit,
          place: { ...p },
          condition: input.condition,
          purchasedOn: input.purchasedOn,
          note: input.note,
          moveId,
          createdAt: now,
          createdBy: by,
        },
      },
    ];
    if (input.kind === 'consumable' && input.initialStock > 0) {
      const movementId = deps.ids.id();
      prepared(db, INSERT_STOCK).run(movementId, id, input.initialStock, 'initial', '', now, by);
      ops.push({
        type: 'inventoryItem.stockChanged',
        payload: {
          itemId: id,
          movementId,
          delta: input.initialStock,
          reason: 'initial',
          note: '',
          at: now,
          by,
        },
      });
    }
    return {
      value: toItemRow(findItem(db, id)!),
      audit: auditItem(id, { assetCode: code, name: input.name, kind: input.kind, place: p }),
      ops,
      topics: ['inventory'],
    };
  });
}

const UPDATE_ITEM = `UPDATE inventory_items SET asset_code = ?, name = ?, category = ?, unit = ?, condition = ?,
  purchased_on = ?, note = ?, updated_at = ? WHERE id = ?`;

export function updateItem(
  deps: CommandDeps,
  actor: Actor,
  input: {
    id: string;
    assetCode: string;
    name: string;
    category: string;
    unit: string;
    condition: ItemCondition;
    purchasedOn: string | null;
    note: string;
  },
): ItemRow {
  const { db } = deps;
  return runCommand(deps, actor, 'inventory.update', (now) => {
    const before = itemOrThrow(db, input.id);
    if (before.status === 'written_off') throw reject('rule', 'errors.inventory.writtenOff');
    const code = input.assetCode === '' ? before.asset_code : codeFor(db, input.assetCode, now, input.id);
    const unit = before.kind === 'consumable' ? input.unit : '';
    prepared(db, UPDATE_ITEM).run(
      code,
      input.name,
      input.category,
      unit,
      input.condition,
      input.purchasedOn,
      input.note,
      now,
      input.id,
    );
    return {
      value: toItemRow(findItem(db, input.id)!),
      audit: auditItem(input.id, {
        from: { assetCode: before.asset_code, name: before.name, condition: before.condition },
        to: { assetCode: code, name: input.name, condition: input.condition },
      }),
      ops: [
        {
          type: 'inventoryItem.updated',
          payload: {
            id: input.id,
            assetCode: code,
            name: input.name,
            category: input.category,
            unit,
            condition: input.condition,
            purchasedOn: input.purchasedOn,
            note: input.note,
            updatedAt: now,
          },
        },
      ],
      topics: ['inventory'],
    };
  });
}

const MOVE_ITEM =
  'UPDATE inventory_items SET location_kind = ?, desk_number = ?, room = ?, updated_at = ? WHERE id = ?';

export function moveItem(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; place: PlaceInput; note: string },
): ItemRow {
  const { db } = deps;
  return runCommand(deps, actor, 'inventory.move', (now) => {
    const before = itemOrThrow(db, input.id);
    if (before.status === 'written_off') throw reject('rule', 'errors.inventory.writtenOff');
    const from = placeOf(before);
    const to = input.place;
    if (from.kind === to.kind && from.deskNumber === to.deskNumber && from.room === to.room)
      throw reject('rule', 'errors.inventory.samePlace');
    const moveId = deps.ids.id();
    const by = officerOf(actor);
    prepared(db, MOVE_ITEM).run(to.kind, to.deskNumber, to.room, now, input.id);
    prepared(db, INSERT_MOVE).run(
      moveId,
      input.id,
      from.kind,
      from.deskNumber,
      from.room,
      to.kind,
      to.deskNumber,
      to.room,
      now,
      by,
      input.note,
    );
    return {
      value: toItemRow(findItem(db, input.id)!),
      audit: auditItem(input.id, { from, to, note: input.note }),
      ops: [
        {
          type: 'inventoryItem.moved',
          payload: {
            id: input.id,
            moveId,
            from: { ...from },
            to: { ...to },
            note: input.note,
            movedAt: now,
            movedBy: by,
          },
        },
      ],
      topics: ['inventory'],
    };
  });
}

/**
 * A consumable's stock changes by a delta. Here a delta that would take the stock this kiosk knows
 * below zero is refused; two kiosks offline may together go below zero, and the sum then says so
 * honestly (the list shows it, a stock count corrects it).
 */
export function changeStock(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; delta: number; reason: 'restock' | 'use' | 'adjust'; note: string },
): ItemRow {
  const { db } = deps;
  return runCommand(deps, actor, 'inventory.changeStock', (now) => {
    const item = itemOrThrow(db, input.id);
    if (item.kind !== 'consumable') throw reject('rule', 'errors.inventory.notConsumable');
    if (item.status === 'written_off') throw reject('rule', 'errors.inventory.writtenOff');
    const before = stockOf(db, input.id);
    if (before + input.delta < 0)
      throw reject('rule', 'errors.inventory.stockBelowZero', {
        params: { stock: before },
        fields: { delta: 'errors.inventory.stockBelowZero' },
      });
    const movementId = deps.ids.id();
    const by = officerOf(actor);
    prepared(db, INSERT_STOCK).run(movementId, input.id, input.delta, input.reason, input.note, now, by);
    return {
      value: toItemRow(findItem(db, input.id)!),
      audit: auditItem(input.id, { delta: input.delta, reason: input.reason, before }),
      ops: [
        {
          type: 'inventoryItem.stockChanged',
          payload: {
            itemId: input.id,
            movementId,
            delta: input.delta,
            reason: input.reason,
            note: input.note,
            at: now,
            by,
          },
        },
      ],
      topics: ['inventory'],
    };
  });
}

// ---- problems ----

const INSERT_PROBLEM = `INSERT INTO inventory_problems (id, item_id, visit_id, kind, severity, status, note,
    reported_at, reported_by, updated_at) VALUES (?, ?, ?, ?, ?, 'reported', ?, ?, ?, ?)`;
const ITEM_STATE = 'UPDATE inventory_items SET condition = ?, status = ?, updated_at = ? WHERE id = ?';

/** Writes one reported problem and what it does to its item; inside the caller's transaction. */
function writeProblem(
  deps: CommandDeps,
  by: string,
  now: number,
  p: {
    itemId: string;
    visitId: string | null;
    kind: ProblemKind;
    severity: DamageSeverity | null;
    note: string;
  },
): { id: string; op: SyncOp; audit: AuditEntry } {
  const item = itemOrThrow(deps.db, p.itemId);
  if (item.status === 'written_off') throw reject('rule', 'errors.inventory.writtenOff');
  const severity = p.kind === 'damaged' ? (p.severity ?? 'rusak_ringan') : null;
  const id = deps.ids.id();
  prepared(deps.db, INSERT_PROBLEM).run(id, p.itemId, p.visitId, p.kind, severity, p.note, now, by, now);
  const after = itemAfterProblem(item, { kind: 'reported', problemKind: p.kind, severity });
  prepared(deps.db, ITEM_STATE).run(after.condition, after.status, now, p.itemId);
  return {
    id,
    op: {
      type: 'inventoryProblem.reported',
      payload: {
        id,
        itemId: p.itemId,
        visitId: p.visitId,
        kind: p.kind,
        severity,
        note: p.note,
        reportedAt: now,
        reportedBy: by,
      },
    },
    audit: {
      entity: 'inventoryProblem',
      entityId: id,
      details: { itemId: p.itemId, assetCode: item.asset_code, kind: p.kind, severity, visitId: p.visitId },
    },
  };
}

export function reportProblem(
  deps: CommandDeps,
  actor: Actor,
  input: { itemId: string; kind: ProblemKind; severity: DamageSeverity | null; note: string },
): ProblemRow {
  return runCommand(deps, actor, 'inventory.reportProblem', (now) => {
    const written = writeProblem(deps, officerOf(actor), now, { ...input, visitId: null });
    return {
      value: toProblemRow(findProblem(deps.db, written.id)!),
      audit: written.audit,
      ops: [written.op],
      topics: ['inventory'],
    };
  });
}

/**
 * The problems the officer noted against a desk's items at a visit's check-out, written inside the
 * visit's own closing transaction (electron/services/visits/checkout.ts): each must be an item of
 * the visit's desk. Returns the operations and audit rows to add beside 'visit.closed'.
 */
export function itemProblemsAtCheckout(
  deps: CommandDeps,
  actor: Actor,
  visit: { id: string; deskNumber: number },
  problems: readonly CheckoutItemProblem[],
  now: number,
): { ops: SyncOp[]; audit: AuditEntry[] } {
  const ops: SyncOp[] = [];
  const audit: AuditEntry[] = [];
  const seen = new Set<string>();
  for (const p of problems) {
    if (seen.has(p.itemId)) throw reject('validation', 'errors.inventory.itemTwice');
    seen.add(p.itemId);
    const item = findItem(deps.db, p.itemId);
    if (!item || item.desk_number !== visit.deskNumber)
      throw reject('validation', 'errors.inventory.notAtDesk', { params: { desk: visit.deskNumber } });
    const written = writeProblem(deps, officerOf(actor), now, { ...p, visitId: visit.id });
    ops.push(written.op);
    audit.push(written.audit);
  }
  return { ops, audit };
}

/**
 * The equipment problems an event's activity report names (issue 13), written inside the report's
 * own transaction (electron/services/requests/requestCommands.ts): each a damage against the item.
 */
export function itemProblemsAtEvent(
  deps: CommandDeps,
  actor: Actor,
  problems: readonly { itemId: string; note: string }[],
  now: number,
): { ops: SyncOp[]; audit: AuditEntry[] } {
  const ops: SyncOp[] = [];
  const audit: AuditEntry[] = [];
  for (const p of problems) {
    const written = writeProblem(deps, officerOf(actor), now, {
      itemId: p.itemId,
      visitId: null,
      kind: 'damaged',
      severity: null,
      note: p.note,
    });
    ops.push(written.op);
    audit.push(written.audit);
  }
  return { ops, audit };
}

const REFUSALS: Record<ProblemRefusal, string> = {
  closed: 'errors.inventory.problemClosed',
  notInRepair: 'errors.inventory.repairStarted',
};

const START_REPAIR = `UPDATE inventory_problems SET status = 'in_repair', repair_started_at = ?, repair_note = ?,
  updated_at = ? WHERE id = ?`;
const RESOLVE = `UPDATE inventory_problems SET status = ?, resolved_at = ?, resolved_by = ?, resolution_note = ?,
  updated_at = ? WHERE id = ?`;

/** Moves a problem along reported → in repair → fixed / written off; the item's condition follows. */
export function progressProblem(
  deps: CommandDeps,
  actor: Actor,
  action: ProblemAction,
  input: { id: string; note: string },
): ProblemRow {
  const { db } = deps;
  const name = {
    startRepair: 'inventory.startRepair',
    fix: 'inventory.fixProblem',
    writeOff: 'inventory.writeOff',
  }[action];
  return runCommand(deps, actor, name, (now) => {
    const problem = findProblem(db, input.id);
    if (!problem) throw reject('not_found', 'errors.inventory.problemNotFound');
    const decision = decideProblemAction(problem.status, action);
    if (!decision.ok) throw reject('conflict', REFUSALS[decision.reason]);
    const by = officerOf(actor);
    if (action === 'startRepair') prepared(db, START_REPAIR).run(now, input.note, now, input.id);
    else prepared(db, RESOLVE).run(problemStatusAfter(action), now, by, input.note, now, input.id);
    const item = itemOrThrow(db, problem.item_id);
    const after = itemAfterProblem(
      item,
      action === 'fix'
        ? { kind: 'fixed', problemKind: problem.kind }
        : action === 'writeOff'
          ? { kind: 'writtenOff' }
          : { kind: 'repairStarted' },
    );
    if (after.condition !== item.condition || after.status !== item.status)
      prepared(db, ITEM_STATE).run(after.condition, after.status, now, item.id);
    const type =
      action === 'startRepair'
        ? ('inventoryProblem.repairStarted' as const)
        : action === 'fix'
          ? ('inventoryProblem.fixed' as const)
          : ('inventoryProblem.writtenOff' as const);
    return {
      value: toProblemRow(findProblem(db, input.id)!),
      audit: {
        entity: 'inventoryProblem',
        entityId: input.id,
        details: { from: problem.status, to: problemStatusAfter(action), note: input.note, itemId: item.id },
      },
      ops: [{ type, payload: { id: input.id, note: input.note, at: now, by } }],
      topics: ['inventory'],
    };
  });
}

// ---- stock counts ----

const INSERT_COUNT = `INSERT INTO stock_counts (id, note, status, started_at, started_by, updated_at)
  VALUES (?, ?, 'open', ?, ?, ?)`;
const UPSERT_LINE = `INSERT INTO stock_count_lines (count_id, item_id, checked_at, checked_by, location_kind,
    desk_number, room, condition, quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (count_id, item_id) DO UPDATE SET checked_at = excluded.checked_at, checked_by = excluded.checked_by,
    location_kind = excluded.location_kind, desk_number = excluded.desk_number, room = excluded.room,
    condition = excluded.condition, quantity = excluded.quantity`;
const SIGN = `UPDATE stock_counts SET status = 'signed', signed_at = ?, signed_by = ?, differences = ?, updated_at = ?
  WHERE id = ?`;

export function startCount(deps: CommandDeps, actor: Actor, input: { note: string }): StockCountRow {
  const { db } = deps;
  return runCommand(deps, actor, 'inventory.countStart', (now) => {
    const open = prepared(db, "SELECT id FROM stock_counts WHERE status = 'open' LIMIT 1").get();
    if (open) throw reject('conflict', 'errors.inventory.countOpen');
    const id = deps.ids.id();
    const by = officerOf(actor);
    prepared(db, INSERT_COUNT).run(id, input.note, now, by, now);
    return {
      value: listCounts(db).find((c) => c.id === id)!,
      audit: { entity: 'stockCount', entityId: id, details: { note: input.note } },
      ops: [{ type: 'stockCount.started', payload: { id, note: input.note, startedAt: now, startedBy: by } }],
      topics: ['inventory'],
    };
  });
}

function openCountOrThrow(db: Db, id: string) {
  const count = findCount(db, id);
  if (!count) throw reject('not_found', 'errors.inventory.countNotFound');
  if (count.status !== 'open') throw reject('conflict', 'errors.inventory.countSigned');
  return count;
}

/**
 * An item seen in an open count (scanned or ticked). What is not said is taken from the register:
 * seen where it should be, in the condition on record, and (consumables) the stock on record.
 */
export function checkCountItem(
  deps: CommandDeps,
  actor: Actor,
  input: {
    id: string;
    itemId: string;
    place: PlaceInput | null;
    condition: ItemCondition | null;
    quantity: number | null;
  },
): StockCountDetail {
  const { db } = deps;
  return runCommand(deps, actor, 'inventory.countCheck', (now) => {
    openCountOrThrow(db, input.id);
    const item = itemOrThrow(db, input.itemId);
    const place = input.place ?? placeOf(item);
    const condition = input.condition ?? item.condition;
    const quantity = item.kind === 'consumable' ? (input.quantity ?? stockOf(db, item.id)) : null;
    const by = officerOf(actor);
    prepared(db, UPSERT_LINE).run(
      input.id,
      item.id,
      now,
      by,
      place.kind,
      place.deskNumber,
      place.room,
      condition,
      quantity,
    );
    return {
      value: countDetail(db, input.id)!,
      audit: {
        entity: 'stockCount',
        entityId: input.id,
        details: { itemId: item.id, assetCode: item.asset_code, place, condition, quantity },
      },
      ops: [
        {
          type: 'stockCount.itemChecked',
          payload: {
            id: input.id,
            itemId: item.id,
            place: { ...place },
            condition,
            quantity,
            checkedAt: now,
            checkedBy: by,
          },
        },
      ],
      topics: ['inventory'],
    };
  });
}

/** The officer signs the count off: its differences are frozen as they are now, with who and when. */
export function signCount(deps: CommandDeps, actor: Actor, input: { id: string }): StockCountDetail {
  const { db } = deps;
  return runCommand(deps, actor, 'inventory.countSign', (now) => {
    const count = openCountOrThrow(db, input.id);
    const lines = prepared(
      db,
      'SELECT item_id, location_kind, desk_number, room, condition, quantity, checked_at FROM stock_count_lines WHERE count_id = ?',
    ).all(input.id) as Parameters<typeof countDifferencesOf>[2];
    const differences = countDifferencesOf(db, count, lines);
    const by = officerOf(actor);
    prepared(db, SIGN).run(now, by, JSON.stringify(differences), now, input.id);
    return {
      value: countDetail(db, input.id)!,
      audit: {
        entity: 'stockCount',
        entityId: input.id,
        details: { differences: differences.length, checked: lines.length },
      },
      ops: [
        {
          type: 'stockCount.signedOff',
          payload: {
            id: input.id,
            signedAt: now,
            signedBy: by,
            differences: differences.map((d) => ({ ...d })),
          },
        },
      ],
      topics: ['inventory'],
    };
  });
}
