// The contract of the equipment inventory (inventaris, SOP 97): items with an asset code and a printed
// QR label, where they are and in what condition; consumables counted as stock whose changes are
// deltas; problems found at a check-out or by an officer and their repair; stock counts (opname)
// signed off by an officer; the inventory list and a period's problems as reports.
import { z } from 'zod';
import { operation, type OperationTable } from '../sync/operation';
import {
  CATEGORY_MAX,
  ITEM_NAME_MAX,
  NOTE_MAX,
  ROOM_MAX,
  STOCK_DELTA_MAX,
  UNIT_MAX,
  damageSeverities,
  isAssetCode,
  itemConditions,
  itemKinds,
  itemStatuses,
  locationKinds,
  normaliseAssetCode,
  problemKinds,
  problemStatuses,
  stockReasons,
} from '../inventory/inventoryRules';
import { differenceKinds } from '../inventory/stockCountDiff';
import { cleanText } from '../text';
import { boundedText, idSchema, optionalBoundedText } from './fields';
import { method, type MethodTable } from './method';

const E = 'errors.inventory';

/** Officer text: normalised, then bounded; a huge paste is refused before normalising. */
const requiredText = (max: number, key: string) => boundedText(E, key, max);
const optionalText = (max: number, key: string) => optionalBoundedText(E, key, max);

export const itemConditionSchema = z.enum(itemConditions, { error: `${E}.conditionInvalid` });
export const itemKindSchema = z.enum(itemKinds);
export const itemStatusSchema = z.enum(itemStatuses);
export const problemKindSchema = z.enum(problemKinds);
export const problemStatusSchema = z.enum(problemStatuses);
export const damageSeveritySchema = z.enum(damageSeverities);

/** The asset code an officer types or scans: normalised; '' asks Loket to make one (on create). */
export const assetCodeSchema = z
  .string()
  .max(160, { error: `${E}.codeInvalid` })
  .transform(normaliseAssetCode)
  .pipe(z.string().refine((c) => c === '' || isAssetCode(c), { error: `${E}.codeInvalid` }));

/** Where an item is: at a desk (its number), in a room (its name), or in the store. */
export const itemPlaceSchema = z
  .object({
    kind: z.enum(locationKinds, { error: `${E}.placeInvalid` }),
    deskNumber: z.number().int().min(1).max(9999).nullable().default(null),
    room: optionalText(ROOM_MAX, 'room'),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.kind === 'desk' && p.deskNumber === null)
      ctx.addIssue({ code: 'custom', path: ['deskNumber'], message: `${E}.deskRequired` });
    if (p.kind === 'room' && p.room === '')
      ctx.addIssue({ code: 'custom', path: ['room'], message: `${E}.roomRequired` });
  })
  .transform((p) => ({
    kind: p.kind,
    deskNumber: p.kind === 'desk' ? p.deskNumber : null,
    room: p.kind === 'room' ? p.room : '',
  }));
export type PlaceInput = z.output<typeof itemPlaceSchema>;

const placeOutSchema = z.object({
  kind: z.enum(locationKinds),
  deskNumber: z.number().int().nullable(),
  room: z.string(),
});

const dayOrNull = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: `${E}.purchasedInvalid` })
  .nullable()
  .default(null)
  .transform((d) => (d === '' ? null : d));

export const itemRowSchema = z.object({
  id: z.string(),
  assetCode: z.string(),
  name: z.string(),
  category: z.string(),
  kind: itemKindSchema,
  unit: z.string(),
  location: placeOutSchema,
  condition: itemConditionSchema,
  status: itemStatusSchema,
  purchasedOn: z.string().nullable(),
  note: z.string(),
  /** Consumables: the sum of the stock movements this kiosk knows; assets: null. */
  stock: z.number().int().nullable(),
  openProblems: z.number().int(),
  /** Another item carries the same code (two kiosks gave it offline): the officer should change one. */
  codeShared: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ItemRow = z.infer<typeof itemRowSchema>;

export const problemRowSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  assetCode: z.string(),
  itemName: z.string(),
  category: z.string(),
  visitId: z.string().nullable(),
  deskNumber: z.number().int().nullable(),
  kind: problemKindSchema,
  severity: damageSeveritySchema.nullable(),
  status: problemStatusSchema,
  note: z.string(),
  reportedAt: z.number(),
  reportedByName: z.string().nullable(),
  repairStartedAt: z.number().nullable(),
  repairNote: z.string().nullable(),
  resolvedAt: z.number().nullable(),
  resolvedByName: z.string().nullable(),
  resolutionNote: z.string().nullable(),
});
export type ProblemRow = z.infer<typeof problemRowSchema>;

/** One line of an item's history, newest first. */
export const historyEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('created'),
    at: z.number(),
    byName: z.string().nullable(),
    place: placeOutSchema,
  }),
  z.object({
    kind: z.literal('moved'),
    at: z.number(),
    byName: z.string().nullable(),
    from: placeOutSchema.nullable(),
    to: placeOutSchema,
    note: z.string(),
  }),
  z.object({
    kind: z.literal('visit'),
    at: z.number(),
    visitId: z.string(),
    deskNumber: z.number().int(),
    /** A masked name: the history is about the equipment, not the visitor. */
    visitor: z.string(),
    endedAt: z.number().nullable(),
  }),
  z.object({
    kind: z.literal('problem'),
    at: z.number(),
    problem: problemRowSchema,
  }),
  z.object({
    kind: z.literal('stock'),
    at: z.number(),
    byName: z.string().nullable(),
    delta: z.number().int(),
    reason: z.enum(stockReasons),
    note: z.string(),
  }),
]);
export type HistoryEvent = z.infer<typeof historyEventSchema>;

export const itemDetailSchema = z.object({
  item: itemRowSchema,
  history: z.array(historyEventSchema),
});

const differenceValue = z.union([placeOutSchema, itemConditionSchema, z.number(), z.null()]);
export const countDifferenceSchema = z.object({
  itemId: z.string(),
  assetCode: z.string(),
  name: z.string(),
  kind: z.enum(differenceKinds),
  expected: differenceValue,
  found: differenceValue,
});
export type CountDifferenceRow = z.infer<typeof countDifferenceSchema>;

export const stockCountRowSchema = z.object({
  id: z.string(),
  note: z.string(),
  status: z.enum(['open', 'signed']),
  startedAt: z.number(),
  startedByName: z.string().nullable(),
  signedAt: z.number().nullable(),
  signedByName: z.string().nullable(),
  checked: z.number().int(),
  expected: z.number().int(),
  differences: z.number().int(),
});
export type StockCountRow = z.infer<typeof stockCountRowSchema>;

export const stockCountDetailSchema = z.object({
  count: stockCountRowSchema,
  lines: z.array(
    z.object({
      itemId: z.string(),
      assetCode: z.string(),
      name: z.string(),
      location: placeOutSchema,
      condition: itemConditionSchema,
      quantity: z.number().int().nullable(),
      checkedAt: z.number(),
    }),
  ),
  differences: z.array(countDifferenceSchema),
});
export type StockCountDetail = z.infer<typeof stockCountDetailSchema>;

const fileSchema = z.object({ filename: z.string(), mime: z.string(), contentBase64: z.string() });

/** A problem the officer notes at a visit's check-out, against one item of its desk. */
export const checkoutItemProblemSchema = z
  .object({
    itemId: idSchema,
    kind: problemKindSchema,
    severity: damageSeveritySchema.nullable().default(null),
    note: optionalText(NOTE_MAX, 'note'),
  })
  .strict()
  .transform((p) => ({ ...p, severity: p.kind === 'damaged' ? (p.severity ?? 'rusak_ringan') : null }));
export type CheckoutItemProblem = z.output<typeof checkoutItemProblemSchema>;

const itemFields = {
  assetCode: assetCodeSchema,
  name: requiredText(ITEM_NAME_MAX, 'name'),
  category: requiredText(CATEGORY_MAX, 'category'),
  unit: optionalText(UNIT_MAX, 'unit'),
  condition: itemConditionSchema,
  purchasedOn: dayOrNull,
  note: optionalText(NOTE_MAX, 'note'),
};

const periodSchema = z
  .object({ fromMs: z.number().int().min(0), toMs: z.number().int().min(0) })
  .strict()
  .refine((p) => p.toMs > p.fromMs && p.toMs - p.fromMs <= 400 * 86_400_000, {
    error: `${E}.periodInvalid`,
  });

const listFilter = z
  .object({
    search: z.string().max(200).transform(cleanText).default(''),
    category: z
      .string()
      .max(CATEGORY_MAX * 4)
      .transform(cleanText)
      .default(''),
    place: z.enum(['all', ...locationKinds]).default('all'),
    deskNumber: z.number().int().min(1).nullable().default(null),
    condition: z.enum(['all', ...itemConditions]).default('all'),
    status: z.enum(['in_service', 'all', ...itemStatuses]).default('in_service'),
    kind: z.enum(['all', ...itemKinds]).default('all'),
    limit: z.number().int().min(1).max(1000).default(300),
  })
  .strict();
export type InventoryListFilter = z.output<typeof listFilter>;

const byId = z.object({ id: idSchema }).strict();
const M = 'inventory.manage';

export const inventoryMethods = {
  'inventory.list': method(
    M,
    listFilter,
    z.object({ items: z.array(itemRowSchema), total: z.number().int(), categories: z.array(z.string()) }),
  ),
  /** One item with its history: placements, the visits at its desk while it was there, problems, stock. */
  'inventory.get': method(M, byId, itemDetailSchema),
  /** The item an asset code names (a label scanned at the desk, a code typed). */
  'inventory.findByCode': method(
    M,
    z.object({ code: z.string().max(200) }).strict(),
    itemRowSchema.nullable(),
  ),
  'inventory.create': method(
    M,
    z
      .object({
        ...itemFields,
        kind: itemKindSchema,
        place: itemPlaceSchema,
        /** Consumables: what is in stock when the item is added. */
        initialStock: z
          .number()
          .int()
          .min(0, { error: `${E}.stockNegative` })
          .max(STOCK_DELTA_MAX)
          .default(0),
      })
      .strict(),
    itemRowSchema,
  ),
  'inventory.update': method(M, z.object({ id: idSchema, ...itemFields }).strict(), itemRowSchema),
  'inventory.move': method(
    M,
    z.object({ id: idSchema, place: itemPlaceSchema, note: optionalText(NOTE_MAX, 'note') }).strict(),
    itemRowSchema,
  ),
  /** A consumable's stock changes by a delta (restocked, used, adjusted): never set to a count. */
  'inventory.changeStock': method(
    M,
    z
      .object({
        id: idSchema,
        delta: z
          .number({ error: `${E}.deltaInvalid` })
          .int({ error: `${E}.deltaInvalid` })
          .min(-STOCK_DELTA_MAX, { error: `${E}.deltaTooLarge` })
          .max(STOCK_DELTA_MAX, { error: `${E}.deltaTooLarge` })
          .refine((d) => d !== 0, { error: `${E}.deltaZero` }),
        reason: z.enum(['restock', 'use', 'adjust']),
        note: optionalText(NOTE_MAX, 'note'),
      })
      .strict(),
    itemRowSchema,
  ),
  /** The items at one desk, for the visitor's check-out checklist and the officer's confirm. */
  'inventory.deskItems': method(
    'public',
    z.object({ deskNumber: z.number().int().min(1).max(9999) }).strict(),
    z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), assetCode: z.string() })) }),
  ),
  'inventory.reportProblem': method(
    M,
    z
      .object({
        itemId: idSchema,
        kind: problemKindSchema,
        severity: damageSeveritySchema.nullable().default(null),
        note: optionalText(NOTE_MAX, 'note'),
      })
      .strict(),
    problemRowSchema,
  ),
  'inventory.startRepair': method(
    M,
    z.object({ id: idSchema, note: optionalText(NOTE_MAX, 'note') }).strict(),
    problemRowSchema,
  ),
  'inventory.fixProblem': method(
    M,
    z.object({ id: idSchema, note: optionalText(NOTE_MAX, 'note') }).strict(),
    problemRowSchema,
  ),
  'inventory.writeOff': method(
    M,
    z.object({ id: idSchema, note: requiredText(NOTE_MAX, 'writeOffNote') }).strict(),
    problemRowSchema,
  ),
  'inventory.problems': method(
    M,
    z
      .object({
        status: z.enum(['open', 'all', ...problemStatuses]).default('open'),
        fromMs: z.number().int().nullable().default(null),
        toMs: z.number().int().nullable().default(null),
        limit: z.number().int().min(1).max(1000).default(300),
      })
      .strict(),
    z.object({ items: z.array(problemRowSchema), total: z.number().int() }),
  ),
  /** Problems per item category in a period (the chart on the reports tab). */
  'inventory.problemsByCategory': method(
    M,
    periodSchema,
    z.object({
      rows: z.array(
        z.object({
          category: z.string(),
          damaged: z.number().int(),
          missing: z.number().int(),
          total: z.number().int(),
        }),
      ),
    }),
  ),
  /** Prints one label slip per item on the receipt printer: the code large, the name, its QR. */
  'inventory.printLabels': method(
    M,
    z.object({ ids: z.array(idSchema).min(1).max(50) }).strict(),
    z.object({ jobIds: z.array(z.string()) }),
  ),
  /** An A4 sheet of labels (3 × 8 per page) as PDF, for sticker paper. */
  'inventory.labelSheet': method(
    M,
    z.object({ ids: z.array(idSchema).min(1).max(600) }).strict(),
    fileSchema,
  ),
  'inventory.counts': method(M, z.object({}).strict(), z.object({ items: z.array(stockCountRowSchema) })),
  'inventory.countStart': method(
    M,
    z.object({ note: optionalText(NOTE_MAX, 'note') }).strict(),
    stockCountRowSchema,
  ),
  'inventory.countGet': method(M, byId, stockCountDetailSchema),
  /** An item seen in an open count (scanned or ticked): where, in what condition, how many. */
  'inventory.countCheck': method(
    M,
    z
      .object({
        id: idSchema,
        itemId: idSchema,
        place: itemPlaceSchema.nullable().default(null),
        condition: itemConditionSchema.nullable().default(null),
        quantity: z
          .number()
          .int()
          .min(0, { error: `${E}.stockNegative` })
          .max(1_000_000)
          .nullable()
          .default(null),
      })
      .strict(),
    stockCountDetailSchema,
  ),
  /** The officer signs the count off: its differences are frozen as they are now. */
  'inventory.countSign': method(M, byId, stockCountDetailSchema),
  /** The inventory list or a period's problems as a PDF (with the letterhead) or an xlsx workbook. */
  'inventory.report': method(
    M,
    z
      .object({
        report: z.enum(['list', 'problems']),
        format: z.enum(['pdf', 'xlsx']),
        fromMs: z.number().int().nullable().default(null),
        toMs: z.number().int().nullable().default(null),
        lang: z.enum(['id', 'en']).default('id'),
      })
      .strict(),
    fileSchema,
  ),
} as const satisfies MethodTable;

const placePayload = placeOutSchema;
const itemOf = (p: { id: string }) => p.id;
const itemOfStock = (p: { itemId: string }) => p.itemId;

/** What the central server needs to replay each inventory change (rules in shared/sync/domainRules/inventory.ts). */
export const inventoryOperations = {
  'inventoryItem.created': operation(
    1,
    'inventoryItem',
    z.object({
      id: z.string(),
      assetCode: z.string(),
      name: z.string(),
      category: z.string(),
      kind: itemKindSchema,
      unit: z.string(),
      place: placePayload,
      condition: itemConditionSchema,
      purchasedOn: z.string().nullable(),
      note: z.string(),
      /** The first placement's id (the item's history starts with it). */
      moveId: z.string(),
      createdAt: z.number().int(),
      createdBy: z.string(),
    }),
    itemOf,
  ),
  'inventoryItem.updated': operation(
    1,
    'inventoryItem',
    z.object({
      id: z.string(),
      assetCode: z.string(),
      name: z.string(),
      category: z.string(),
      unit: z.string(),
      condition: itemConditionSchema,
      purchasedOn: z.string().nullable(),
      note: z.string(),
      updatedAt: z.number().int(),
    }),
    itemOf,
  ),
  'inventoryItem.moved': operation(
    1,
    'inventoryItem',
    z.object({
      id: z.string(),
      moveId: z.string(),
      from: placePayload,
      to: placePayload,
      note: z.string(),
      movedAt: z.number().int(),
      movedBy: z.string(),
    }),
    itemOf,
  ),
  /** One stock movement of a consumable: a delta under its own id, summed, never a count written over. */
  'inventoryItem.stockChanged': operation(
    1,
    'inventoryItem',
    z.object({
      itemId: z.string(),
      movementId: z.string(),
      delta: z
        .number()
        .int()
        .refine((d) => d !== 0),
      reason: z.enum(stockReasons),
      note: z.string(),
      at: z.number().int(),
      by: z.string(),
    }),
    itemOfStock,
  ),
  'inventoryProblem.reported': operation(
    1,
    'inventoryProblem',
    z.object({
      id: z.string(),
      itemId: z.string(),
      visitId: z.string().nullable(),
      kind: problemKindSchema,
      severity: damageSeveritySchema.nullable(),
      note: z.string(),
      reportedAt: z.number().int(),
      reportedBy: z.string(),
    }),
    itemOf,
  ),
  'inventoryProblem.repairStarted': operation(
    1,
    'inventoryProblem',
    z.object({ id: z.string(), note: z.string(), at: z.number().int(), by: z.string() }),
    itemOf,
  ),
  'inventoryProblem.fixed': operation(
    1,
    'inventoryProblem',
    z.object({ id: z.string(), note: z.string(), at: z.number().int(), by: z.string() }),
    itemOf,
  ),
  'inventoryProblem.writtenOff': operation(
    1,
    'inventoryProblem',
    z.object({ id: z.string(), note: z.string(), at: z.number().int(), by: z.string() }),
    itemOf,
  ),
  'stockCount.started': operation(
    1,
    'stockCount',
    z.object({ id: z.string(), note: z.string(), startedAt: z.number().int(), startedBy: z.string() }),
    itemOf,
  ),
  'stockCount.itemChecked': operation(
    1,
    'stockCount',
    z.object({
      id: z.string(),
      itemId: z.string(),
      place: placePayload,
      condition: itemConditionSchema,
      quantity: z.number().int().nullable(),
      checkedAt: z.number().int(),
      checkedBy: z.string(),
    }),
    itemOf,
  ),
  'stockCount.signedOff': operation(
    1,
    'stockCount',
    z.object({
      id: z.string(),
      signedAt: z.number().int(),
      signedBy: z.string(),
      differences: z.array(countDifferenceSchema),
    }),
    itemOf,
  ),
} as const satisfies OperationTable;
