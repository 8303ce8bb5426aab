// The scanners the officer sets up (HID POS, serial, keyboard wedge) and the "scan a test code" check.
import { z } from 'zod';
import { scannerConfigSchema } from '../devices/scannerConfig';
import { scanSources } from '../scanEvent';
import { noInput } from './fields';
import { method } from './method';

const configList = z.object({ items: z.array(scannerConfigSchema).max(10) });

export const wedgeTimingSchema = z.object({
  prefix: z.string(),
  suffix: z.string(),
  maxGapMs: z.number().int(),
  endIdleMs: z.number().int(),
  minLength: z.number().int(),
});
export type WedgeTiming = z.infer<typeof wedgeTimingSchema>;

export const scannerMethods = {
  'scanners.settings': method('devices.manage', noInput, configList),
  'scanners.configure': method('devices.manage', configList.strict(), configList),
  'scanners.available': method(
    'devices.manage',
    noInput,
    z.object({
      scanners: z.array(
        z.object({
          kind: z.enum(['hid-pos', 'serial']),
          deviceId: z.string(),
          /** The model as the device reports it ("Honeywell Voyager 1250g"), or the officer's name for it. */
          label: z.string().nullable(),
          /** COM3, /dev/ttyUSB0; the USB vendor:product for a HID scanner. */
          port: z.string().nullable(),
          configured: z.boolean(),
          listed: z.boolean(),
          config: scannerConfigSchema,
        }),
      ),
      problems: z.array(
        z.object({ source: z.enum(['hid', 'serial']), messageKey: z.string(), detail: z.string() }),
      ),
    }),
  ),
  'scanners.testScan': method(
    'devices.manage',
    z.object({ timeoutMs: z.number().int().min(1000).max(60_000).default(20_000) }).strict(),
    z.object({
      scan: z.object({ text: z.string(), source: z.enum(scanSources), deviceId: z.string() }).nullable(),
    }),
  ),
  /**
   * How the page tells a keyboard-wedge scanner from a person typing (the configured timings), or
   * null when no keyboard-wedge scanner is set up. Every screen decodes wedge scans with it.
   */
  'scanners.wedgeTiming': method('public', noInput, wedgeTimingSchema.nullable()),
} as const;
