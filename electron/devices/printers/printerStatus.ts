// Real-time status over DLE EOT n (0x10 0x04 n), answered by the printer even while it is offline
// (Epson ESC/POS reference, "DLE EOT"; TM-T88III/TM-L60II pages and Bixolon SRP-350 manual;
// devices.md §2.4). Every reply byte has bits 1 and 4 set and bits 0 and 7 clear: a byte without
// that pattern is not a status reply (an ASB packet, noise) and is ignored.

export interface PrinterStatus {
  readonly online: boolean;
  readonly coverOpen: boolean;
  readonly paperNearEnd: boolean;
  readonly paperOut: boolean;
  /** An error the printer itself reports (cutter jam, head overheating). */
  readonly error: boolean;
}

/** 'unknown' when the transport cannot read or the printer does not answer: not an error (§2.4). */
export type PrinterStatusReport = PrinterStatus | 'unknown';

export const statusQueries = {
  printer: 1,
  offlineCause: 2,
  paperSensor: 4,
} as const;

export const dleEot = (n: number): Uint8Array => Uint8Array.of(0x10, 0x04, n);

/** The three queries in one write; the printer answers each with one byte, in order. */
export const fullStatusQuery: Uint8Array = Uint8Array.of(
  ...dleEot(statusQueries.printer),
  ...dleEot(statusQueries.offlineCause),
  ...dleEot(statusQueries.paperSensor),
);

const isStatusByte = (b: number | undefined): b is number => b !== undefined && (b & 0x93) === 0x12;

/**
 * n=1 bit 3: offline. n=2 bit 2: cover open, bit 5: stopped at paper end, bit 6: error.
 * n=4 bits 2-3: roll near end, bits 5-6: roll end. Missing replies leave their flags false.
 */
export function parseStatus(reply: Uint8Array | null): PrinterStatusReport {
  if (reply === null) return 'unknown';
  const [printer, cause, paper] = [reply[0], reply[1], reply[2]];
  if (!isStatusByte(printer)) return 'unknown';
  const c = isStatusByte(cause) ? cause : 0;
  const p = isStatusByte(paper) ? paper : 0;
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (c & 0x04) !== 0,
    paperNearEnd: (p & 0x0c) !== 0,
    paperOut: (p & 0x60) !== 0 || (c & 0x20) !== 0,
    error: (c & 0x40) !== 0,
  };
}
