// How a pulled change of the equipment inventory (inventaris) is written to the kiosk's tables
// (../applyChanges.ts). The server's records (server/sync/handlers/inventory.ts) come in three entity
// types; 'inventoryItem' and 'stockCount' carry more than one kind of record, told apart by `record`:
// an item's state replaces the kiosk's row; a placement and a stock movement are inserted once under
// their own ids (a consumable's stock is their sum, so nothing another kiosk did is overwritten);
// a problem and a count replace the kiosk's rows; a count line replaces that item's line.
import { prepared } from '../../../db/statements';
import type { Db } from '../../../db/openDatabase';
import { NotYet, type Applier } from '../applyChanges';

type Row = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const placeOf = (v: unknown) => {
  const p = (v ?? {}) as { kind?: unknown; deskNumber?: unknown; room?: unknown };
  const kind = p.kind === 'desk' || p.kind === 'room' ? p.kind : 'store';
  return { kind, desk: kind === 'desk' ? num(p.deskNumber) : null, room: kind === 'room' ? str(p.room) : '' };
};

const itemExists = (db: Db, id: string) =>
  prepared(db, 'SELECT 1 FROM inventory_items WHERE id = ?').get(id) !== undefined;

const UPSERT_ITEM = `INSERT INTO inventory_items (id, asset_code, name, category, kind, unit, location_kind,
    desk_number, room, condition, status, purchased_on, note, created_at, created_by, updated_at)
  VALUES (:id, :code, :name, :category, :kind, :unit, :lkind, :desk, :room, :condition, :status, :purchased,
    :note, :created, :createdBy, :updated)
  ON CONFLICT (id) DO UPDATE SET asset_code = excluded.asset_code, name = excluded.name,
    category = excluded.category, unit = excluded.unit, location_kind = excluded.location_kind,
    desk_number = excluded.desk_number, room = excluded.room, condition = excluded.condition,
    status = excluded.status, purchased_on = excluded.purchased_on, note = excluded.note,
    updated_at = excluded.updated_at`;
const INSERT_MOVE = `INSERT INTO inventory_moves (id, item_id, from_kind, from_desk, from_room, to_kind, to_desk,
    to_room, moved_at, moved_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`;
const INSERT_STOCK = `INSERT INTO inventory_stock_moves (id, item_id, delta, reason, note, at, by)
  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`;

function writeItem(db: Db, id: string, r: Row, now: number): void {
  const place = placeOf(r.place);
  prepared(db, UPSERT_ITEM).run({
    id,
    code: str(r.assetCode),
    name: str(r.name),
    category: str(r.category),
    kind: r.itemKind === 'consumable' ? 'consumable' : 'asset',
    unit: str(r.unit),
    lkind: place.kind,
    desk: place.desk,
    room: place.room,
    condition: str(r.condition),
    status: str(r.status),
    purchased: strOrNull(r.purchasedOn),
    note: str(r.note),
    created: num(r.createdAt) ?? now,
    createdBy: str(r.createdBy),
    updated: num(r.updatedAt) ?? now,
  });
}

const inventoryItem: Applier = (db, id, r, now) => {
  if (r.record === 'move') {
    const itemId = str(r.itemId);
    if (!itemExists(db, itemId)) throw new NotYet(`item ${itemId} not here yet`);
    const from = r.from ? placeOf(r.from) : null;
    const to = placeOf(r.to);
    prepared(db, INSERT_MOVE).run(
      str(r.id),
      itemId,
      from?.kind ?? null,
      from?.desk ?? null,
      from ? from.room : null,
      to.kind,
      to.desk,
      to.room,
      num(r.movedAt) ?? now,
      str(r.movedBy),
      str(r.note),
    );
  } else if (r.record === 'stock') {
    const itemId = str(r.itemId);
    if (!itemExists(db, itemId)) throw new NotYet(`item ${itemId} not here yet`);
    prepared(db, INSERT_STOCK).run(
      str(r.id),
      itemId,
      num(r.delta) ?? 0,
      str(r.reason),
      str(r.note),
      num(r.at) ?? now,
      str(r.by),
    );
  } else writeItem(db, id, r, now);
  return ['inventory'];
};

const UPSERT_PROBLEM = `INSERT INTO inventory_problems (id, item_id, visit_id, kind, severity, status, note,
    reported_at, reported_by, repair_started_at, repair_note, resolved_at, resolved_by, resolution_note, updated_at)
  VALUES (:id, :item, :visit, :kind, :severity, :status, :note, :reportedAt, :reportedBy, :repairAt, :repairNote,
    :resolvedAt, :resolvedBy, :resolutionNote, :now)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, repair_started_at = excluded.repair_started_at,
    repair_note = excluded.repair_note, resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by,
    resolution_note = excluded.resolution_note, updated_at = excluded.updated_at`;

const inventoryProblem: Applier = (db, id, r, now) => {
  const itemId = str(r.itemId);
  if (!itemExists(db, itemId)) throw new NotYet(`item ${itemId} not here yet`);
  prepared(db, UPSERT_PROBLEM).run({
    id,
    item: itemId,
    visit: strOrNull(r.visitId),
    kind: str(r.kind),
    severity: strOrNull(r.severity),
    status: str(r.status),
    note: str(r.note),
    reportedAt: num(r.reportedAt) ?? now,
    reportedBy: str(r.reportedBy),
    repairAt: num(r.repairStartedAt),
    repairNote: strOrNull(r.repairNote),
    resolvedAt: num(r.resolvedAt),
    resolvedBy: strOrNull(r.resolvedBy),
    resolutionNote: strOrNull(r.resolutionNote),
    now,
  });
  return ['inventory'];
};

const UPSERT_COUNT = `INSERT INTO stock_counts (id, note, status, started_at, started_by, signed_at, signed_by,
    differences, updated_at) VALUES (:id, :note, :status, :startedAt, :startedBy, :signedAt, :signedBy, :diff, :now)
  ON CONFLICT (id) DO UPDATE SET status = excluded.status, signed_at = excluded.signed_at,
    signed_by = excluded.signed_by, differences = excluded.differences, updated_at = excluded.updated_at
  WHERE stock_counts.status = 'open'`;
const UPSERT_LINE = `INSERT INTO stock_count_lines (count_id, item_id, checked_at, checked_by, location_kind,
    desk_number, room, condition, quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (count_id, item_id) DO UPDATE SET checked_at = excluded.checked_at, checked_by = excluded.checked_by,
    location_kind = excluded.location_kind, desk_number = excluded.desk_number, room = excluded.room,
    condition = excluded.condition, quantity = excluded.quantity`;

const stockCount: Applier = (db, id, r, now) => {
  if (r.record === 'line') {
    const countId = str(r.countId);
    if (prepared(db, 'SELECT 1 FROM stock_counts WHERE id = ?').get(countId) === undefined)
      throw new NotYet(`count ${countId} not here yet`);
    const place = placeOf(r.place);
    prepared(db, UPSERT_LINE).run(
      countId,
      str(r.itemId),
      num(r.checkedAt) ?? now,
      str(r.checkedBy),
      place.kind,
      place.desk,
      place.room,
      str(r.condition),
      num(r.quantity),
    );
    return ['inventory'];
  }
  const signed = r.status === 'signed';
  prepared(db, UPSERT_COUNT).run({
    id,
    note: str(r.note),
    status: signed ? 'signed' : 'open',
    startedAt: num(r.startedAt) ?? now,
    startedBy: str(r.startedBy),
    signedAt: signed ? (num(r.signedAt) ?? now) : null,
    signedBy: signed ? strOrNull(r.signedBy) : null,
    diff: signed && r.differences ? JSON.stringify(r.differences) : null,
    now,
  });
  return ['inventory'];
};

export const inventoryAppliers = { inventoryItem, inventoryProblem, stockCount } as const satisfies Readonly<
  Record<string, Applier>
>;
