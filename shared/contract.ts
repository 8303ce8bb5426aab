// The one API contract both hosts serve: every method with its input and output schema and who may
// call it, every pushed event with its schema. Names are `domain.verb`. Every value crossing a
// boundary arrives as `unknown` and is parsed against these schemas on the receiving side.
import { z } from 'zod';
import { deviceStatusSchema } from './scanEvent';
import { cleanText } from './text';
import { normalisePhone } from './phone';
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
} as const;

export const events = {
  'reservations.changed': z.object({ id: z.string(), day: daySchema }),
  'places.changed': z.object({ kind: z.enum(['desks', 'lockers']) }),
  'devices.status': deviceStatusSchema,
  'connectivity.changed': z.object({ online: z.boolean() }),
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
