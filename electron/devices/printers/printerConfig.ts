// Which printer the kiosk talks to and how, as stored in settings. Parsed with zod because it
// arrives from the settings file/DB as `unknown` (ARCHITECTURE.md "The contract").
import { z } from 'zod';
import { paperWidths } from '../../../shared/receipt';
import { EscPosPrinter } from './escPosPrinter';
import { OsPrinter } from './osPrinter';
import type { PrintHtmlPort } from './osPrinter';
import type { Printer } from './printer';
import { escPosModels } from './profiles';
import { SerialTransport } from './transports/serialTransport';
import type { PrinterSerialOpener } from './transports/serialTransport';
import { TcpTransport } from './transports/tcpTransport';
import { UsbLpTransport } from './transports/usbLpTransport';

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
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  z.object({
    ...escPos,
    kind: z.literal('serial'),
    path: z.string().min(1),
    baudRate: z.number().int().positive().default(9600),
    flowControl: z.enum(['none', 'rtscts', 'xonxoff']).default('none'),
  }),
  z.object({ ...escPos, kind: z.literal('usbLp'), devicePath: z.string().min(1).default('/dev/usb/lp0') }),
  z.object({ ...common, kind: z.literal('os'), deviceName: z.string().min(1) }),
]);

export type PrinterConfig = z.infer<typeof printerConfigSchema>;
export type PrinterConfigInput = z.input<typeof printerConfigSchema>;

export interface PrinterPorts {
  /** Required for `kind: 'os'`: injected by the Electron glue. */
  readonly printHtml?: PrintHtmlPort;
  readonly openSerial?: PrinterSerialOpener;
}

export function createPrinter(config: PrinterConfig, ports: PrinterPorts = {}): Printer {
  switch (config.kind) {
    case 'tcp':
      return new EscPosPrinter(config, new TcpTransport({ host: config.host, port: config.port }));
    case 'serial':
      return new EscPosPrinter(
        config,
        new SerialTransport(
          { path: config.path, baudRate: config.baudRate, flowControl: config.flowControl },
          ports.openSerial,
        ),
      );
    case 'usbLp':
      return new EscPosPrinter(config, new UsbLpTransport({ devicePath: config.devicePath }));
    case 'os': {
      if (!ports.printHtml) throw new Error('The OS printer needs the printHtml port from the Electron glue');
      return new OsPrinter({ id: config.id, deviceName: config.deviceName }, ports.printHtml);
    }
    default: {
      const never: never = config;
      throw new Error(`Unknown printer kind: ${JSON.stringify(never)}`);
    }
  }
}
