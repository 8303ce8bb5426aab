// The one interface every scanner source satisfies (devices.md §4), so the hub and the check-in
// service never care whether a code came over HID POS, a serial line or a keyboard wedge.
import type { DeviceState, ScanEvent } from '../../../shared/scanEvent';

export type ScanListener = (event: ScanEvent) => void;
export type StateListener = (state: DeviceState, err?: Error) => void;

export interface Scanner {
  /** Stable id, also the `deviceId` of its scan events: 'hid:0c2e:0b87:SN', 'serial:/dev/kiosk-scanner', 'kbd:main'. */
  readonly id: string;
  readonly state: DeviceState;
  /** Idempotent; begins the connect/reconnect loop. */
  start(): Promise<void>;
  /** Closes the device and stops retrying. */
  stop(): Promise<void>;
  onScan(cb: ScanListener): () => void;
  onState(cb: StateListener): () => void;
}
