// The contract of the 15 service standards of decree 18/2024: its methods, events and sync operations (electron/services/README.md).
// The catalogue itself ships with the app (shared/serviceStandards); what travels is the officers'
// corrections, one per service, field and language, the last one received winning.
import { z } from 'zod';
import { entryFields } from '../serviceStandards/catalogue';
import { checkCorrectionText, correctionLimits } from '../serviceStandards/fieldText';
import { serviceIds } from '../serviceStandards/serviceIds';
import { operation, type OperationTable } from '../sync/operation';
import { langSchema } from './fields';
import { method, type MethodTable } from './method';
import { printJobSchema } from './printing';

const serviceIdSchema = z.enum(serviceIds, { error: 'errors.standards.unknownService' });
const fieldSchema = z.enum(entryFields, { error: 'errors.standards.unknownField' });

/** Which text a correction is about: one field of one service in one language. */
const correctionKey = z.object({ serviceId: serviceIdSchema, field: fieldSchema, lang: langSchema });

/** The record id of a correction on the server and in the outbox: `lapor:requirements:id`. */
export const correctionId = (c: { serviceId: string; field: string; lang: string }): string =>
  `${c.serviceId}:${c.field}:${c.lang}`;

/**
 * An officer's correction as it syncs. `text` is already clean (checkCorrectionText) and null for a
 * reset to the decree's text; `catalogueVersion` is the shipped text it corrected.
 */
export const entryCorrectedPayload = correctionKey
  .extend({
    text: z.string().min(1).max(correctionLimits.totalChars).nullable(),
    catalogueVersion: z.number().int().min(1),
  })
  .strict()
  .refine(
    (p) => {
      if (p.text === null) return true;
      const check = checkCorrectionText(p.field, p.text);
      return check.ok && check.text === p.text;
    },
    { error: 'errors.standards.textInvalid', path: ['text'] },
  );
export type EntryCorrectedPayload = z.output<typeof entryCorrectedPayload>;

export const correctionSchema = z.object({
  serviceId: serviceIdSchema,
  field: fieldSchema,
  lang: langSchema,
  text: z.string().nullable(),
  catalogueVersion: z.number().int(),
  correctedAt: z.number(),
});
export type CorrectionRecord = z.infer<typeof correctionSchema>;

const correctInput = correctionKey
  .extend({
    text: z
      .string({ error: 'errors.standards.textRequired' })
      .max(correctionLimits.totalChars * 2, { error: 'errors.standards.tooLong' }),
  })
  .strict()
  .transform((input, ctx) => {
    const check = checkCorrectionText(input.field, input.text);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: check.messageKey });
      return z.NEVER;
    }
    return { ...input, text: check.text };
  });

const serviceInLang = z.object({ serviceId: serviceIdSchema, lang: langSchema }).strict();

export const standardsMethods = {
  /** The corrections the screens lay over the shipped catalogue (public: the catalogue is public). */
  'standards.corrections.list': method(
    'public',
    z.object({}).strict(),
    z.object({ catalogueVersion: z.number().int(), items: z.array(correctionSchema) }),
  ),
  'standards.entry.correct': method('settings.manage', correctInput, correctionSchema),
  /** Back to the decree's text for this field and language. */
  'standards.entry.reset': method('settings.manage', correctionKey.strict(), correctionSchema),
  /** The service's page on the visitor's phone (the central portal), for the QR; null before this kiosk joined a site. */
  'standards.phoneLink': method('public', serviceInLang, z.object({ url: z.string().nullable() })),
  /** The service's standard on a slip, through the print queue. */
  'standards.slip.print': method('public', serviceInLang, printJobSchema),
} as const satisfies MethodTable;

export const standardsOperations = {
  'standards.entryCorrected': operation(1, 'serviceStandard', entryCorrectedPayload, correctionId),
} as const satisfies OperationTable;
