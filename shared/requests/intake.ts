// A request as the desk types it in (from a letter or Srikandi) or the requester fills it in on the
// portal. The schema bounds and cleans every field but lets any be empty: whether a field is
// required is the type's setting, and the rules (requestRules.ts) list every missing one at once
// ("incomplete or wrong data makes the request fail", the Singkawang SOP) instead of stopping at the
// first.
import { z } from 'zod';
import { optionalBoundedText } from '../contract/fields';
import { letterFileRefSchema } from '../files/letterFile';
import { normalisePhone } from '../phone';
import { cleanText } from '../text';

const E = 'errors.requests';
const text = (key: string, max: number) => optionalBoundedText(E, key, max);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${E}.dayInvalid` })
  .nullable()
  .default(null);
const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${E}.timeInvalid` })
  .nullable()
  .default(null);

/** Where the letter came in: typed at the desk from paper, from Srikandi, by mail, or with the portal form. */
export const letterChannels = ['desk', 'srikandi', 'mail', 'portal'] as const;
export type LetterChannel = (typeof letterChannels)[number];

export const requestIntakeSchema = z.object({
  typeId: z.string().regex(/^[a-z0-9_]{1,40}$/, { error: `${E}.typeUnknown` }),
  /** The requesting office or group (OPD, school, community). */
  office: text('office', 160),
  contactName: text('contactName', 100),
  /** As typed; kept in E.164 when it parses, and refused as wrong when it does not. */
  contactPhone: z
    .string()
    .max(32, { error: `${E}.contactPhoneInvalid` })
    .transform(cleanText)
    .refine((s) => s === '' || normalisePhone(s) !== null, { error: `${E}.contactPhoneInvalid` })
    .transform((s) => (s === '' ? '' : normalisePhone(s)!))
    .default(''),
  contactEmail: z
    .string()
    .max(254, { error: `${E}.contactEmailInvalid` })
    .transform((s) => cleanText(s).toLowerCase())
    .refine((s) => s === '' || z.email().safeParse(s).success, { error: `${E}.contactEmailInvalid` })
    .default(''),
  /** Perihal: what the letter asks for. */
  subject: text('subject', 300),
  letter: z
    .object({
      number: text('letterNumber', 80),
      date: day,
      receivedOn: day,
      via: z.enum(letterChannels).default('desk'),
      /** The uploaded letter, stored as a file beside the database (never inside an operation). */
      file: letterFileRefSchema.nullable().default(null),
      /** Srikandi's or the registry's agenda number, when the letter has one. */
      agendaNumber: text('agendaNumber', 40),
    })
    .prefault({}),
  event: z
    .object({
      roomId: z.string().max(40).nullable().default(null),
      day,
      start: hhmm,
      end: hhmm,
      participants: z
        .number()
        .int()
        .min(1, { error: `${E}.participantsInvalid` })
        .max(5000)
        .nullable()
        .default(null),
      /** Seating: classroom, U-shape, theatre… as the requester words it. */
      layout: text('layout', 120),
      equipment: z.array(text('equipment', 80)).max(20).default([]),
      /** The meeting application (Zoom, Google Meet…) for internet meetings and video conferences. */
      application: text('application', 60),
      /** When the requester tests the connection with the room team (internet meetings). */
      connectionTest: z
        .object({ day: day.unwrap().unwrap(), time: hhmm.unwrap().unwrap() })
        .nullable()
        .default(null),
    })
    .prefault({}),
  /** The requester confirms that no buffet food (prasmanan) will be served. */
  noBuffet: z.boolean().default(false),
  notes: text('notes', 1000),
});
export type RequestIntakeInput = z.input<typeof requestIntakeSchema>;
export type RequestIntake = z.output<typeof requestIntakeSchema>;
export type { LetterFileRef } from '../files/letterFile';
