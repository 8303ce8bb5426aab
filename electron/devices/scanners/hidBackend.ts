// The port the HID POS scanner depends on (devices.md §4). The real one wraps node-hid's async API
// (nodeHidBackend.ts); tests use test/fakes/hid.ts. Nothing here loads node-hid.

export interface HidDeviceInfo {
  readonly path: string;
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber?: string;
  readonly manufacturer?: string;
  readonly product?: string;
  readonly usagePage?: number;
  readonly usage?: number;
  readonly interface?: number;
}

export interface HidHandle {
  on(event: 'data', cb: (report: Uint8Array) => void): void;
  on(event: 'error', cb: (err: Error) => void): void;
  removeAllListeners(): void;
  sendFeatureReport(report: readonly number[]): Promise<number>;
  close(): Promise<void>;
}

export interface HidBackend {
  devices(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidHandle>;
}

/** HID POS "Bar Code Scanner" application collection (HID POS Usage Tables 1.02, page 0x8C usage 0x02). */
export const hidPosUsagePage = 0x8c;
export const hidPosUsage = 0x02;

export function isHidPosScanner(d: HidDeviceInfo): boolean {
  return d.usagePage === hidPosUsagePage && d.usage === hidPosUsage;
}

/**
 * A keyboard-mode collection (Generic Desktop 0x01 / Keyboard 0x06). The OS owns it; node-hid cannot
 * read it on Windows/macOS and on Linux it yields boot-keyboard reports while still typing into the
 * focused window (node-hid #413). Such scanners go through the keyboard wedge instead.
 */
export function isKeyboardCollection(d: HidDeviceInfo): boolean {
  return d.usagePage === 0x01 && d.usage === 0x06;
}

export interface HidMatch {
  readonly vendorId?: number;
  readonly productId?: number;
  readonly serialNumber?: string;
  readonly path?: string;
}

export function matchesHid(d: HidDeviceInfo, m: HidMatch): boolean {
  return (
    (m.vendorId === undefined || d.vendorId === m.vendorId) &&
    (m.productId === undefined || d.productId === m.productId) &&
    (m.serialNumber === undefined || d.serialNumber === m.serialNumber) &&
    (m.path === undefined || d.path === m.path)
  );
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** 'hid:0c2e:0b87:SN' (shared/scanEvent.ts); 'hid:any' when the config matches any HID POS scanner. */
export function hidDeviceId(m: HidMatch): string {
  if (m.vendorId === undefined) return m.path !== undefined ? `hid:path:${m.path}` : 'hid:any';
  const parts = ['hid', hex4(m.vendorId)];
  if (m.productId !== undefined) parts.push(hex4(m.productId));
  if (m.productId !== undefined && m.serialNumber) parts.push(m.serialNumber);
  return parts.join(':');
}
