// Builds the printer a stored configuration describes (shared/devices/printerConfig.ts): the
// ESC/POS printer over its transport, or the operating system's printer.
import type { PrinterConfig } from '../../../shared/devices/printerConfig';
import { EscPosPrinter } from './escPosPrinter';
import { OsPrinter } from './osPrinter';
import type { PrintHtmlPort } from './osPrinter';
import type { Printer } from './printer';
import { SerialTransport } from './transports/serialTransport';
import type { PrinterSerialOpener } from './transports/serialTransport';
import { TcpTransport } from './transports/tcpTransport';
import { UsbLpTransport } from './transports/usbLpTransport';

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
