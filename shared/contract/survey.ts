// The contract of the satisfaction survey (SKM, PermenPANRB 14/2017) and its index (IKM): the visitor
// answers at the kiosk (public), the officer reads the index and exports the report (reports.read),
// and two sync operations carry a survey slot from its service event to its one answer.
import { z } from 'zod';
import { respondentProfileSchema, surveyAnswerSetSchema } from '../survey/answerSet';
import { periodKeySchema, surveyPeriodKinds } from '../survey/period';
import { ikmGradeKeys } from '../survey/ikm';
import { QUESTIONNAIRE_VERSION, surveyElementKeys } from '../survey/questionnaire';
import { serviceIds } from '../serviceStandards/serviceIds';
import { operation } from '../sync/operation';
import type { OperationTable } from '../sync/operation';
import { daySchema, langSchema, noInput } from './fields';
import { method } from './method';
import type { MethodTable } from './method';

export const surveyServiceIdSchema = z.enum(serviceIds, { error: 'errors.survey.serviceInvalid' });

/** A survey token as printed in a QR or carried by the kiosk: 'SV1' + 26 Crockford base32 characters. */
export const surveyTokenSchema = z
  .string()
  .trim()
  .max(64, { error: 'errors.survey.tokenInvalid' })
  .regex(/^SV1[0-9A-HJKMNP-TV-Z]{26}$/i, { error: 'errors.survey.tokenInvalid' })
  .transform((s) => s.toUpperCase());

const scoreSchema = z.number().int().min(1).max(4);
const scoresSchema = z.object(
  Object.fromEntries(surveyElementKeys.map((k) => [k, scoreSchema])) as Record<
    (typeof surveyElementKeys)[number],
    typeof scoreSchema
  >,
);

const elementIndexSchema = z.object({
  key: z.enum(surveyElementKeys),
  sum: z.number(),
  mean: z.number(),
  weightedMean: z.number(),
  index: z.number(),
  grade: z.enum(ikmGradeKeys),
});

export const surveyIndexSchema = z.object({
  serviceId: surveyServiceIdSchema.nullable(),
  period: z.string(),
  from: daySchema,
  to: daySchema,
  respondents: z.number().int(),
  /** Service users in the period (N): counted, or the number the officer gave. */
  population: z.number().int(),
  populationCounted: z.number().int(),
  sampleTarget: z.number().int(),
  index: z
    .object({
      total: z.number(),
      elements: z.array(elementIndexSchema),
      ikm: z.number(),
      ikmUnrounded: z.number(),
      grade: z.enum(ikmGradeKeys),
      weakestElements: z.array(z.enum(surveyElementKeys)),
      ikmWithPublishedWeight: z.number(),
      gradeWithPublishedWeight: z.enum(ikmGradeKeys),
    })
    .nullable(),
  /** Per element, how many gave score 1…4. */
  distribution: z.record(z.string(), z.array(z.number().int())),
  profile: z.record(
    z.string(),
    z.array(z.object({ key: z.string().nullable(), count: z.number().int(), percent: z.number() })),
  ),
  /** The quarters of the period's year, for the per-quarter chart. */
  quarters: z.array(
    z.object({
      period: z.string(),
      respondents: z.number().int(),
      ikm: z.number().nullable(),
      grade: z.enum(ikmGradeKeys).nullable(),
      elements: z.array(z.number()).nullable(),
    }),
  ),
  suggestions: z.array(z.object({ day: daySchema, serviceId: surveyServiceIdSchema, text: z.string() })),
});
export type SurveyIndexView = z.infer<typeof surveyIndexSchema>;

const indexInput = z
  .object({
    /** null: every service together. */
    serviceId: surveyServiceIdSchema.nullable(),
    /** null: the quarter the site is in today. */
    period: periodKeySchema.nullable().default(null),
    /** The officer's own count of service users, when the kiosk's count is not the whole story. */
    population: z.number().int().min(0).max(10_000_000).nullable().default(null),
  })
  .strict();

export const surveyMethods = {
  /** A visitor's answers at the kiosk: after a service event (its token) or from the home screen. */
  'survey.answer': method(
    'public',
    z
      .object({
        serviceId: surveyServiceIdSchema,
        token: surveyTokenSchema.nullable(),
        answerSet: surveyAnswerSetSchema,
      })
      .strict(),
    z.object({ responseId: z.string() }),
  ),
  /** How long this kiosk still waits before it takes an answer without a token (0: it takes one now). */
  'survey.kioskStatus': method('public', noInput, z.object({ coolDownSeconds: z.number().int().min(0) })),
  /** The index per service and period, with what the report shows beside it. */
  'survey.index': method('reports.read', indexInput, surveyIndexSchema, { audit: 'read' }),
  /** The SKM report as the office files it (xlsx), for one service (or all) and one period. */
  'survey.export': method(
    'reports.read',
    indexInput.extend({ lang: langSchema.default('id') }),
    z.object({ filename: z.string(), mime: z.string(), contentBase64: z.string() }),
    { audit: 'action' },
  ),
} as const satisfies MethodTable;

/** Stored scores: the nine answers by key. */
export const surveyScoresSchema = scoresSchema;
export const surveyPeriodKindSchema = z.enum(surveyPeriodKinds);

const byId = (p: { id: string }) => p.id;

export const surveyOperations = {
  /**
   * A survey slot opened for one service event (a coworking visit, a guest entry): its id is derived
   * from the event, so the event has one slot whichever kiosk issues it; the server learns only the
   * token's hash, never the token that opens the survey.
   */
  'survey.tokenIssued': operation(
    1,
    'surveyResponse',
    z.object({
      id: z.string().min(1).max(128),
      serviceId: surveyServiceIdSchema,
      tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
      issuedAt: z.number().int(),
      issuedDay: daySchema,
    }),
    byId,
  ),
  /** One answered questionnaire; a slot (a token) is answered once anywhere. */
  'survey.answered': operation(
    1,
    'surveyResponse',
    z.object({
      id: z.string().min(1).max(128),
      serviceId: surveyServiceIdSchema,
      /** Null: answered at a kiosk without a service event (the home screen). */
      tokenHash: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable(),
      channel: z.enum(['kiosk', 'portal']),
      answeredAt: z.number().int(),
      answeredDay: daySchema,
      questionnaireVersion: z.string().max(64).default(QUESTIONNAIRE_VERSION),
      answers: scoresSchema,
      profile: respondentProfileSchema,
      suggestion: z.string().max(4000).nullable(),
    }),
    byId,
  ),
} as const satisfies OperationTable;
