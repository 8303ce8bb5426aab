// Scanner configuration as the settings screen stores it: one entry per scanner, a discriminated
// union on `kind`. Shared, so the officer's settings screen edits the very type the core parses
// (settings table, IPC, HTTP), with no untyped maps in between.
import { z } from 'zod';

/** HID POS report layouts the assembler knows (electron/devices/scanners/hidPosAssembler.ts). */
export const hidPosProfileNames = ['honeywell', 'access-is', 'newland', 'generic'] as const;
export type HidPosProfileName = (typeof hidPosProfileNames)[number];

const common = {
  /** Overrides the derived device id; keep it stable, scan logs and statuses refer to it. */
  id: z.string().min(1).max(200).optional(),
  /** What the officer sees, e.g. "Pemindai meja depan". */
  label: z.string().max(100).optional(),
};

const usbId = z.number().int().min(0).max(0xffff);

export const hidPosScannerConfigSchema = z.object({
  kind: z.literal('hid-pos'),
  ...common,
  vendorId: usbId.optional(),
  productId: usbId.optional(),
  serialNumber: z.string().optional(),
  /** Pin one hidraw node; usually left out because it changes across replugs. */
  path: z.string().optional(),
  profile: z.enum([...hidPosProfileNames, 'auto']).default('auto'),
  allowMissingReportId: z.boolean().default(false),
});

export const serialScannerConfigSchema = z.object({
  kind: z.literal('serial'),
  ...common,
  /** '/dev/kiosk-scanner' (udev SYMLINK, build/udev/70-loket-devices.rules), '/dev/ttyACM0', 'COM3'. */
  path: z.string().min(1),
  baudRate: z.number().int().positive().default(9600),
  /** For scanners configured without a suffix; 30–100 ms is typical. null = suffix framing only. */
  idleFlushMs: z.number().int().positive().max(5_000).nullable().default(null),
  maxLength: z.number().int().positive().max(65_536).default(4096),
  stripAim: z.boolean().default(true),
});

export const keyboardScannerConfigSchema = z.object({
  kind: z.literal('keyboard'),
  ...common,
  prefix: z.string().max(8).default(''),
  /** '\r' = Enter, the usual scanner suffix. */
  suffix: z.string().max(8).default(''),
  maxGapMs: z.number().int().positive().max(1_000).default(50),
  endIdleMs: z.number().int().positive().max(5_000).default(150),
  minLength: z.number().int().positive().max(512).default(8),
});

export const scannerConfigSchema = z.discriminatedUnion('kind', [
  hidPosScannerConfigSchema,
  serialScannerConfigSchema,
  keyboardScannerConfigSchema,
]);

/** As stored and validated (defaults filled in). */
export type ScannerConfig = z.output<typeof scannerConfigSchema>;
/** As written by hand or by the settings screen (defaults optional). */
export type ScannerConfigInput = z.input<typeof scannerConfigSchema>;
export type ScannerKind = ScannerConfig['kind'];

export function parseScannerConfigs(input: unknown): ScannerConfig[] {
  return z.array(scannerConfigSchema).parse(input);
}
