// One scan event whichever source produced it (HID POS, serial, keyboard wedge, simulated in tests).
import { z } from 'zod';

/**
 * 'ticket': the visitor tapped "Check in now" on the kiosk's own ticket screen right after reserving,
 * instead of scanning a photo of the screen. 'simulated': tests and benches.
 */
export const scanSources = ['hid-pos', 'serial', 'keyboard', 'ticket', 'simulated'] as const;
export type ScanSource = (typeof scanSources)[number];

export interface ScanEvent {
  /** Decoded payload, symbology prefix stripped, trailing CR/LF removed. */
  readonly text: string;
  /** The framed bytes as received (for diagnostics and fixtures). */
  readonly raw: Uint8Array;
  readonly source: ScanSource;
  /** Stable id: 'hid:0c2e:0b87:SN', 'serial:/dev/kiosk-scanner', 'kbd:main'. */
  readonly deviceId: string;
  /** AIM symbology identifier when the scanner sent one, e.g. ']Q1'. */
  readonly aim?: string;
  /** 'qr-code' | 'code128' | 'ean13' | … when known. */
  readonly symbology?: string;
  /** Clock time (epoch ms) the last byte arrived. */
  readonly at: number;
}

export const deviceStates = ['disconnected', 'connecting', 'ready', 'error'] as const;
export type DeviceState = (typeof deviceStates)[number];

/** How a device is attached, which the screens turn into words ("Pemindai USB", "Printer jaringan"). */
export const deviceConnections = ['keyboard', 'hid', 'serial', 'network', 'usb', 'os'] as const;
export type DeviceConnection = (typeof deviceConnections)[number];

export const deviceStatusSchema = z.object({
  deviceId: z.string(),
  kind: z.enum(['scanner', 'printer']),
  /** The name the officer gave it, or the model it reports; null when neither is known. */
  label: z.string().nullable(),
  connection: z.enum(deviceConnections),
  /** Where it is attached, when that helps tell two apart: COM3, /dev/ttyUSB0, 192.168.1.20. */
  port: z.string().nullable(),
  state: z.enum(deviceStates),
  /** Message key explaining an error state (e.g. 'errors.device.permission'), when there is one. */
  problemKey: z.string().optional(),
  lastScanAt: z.number().optional(),
});
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;
