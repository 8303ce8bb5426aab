// Coworking visits (SOP 97 steps 4–7): a reservation checked in to a desk, maybe a locker, for at
// most 7 hours, then checked out by the visitor's checklist and the officer's desk check.
import { z } from 'zod';
import { scanSources } from '../scanEvent';
import { cleanText } from '../text';
import { operation } from '../sync/operation';
import { daySchema, idSchema, noInput, reasonSchema } from './fields';
import { method } from './method';
import { checkoutItemProblemSchema } from './inventory';

export const warningLevelSchema = z.enum(['none', 'first_warning', 'final_warning', 'overstay']);
export const visitStatusSchema = z.enum(['open', 'awaiting_check', 'closed']);
export const closeKindSchema = z.enum(['confirmed', 'problem', 'left_without_checkout', 'auto_limit']);
export type CloseKind = z.infer<typeof closeKindSchema>;
export const deskProblemSchema = z.enum(['damage', 'missing_item', 'not_tidy']);
export const checklistSchema = z
  .object({
    deskTidy: z.boolean(),
    chairBack: z.boolean(),
    equipmentReturned: z.boolean(),
    lockerKeyReturned: z.boolean(),
  })
  .strict();
export type Checklist = z.infer<typeof checklistSchema>;

export const visitSchema = z.object({
  id: z.string(),
  reservationId: z.string(),
  fullName: z.string(),
  phone: z.string(),
  deskNumber: z.number().int(),
  lockerNumber: z.number().int().nullable(),
  lockerKeyOut: z.boolean(),
  startedAt: z.number(),
  endsAt: z.number(),
  status: visitStatusSchema,
  checkoutRequestedAt: z.number().nullable(),
  checklist: checklistSchema.nullable(),
  closedAt: z.number().nullable(),
  closeKind: closeKindSchema.nullable(),
  officerNote: z.string().nullable(),
  problems: z.array(deskProblemSchema),
  checkInMethod: z.enum(['scan', 'manual']),
  warning: warningLevelSchema,
});
export type Visit = z.infer<typeof visitSchema>;

export const deskStateSchema = z.enum(['free', 'in_use', 'awaiting_check', 'overstay']);
export const boardSchema = z.object({
  now: z.number(),
  desks: z.array(
    z.object({
      number: z.number().int(),
      label: z.string(),
      state: deskStateSchema,
      visitId: z.string().nullable(),
      fullName: z.string().nullable(),
      endsAt: z.number().nullable(),
      warning: warningLevelSchema,
    }),
  ),
  openVisits: z.array(visitSchema),
  lockers: z.array(
    z.object({
      number: z.number().int(),
      label: z.string(),
      visitId: z.string().nullable(),
      deskNumber: z.number().int().nullable(),
      keyOut: z.boolean(),
    }),
  ),
  today: z.object({
    day: daySchema,
    reserved: z.number().int(),
    arrived: z.number().int(),
    notYetArrived: z.number().int(),
    noShows: z.number().int(),
    completed: z.number().int(),
  }),
});
export type Board = z.infer<typeof boardSchema>;

const visitId = idSchema;
const deskNumber = z.number().int().min(1).max(999);

export const visitMethods = {
  'visits.board': method('visits.read', noInput, boardSchema, { audit: 'read' }),
  'visits.history': method(
    'visits.read',
    z
      .object({
        day: daySchema.optional(),
        query: z.string().max(100).transform(cleanText).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({ items: z.array(visitSchema) }),
    { audit: 'read' },
  ),
  'visits.manualCheckIn': method(
    'visits.write',
    z
      .object({
        reservationId: idSchema,
        reason: reasonSchema,
        deskNumber: deskNumber.nullable().default(null),
      })
      .strict(),
    visitSchema,
  ),
  'visits.changeDesk': method('visits.write', z.object({ visitId, deskNumber }).strict(), visitSchema),
  'visits.assignLocker': method(
    'visits.write',
    z.object({ visitId, lockerNumber: deskNumber.nullable(), keyHandedOut: z.boolean() }).strict(),
    visitSchema,
  ),
  'visits.confirmCheckout': method(
    'visits.write',
    z
      .object({
        visitId,
        problems: z.array(deskProblemSchema).max(3),
        note: z.string().max(500).transform(cleanText).optional(),
        /** The desk's items the officer found damaged or missing (issue 12), recorded with the closing. */
        itemProblems: z.array(checkoutItemProblemSchema).max(30).default([]),
      })
      .strict(),
    visitSchema,
  ),
  'visits.closeWithoutCheckout': method(
    'visits.write',
    z.object({ visitId, reason: reasonSchema }).strict(),
    visitSchema,
  ),
} as const;

export const visitEvents = {
  /** The stay monitor: a visit crossed its 30- or 10-minute mark or overstayed (SOP 97 step 6). */
  'visits.warning': z.object({
    visitId: z.string(),
    deskNumber: z.number().int(),
    level: warningLevelSchema,
  }),
} as const;

const byId = (p: { id: string }) => p.id;

export const visitOperations = {
  'visit.started': operation(
    1,
    'visit',
    z.object({
      id: z.string(),
      reservationId: z.string(),
      desk: z.number().int(),
      startedAt: z.number().int(),
      endsAt: z.number().int(),
      method: z.enum(['scan', 'manual']),
      /** Which scanner read the code, for a scan check-in. */
      scan: z
        .object({ source: z.enum(scanSources), deviceId: z.string(), symbology: z.string().nullable() })
        .nullable(),
    }),
    byId,
  ),
  'visit.deskChanged': operation(1, 'visit', z.object({ id: z.string(), desk: z.number().int() }), byId),
  'visit.lockerChanged': operation(
    1,
    'visit',
    z.object({ id: z.string(), locker: z.number().int().nullable(), keyOut: z.boolean() }),
    byId,
  ),
  'visit.checkoutRequested': operation(
    1,
    'visit',
    z.object({ id: z.string(), at: z.number().int(), checklist: checklistSchema }),
    byId,
  ),
  'visit.closed': operation(
    1,
    'visit',
    z.object({
      id: z.string(),
      closedAt: z.number().int(),
      kind: closeKindSchema,
      problems: z.array(deskProblemSchema),
      note: z.string().nullable(),
    }),
    byId,
  ),
} as const;
