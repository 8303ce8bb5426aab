// Which receipt printer the kiosk talks to and how, as the officer's settings screen stores it.
// Shared, so the screen edits the very type the core parses (settings table, IPC, HTTP).
import { z } from 'zod';
import { paperWidths } from '../receipt';

/**
 * ESC/POS models the kiosk is set up for (their profiles: electron/devices/printers/profiles.ts). Star
 * models speak StarPRNT/Star Line, which our DLE EOT status query and decoder do not cover.
 */
export const escPosModels = [
  'epson-tm-t20ii',
  'epson-tm-t20iii',
  'epson-tm-t20iv',
  'epson-tm-t88iii',
  'epson-tm-t88iv',
  'epson-tm-t88v',
  'epson-tm-t88vi',
  'epson-tm-m30ii',
  'epson-tm-m30iii',
  'pos-5890',
  'pos-8360',
  'xprinter-xp-n160ii',
  'xprinter-xp-t80q',
  'bixolon-srp350iii',
  'citizen-ct-s310ii',
] as const;
export type EscPosModel = (typeof escPosModels)[number];

/** The models as their makers write them, for the officer's screens. */
export const escPosModelNames: Record<EscPosModel, string> = {
  'epson-tm-t20ii': 'Epson TM-T20II',
  'epson-tm-t20iii': 'Epson TM-T20III',
  'epson-tm-t20iv': 'Epson TM-T20IV',
  'epson-tm-t88iii': 'Epson TM-T88III',
  'epson-tm-t88iv': 'Epson TM-T88IV',
  'epson-tm-t88v': 'Epson TM-T88V',
  'epson-tm-t88vi': 'Epson TM-T88VI',
  'epson-tm-m30ii': 'Epson TM-m30II',
  'epson-tm-m30iii': 'Epson TM-m30III',
  'pos-5890': 'POS-5890 (58 mm)',
  'pos-8360': 'POS-8360 (80 mm)',
  'xprinter-xp-n160ii': 'Xprinter XP-N160II',
  'xprinter-xp-t80q': 'Xprinter XP-T80Q',
  'bixolon-srp350iii': 'Bixolon SRP-350III',
  'citizen-ct-s310ii': 'Citizen CT-S310II',
};

const common = {
  id: z.string().min(1).max(64),
  /** Friendly name for the officer's screens, e.g. 'Printer meja depan'. */
  label: z.string().min(1).max(100),
  paperWidth: z.literal(paperWidths),
};
const escPos = {
  ...common,
  model: z.enum(escPosModels),
  qr: z.enum(['auto', 'raster']).default('auto'),
};

export const printerConfigSchema = z.discriminatedUnion('kind', [
  z.object({
    ...escPos,
    kind: z.literal('tcp'),
    host: z.string().min(1).max(253),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  z.object({
    ...escPos,
    kind: z.literal('serial'),
    path: z.string().min(1).max(200),
    baudRate: z.number().int().positive().default(9600),
    flowControl: z.enum(['none', 'rtscts', 'xonxoff']).default('none'),
  }),
  z.object({
    ...escPos,
    kind: z.literal('usbLp'),
    devicePath: z.string().min(1).max(200).default('/dev/usb/lp0'),
  }),
  z.object({ ...common, kind: z.literal('os'), deviceName: z.string().min(1).max(200) }),
]);

export type PrinterConfig = z.infer<typeof printerConfigSchema>;
export type PrinterConfigInput = z.input<typeof printerConfigSchema>;
export type PrinterKind = PrinterConfig['kind'];

export const printerSettingsSchema = z.object({
  items: z.array(printerConfigSchema).max(10),
  /** Where slips go unless the officer picks another printer. */
  defaultPrinterId: z.string().max(64).nullable(),
  /** Print the check-in slip by itself at every check-in. */
  autoCheckInSlip: z.boolean(),
});
export type PrinterSettings = z.infer<typeof printerSettingsSchema>;
