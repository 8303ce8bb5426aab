// Named officers and their roles (issue 8): who signs in at the desk, with their own PIN, and what
// their roles let them do. Accounts and roles are records of the site, synced like the rest.
import { z } from 'zod';
import { operation } from '../sync/operation';
import { humanText, idSchema, noInput } from './fields';
import { method } from './method';
import { permissionSchema, roleKinds } from './permissions';

/**
 * A PIN an officer chooses: at least 6 digits, or a passphrase of at least 10 characters. A four-digit
 * PIN falls to 10 000 guesses; the lockout slows guessing, it does not make a short PIN safe.
 */
export const newPinSchema = z
  .string({ error: 'errors.field.pinRequired' })
  .max(64, { error: 'errors.field.pinTooLong' })
  .refine((pin) => /^\d{6,}$/.test(pin) || (pin.length >= 10 && !/^\d+$/.test(pin)), {
    error: 'errors.field.pinWeak',
  });
/** A PIN as typed at sign-in: only bounded, never judged (the stored hash decides). */
const pinAttempt = z.string().max(64);

const roleId = z.string().regex(/^[a-z0-9_]{2,40}$/, { error: 'errors.field.roleIdInvalid' });
const nipSchema = z
  .string()
  .regex(/^\d{18}$/, { error: 'errors.field.nipInvalid' })
  .nullable();

export const officerSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  nip: z.string().nullable(),
  /** The officer's place in a disposition chain (a role of kind 'position'), if any. */
  position: z.string().nullable(),
  roles: z.array(z.string()),
  active: z.boolean(),
  /** Set after an admin reset: the officer chooses their own PIN at the next sign-in. */
  mustChangePin: z.boolean(),
});
export type Officer = z.infer<typeof officerSchema>;

export const roleSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(roleKinds),
  permissions: z.array(permissionSchema),
  builtIn: z.boolean(),
});
export type Role = z.infer<typeof roleSchema>;

/** Who is signed in and what they may do, for the desk to show only what they can use. */
export const signedInSchema = z.object({
  officer: officerSchema,
  permissions: z.array(permissionSchema),
  /** The desk locks itself after this long without a touch (settings.security). */
  idleLockMinutes: z.number().int(),
});

const officerFields = {
  fullName: humanText(100, 'name').pipe(z.string().min(2, { error: 'errors.field.nameTooShort' })),
  nip: nipSchema.default(null),
  position: roleId.nullable().default(null),
  roles: z.array(roleId).max(10),
};

export const officerMethods = {
  /** The names on the sign-in screen: pick yours, then type your PIN. The position as the site names it. */
  'officers.signInList': method(
    'public',
    noInput,
    z.object({
      items: z.array(z.object({ id: z.string(), fullName: z.string(), positionName: z.string().nullable() })),
    }),
  ),
  'officer.unlock': method(
    'public',
    z.object({ officerId: idSchema, pin: pinAttempt }).strict(),
    signedInSchema.extend({ session: z.string(), expiresAt: z.number() }),
  ),
  'officer.lock': method('signedIn', noInput, z.object({})),
  'officer.me': method('signedIn', noInput, signedInSchema),
  'officer.changePin': method(
    'signedIn',
    z.object({ currentPin: pinAttempt, newPin: newPinSchema }).strict(),
    z.object({}),
  ),
  'officers.list': method('officers.manage', noInput, z.object({ items: z.array(officerSchema) })),
  'officers.create': method(
    'officers.manage',
    z.object({ ...officerFields, pin: newPinSchema }).strict(),
    officerSchema,
  ),
  'officers.update': method(
    'officers.manage',
    z.object({ id: idSchema, ...officerFields }).strict(),
    officerSchema,
  ),
  /** A deactivated officer's open sessions end at once. */
  'officers.setActive': method(
    'officers.manage',
    z.object({ id: idSchema, active: z.boolean() }).strict(),
    officerSchema,
  ),
  /** The admin sets a temporary PIN; the officer must choose their own at the next sign-in. */
  'officers.resetPin': method(
    'officers.manage',
    z.object({ id: idSchema, pin: newPinSchema }).strict(),
    officerSchema,
  ),
  'roles.list': method('signedIn', noInput, z.object({ items: z.array(roleSchema) })),
  'roles.save': method(
    'officers.manage',
    z
      .object({
        id: roleId,
        name: humanText(60, 'label'),
        kind: z.enum(roleKinds),
        permissions: z.array(permissionSchema),
      })
      .strict(),
    roleSchema,
  ),
} as const;

const byId = (p: { id: string }) => p.id;
const officerRecord = z.object({
  id: z.string(),
  fullName: z.string(),
  nip: z.string().nullable(),
  position: z.string().nullable(),
  roles: z.array(z.string()),
});
const pinRecord = z.object({ salt: z.string(), hash: z.string() });

export const officerOperations = {
  'officer.created': operation(
    1,
    'officer',
    officerRecord.extend({ active: z.boolean(), pin: pinRecord, mustChangePin: z.boolean() }),
    byId,
  ),
  'officer.updated': operation(1, 'officer', officerRecord, byId),
  'officer.activeChanged': operation(1, 'officer', z.object({ id: z.string(), active: z.boolean() }), byId),
  /** The PIN's scrypt hash and salt, so the officer signs in with it at every desk of the site. */
  'officer.pinChanged': operation(
    1,
    'officer',
    z.object({ id: z.string(), pin: pinRecord, mustChangePin: z.boolean() }),
    byId,
  ),
  'role.saved': operation(
    1,
    'role',
    z.object({ id: z.string(), name: z.string(), kind: z.enum(roleKinds), permissions: z.array(z.string()) }),
    byId,
  ),
} as const;
