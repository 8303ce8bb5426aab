// Reading the equipment inventory: the officer's list, one item with its history, a desk's items,
// the problems (also for the monthly recap: problemsInPeriod, problemsByCategory), the stock counts,
// and the one-lookup find by asset code the scan pipeline uses.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type {
  HistoryEvent,
  InventoryListFilter,
  ItemRow,
  ProblemRow,
  StockCountDetail,
  StockCountRow,
} from '../../../shared/contract/inventory';
import type {
  DamageSeverity,
  ItemCondition,
  ItemKind,
  ItemStatus,
  LocationKind,
  ProblemKind,
  ProblemStatus,
  StockReason,
} from '../../../shared/inventory/inventoryRules';
import {
  stockCountDifferences,
  type CountDifference,
  type CountedItem,
  type Place,
} from '../../../shared/inventory/stockCountDiff';
import { publicName } from '../../../shared/slips/mask';

export interface ItemDbRow {
  id: string;
  asset_code: string;
  name: string;
  category: string;
  kind: ItemKind;
  unit: string;
  location_kind: LocationKind;
  desk_number: number | null;
  room: string;
  condition: ItemCondition;
  status: ItemStatus;
  purchased_on: string | null;
  note: string;
  created_at: number;
  created_by: string;
  updated_at: number;
  stock: number | null;
  open_problems: number;
  code_shared: number;
}

// The stock is the sum of the movements; the open problems and a shared code are counted per row
// through their indexes (inventory_stock_moves_item, inventory_problems_item, inventory_items_code).
const SELECT_ITEM = `SELECT i.*,
    CASE WHEN i.kind = 'consumable'
      THEN (SELECT coalesce(sum(m.delta), 0) FROM inventory_stock_moves m WHERE m.item_id = i.id) END AS stock,
    (SELECT count(*) FROM inventory_problems p WHERE p.item_id = i.id
      AND p.status IN ('reported', 'in_repair')) AS open_problems,
    EXISTS (SELECT 1 FROM inventory_items o WHERE o.asset_code = i.asset_code AND o.id <> i.id) AS code_shared
  FROM inventory_items i`;
const ITEM_BY_ID = `${SELECT_ITEM} WHERE i.id = ?`;
const ITEMS_BY_CODE = `${SELECT_ITEM} WHERE i.asset_code = ? ORDER BY i.created_at, i.id`;
/** The scan path: one indexed lookup, nothing else (inventory_items_code). */
const ID_BY_CODE =
  'SELECT id, name FROM inventory_items WHERE asset_code = ? ORDER BY created_at, id LIMIT 1';
const DESK_ITEMS = `SELECT id, name, asset_code FROM inventory_items
  WHERE desk_number = ? AND status = 'active' AND kind = 'asset' ORDER BY name, asset_code`;

export const placeOf = (r: {
  location_kind: LocationKind;
  desk_number: number | null;
  room: string;
}): Place => ({
  kind: r.location_kind,
  deskNumber: r.desk_number,
  room: r.room,
});

export function toItemRow(r: ItemDbRow): ItemRow {
  return {
    id: r.id,
    assetCode: r.asset_code,
    name: r.name,
    category: r.category,
    kind: r.kind,
    unit: r.unit,
    location: placeOf(r),
    condition: r.condition,
    status: r.status,
    purchasedOn: r.purchased_on,
    note: r.note,
    stock: r.kind === 'consumable' ? (r.stock ?? 0) : null,
    openProblems: r.open_problems,
    codeShared: r.code_shared === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const findItem = (db: Db, id: string): ItemDbRow | undefined =>
  prepared(db, ITEM_BY_ID).get(id) as ItemDbRow | undefined;

export const findItemsByCode = (db: Db, code: string): ItemDbRow[] =>
  prepared(db, ITEMS_BY_CODE).all(code) as ItemDbRow[];

/** The scan pipeline's lookup: the item a code names, if any (the oldest, if two kiosks gave one code). */
export const itemIdByCode = (db: Db, code: string): { id: string; name: string } | undefined =>
  prepared(db, ID_BY_CODE).get(code) as { id: string; name: string } | undefined;

export const itemRow = (db: Db, id: string): ItemRow | null => {
  const r = findItem(db, id);
  return r ? toItemRow(r) : null;
};

/** The equipment at a desk (assets in service), for the check-out checklist. */
export const deskItems = (db: Db, deskNumber: number): { id: string; name: string; assetCode: string }[] =>
  (prepared(db, DESK_ITEMS).all(deskNumber) as { id: string; name: string; asset_code: string }[]).map(
    (r) => ({
      id: r.id,
      name: r.name,
      assetCode: r.asset_code,
    }),
  );

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The officer's list: filtered, by category then name; with the categories in use for the filter. */
export function listItems(
  db: Db,
  filter: InventoryListFilter,
): { items: ItemRow[]; total: number; categories: string[] } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.search !== '') {
    where.push(`(i.name LIKE :search ESCAPE '\\' OR i.asset_code LIKE :search ESCAPE '\\'
      OR i.category LIKE :search ESCAPE '\\' OR i.room LIKE :search ESCAPE '\\')`);
    params.search = `%${escapeLike(filter.search)}%`;
  }
  if (filter.category !== '') {
    where.push('i.category = :category');
    params.category = filter.category;
  }
  if (filter.place !== 'all') {
    where.push('i.location_kind = :place');
    params.place = filter.place;
  }
  if (filter.deskNumber !== null) {
    where.push('i.desk_number = :desk');
    params.desk = filter.deskNumber;
  }
  if (filter.condition !== 'all') {
    where.push('i.condition = :condition');
    params.condition = filter.condition;
  }
  if (filter.status === 'in_service') where.push("i.status <> 'written_off'");
  else if (filter.status !== 'all') {
    where.push('i.status = :status');
    params.status = filter.status;
  }
  if (filter.kind !== 'all') {
    where.push('i.kind = :kind');
    params.kind = filter.kind;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const items = (
    prepared(db, `${SELECT_ITEM} ${clause} ORDER BY i.category, i.name, i.asset_code LIMIT :limit`).all({
      ...params,
      limit: filter.limit,
    }) as ItemDbRow[]
  ).map(toItemRow);
  const total = prepared(db, `SELECT count(*) FROM inventory_items i ${clause}`)
    .pluck()
    .get(params) as number;
  const categories = prepared(db, 'SELECT DISTINCT category FROM inventory_items ORDER BY category')
    .pluck()
    .all() as string[];
  return { items, total, categories };
}

/** Every item in service, for a stock count and the inventory list report. */
export const allItems = (db: Db, includeWrittenOff = false): ItemRow[] =>
  (
    prepared(
      db,
      `${SELECT_ITEM} ${includeWrittenOff ? '' : "WHERE i.status <> 'written_off'"} ORDER BY i.category, i.name, i.asset_code`,
    ).all() as ItemDbRow[]
  ).map(toItemRow);

export const stockOf = (db: Db, itemId: string): number =>
  prepared(db, 'SELECT coalesce(sum(delta), 0) FROM inventory_stock_moves WHERE item_id = ?')
    .pluck()
    .get(itemId) as number;

// ---- problems ----

export interface ProblemDbRow {
  id: string;
  item_id: string;
  visit_id: string | null;
  kind: ProblemKind;
  severity: DamageSeverity | null;
  status: ProblemStatus;
  note: string;
  reported_at: number;
  reported_by: string;
  repair_started_at: number | null;
  repair_note: string | null;
  resolved_at: number | null;
  resolved_by: string | null;
  resolution_note: string | null;
  asset_code: string;
  item_name: string;
  category: string;
  desk_number: number | null;
  reported_by_name: string | null;
  resolved_by_name: string | null;
}

const SELECT_PROBLEM = `SELECT p.*, i.asset_code, i.name AS item_name, i.category,
    v.desk_number AS desk_number, a.full_name AS reported_by_name, b.full_name AS resolved_by_name
  FROM inventory_problems p
  JOIN inventory_items i ON i.id = p.item_id
  LEFT JOIN visits v ON v.id = p.visit_id
  LEFT JOIN officers a ON a.id = p.reported_by
  LEFT JOIN officers b ON b.id = p.resolved_by`;

export function toProblemRow(r: ProblemDbRow): ProblemRow {
  return {
    id: r.id,
    itemId: r.item_id,
    assetCode: r.asset_code,
    itemName: r.item_name,
    category: r.category,
    visitId: r.visit_id,
    deskNumber: r.desk_number,
    kind: r.kind,
    severity: r.severity,
    status: r.status,
    note: r.note,
    reportedAt: r.reported_at,
    reportedByName: r.reported_by_name,
    repairStartedAt: r.repair_started_at,
    repairNote: r.repair_note,
    resolvedAt: r.resolved_at,
    resolvedByName: r.resolved_by_name,
    resolutionNote: r.resolution_note,
  };
}

export const findProblem = (db: Db, id: string): ProblemDbRow | undefined =>
  prepared(db, `${SELECT_PROBLEM} WHERE p.id = ?`).get(id) as ProblemDbRow | undefined;

/** Open problems first (reported, then in repair), each newest first; or those of a period. */
export function listProblems(
  db: Db,
  filter: {
    status: 'open' | 'all' | ProblemStatus;
    fromMs: number | null;
    toMs: number | null;
    limit: number;
  },
): { items: ProblemRow[]; total: number } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.status === 'open') where.push("p.status IN ('reported', 'in_repair')");
  else if (filter.status !== 'all') {
    where.push('p.status = :status');
    params.status = filter.status;
  }
  if (filter.fromMs !== null) {
    where.push('p.reported_at >= :from');
    params.from = filter.fromMs;
  }
  if (filter.toMs !== null) {
    where.push('p.reported_at < :to');
    params.to = filter.toMs;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = `ORDER BY CASE p.status WHEN 'reported' THEN 0 WHEN 'in_repair' THEN 1 ELSE 2 END, p.reported_at DESC`;
  const items = (
    prepared(db, `${SELECT_PROBLEM} ${clause} ${order} LIMIT :limit`).all({
      ...params,
      limit: filter.limit,
    }) as ProblemDbRow[]
  ).map(toProblemRow);
  const total = prepared(db, `SELECT count(*) FROM inventory_problems p ${clause}`)
    .pluck()
    .get(params) as number;
  return { items, total };
}

/** One problem reported in a period, as the monthly recap (RECAPS) and the problems report list it. */
export interface PeriodProblem {
  readonly id: string;
  readonly reportedAt: number;
  readonly assetCode: string;
  readonly itemName: string;
  readonly category: string;
  readonly kind: ProblemKind;
  readonly severity: DamageSeverity | null;
  readonly status: ProblemStatus;
  readonly note: string;
  /** The desk of the visit at whose check-out it was found; null when an officer found it otherwise. */
  readonly deskNumber: number | null;
  readonly visitId: string | null;
  readonly resolvedAt: number | null;
  readonly resolutionNote: string | null;
}

const PROBLEMS_IN_PERIOD = `${SELECT_PROBLEM} WHERE p.reported_at >= ? AND p.reported_at < ?
  ORDER BY p.reported_at, p.id`;

/**
 * Every problem (damage, missing item) reported in [fromMs, toMs), oldest first, with its item and
 * where it was found, whatever became of it since. Reads through inventory_problems_reported. For the
 * monthly recap (electron/services/recaps) and the inventory's problems report. No personal data.
 */
export function problemsInPeriod(db: Db, fromMs: number, toMs: number): PeriodProblem[] {
  return (prepared(db, PROBLEMS_IN_PERIOD).all(fromMs, toMs) as ProblemDbRow[]).map((r) => ({
    id: r.id,
    reportedAt: r.reported_at,
    assetCode: r.asset_code,
    itemName: r.item_name,
    category: r.category,
    kind: r.kind,
    severity: r.severity,
    status: r.status,
    note: r.note,
    deskNumber: r.desk_number,
    visitId: r.visit_id,
    resolvedAt: r.resolved_at,
    resolutionNote: r.resolution_note,
  }));
}

export interface CategoryProblems {
  readonly category: string;
  readonly damaged: number;
  readonly missing: number;
  readonly total: number;
}

const PROBLEMS_BY_CATEGORY = `SELECT i.category AS category,
    sum(p.kind = 'damaged') AS damaged, sum(p.kind = 'missing') AS missing, count(*) AS total
  FROM inventory_problems p JOIN inventory_items i ON i.id = p.item_id
  WHERE p.reported_at >= ? AND p.reported_at < ?
  GROUP BY i.category ORDER BY total DESC, i.category`;

/**
 * Problems reported in [fromMs, toMs) per item category, most first: the "problems per item category"
 * chart of the monthly recap (RECAPS) and the inventory's reports.
 */
export const problemsByCategory = (db: Db, fromMs: number, toMs: number): CategoryProblems[] =>
  prepared(db, PROBLEMS_BY_CATEGORY).all(fromMs, toMs) as CategoryProblems[];

// ---- history ----

interface MoveDbRow {
  id: string;
  from_kind: LocationKind | null;
  from_desk: number | null;
  from_room: string | null;
  to_kind: LocationKind;
  to_desk: number | null;
  to_room: string;
  moved_at: number;
  moved_by_name: string | null;
  note: string;
}

const MOVES = `SELECT m.*, o.full_name AS moved_by_name FROM inventory_moves m
  LEFT JOIN officers o ON o.id = m.moved_by WHERE m.item_id = ? ORDER BY m.moved_at, m.id`;
const VISITS_AT_DESK = `SELECT v.id, v.desk_number, v.started_at, v.closed_at, vr.full_name
  FROM visits v JOIN reservations r ON r.id = v.reservation_id JOIN visitors vr ON vr.id = r.visitor_id
  WHERE v.desk_number = ? AND v.started_at >= ? AND v.started_at < ? ORDER BY v.started_at LIMIT 500`;
const STOCK_MOVES = `SELECT s.*, o.full_name AS by_name FROM inventory_stock_moves s
  LEFT JOIN officers o ON o.id = s.by WHERE s.item_id = ? ORDER BY s.at DESC LIMIT 500`;
const ITEM_PROBLEMS = `${SELECT_PROBLEM} WHERE p.item_id = ? ORDER BY p.reported_at DESC`;

/**
 * An item's history, newest first: where it was put and moved, every visit at its desk while it
 * stood there (visitors' names masked), every problem with its repair, and its stock movements.
 */
export function itemHistory(db: Db, itemId: string, now: number): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const moves = prepared(db, MOVES).all(itemId) as MoveDbRow[];
  moves.forEach((m, i) => {
    const to: Place = { kind: m.to_kind, deskNumber: m.to_desk, room: m.to_room };
    if (m.from_kind === null)
      events.push({ kind: 'created', at: m.moved_at, byName: m.moved_by_name, place: to });
    else
      events.push({
        kind: 'moved',
        at: m.moved_at,
        byName: m.moved_by_name,
        from: { kind: m.from_kind, deskNumber: m.from_desk, room: m.from_room ?? '' },
        to,
        note: m.note,
      });
    if (m.to_kind === 'desk' && m.to_desk !== null) {
      const until = moves[i + 1]?.moved_at ?? now + 1;
      const visits = prepared(db, VISITS_AT_DESK).all(m.to_desk, m.moved_at, until) as {
        id: string;
        desk_number: number;
        started_at: number;
        closed_at: number | null;
        full_name: string;
      }[];
      for (const v of visits)
        events.push({
          kind: 'visit',
          at: v.started_at,
          visitId: v.id,
          deskNumber: v.desk_number,
          visitor: publicName(v.full_name),
          endedAt: v.closed_at,
        });
    }
  });
  for (const p of prepared(db, ITEM_PROBLEMS).all(itemId) as ProblemDbRow[])
    events.push({ kind: 'problem', at: p.reported_at, problem: toProblemRow(p) });
  for (const s of prepared(db, STOCK_MOVES).all(itemId) as {
    at: number;
    by_name: string | null;
    delta: number;
    reason: StockReason;
    note: string;
  }[])
    events.push({
      kind: 'stock',
      at: s.at,
      byName: s.by_name,
      delta: s.delta,
      reason: s.reason,
      note: s.note,
    });
  return events.sort((a, b) => b.at - a.at);
}

// ---- stock counts ----

interface CountDbRow {
  id: string;
  note: string;
  status: 'open' | 'signed';
  started_at: number;
  started_by: string;
  signed_at: number | null;
  signed_by: string | null;
  differences: string | null;
  started_by_name: string | null;
  signed_by_name: string | null;
  checked: number;
}

const SELECT_COUNT = `SELECT c.*, a.full_name AS started_by_name, b.full_name AS signed_by_name,
    (SELECT count(*) FROM stock_count_lines l WHERE l.count_id = c.id) AS checked
  FROM stock_counts c LEFT JOIN officers a ON a.id = c.started_by LEFT JOIN officers b ON b.id = c.signed_by`;

export const findCount = (db: Db, id: string): CountDbRow | undefined =>
  prepared(db, `${SELECT_COUNT} WHERE c.id = ?`).get(id) as CountDbRow | undefined;

interface LineDbRow {
  item_id: string;
  asset_code: string | null;
  name: string | null;
  location_kind: LocationKind;
  desk_number: number | null;
  room: string;
  condition: ItemCondition;
  quantity: number | null;
  checked_at: number;
}

const COUNT_LINES = `SELECT l.*, i.asset_code, i.name FROM stock_count_lines l
  LEFT JOIN inventory_items i ON i.id = l.item_id WHERE l.count_id = ? ORDER BY l.checked_at DESC`;

const countedItems = (db: Db): CountedItem[] =>
  allItems(db, true).map((i) => ({
    id: i.id,
    assetCode: i.assetCode,
    name: i.name,
    kind: i.kind,
    status: i.status,
    location: i.location,
    condition: i.condition,
    stock: i.stock,
  }));

/** A count's differences: frozen once signed, else computed from the register as it is now. */
export function countDifferencesOf(db: Db, count: CountDbRow, lines: LineDbRow[]): CountDifference[] {
  if (count.status === 'signed' && count.differences !== null)
    return JSON.parse(count.differences) as CountDifference[];
  return stockCountDifferences(
    countedItems(db),
    lines.map((l) => ({
      itemId: l.item_id,
      location: placeOf(l as { location_kind: LocationKind; desk_number: number | null; room: string }),
      condition: l.condition,
      quantity: l.quantity,
    })),
  );
}

const EXPECTED = "SELECT count(*) FROM inventory_items WHERE status <> 'written_off'";

function toCountRow(db: Db, c: CountDbRow, differences: number): StockCountRow {
  return {
    id: c.id,
    note: c.note,
    status: c.status,
    startedAt: c.started_at,
    startedByName: c.started_by_name,
    signedAt: c.signed_at,
    signedByName: c.signed_by_name,
    checked: c.checked,
    expected: prepared(db, EXPECTED).pluck().get() as number,
    differences,
  };
}

export function countDetail(db: Db, id: string): StockCountDetail | null {
  const c = findCount(db, id);
  if (!c) return null;
  const lines = prepared(db, COUNT_LINES).all(id) as LineDbRow[];
  const differences = countDifferencesOf(db, c, lines);
  return {
    count: toCountRow(db, c, differences.length),
    lines: lines.map((l) => ({
      itemId: l.item_id,
      assetCode: l.asset_code ?? '',
      name: l.name ?? '',
      location: placeOf(l),
      condition: l.condition,
      quantity: l.quantity,
      checkedAt: l.checked_at,
    })),
    differences,
  };
}

/** The counts, newest first; an open count's differences are counted as of now. */
export function listCounts(db: Db): StockCountRow[] {
  const rows = prepared(db, `${SELECT_COUNT} ORDER BY c.started_at DESC LIMIT 50`).all() as CountDbRow[];
  return rows.map((c) => {
    const n =
      c.status === 'signed' && c.differences !== null
        ? (JSON.parse(c.differences) as unknown[]).length
        : countDifferencesOf(db, c, prepared(db, COUNT_LINES).all(c.id) as LineDbRow[]).length;
    return toCountRow(db, c, n);
  });
}

const YEAR_CODES = `SELECT count(*) FROM inventory_items WHERE asset_code LIKE ?`;

/** How many codes Loket has made this year (INV-<year>-…), for the next one. */
export const generatedCodesInYear = (db: Db, year: number): number =>
  prepared(db, YEAR_CODES).pluck().get(`INV-${year}-%`) as number;
