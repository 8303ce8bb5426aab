// The contract of the monthly, quarterly and yearly reports with their review trail (rekap; SOP 97
// steps 2–3): the officer previews a period's figures and submits a revision; the Kasi comments and
// corrects, then returns it with a reason or forwards it to a Kabid (frozen from then on); the Kabid
// acknowledges receipt. The PDF and the xlsx are made from a revision's frozen snapshot.
import { z } from 'zod';
import { operation } from '../sync/operation';
import {
  RECAP_SNAPSHOT_MAX_BYTES,
  correctableFigures,
  recapFiguresSchema,
  recapPeriodKinds,
  recapTotalsSchema,
  type RecapPeriodKind,
} from '../recaps/figures';
import { parsePeriodKey } from '../survey/period';
import {
  recapCorrectionSchema,
  recapKopSchema,
  recapRecordSchema,
  recapSignerSchema,
  recapStatuses,
  recapTrailEntrySchema,
} from '../recaps/recapRecord';
import { boundedText, idSchema, langSchema } from './fields';
import { method, type MethodTable } from './method';
import type { OperationTable } from '../sync/operation';

const E = 'errors.recaps';

/** Officer text: normalised, then bounded; a huge paste is refused before normalising. */
const text = (min: number, max: number, key: string) => boundedText(E, key, max, min);

export const recapCommentSchema = text(3, 1000, 'comment');
export const recapReasonSchema = text(5, 1000, 'reason');

/** A month '2026-11', a quarter '2026-Q4' or a year '2026', of the kind named beside it. */
export const recapPeriodSchema = z
  .object({ periodKind: z.enum(recapPeriodKinds), period: z.string().max(10) })
  .superRefine((p, ctx) => {
    const parsed = parsePeriodKey(p.period);
    if (!parsed || parsed.kind !== (p.periodKind as RecapPeriodKind))
      ctx.addIssue({ code: 'custom', path: ['period'], message: `${E}.periodInvalid` });
  });

/** A revision as the lists show it: the trail and the corrected totals, not the users. */
export const recapSummarySchema = recapRecordSchema.omit({ figures: true }).extend({
  totals: recapTotalsSchema,
  from: z.string(),
  to: z.string(),
});
export type RecapSummary = z.infer<typeof recapSummarySchema>;

export const recapDetailSchema = z.object({
  record: recapRecordSchema,
  /** The totals after the reviewer's corrections. */
  totals: recapTotalsSchema,
});
export type RecapDetail = z.infer<typeof recapDetailSchema>;

const fileSchema = z.object({ filename: z.string(), mime: z.string(), contentBase64: z.string() });

const byId = z.object({ id: idSchema }).strict();

export const recapsMethods = {
  /** The period's figures as they are now, with the list of users: a read of personal data, audited. */
  'recaps.preview': method('recaps.prepare', recapPeriodSchema, z.object({ figures: recapFiguresSchema }), {
    audit: 'read',
  }),
  /** The revisions of one period (or the latest ones), newest first; open to all three roles. */
  'recaps.list': method(
    'signedIn',
    z
      .object({
        periodKind: z.enum(recapPeriodKinds).optional(),
        period: z.string().max(10).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    z.object({ items: z.array(recapSummarySchema) }),
  ),
  /** One revision with its figures and the users: audited. */
  'recaps.get': method('signedIn', byId, recapDetailSchema, { audit: 'read' }),
  /** Officers a revision may be forwarded to (active, with recaps.receive). */
  'recaps.receivers': method(
    'recaps.review',
    z.object({}).strict(),
    z.object({ items: z.array(z.object({ id: z.string(), fullName: z.string() })) }),
  ),
  /** The officer submits the period's figures as they are now: a new revision. */
  'recaps.submit': method('recaps.prepare', recapPeriodSchema, recapSummarySchema),
  /** The Kasi's comment, with a correction of one total when it has one. */
  'recaps.comment': method(
    'recaps.review',
    z
      .object({
        id: idSchema,
        text: recapCommentSchema,
        correction: z
          .object({
            figure: z.enum(correctableFigures, { error: `${E}.figureInvalid` }),
            value: z
              .number({ error: `${E}.valueInvalid` })
              .int({ error: `${E}.valueInvalid` })
              .min(0, { error: `${E}.valueInvalid` })
              .max(10_000_000, { error: `${E}.valueInvalid` }),
          })
          .strict()
          .nullable()
          .default(null),
      })
      .strict(),
    recapSummarySchema,
  ),
  'recaps.return': method(
    'recaps.review',
    z.object({ id: idSchema, reason: recapReasonSchema }).strict(),
    recapSummarySchema,
  ),
  'recaps.forward': method(
    'recaps.review',
    z.object({ id: idSchema, receiverId: idSchema }).strict(),
    recapSummarySchema,
  ),
  'recaps.acknowledge': method('recaps.receive', byId, recapSummarySchema),
  /** The revision's PDF as the office files it (a forwarded one is the same bytes wherever it is made). */
  'recaps.pdf': method(
    'signedIn',
    z.object({ id: idSchema, lang: langSchema.default('id') }).strict(),
    fileSchema,
    {
      audit: 'read',
    },
  ),
  /** The raw tables of the revision as an xlsx workbook. */
  'recaps.xlsx': method('signedIn', byId, fileSchema, { audit: 'read' }),
} as const satisfies MethodTable;

const entityOf = (p: { id: string }) => p.id;

/** What the central server needs to replay each step of a revision (rules in shared/sync/domainRules). */
export const recapsOperations = {
  'recap.submitted': operation(
    1,
    'recap',
    z
      .object({
        id: z.string(),
        periodKind: z.enum(recapPeriodKinds),
        period: z.string().max(10),
        revision: z.number().int().min(1),
        supersedes: z.string().nullable(),
        figures: recapFiguresSchema,
        preparedBy: recapSignerSchema,
        submittedAt: z.number().int(),
      })
      .superRefine((p, ctx) => {
        if (new TextEncoder().encode(JSON.stringify(p.figures)).length > RECAP_SNAPSHOT_MAX_BYTES)
          ctx.addIssue({ code: 'custom', path: ['figures'], message: `${E}.tooLarge` });
      }),
    entityOf,
  ),
  'recap.commented': operation(
    1,
    'recap',
    z.object({
      id: z.string(),
      noteId: z.string(),
      text: z.string().max(4000),
      correction: recapCorrectionSchema.nullable(),
      by: recapSignerSchema,
      at: z.number().int(),
    }),
    entityOf,
  ),
  'recap.returned': operation(
    1,
    'recap',
    z.object({ id: z.string(), reason: z.string().max(4000), by: recapSignerSchema, at: z.number().int() }),
    entityOf,
  ),
  'recap.forwarded': operation(
    1,
    'recap',
    z.object({
      id: z.string(),
      to: recapSignerSchema,
      by: recapSignerSchema,
      at: z.number().int(),
      kop: recapKopSchema,
    }),
    entityOf,
  ),
  'recap.acknowledged': operation(
    1,
    'recap',
    z.object({ id: z.string(), by: recapSignerSchema, at: z.number().int() }),
    entityOf,
  ),
} as const satisfies OperationTable;

export { recapStatuses, recapTrailEntrySchema };
