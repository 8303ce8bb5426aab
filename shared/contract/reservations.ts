// Reservations (SOP 97 step 1): who reserved which day, and the QR token they scan at the desk.
import { z } from 'zod';
import { operation } from '../sync/operation';
import {
  daySchema,
  emailSchema,
  fullNameSchema,
  idSchema,
  phoneInputSchema,
  reasonSchema,
  requestKeySchema,
} from './fields';
import { cleanText } from '../text';
import { method } from './method';

/**
 * The wording of the consent a visitor gives when reserving, at the kiosk and on the portal. Bump the
 * version whenever the text in the renderer's catalogue (`register.consentText`) changes, so each
 * visitor row records what they saw.
 */
export const CONSENT_VERSION = '2026-12-v2';

export const reservationStatuses = ['booked', 'checked_in', 'completed', 'cancelled', 'no_show'] as const;
export const reservationStatusSchema = z.enum(reservationStatuses);
export const reservationSources = ['kiosk', 'officer', 'portal'] as const;

export const reservationRowSchema = z.object({
  id: z.string(),
  day: daySchema,
  fullName: z.string(),
  email: z.string(),
  phone: z.string(),
  deskNumber: z.number().int().nullable(),
  status: reservationStatusSchema,
  source: z.enum(reservationSources),
  createdAt: z.number(),
});
export type ReservationRow = z.infer<typeof reservationRowSchema>;

const deskChoice = z.number().int().min(1).max(999).nullable();
const searchQuery = z.string().max(100).transform(cleanText);

export const reservationMethods = {
  'reservations.createWalkIn': method(
    'public',
    z
      .object({
        requestKey: requestKeySchema,
        fullName: fullNameSchema,
        email: emailSchema,
        phone: phoneInputSchema,
        consent: z.literal(true, { error: 'errors.field.consentRequired' }),
      })
      .strict(),
    z.object({
      reservationId: z.string(),
      token: z.string(),
      day: daySchema,
      firstName: z.string(),
      phone: z.string(),
    }),
  ),
  'reservations.list': method(
    'reservations.read',
    z
      .object({
        day: daySchema.optional(),
        query: searchQuery.optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    z.object({ items: z.array(reservationRowSchema), total: z.number().int() }),
    { audit: 'read' },
  ),
  'reservations.create': method(
    'reservations.write',
    z
      .object({
        fullName: fullNameSchema,
        email: emailSchema,
        phone: phoneInputSchema,
        day: daySchema,
        deskNumber: deskChoice.default(null),
        consent: z.literal(true, { error: 'errors.field.consentRequired' }),
      })
      .strict(),
    z.object({ reservation: reservationRowSchema, token: z.string() }),
  ),
  'reservations.update': method(
    'reservations.write',
    z.object({ id: idSchema, day: daySchema, deskNumber: deskChoice }).strict(),
    reservationRowSchema,
  ),
  'reservations.cancel': method(
    'reservations.write',
    z.object({ id: idSchema, reason: reasonSchema }).strict(),
    reservationRowSchema,
  ),
  /** The reservation's QR again (a visitor lost it): an action on record. */
  'reservations.ticket': method(
    'reservations.read',
    z.object({ id: idSchema }).strict(),
    z.object({ token: z.string(), day: daySchema, firstName: z.string() }),
    { audit: 'action' },
  ),
} as const;

const byId = (p: { id: string }) => p.id;

/** What the central server needs to replay each reservation change (sync.md §3.6 for the rules). */
export const reservationOperations = {
  'reservation.created': operation(
    1,
    'reservation',
    z.object({
      id: z.string(),
      visitorId: z.string(),
      day: daySchema,
      deskNumber: z.number().int().nullable(),
      source: z.enum(reservationSources),
      token: z.string(),
      fullName: z.string(),
      email: z.string(),
      phone: z.string(),
      consentVersion: z.string(),
      createdAt: z.number().int(),
    }),
    byId,
  ),
  'reservation.updated': operation(
    1,
    'reservation',
    z.object({ id: z.string(), day: daySchema, deskNumber: z.number().int().nullable() }),
    byId,
  ),
  'reservation.cancelled': operation(
    1,
    'reservation',
    z.object({ id: z.string(), reason: z.string() }),
    byId,
  ),
  /** The day passed and the visitor never came (set by the stay monitor). */
  'reservation.noShow': operation(1, 'reservation', z.object({ id: z.string(), day: daySchema }), byId),
} as const;
