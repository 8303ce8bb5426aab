// The one API contract both hosts serve: every method with its input and output schema and who may
// call it, every pushed event with its schema. Names are `domain.verb`. Every value crossing a
// boundary arrives as `unknown` and is parsed against these schemas on the receiving side.
import { z } from 'zod';
import { deviceStatusSchema } from './scanEvent';
import { cleanText } from './text';
import { normalisePhone } from './phone';
import { serviceCalendarSchema } from './rules/siteCalendar';
import { receiptDocSchema } from './receipt';
import type { Result } from './result';

export type Access = 'public' | 'officer';

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  readonly access: Access;
  readonly input: I;
  readonly output: O;
}
const method = <I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  input: I,
  output: O,
): MethodSpec<I, O> => ({
  access,
  input,
  output,
});

// ---- field schemas (message keys, not prose: the renderer translates them) ----

const humanText = (max: number, key: string) =>
  z
    .string({ error: `errors.field.${key}Required` })
    .max(max * 4, { error: `errors.field.${key}TooLong` }) // cheap guard before normalising huge input
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: `errors.field.${key}Required` })
        .max(max, { error: `errors.field.${key}TooLong` }),
    );

export const fullNameSchema = humanText(100, 'name').pipe(
  z.string().min(2, { error: 'errors.field.nameTooShort' }),
);
export const emailSchema = z
  .string({ error: 'errors.field.emailRequired' })
  .max(254, { error: 'errors.field.emailInvalid' })
  .transform((s) => cleanText(s).toLowerCase())
  .pipe(z.email({ error: 'errors.field.emailInvalid' }));
/** What the visitor typed (0812…, +62 812-…, a WhatsApp number abroad), parsed to E.164 (+62…). */
export const phoneInputSchema = z
  .string({ error: 'errors.field.phoneRequired' })
  .max(32, { error: 'errors.field.phoneInvalid' })
  .transform(cleanText)
  .pipe(z.string().min(1, { error: 'errors.field.phoneRequired' }))
  .transform((raw, ctx) => {
    const e164 = normalisePhone(raw);
    if (!e164) ctx.addIssue({ code: 'custom', message: 'errors.field.phoneInvalid' });
    return e164 ?? raw;
  });
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'errors.field.dayInvalid' });
export const requestKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'errors.field.requestKeyInvalid' });
export const langSchema = z.enum(['id', 'en']);

// ---- shared output shapes ----

export const reservationStatusSchema = z.enum(['booked', 'checked_in', 'completed', 'cancelled', 'no_show']);
export const reservationRowSchema = z.object({
  id: z.string(),
  day: daySchema,
  fullName: z.string(),
  email: z.string(),
  phone: z.string(),
  deskNumber: z.number().int().nullable(),
  status: reservationStatusSchema,
  source: z.enum(['kiosk', 'officer', 'portal']),
  createdAt: z.number(),
});
export type ReservationRow = z.infer<typeof reservationRowSchema>;

export const deskSchema = z.object({
  number: z.number().int().min(1).max(999),
  label: humanText(40, 'label'),
});
export const placeListSchema = z.object({ items: z.array(deskSchema).max(500), isDemo: z.boolean() });

// ---- coworking visits (SOP 97) ----

export const warningLevelSchema = z.enum(['none', 'first_warning', 'final_warning', 'overstay']);
export const visitStatusSchema = z.enum(['open', 'awaiting_check', 'closed']);
export const closeKindSchema = z.enum(['confirmed', 'problem', 'left_without_checkout', 'auto_limit']);
export const deskProblemSchema = z.enum(['damage', 'missing_item', 'not_tidy']);
export const checklistSchema = z
  .object({
    deskTidy: z.boolean(),
    chairBack: z.boolean(),
    equipmentReturned: z.boolean(),
    lockerKeyReturned: z.boolean(),
  })
  .strict();

export const visitSchema = z.object({
  id: z.string(),
  reservationId: z.string(),
  fullName: z.string(),
  phone: z.string(),
  deskNumber: z.number().int(),
  lockerNumber: z.number().int().nullable(),
  lockerKeyOut: z.boolean(),
  startedAt: z.number(),
  endsAt: z.number(),
  status: visitStatusSchema,
  checkoutRequestedAt: z.number().nullable(),
  checklist: checklistSchema.nullable(),
  closedAt: z.number().nullable(),
  closeKind: closeKindSchema.nullable(),
  officerNote: z.string().nullable(),
  problems: z.array(deskProblemSchema),
  checkInMethod: z.enum(['scan', 'manual']),
  warning: warningLevelSchema,
});
export type Visit = z.infer<typeof visitSchema>;

export const refusalReasons = [
  'malformed_code',
  'unknown_code',
  'cancelled',
  'already_checked_in',
  'already_completed',
  'awaiting_check',
  'wrong_day',
  'closed_weekend',
  'closed_holiday',
  'before_opening',
  'after_closing',
  'no_free_desk',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

const scanCommon = { scanId: z.string(), at: z.number() };
/** What a scan came to, pushed to every screen. Public screens: first name only. */
export const scanOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    ...scanCommon,
    kind: z.literal('checked_in'),
    firstName: z.string(),
    deskNumber: z.number().int(),
    lockerNumber: z.number().int().nullable(),
    startedAt: z.number(),
    endsAt: z.number(),
    /** The reserved desk was taken, so another was given. */
    deskChanged: z.boolean(),
  }),
  z.object({
    ...scanCommon,
    kind: z.literal('checkout_started'),
    firstName: z.string(),
    deskNumber: z.number().int(),
    lockerNumber: z.number().int().nullable(),
    lockerKeyOut: z.boolean(),
    endsAt: z.number(),
    warning: warningLevelSchema,
    /** One-time ticket the kiosk sends back with the checklist. */
    checkoutTicket: z.string(),
  }),
  z.object({
    ...scanCommon,
    kind: z.literal('refused'),
    reason: z.enum(refusalReasons),
    firstName: z.string().optional(),
    deskNumber: z.number().int().optional(),
    lockerNumber: z.number().int().optional(),
    endsAt: z.number().optional(),
    warning: warningLevelSchema.optional(),
    day: daySchema.optional(),
    nextOpening: z.number().optional(),
    holidayName: z.string().optional(),
  }),
  /** Caught by the officer's "scan a test code" in settings: checks nobody in. */
  z.object({ ...scanCommon, kind: z.literal('test'), text: z.string() }),
]);
export type ScanOutcome = z.infer<typeof scanOutcomeSchema>;

export const deskStateSchema = z.enum(['free', 'in_use', 'awaiting_check', 'overstay']);
export const boardSchema = z.object({
  now: z.number(),
  desks: z.array(
    z.object({
      number: z.number().int(),
      label: z.string(),
      state: deskStateSchema,
      visitId: z.string().nullable(),
      fullName: z.string().nullable(),
      endsAt: z.number().nullable(),
      warning: warningLevelSchema,
    }),
  ),
  openVisits: z.array(visitSchema),
  lockers: z.array(
    z.object({
      number: z.number().int(),
      label: z.string(),
      visitId: z.string().nullable(),
      deskNumber: z.number().int().nullable(),
      keyOut: z.boolean(),
    }),
  ),
  today: z.object({
    day: daySchema,
    reserved: z.number().int(),
    arrived: z.number().int(),
    notYetArrived: z.number().int(),
    noShows: z.number().int(),
    completed: z.number().int(),
  }),
});
export type Board = z.infer<typeof boardSchema>;

export const rulesSettingsSchema = z.object({
  calendar: serviceCalendarSchema,
  maxStayMinutes: z.number().int().min(30).max(720),
  // [first, final]: the final warning comes no earlier than the first (30 then 10 minutes before the end).
  warningMinutes: z
    .tuple([z.number().int().min(1).max(120), z.number().int().min(1).max(120)])
    .refine(([first, final]) => final <= first, { error: 'errors.settings.warningOrder' }),
  autoCloseAtLimit: z.boolean(),
});
export type RulesSettings = z.infer<typeof rulesSettingsSchema>;

// ---- printing (receipt printer, durable queue) ----

export const printJobSchema = z.object({
  id: z.string(),
  printerId: z.string(),
  kind: z.string(),
  state: z.enum(['queued', 'sending', 'sent', 'failed', 'interrupted', 'cancelled']),
  attempts: z.number().int(),
  nextAttemptAt: z.number(),
  lastErrorKey: z.string().nullable(),
  reprintOf: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
const printerSettingsSchema = z.object({
  // Each item is checked against the printer configuration schema by the printing service.
  items: z.array(z.record(z.string(), z.unknown())).max(10),
  defaultPrinterId: z.string().max(64).nullable(),
  autoCheckInSlip: z.boolean(),
});
export const dailyRecapSchema = z.object({
  siteName: z.string(),
  day: daySchema,
  visits: z.number().int(),
  peakHour: z.number().int().nullable(),
  peakHourVisits: z.number().int(),
  desksUsed: z.number().int(),
  desksTotal: z.number().int(),
  averageStayMinutes: z.number().nullable(),
  overstays: z.number().int(),
  noShows: z.number().int(),
  closedWithoutConfirmation: z.number().int(),
  equipmentProblems: z.number().int(),
  equipmentNotes: z.array(z.string()),
  generatedAt: z.number(),
});
const jobId = z.object({ id: z.string().max(64) }).strict();

const reasonText = humanText(300, 'reason').pipe(z.string().min(3, { error: 'errors.field.reasonTooShort' }));
const visitIdInput = z.string().min(1).max(64);

export const contract = {
  'app.info': method(
    'public',
    z.object({}).strict(),
    z.object({
      siteName: z.string(),
      version: z.string(),
      deviceId: z.string(),
      today: daySchema,
      timeZone: z.string(),
      demoData: z.boolean(),
      consentVersion: z.string(),
    }),
  ),
  'officer.unlock': method(
    'public',
    z.object({ pin: z.string().max(32) }).strict(),
    z.object({ session: z.string(), expiresAt: z.number() }),
  ),
  'officer.lock': method('officer', z.object({}).strict(), z.object({})),
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
    'officer',
    z
      .object({
        day: daySchema.optional(),
        query: z.string().max(100).transform(cleanText).optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    z.object({ items: z.array(reservationRowSchema), total: z.number().int() }),
  ),
  'desks.list': method('public', z.object({}).strict(), placeListSchema),
  'desks.replace': method(
    'officer',
    z.object({ items: z.array(deskSchema).min(1).max(500) }).strict(),
    placeListSchema,
  ),
  'lockers.list': method('public', z.object({}).strict(), placeListSchema),
  'lockers.replace': method(
    'officer',
    z.object({ items: z.array(deskSchema).max(500) }).strict(),
    placeListSchema,
  ),
  'devices.list': method('public', z.object({}).strict(), z.object({ items: z.array(deviceStatusSchema) })),

  'reservations.create': method(
    'officer',
    z
      .object({
        fullName: fullNameSchema,
        email: emailSchema,
        phone: phoneInputSchema,
        day: daySchema,
        deskNumber: z.number().int().min(1).nullable().default(null),
        consent: z.literal(true, { error: 'errors.field.consentRequired' }),
      })
      .strict(),
    z.object({ reservation: reservationRowSchema, token: z.string() }),
  ),
  'reservations.update': method(
    'officer',
    z
      .object({ id: z.string().max(64), day: daySchema, deskNumber: z.number().int().min(1).nullable() })
      .strict(),
    reservationRowSchema,
  ),
  'reservations.cancel': method(
    'officer',
    z.object({ id: z.string().max(64), reason: reasonText }).strict(),
    reservationRowSchema,
  ),
  'reservations.ticket': method(
    'officer',
    z.object({ id: z.string().max(64) }).strict(),
    z.object({ token: z.string(), day: daySchema, firstName: z.string() }),
  ),

  'scans.submit': method(
    'public',
    z
      .object({
        // Oversize text is not refused here: the scan answers "malformed code" like any other bad code.
        text: z.string().max(100_000),
        source: z.enum(['keyboard', 'hid-pos', 'serial', 'simulated']).default('keyboard'),
      })
      .strict(),
    scanOutcomeSchema,
  ),
  'kiosk.expectCheckout': method('public', z.object({}).strict(), z.object({ until: z.number() })),
  'visits.requestCheckout': method(
    'public',
    z.object({ checkoutTicket: z.string().max(64), checklist: checklistSchema }).strict(),
    z.object({ deskNumber: z.number().int(), firstName: z.string() }),
  ),
  'visits.board': method('officer', z.object({}).strict(), boardSchema),
  'visits.history': method(
    'officer',
    z
      .object({
        day: daySchema.optional(),
        query: z.string().max(100).transform(cleanText).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    z.object({ items: z.array(visitSchema) }),
  ),
  'visits.manualCheckIn': method(
    'officer',
    z
      .object({
        reservationId: z.string().max(64),
        reason: reasonText,
        deskNumber: z.number().int().min(1).nullable().default(null),
      })
      .strict(),
    visitSchema,
  ),
  'visits.changeDesk': method(
    'officer',
    z.object({ visitId: visitIdInput, deskNumber: z.number().int().min(1) }).strict(),
    visitSchema,
  ),
  'visits.assignLocker': method(
    'officer',
    z
      .object({
        visitId: visitIdInput,
        lockerNumber: z.number().int().min(1).nullable(),
        keyHandedOut: z.boolean(),
      })
      .strict(),
    visitSchema,
  ),
  'visits.confirmCheckout': method(
    'officer',
    z
      .object({
        visitId: visitIdInput,
        problems: z.array(deskProblemSchema).max(3),
        note: z.string().max(500).transform(cleanText).optional(),
      })
      .strict(),
    visitSchema,
  ),
  'visits.closeWithoutCheckout': method(
    'officer',
    z.object({ visitId: visitIdInput, reason: reasonText }).strict(),
    visitSchema,
  ),
  'scanners.settings': method(
    'officer',
    z.object({}).strict(),
    z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
  ),
  'scanners.configure': method(
    'officer',
    // Each item is checked against the scanner configuration schema by the scanners service.
    z.object({ items: z.array(z.record(z.string(), z.unknown())).max(10) }).strict(),
    z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
  ),
  'scanners.available': method(
    'officer',
    z.object({}).strict(),
    z.object({
      scanners: z.array(
        z.object({
          kind: z.string(),
          deviceId: z.string(),
          label: z.string(),
          configured: z.boolean(),
          config: z.record(z.string(), z.unknown()),
        }),
      ),
      problems: z.array(z.object({ source: z.string(), messageKey: z.string(), detail: z.string() })),
    }),
  ),
  'scanners.testScan': method(
    'officer',
    z.object({ timeoutMs: z.number().int().min(1000).max(60_000).default(20_000) }).strict(),
    z.object({ scan: z.object({ text: z.string(), source: z.string(), deviceId: z.string() }).nullable() }),
  ),
  'printers.settings': method('officer', z.object({}).strict(), printerSettingsSchema),
  'printers.configure': method('officer', printerSettingsSchema.strict(), printerSettingsSchema),
  'printers.testPage': method(
    'officer',
    z.object({ printerId: z.string().max(64) }).strict(),
    printJobSchema,
  ),
  'printJobs.list': method('officer', z.object({}).strict(), z.object({ items: z.array(printJobSchema) })),
  'printJobs.preview': method('officer', jobId, z.object({ doc: receiptDocSchema })),
  'printJobs.confirmPrinted': method('officer', jobId, printJobSchema),
  'printJobs.reprint': method('officer', jobId, printJobSchema),
  'printJobs.cancel': method('officer', jobId, printJobSchema),
  'print.checkInSlip': method('officer', z.object({ visitId: visitIdInput }).strict(), printJobSchema),
  'print.reservationSlip': method('public', z.object({ token: z.string().max(64) }).strict(), printJobSchema),
  'reports.dailyRecap': method(
    'officer',
    z.object({ day: daySchema, lang: langSchema.default('id') }).strict(),
    z.object({ recap: dailyRecapSchema, doc: receiptDocSchema }),
  ),
  'reports.printDailyRecap': method(
    'officer',
    z.object({ day: daySchema, lang: langSchema.default('id') }).strict(),
    printJobSchema,
  ),
  'settings.rules.get': method('public', z.object({}).strict(), rulesSettingsSchema),
  'settings.rules.update': method('officer', rulesSettingsSchema.strict(), rulesSettingsSchema),
} as const;

export const events = {
  'reservations.changed': z.object({ id: z.string(), day: daySchema }),
  'places.changed': z.object({ kind: z.enum(['desks', 'lockers']) }),
  'devices.status': deviceStatusSchema,
  'connectivity.changed': z.object({ online: z.boolean() }),
  'scans.result': scanOutcomeSchema,
  'visits.changed': z.object({ visitId: z.string().nullable() }),
  'print.jobChanged': z.object({ id: z.string(), state: z.string(), kind: z.string() }),
  'visits.warning': z.object({
    visitId: z.string(),
    deskNumber: z.number().int(),
    level: warningLevelSchema,
  }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type EventName = keyof typeof events;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methodNames = Object.keys(contract) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];
export const isMethodName = (m: unknown): m is MethodName =>
  typeof m === 'string' && Object.hasOwn(contract, m);
export const isEventName = (e: unknown): e is EventName => typeof e === 'string' && Object.hasOwn(events, e);

/** The envelope every call carries: the method's input and, for officer methods, the session. */
export interface CallOptions {
  readonly session?: string;
}

/**
 * What the renderer sees, whichever host serves it: `window.kiosk` from the Electron preload, or
 * the HTTP client of the loopback host. Both satisfy this one type.
 */
export interface KioskApi {
  invoke<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
    options?: CallOptions,
  ): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
