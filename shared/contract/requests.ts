// The contract of the requests (permohonan, issue 13): Pontive Center room loans and visits, video
// conferences, meetings with internet access and application requests. A request is typed in at the
// desk (from a letter or Srikandi) or filled in on the portal, checked by the shared rules
// (shared/requests/requestRules.ts), passes down its type's disposition chain, is scheduled in a free
// slot of its room (or, for an application, accepted into next year's RKA or rejected), prepared,
// attended and reported on; letters and reports come out as PDF and xlsx.
import { z } from 'zod';
import { operation, type OperationTable } from '../sync/operation';
import { letterFileRefSchema } from '../files/letterFile';
import { requestIntakeSchema } from '../requests/intake';
import {
  activityReportSchema,
  decisionSchema,
  issuedLetterSchema,
  letterKinds,
  requestRecordSchema,
  requestStatuses,
  scheduleSchema,
  slotSchema,
  stepEntrySchema,
  taskEntrySchema,
  taskIds,
} from '../requests/requestRecord';
import { requestSettingsSchema } from '../requests/requestSettings';
import { daySchema, idSchema, langSchema, noInput, optionalBoundedText, requestKeySchema } from './fields';
import { method, type MethodTable } from './method';

const E = 'errors.requests';
const note = (key: string, max = 1000) => optionalBoundedText(E, key, max);
const fileSchema = z.object({ filename: z.string(), mime: z.string(), contentBase64: z.string() });
const byId = z.object({ id: idSchema }).strict();

/** One rule the request breaks, with the fields it names (shared/requests/requestRules.ts). */
export const ruleFailureSchema = z.object({
  rule: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  fields: z.array(z.string()),
});
export type RuleFailureView = z.infer<typeof ruleFailureSchema>;

/** Another booking of the same room that overlaps, as the officer sees it. */
export const clashViewSchema = z.object({
  id: z.string(),
  reference: z.string(),
  office: z.string(),
  subject: z.string(),
  slot: slotSchema,
  status: z.enum(requestStatuses),
});
export type ClashView = z.infer<typeof clashViewSchema>;

export const freeSlotSchema = z.object({ day: daySchema, start: z.string(), end: z.string() });
export type FreeSlot = z.infer<typeof freeSlotSchema>;

/** What the rules and the calendar say of an intake, before or after it is filed. */
export const requestCheckSchema = z.object({
  failures: z.array(ruleFailureSchema),
  clashes: z.array(clashViewSchema),
  freeSlots: z.array(freeSlotSchema),
});
export type RequestCheck = z.infer<typeof requestCheckSchema>;

export const chainStepViewSchema = z.object({
  stepId: z.string(),
  title: z.string(),
  roleId: z.string(),
  dueAt: z.number(),
  doneAt: z.number().nullable(),
  state: z.enum(['done', 'current', 'waiting']),
  overdue: z.boolean(),
  overdueMinutes: z.number(),
  entry: stepEntrySchema.nullable(),
});
export type ChainStepView = z.infer<typeof chainStepViewSchema>;

export const requestSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  typeId: z.string(),
  kind: z.enum(['room', 'application']),
  status: z.enum(requestStatuses),
  office: z.string(),
  subject: z.string(),
  source: z.enum(['desk', 'portal']),
  enteredAt: z.number(),
  /** The scheduled slot, else the one requested (null for an application or an incomplete intake). */
  slot: slotSchema.nullable(),
  participants: z.number().nullable(),
  /** The step waiting now, with whether it is past its standard time. */
  currentStep: z
    .object({
      stepId: z.string(),
      title: z.string(),
      dueAt: z.number(),
      overdue: z.boolean(),
      /** Service minutes past its standard time. */
      overdueMinutes: z.number(),
    })
    .nullable(),
  overdue: z.boolean(),
  attendance: z.number(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestDetailSchema = z.object({
  summary: requestSummarySchema,
  record: requestRecordSchema,
  chain: z.array(chainStepViewSchema),
  check: requestCheckSchema,
  letters: z.array(issuedLetterSchema),
  /** The step this officer may act on now, if any; whether they may decide or schedule it. */
  mayAct: z.string().nullable(),
  mayDecide: z.boolean(),
  mayManage: z.boolean(),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

/** An event of the agenda: the officer's view is whole, the kiosk's public one masks contacts. */
export const agendaEventSchema = z.object({
  id: z.string(),
  reference: z.string(),
  typeId: z.string(),
  status: z.enum(requestStatuses),
  slot: slotSchema,
  /** The room's name from the site's settings (the public agenda has no other way to it). */
  roomName: z.string(),
  office: z.string(),
  subject: z.string(),
  participants: z.number().nullable(),
  /** The room is blocked from this time to that (setting up and clearing): 'HH:MM'. */
  blockStart: z.string(),
  blockEnd: z.string(),
  /** Preparation tasks done (officer view only; empty on the public one). */
  tasksDone: z.array(z.enum(taskIds)),
  tasksDue: z.array(z.enum(taskIds)),
  attendance: z.number(),
});
export type AgendaEvent = z.infer<typeof agendaEventSchema>;

const agendaInput = z
  .object({
    from: daySchema,
    days: z.number().int().min(1).max(31).default(7),
    roomId: z.string().max(40).optional(),
  })
  .strict();

export const requestReportKinds = [
  'loans_list',
  'monthly_room_loans',
  'quarterly_visits',
  'yearly_operations',
  'yearly_applications',
] as const;
export type RequestReportKind = (typeof requestReportKinds)[number];
const reportInput = z
  .object({
    kind: z.enum(requestReportKinds),
    /** '2026-11' for a month, '2026-Q4' for a quarter, '2026' for a year. */
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, { error: `${E}.periodInvalid` }),
    lang: langSchema.default('id'),
  })
  .strict();

/**
 * Reading and acting on requests is 'signedIn' in the contract and checked by the core: an officer
 * with requests.read or requests.manage, or one whose role or position stands in a request type's
 * disposition chain (a Kepala Dinas who has no other business with the desk).
 */
export const requestsMethods = {
  'requests.settings.get': method('signedIn', noInput, requestSettingsSchema),
  'requests.settings.update': method('settings.manage', requestSettingsSchema, requestSettingsSchema),
  /** The rules, the clashes and the nearest free slots of an intake, without filing it (the form's live check). */
  'requests.check': method('requests.manage', requestIntakeSchema, requestCheckSchema),
  /** Typed in at the desk: refused with every failure listed when the rules say no. */
  'requests.file': method(
    'requests.manage',
    z.object({ intake: requestIntakeSchema, requestKey: requestKeySchema }).strict(),
    requestSummarySchema,
  ),
  /** A letter file from the desk's scanner or disk, stored content-addressed: its reference for the intake. */
  'requests.upload': method(
    'requests.manage',
    z.object({ name: z.string().max(400), contentBase64: z.string().max(8 * 1024 * 1024) }).strict(),
    letterFileRefSchema,
  ),
  'requests.list': method(
    'signedIn',
    z
      .object({
        status: z.enum(requestStatuses).optional(),
        typeId: z.string().max(40).optional(),
        from: daySchema.optional(),
        to: daySchema.optional(),
        /** Only those waiting on a step this officer may act on. */
        mine: z.boolean().default(false),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({ items: z.array(requestSummarySchema) }),
  ),
  /** One request whole, with its contacts: a read of personal data, audited. */
  'requests.get': method('signedIn', byId, requestDetailSchema, { audit: 'read' }),
  /** The officer holding the current step's position records the disposition. */
  'requests.act': method(
    'signedIn',
    z.object({ id: idSchema, stepId: z.string().max(40), note: note('stepNote') }).strict(),
    requestSummarySchema,
  ),
  /** The admin schedules the request in a free slot (the requested one, or one agreed after a clash). */
  'requests.schedule': method(
    'requests.manage',
    z.object({ id: idSchema, slot: slotSchema, note: note('scheduleNote') }).strict(),
    requestSummarySchema,
  ),
  /** Accept (an application, into next year's RKA), reject (with the reason) or cancel. */
  'requests.decide': method(
    'signedIn',
    z
      .object({
        id: idSchema,
        outcome: z.enum(['accepted', 'rejected', 'cancelled']),
        reason: note('reason', 2000),
        analysis: note('analysis', 4000),
        discussion: note('discussion', 4000),
        rkaYear: z.number().int().min(2000).max(2100).nullable().default(null),
      })
      .strict(),
    requestSummarySchema,
  ),
  'requests.task': method(
    'requests.manage',
    z
      .object({
        id: idSchema,
        task: z.enum(taskIds),
        note: note('taskNote'),
        operatorName: note('operatorName', 120),
      })
      .strict(),
    requestSummarySchema,
  ),
  /** The activity report after the event; equipment problems are filed against the inventory's items. */
  'requests.report': method(
    'requests.manage',
    z
      .object({
        id: idSchema,
        attendance: z.number().int().min(0).max(100_000).nullable().default(null),
        summary: note('reportSummary', 4000),
        problems: z
          .array(z.object({ itemId: idSchema, note: note('problemNote', 500) }).strict())
          .max(50)
          .default([]),
      })
      .strict(),
    requestSummarySchema,
  ),
  'requests.issueLetter': method(
    'requests.manage',
    z.object({ id: idSchema, kind: z.enum(letterKinds) }).strict(),
    issuedLetterSchema,
  ),
  'requests.letterPdf': method(
    'signedIn',
    z.object({ letterId: idSchema, lang: langSchema.default('id') }).strict(),
    fileSchema,
    { audit: 'read' },
  ),
  /** The "lembar disposisi" of a request. */
  'requests.dispositionPdf': method('signedIn', byId, fileSchema, { audit: 'read' }),
  /** The uploaded letter itself. */
  'requests.letterFile': method('signedIn', byId, fileSchema, { audit: 'read' }),
  'requests.agenda': method('signedIn', agendaInput, z.object({ events: z.array(agendaEventSchema) })),
  /** The kiosk's public agenda: rooms and times, the office and subject, never a contact. */
  'requests.publicAgenda': method('public', agendaInput, z.object({ events: z.array(agendaEventSchema) })),
  'requests.reportPdf': method('reports.read', reportInput, fileSchema, { audit: 'read' }),
  'requests.reportXlsx': method('reports.read', reportInput, fileSchema, { audit: 'read' }),
} as const satisfies MethodTable;

const ofRequest = (p: { requestId: string }) => p.requestId;

/** What the central server needs to replay each change (rules in shared/sync/domainRules/requests.ts). */
export const requestsOperations = {
  'request.filed': operation(
    1,
    'request',
    z.object({
      id: z.string().max(64),
      reference: z.string().max(40),
      intake: requestIntakeSchema,
      kind: z.enum(['room', 'application']),
      source: z.enum(['desk', 'portal']),
      enteredAt: z.number().int(),
      enteredBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      attendanceToken: z.string().regex(/^[0-9A-Z]{16}$/),
      statusTokenHash: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .nullable(),
    }),
    (p) => p.id,
  ),
  'request.stepDone': operation(1, 'request', stepEntrySchema.extend({ requestId: z.string() }), ofRequest),
  'request.scheduled': operation(1, 'request', scheduleSchema.extend({ requestId: z.string() }), ofRequest),
  'request.decided': operation(1, 'request', decisionSchema.extend({ requestId: z.string() }), ofRequest),
  'request.taskDone': operation(1, 'request', taskEntrySchema.extend({ requestId: z.string() }), ofRequest),
  'request.reported': operation(
    1,
    'request',
    activityReportSchema.extend({ requestId: z.string() }),
    ofRequest,
  ),
  /** One person counted in at a booked event by scanning its QR: each scan its own record. */
  'request.attended': operation(
    1,
    'requestAttendance',
    z.object({
      id: z.string().max(64),
      requestId: z.string().max(64),
      at: z.number().int(),
      deviceId: z.string().max(64),
    }),
    (p) => p.id,
  ),
  'request.letterIssued': operation(1, 'requestLetter', issuedLetterSchema, (p) => p.id),
  /** The requester's contact erased after the retention period (a tombstone: never undone). */
  'request.contactErased': operation(
    1,
    'request',
    z.object({ requestId: z.string().max(64), erasedAt: z.number().int(), reason: z.string().max(80) }),
    ofRequest,
  ),
  'requests.settingsUpdated': operation(1, 'settings', requestSettingsSchema, () => 'requests'),
} as const satisfies OperationTable;
