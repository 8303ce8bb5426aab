// The contract of buku tamu (service standard no. 15): its methods, events and sync operations (electron/services/README.md).
// A guest registers at the kiosk without signing in (name, institution or "pribadi", phone, purpose,
// whom to meet, with a letter or in person) and gets a queue number; an officer with 'guests.serve'
// sees the queue against the 35-minute standard, records how the guest was served or where they were
// directed, and closes the entry. Reading the guest lists is a read of personal data (audited).
import { z } from 'zod';
import { queuePrefixPattern } from '../guestbook/queueNumber';
import { serviceIds } from '../serviceStandards/serviceIds';
import { operation } from '../sync/operation';
import {
  boundedText,
  daySchema,
  fullNameSchema,
  idSchema,
  langSchema,
  noInput,
  phoneInputSchema,
  reasonSchema,
  requestKeySchema,
} from './fields';
import type { MethodTable } from './method';
import { method } from './method';
import type { OperationTable } from '../sync/operation';

/**
 * The wording of the consent a guest gives (`guestbook.consentText` in the renderer's catalogue).
 * Bump it whenever that text changes, so each entry records what the guest saw.
 */
export const GUEST_CONSENT_VERSION = '2026-12-g1';

/**
 * Guest or officer text: normalised, then bounded; a huge input is refused before normalising.
 * Message keys are the guest book's own (`errors.guestbook.<key>Required|TooLong`).
 */
const guestText = (max: number, key: string) => boundedText('errors.guestbook', key, max);

export const institutionSchema = guestText(120, 'institution');
export const purposeOtherSchema = guestText(200, 'purposeOther');
export const meetSchema = guestText(100, 'meet');
export const serviceNoteSchema = guestText(300, 'serviceNote');
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'errors.guestbook.monthInvalid' });

export const guestStatuses = ['waiting', 'served', 'closed'] as const;
export const guestStatusSchema = z.enum(guestStatuses);
export type GuestStatus = z.infer<typeof guestStatusSchema>;
/** Served here, or sent on to the right office or officer ("diarahkan"). */
export const guestOutcomeSchema = z.enum(['served', 'directed']);
/** Done after being served, or the guest left before they were called. */
export const guestCloseKindSchema = z.enum(['done', 'left']);
export const waitLevelSchema = z.enum(['ok', 'soon', 'over']);
export const serviceIdSchema = z.enum(serviceIds);

/** A purpose as the kiosk's form sends it. */
export const purposeInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('service'), serviceId: serviceIdSchema }).strict(),
  z.object({ kind: z.literal('other'), text: purposeOtherSchema }).strict(),
]);

/** Who the guest is: typed on this screen, or taken over from their last entry (found by phone). */
export const guestIdentitySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('typed'),
      fullName: fullNameSchema,
      /** null: "Pribadi" (in a personal capacity). */
      institution: institutionSchema.nullable(),
    })
    .strict(),
  z.object({ kind: z.literal('previous') }).strict(),
]);

const storedPurposeSchema = z.object({ serviceId: serviceIdSchema.nullable(), other: z.string().nullable() });

export const guestEntrySchema = z.object({
  id: z.string(),
  day: daySchema,
  queueNumber: z.string(),
  fullName: z.string(),
  institution: z.string().nullable(),
  phone: z.string().nullable(),
  purpose: storedPurposeSchema,
  meet: z.string().nullable(),
  withLetter: z.boolean(),
  returning: z.boolean(),
  status: guestStatusSchema,
  registeredAt: z.number(),
  servedAt: z.number().nullable(),
  /** The officer's name, as the officer list knows them. */
  servedBy: z.string().nullable(),
  outcome: guestOutcomeSchema.nullable(),
  serviceNote: z.string().nullable(),
  closedAt: z.number().nullable(),
  closeKind: guestCloseKindSchema.nullable(),
  closeNote: z.string().nullable(),
  anonymised: z.boolean(),
  /** Minutes from registration to being served (or closing, or now while waiting). */
  waitedMinutes: z.number().int(),
  waitLevel: waitLevelSchema,
});
export type GuestEntry = z.infer<typeof guestEntrySchema>;

const guestCountsSchema = z.object({
  registered: z.number().int(),
  waiting: z.number().int(),
  serving: z.number().int(),
  closed: z.number().int(),
  left: z.number().int(),
  /** Served within the 35-minute standard, of those served. */
  withinStandard: z.number().int(),
  served: z.number().int(),
});

export const guestbookSettingsSchema = z.object({
  /** This kiosk's letter in front of its queue numbers. */
  queuePrefix: z.string().regex(queuePrefixPattern, { error: 'errors.guestbook.prefixInvalid' }),
  /** Print the guest slip on the receipt printer after registering. */
  printSlip: z.boolean(),
});
export type GuestbookSettings = z.infer<typeof guestbookSettingsSchema>;

const guestId = idSchema;

export const guestbookMethods = {
  /** A returning guest by phone: only masked, so the public screen never shows someone's data. */
  'guestbook.lookup': method(
    'public',
    z.object({ phone: phoneInputSchema }).strict(),
    z.object({
      found: z.boolean(),
      maskedName: z.string().nullable(),
      /** null with found: the guest came in a personal capacity ("Pribadi"). */
      maskedInstitution: z.string().nullable(),
    }),
  ),
  'guestbook.register': method(
    'public',
    z
      .object({
        requestKey: requestKeySchema,
        phone: phoneInputSchema,
        identity: guestIdentitySchema,
        purpose: purposeInputSchema,
        /** Whom the guest wants to meet; null: not sure yet. */
        meet: meetSchema.nullable(),
        withLetter: z.boolean({ error: 'errors.guestbook.letterRequired' }),
        consent: z.literal(true, { error: 'errors.field.consentRequired' }),
        /** The language the guest chose, for the slip. */
        lang: langSchema.default('id'),
      })
      .strict(),
    z.object({
      id: z.string(),
      queueNumber: z.string(),
      day: daySchema,
      registeredAt: z.number(),
      maskedName: z.string(),
      purpose: storedPurposeSchema,
      /** Guests registered earlier today who are still waiting. */
      waitingAhead: z.number().int(),
      standardMinutes: z.number().int(),
      /** The guest slip: sent to the printer, switched off, or no printer could take it. */
      slip: z.enum(['printing', 'off', 'unavailable']),
    }),
  ),
  'guestbook.queue': method(
    'guests.serve',
    noInput,
    z.object({
      now: z.number(),
      day: daySchema,
      standardMinutes: z.number().int(),
      warnMinutes: z.number().int(),
      waiting: z.array(guestEntrySchema),
      serving: z.array(guestEntrySchema),
      today: guestCountsSchema,
    }),
    { audit: 'read' },
  ),
  /** The day's or a month's guest list, for the officer only. */
  'guestbook.list': method(
    'guests.serve',
    z.union([z.object({ day: daySchema }).strict(), z.object({ month: monthSchema }).strict()]),
    z.object({ items: z.array(guestEntrySchema), counts: guestCountsSchema, truncated: z.boolean() }),
    { audit: 'read' },
  ),
  'guestbook.serve': method(
    'guests.serve',
    z
      .object({
        id: guestId,
        outcome: guestOutcomeSchema,
        /** How the guest was served, or where they were directed (required then). */
        note: serviceNoteSchema.nullable().default(null),
        /** Serve and close in one step, for a guest who leaves at once. */
        closeNow: z.boolean().default(false),
      })
      .strict()
      .refine((v) => v.outcome !== 'directed' || v.note !== null, {
        path: ['note'],
        error: 'errors.guestbook.directedWhere',
      }),
    guestEntrySchema,
  ),
  'guestbook.close': method(
    'guests.serve',
    z
      .object({ id: guestId, kind: guestCloseKindSchema, note: serviceNoteSchema.nullable().default(null) })
      .strict(),
    guestEntrySchema,
  ),
  /** A guest's own request to erase their data (UU 27/2022): the entry stays, anonymised. */
  'guestbook.erase': method(
    'visitors.manage',
    z.object({ id: guestId, reason: reasonSchema }).strict(),
    guestEntrySchema,
  ),
  'guestbook.settings.get': method(
    'guests.serve',
    noInput,
    guestbookSettingsSchema.extend({ defaultPrefix: z.string() }),
  ),
  'guestbook.settings.update': method(
    'settings.manage',
    guestbookSettingsSchema.strict(),
    guestbookSettingsSchema.extend({ defaultPrefix: z.string() }),
  ),
} as const satisfies MethodTable;

const byId = (p: { id: string }) => p.id;

export const guestbookOperations = {
  /** A guest filled in the guest book at a kiosk (or the desk's visitor view). */
  'guest.registered': operation(
    1,
    'guest',
    z.object({
      id: z.string(),
      day: daySchema,
      queuePrefix: z.string(),
      queueSeq: z.number().int().positive(),
      queueNumber: z.string(),
      fullName: z.string(),
      institution: z.string().nullable(),
      phone: z.string(),
      purpose: storedPurposeSchema,
      meet: z.string().nullable(),
      withLetter: z.boolean(),
      /** Name and institution taken over from the guest's previous entry. */
      returning: z.boolean(),
      consentVersion: z.string(),
      registeredAt: z.number().int(),
    }),
    byId,
  ),
  'guest.served': operation(
    1,
    'guest',
    z.object({
      id: z.string(),
      servedAt: z.number().int(),
      servedBy: z.string().nullable(),
      outcome: guestOutcomeSchema,
      note: z.string().nullable(),
    }),
    byId,
  ),
  'guest.closed': operation(
    1,
    'guest',
    z.object({
      id: z.string(),
      closedAt: z.number().int(),
      closedBy: z.string().nullable(),
      kind: guestCloseKindSchema,
      note: z.string().nullable(),
    }),
    byId,
  ),
  /** The guest's name, phone and free text blanked: on request, or past the retention period. */
  'guest.anonymised': operation(
    1,
    'guest',
    z.object({ id: z.string(), at: z.number().int(), reason: z.string() }),
    byId,
  ),
} as const satisfies OperationTable;
