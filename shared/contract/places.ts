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

/** A desk today, as a public screen may show it: no names, only whether someone is there. */
export const deskStates = ['free', 'occupied', 'reserved'] as const;
export type DeskState = (typeof deskStates)[number];
export const desksTodaySchema = z.object({
  day: z.string(),
  total: z.number().int(),
  free: z.number().int(),
  items: z.array(placeSchema.extend({ state: z.enum(deskStates) })),
});
export type DesksToday = z.output<typeof desksTodaySchema>;

/**
 * Where things are in the room, on a grid the officer draws on (issue 9): desks by number, and the
 * landmarks a visitor finds their way by. Cells, not pixels, so the map scales to any screen.
 */
export const landmarkKinds = [
  'entrance',
  'serviceDesk',
  'lockers',
  'window',
  'restroom',
  'prayerRoom',
  'label',
] as const;
export type LandmarkKind = (typeof landmarkKinds)[number];
const cell = z.number().int().min(0).max(59);
const span = z.number().int().min(1).max(20);
const box = { x: cell, y: cell, w: span, h: span };
export const floorPlanSchema = z
  .object({
    columns: z.number().int().min(4).max(60),
    rows: z.number().int().min(4).max(60),
    desks: z.array(z.object({ number: z.number().int().min(1).max(999), ...box })).max(500),
    landmarks: z
      .array(
        z.object({
          kind: z.enum(landmarkKinds),
          label: humanText(40, 'label').nullable().default(null),
          ...box,
        }),
      )
      .max(50),
  })
  .superRefine((plan, ctx) => {
    const outside = (b: { x: number; y: number; w: number; h: number }) =>
      b.x + b.w > plan.columns || b.y + b.h > plan.rows;
    plan.desks.forEach((d, i) => {
      if (outside(d))
        ctx.addIssue({ code: 'custom', path: ['desks', i], message: 'errors.floorPlan.outside' });
      if (plan.desks.findIndex((o) => o.number === d.number) !== i)
        ctx.addIssue({ code: 'custom', path: ['desks', i], message: 'errors.floorPlan.deskTwice' });
    });
    plan.landmarks.forEach((l, i) => {
      if (outside(l))
        ctx.addIssue({ code: 'custom', path: ['landmarks', i], message: 'errors.floorPlan.outside' });
    });
  });
export type FloorPlan = z.output<typeof floorPlanSchema>;

export const placeMethods = {
  'desks.list': method('public', noInput, placeListSchema),
  'desks.replace': method(
    'settings.manage',
    z.object({ items: z.array(placeSchema).min(1).max(500) }).strict(),
    placeListSchema,
  ),
  /** Today's desks for the kiosk's home screen and room map: free, occupied or reserved, no names. */
  'desks.today': method('public', noInput, desksTodaySchema),
  /** The room map; null until the officer has drawn one. */
  'floorPlan.get': method('public', noInput, floorPlanSchema.nullable()),
  'floorPlan.save': method('settings.manage', floorPlanSchema.strict(), floorPlanSchema),
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
  'floorPlan.saved': operation(1, 'settings', floorPlanSchema, () => 'floorPlan'),
} as const;
