// The audit log as the admin reads it: who did what, when, on which kiosk, to whose data.
import { z } from 'zod';
import { daySchema, idSchema } from './fields';
import { method } from './method';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.number(),
  /** 'kiosk', 'system' or 'officer:<id>'. */
  actor: z.string(),
  /** The officer's name when the actor is an officer (as their account names them now). */
  actorName: z.string().nullable(),
  deviceId: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** The visitor whose data the row is about, when it is about one. */
  visitorId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditFilterSchema = z
  .object({
    officerId: idSchema.optional(),
    /** An action or the start of one: 'visits.' finds every visit action. */
    action: z.string().max(64).optional(),
    visitorId: idSchema.optional(),
    from: daySchema.optional(),
    to: daySchema.optional(),
  })
  .strict();

export const auditMethods = {
  'audit.list': method(
    'audit.read',
    auditFilterSchema.extend({
      limit: z.number().int().min(1).max(500).default(100),
      /** The id of the last row of the previous page (rows come newest first). */
      before: z.number().int().optional(),
    }),
    z.object({ items: z.array(auditEntrySchema) }),
  ),
  /** The filtered log as CSV, safe to open in a spreadsheet (no cell is read as a formula). */
  'audit.exportCsv': method(
    'audit.read',
    auditFilterSchema,
    z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() }),
    { audit: 'action' },
  ),
} as const;
