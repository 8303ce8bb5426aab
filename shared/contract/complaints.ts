// The contract of complaints (pengaduan): a visitor files one at the kiosk (anonymous or with a
// contact, for one of the 15 services) and gets a ticket number and access code to follow it on the
// portal; officers see, assign, answer and close complaints, note the LAPOR! tracking number, and
// count them per service and quarter. The portal files through the same operation on the server.
import { z } from 'zod';
import { operation } from '../sync/operation';
import { serviceIds } from '../serviceStandards/serviceIds';
import {
  COMPLAINT_ANSWER_MAX,
  COMPLAINT_NAME_MAX,
  COMPLAINT_TEXT_MAX,
  COMPLAINT_TEXT_MIN,
  LAPOR_ID_PATTERN,
  complaintChannels,
  complaintStatuses,
} from '../complaints/complaintRules';
import { cleanText } from '../text';
import { normalisePhone } from '../phone';
import { boundedText, idSchema, langSchema, optionalBoundedText, requestKeySchema } from './fields';
import { method, type MethodTable } from './method';
import type { OperationTable } from '../sync/operation';

/**
 * The wording of the consent a complainant gives for their contact (renderer `complaints.consent`,
 * the portal's text): bump when it changes, so each complaint records what was shown.
 */
export const COMPLAINT_CONSENT_VERSION = '2026-12-c1';

const E = 'errors.complaints';

/** Visitor or officer text: normalised, then bounded; a huge paste is refused before normalising. */
const text = (min: number, max: number, key: string) => boundedText(E, key, max, min);

export const complaintTextSchema = text(COMPLAINT_TEXT_MIN, COMPLAINT_TEXT_MAX, 'text');
export const complaintAnswerSchema = text(5, COMPLAINT_ANSWER_MAX, 'answer');
const closeNoteSchema = text(3, 500, 'note');
const eraseReasonSchema = text(3, 300, 'reason');

export const complaintServiceSchema = z.enum(serviceIds, { error: `${E}.serviceInvalid` }).nullable();
export const complaintStatusSchema = z.enum(complaintStatuses);

/** What a field left empty sends: '' (a form) or nothing; both mean "not given". */
const optionalText = (max: number, key: string) => optionalBoundedText(E, key, max);

/**
 * The contact a complainant may leave: a name if they like, and an e-mail or a phone number (at
 * least one of them, or there is no way to reach them); empty strings for what is not given.
 */
export const complaintContactSchema = z
  .object({
    name: optionalText(COMPLAINT_NAME_MAX, 'name'),
    email: z
      .string()
      .max(254, { error: `${E}.emailInvalid` })
      .transform((s) => cleanText(s).toLowerCase())
      .pipe(z.union([z.literal(''), z.email({ error: `${E}.emailInvalid` })]))
      .default(''),
    phone: z
      .string()
      .max(32, { error: `${E}.phoneInvalid` })
      .transform(cleanText)
      .transform((raw, ctx) => {
        if (raw === '') return '';
        const e164 = normalisePhone(raw);
        if (!e164) ctx.addIssue({ code: 'custom', message: `${E}.phoneInvalid` });
        return e164 ?? raw;
      })
      .default(''),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.email === '' && c.phone === '')
      ctx.addIssue({ code: 'custom', path: ['email'], message: `${E}.contactNeeded` });
  });
export type ComplaintContact = z.output<typeof complaintContactSchema>;

/** What a complaint says: shared by the kiosk's form and the portal's. */
export const complaintFilingSchema = z
  .object({
    serviceId: complaintServiceSchema,
    text: complaintTextSchema,
    /** null: anonymous. */
    contact: complaintContactSchema.nullable(),
    /** Consent to keep and use the contact to answer; required only with a contact. */
    consent: z.boolean().default(false),
    lang: langSchema.default('id'),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.contact !== null && !f.consent)
      ctx.addIssue({ code: 'custom', path: ['consent'], message: `${E}.consentRequired` });
  });

const historySchema = z.object({
  filedAt: z.number(),
  assignedAt: z.number().nullable(),
  answeredAt: z.number().nullable(),
  closedAt: z.number().nullable(),
  laporLinkedAt: z.number().nullable(),
});

/** A complaint as the officer's list shows it: no contact data (that is read one complaint at a time, audited). */
export const complaintRowSchema = z.object({
  id: z.string(),
  ticket: z.string(),
  serviceId: complaintServiceSchema,
  text: z.string(),
  status: complaintStatusSchema,
  channel: z.enum(complaintChannels),
  lang: langSchema,
  assignedTo: z.string().nullable(),
  assignedName: z.string().nullable(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  closeNote: z.string().nullable(),
  laporId: z.string().nullable(),
  hasContact: z.boolean(),
  contactErased: z.boolean(),
  ...historySchema.shape,
});
export type ComplaintRow = z.infer<typeof complaintRowSchema>;

export const complaintDetailSchema = complaintRowSchema.extend({
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }).nullable(),
});
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const complaintFiledSchema = z.object({
  id: z.string(),
  ticket: z.string(),
  /** The access code: shown once, on the screen and the slip; the kiosk keeps only its hash. */
  code: z.string(),
  /** The status page on the portal, when this kiosk knows the central server's address. */
  statusUrl: z.string().nullable(),
  /** The e-mail the answer will go to, masked; null without one. */
  emailMasked: z.string().nullable(),
});

const quarterCountsSchema = z.object({
  year: z.number().int(),
  /** One row per service with complaints that year (null: no service chosen), quarters Q1…Q4. */
  services: z.array(
    z.object({
      serviceId: complaintServiceSchema,
      quarters: z.tuple([z.number(), z.number(), z.number(), z.number()]),
      total: z.number(),
    }),
  ),
  quarters: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  total: z.number(),
});
export type ComplaintQuarterCounts = z.infer<typeof quarterCountsSchema>;

const byId = z.object({ id: idSchema }).strict();

export const complaintsMethods = {
  /** A visitor at the kiosk files a complaint; a repeated request key answers as the first time. */
  'complaints.file': method(
    'public',
    z
      .object({ requestKey: requestKeySchema, ...complaintFilingSchema.shape })
      .strict()
      .superRefine((f, ctx) => {
        if (f.contact !== null && !f.consent)
          ctx.addIssue({ code: 'custom', path: ['consent'], message: `${E}.consentRequired` });
      }),
    complaintFiledSchema,
  ),
  /** The complaint slip; only who holds the number and the code may print it. */
  'complaints.printSlip': method(
    'public',
    z.object({ ticket: z.string().max(40), code: z.string().max(30), lang: langSchema }).strict(),
    z.object({ jobId: z.string() }),
  ),
  'complaints.list': method(
    'complaints.handle',
    z
      .object({
        status: z.enum(['open', 'all', ...complaintStatuses]).default('open'),
        serviceId: complaintServiceSchema.optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    z.object({ items: z.array(complaintRowSchema), total: z.number().int() }),
  ),
  /** One complaint with its contact: a read of personal data, audited when there is a contact. */
  'complaints.get': method('complaints.handle', byId, complaintDetailSchema),
  /** Officers who may be given a complaint (active, with complaints.handle). */
  'complaints.officers': method(
    'complaints.handle',
    z.object({}).strict(),
    z.object({ items: z.array(z.object({ id: z.string(), fullName: z.string() })) }),
  ),
  'complaints.assign': method(
    'complaints.handle',
    z.object({ id: idSchema, officerId: idSchema }).strict(),
    complaintRowSchema,
  ),
  'complaints.answer': method(
    'complaints.handle',
    z.object({ id: idSchema, answer: complaintAnswerSchema }).strict(),
    complaintRowSchema,
  ),
  'complaints.close': method(
    'complaints.handle',
    z.object({ id: idSchema, note: closeNoteSchema.nullable().default(null) }).strict(),
    complaintRowSchema,
  ),
  'complaints.linkLapor': method(
    'complaints.handle',
    z
      .object({
        id: idSchema,
        laporId: z
          .string()
          .max(64, { error: `${E}.laporIdInvalid` })
          .transform((s) => cleanText(s).toUpperCase())
          .pipe(z.string().regex(LAPOR_ID_PATTERN, { error: `${E}.laporIdInvalid` })),
      })
      .strict(),
    complaintRowSchema,
  ),
  /** The complainant asks for their contact to be erased (UU 27/2022); the complaint itself stays. */
  'complaints.eraseContact': method(
    'visitors.manage',
    z.object({ id: idSchema, reason: eraseReasonSchema }).strict(),
    complaintRowSchema,
  ),
  /** "Prevalensi jumlah aduan": complaints filed per service and quarter of a year, in the site's zone. */
  'complaints.quarterCounts': method(
    'reports.read',
    z.object({ year: z.number().int().min(2000).max(2999) }).strict(),
    quarterCountsSchema,
  ),
} as const satisfies MethodTable;

const contactPayload = z.object({ name: z.string(), email: z.string(), phone: z.string() });
const entityOf = (p: { id: string }) => p.id;

/** What the central server needs to replay each complaint change (rules in shared/sync/domainRules). */
export const complaintsOperations = {
  'complaint.filed': operation(
    1,
    'complaint',
    z.object({
      id: z.string(),
      ticket: z.string(),
      /** sha256 of complaintSecretInput(ticket, code): the status page's key, never the code itself. */
      secretHash: z.string(),
      serviceId: complaintServiceSchema,
      text: z.string(),
      contact: contactPayload.nullable(),
      consentVersion: z.string().nullable(),
      channel: z.enum(complaintChannels),
      lang: langSchema,
      filedAt: z.number().int(),
    }),
    entityOf,
  ),
  'complaint.assigned': operation(
    1,
    'complaint',
    z.object({ id: z.string(), officerId: z.string(), assignedAt: z.number().int() }),
    entityOf,
  ),
  'complaint.answered': operation(
    1,
    'complaint',
    z.object({ id: z.string(), answer: z.string(), answeredBy: z.string(), answeredAt: z.number().int() }),
    entityOf,
  ),
  'complaint.closed': operation(
    1,
    'complaint',
    z.object({
      id: z.string(),
      note: z.string().nullable(),
      closedBy: z.string(),
      closedAt: z.number().int(),
    }),
    entityOf,
  ),
  'complaint.laporLinked': operation(
    1,
    'complaint',
    z.object({ id: z.string(), laporId: z.string(), linkedAt: z.number().int() }),
    entityOf,
  ),
  /** The contact blanked (retention period passed, or the complainant asked): final. */
  'complaint.contactErased': operation(
    1,
    'complaint',
    z.object({ id: z.string(), erasedAt: z.number().int(), reason: z.string() }),
    entityOf,
  ),
} as const satisfies OperationTable;
