// A visitor's personal data (UU 27/2022): found, exported and erased by an officer who may, kept no
// longer than the site's retention period.
import { z } from 'zod';
import { operation } from '../sync/operation';
import { daySchema, idSchema, reasonSchema } from './fields';
import { cleanText } from '../text';
import { method } from './method';

export const visitorSummarySchema = z.object({
  id: z.string(),
  fullName: z.string(),
  email: z.string(),
  phone: z.string(),
  reservations: z.number().int(),
  lastDay: daySchema.nullable(),
  createdAt: z.number(),
  erasedAt: z.number().nullable(),
});
export type VisitorSummary = z.infer<typeof visitorSummarySchema>;

export const visitorMethods = {
  'visitors.search': method(
    'visitors.manage',
    z.object({ query: z.string().min(2).max(100).transform(cleanText) }).strict(),
    z.object({ items: z.array(visitorSummarySchema) }),
    { audit: 'read' },
  ),
  /** Everything kept about one visitor, as a file for them (JSON) or a spreadsheet (CSV). */
  'visitors.export': method(
    'visitors.manage',
    z.object({ visitorId: idSchema, format: z.enum(['json', 'csv']) }).strict(),
    z.object({ filename: z.string(), mime: z.string(), content: z.string() }),
    { audit: 'read' },
  ),
  /** Anonymises the visitor: name, e-mail and phone gone; the counts the recaps need stay. */
  'visitors.erase': method(
    'visitors.manage',
    z.object({ visitorId: idSchema, reason: reasonSchema }).strict(),
    visitorSummarySchema,
  ),
} as const;

export const visitorOperations = {
  'visitor.erased': operation(
    1,
    'visitor',
    z.object({ id: z.string(), erasedAt: z.number().int(), reason: z.string() }),
    (p) => p.id,
  ),
} as const;
