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
      officeName: z.string(),
      /** The first start: nothing is set up yet, every screen shows the setup. */
      setupNeeded: z.boolean(),
      /** The site chose to try Loket with sample data (the banner says so on every screen). */
      sampleData: z.boolean(),
      /** The sample officer's PIN while sample data is in use, so the banner can say it. */
      samplePin: z.string().nullable(),
      consentVersion: z.string(),
      /** How long a visitor's data is kept (the consent text says it). */
      retentionDays: z.number().int(),
    }),
  ),
} as const;
