// The office's identity and the first run (issue 8): every screen, slip and report takes the office's
// name and logo from here, never from code; the first start asks for them instead of inventing data.
import { z } from 'zod';
import { serviceCalendarSchema } from '../rules/siteCalendar';
import { operation } from '../sync/operation';
import { humanText, noInput } from './fields';
import { method } from './method';
import { newPinSchema, signedInSchema } from './officers';

/** A logo as a data URL: PNG, JPEG or WebP, at most 256 KiB; the core checks the bytes, not the name. */
export const logoSchema = z
  .string()
  .max(360_000, { error: 'errors.site.logoTooLarge' })
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, { error: 'errors.site.logoType' });

export const siteIdentitySchema = z.object({
  /** What the visitor reads first: "Startup Hub & Pontive Center". */
  siteName: humanText(120, 'siteName'),
  /** The office it belongs to: "Dinas Komunikasi dan Informatika Kota Pontianak". */
  officeName: humanText(160, 'officeName'),
  /** Letterhead lines under the name (address, phone, e-mail, website). */
  letterhead: z.array(humanText(160, 'letterhead')).max(4).default([]),
  logo: logoSchema.nullable().default(null),
});
export type SiteIdentity = z.output<typeof siteIdentitySchema>;

const setupPlace = z.object({
  number: z.number().int().min(1).max(999),
  label: humanText(40, 'label'),
  zone: humanText(40, 'zone').nullable().default(null),
});

export const setupSchema = z
  .object({
    site: siteIdentitySchema,
    admin: z.object({
      fullName: humanText(100, 'name').pipe(z.string().min(2, { error: 'errors.field.nameTooShort' })),
      pin: newPinSchema,
    }),
    desks: z.array(setupPlace).min(1, { error: 'errors.setup.desksRequired' }).max(500),
    lockers: z.array(setupPlace).max(500),
    calendar: serviceCalendarSchema,
    maxStayMinutes: z.number().int().min(30).max(720).default(420),
  })
  .strict();

export const siteMethods = {
  'site.get': method('public', noInput, siteIdentitySchema),
  'site.update': method('settings.manage', siteIdentitySchema.strict(), siteIdentitySchema),
  /** Only while the kiosk has never been set up: the office, the first admin, desks and hours. */
  'setup.complete': method(
    'public',
    setupSchema,
    signedInSchema.extend({ session: z.string(), expiresAt: z.number() }),
  ),
  /** Only while never set up: try Loket with sample desks and a sample officer, marked as such. */
  'setup.useSampleData': method('public', noInput, z.object({ officerName: z.string(), pin: z.string() })),
  /** Only with sample data: forget all of it and show the setup screen. */
  'setup.leaveSampleData': method('officers.manage', noInput, z.object({})),
} as const;

export const siteOperations = {
  'site.updated': operation(
    1,
    'site',
    z.object({
      siteName: z.string(),
      officeName: z.string(),
      letterhead: z.array(z.string()),
      logo: z.string().nullable(),
    }),
    () => 'identity',
  ),
} as const;
