import type { Db } from '../../db/openDatabase';
import type { ScannerConfigInput, ScannerHub } from '../devices/scanners';
import type { KioskCore } from './kioskCore';
import { readSetting } from './settingsStore';

/**
 * Out of the box most scanners are keyboard wedges ending each code with Enter; HID POS and serial
 * scanners are added by the officer in settings (stored under 'devices.scanners').
 */
export const defaultScannerConfigs: readonly ScannerConfigInput[] = [{ kind: 'keyboard', suffix: '\r' }];

export const readScannerConfigs = (db: Db): readonly ScannerConfigInput[] =>
  readSetting<readonly ScannerConfigInput[]>(db, 'devices.scanners', defaultScannerConfigs);

/** Every scanner source feeds the one scan pipeline; their states reach the status bar. */
export function connectScanners(core: KioskCore, hub: ScannerHub): () => void {
  const offScan = hub.onScan((event) => {
    core.scans.handle(event.text);
  });
  const offStatus = hub.onStatus((status) => core.devices.update(status));
  return () => {
    offScan();
    offStatus();
  };
}
