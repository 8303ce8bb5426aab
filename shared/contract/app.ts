// What every screen needs to know about this kiosk and its site.
import { z } from 'zod';
import { daySchema, noInput } from './fields';
import { method } from './method';

export const appMethods = {
  'app.info': method(
    'public',
    noInput,
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
} as const;

export const appEvents = {
  /** The central server (or the internet) came or went, as the sync client sees it. */
  'connectivity.changed': z.object({ online: z.boolean() }),
} as const;
