// The numbered desks and lockers of the space (SOP 97 step 6), set by the officer in settings.
import { z } from 'zod';
import { operation } from '../sync/operation';
import { humanText, noInput } from './fields';
import { method } from './method';

export const placeSchema = z.object({
  number: z.number().int().min(1).max(999),
  label: humanText(40, 'label'),
  /** Where it is: "Ruang A", "Dekat jendela" (optional). */
  zone: humanText(40, 'zone').nullable().default(null),
});
export type Place = z.output<typeof placeSchema>;
export const placeListSchema = z.object({ items: z.array(placeSchema).max(500), isDemo: z.boolean() });
export type PlaceList = z.output<typeof placeListSchema>;

export const placeMethods = {
  'desks.list': method('public', noInput, placeListSchema),
  'desks.replace': method(
    'settings.manage',
    z.object({ items: z.array(placeSchema).min(1).max(500) }).strict(),
    placeListSchema,
  ),
  'lockers.list': method('public', noInput, placeListSchema),
  'lockers.replace': method(
    'settings.manage',
    z.object({ items: z.array(placeSchema).max(500) }).strict(),
    placeListSchema,
  ),
} as const;

const placeItems = z.object({
  items: z.array(z.object({ number: z.number().int(), label: z.string(), zone: z.string().nullable() })),
});

export const placeOperations = {
  'desks.replaced': operation(1, 'desks', placeItems, () => 'all'),
  'lockers.replaced': operation(1, 'lockers', placeItems, () => 'all'),
} as const;
