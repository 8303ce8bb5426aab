// Turns the errors node-hid, serialport and fs throw into a stable message key the UI translates
// (shared/result.ts: errors cross boundaries as keys, never stack traces). Neither native module sets
// `err.code` reliably: bindings-cpp formats "Error: Permission denied, cannot open /dev/ttyACM0"
// (serialport_unix.cpp), hidapi only says "cannot open device with path …", so messages are matched too.

export type DeviceProblem = 'permission' | 'notFound' | 'busy' | 'io';

export const deviceProblemKeys: Readonly<Record<DeviceProblem, string>> = {
  /** Show: install build/udev/70-loket-devices.rules, or add the kiosk user to `dialout`, then replug. */
  permission: 'errors.device.permission',
  /** Show: the scanner is unplugged or the configured path is wrong. */
  notFound: 'errors.device.notFound',
  /** Show: another program (ModemManager, a second Loket) holds the port. */
  busy: 'errors.device.busy',
  io: 'errors.device.io',
};

/** Thrown by adapters when enumeration finds no matching device (unplugged or not yet attached). */
export class DeviceNotFoundError extends Error {
  readonly code = 'ENODEV';
  constructor(message: string) {
    super(message);
    this.name = 'DeviceNotFoundError';
  }
}

export function classifyDeviceError(err: unknown): DeviceProblem {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'EACCES' || code === 'EPERM' || /permission denied|EACCES|EPERM/i.test(message))
    return 'permission';
  if (code === 'ENOENT' || code === 'ENODEV' || /no such file|ENOENT|ENODEV|no such device/i.test(message)) {
    return 'notFound';
  }
  if (code === 'EBUSY' || /resource busy|EBUSY|locked/i.test(message)) return 'busy';
  return 'io';
}

export function deviceProblemKey(err: unknown): string {
  return deviceProblemKeys[classifyDeviceError(err)];
}

/** Normalises anything thrown into an Error so state listeners get one type. */
export function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
