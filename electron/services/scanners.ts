import {
  parseScannerConfigs,
  ScannerHub,
  type AvailableScanners,
  type ScannerConfig,
  type ScannerConfigInput,
  type ScannerHubDeps,
} from '../devices/scanners';
import { reject } from '../../shared/result';
import { runCommand, type Actor, type CommandDeps } from './command';
import type { DeviceRegistry } from './deviceRegistry';
import { readSetting, writeSetting } from './settingsStore';

/**
 * Out of the box most scanners are keyboard wedges ending each code with Enter; HID POS and serial
 * scanners are added by the officer in settings.
 */
export const defaultScannerConfigs: readonly ScannerConfigInput[] = [{ kind: 'keyboard', suffix: '\r' }];

export interface TestScan {
  readonly text: string;
  readonly source: string;
  readonly deviceId: string;
}

export interface ScannersOptions {
  readonly hub?: ScannerHubDeps;
  /** The loopback host: the page decodes keyboard-wedge scans itself (scans.submit). */
  readonly pageDecodesKeyboard?: boolean;
}

/**
 * The scanners the officer chose in settings, their live state for the status bar, and the "scan a
 * test code" check. Every scan from the hub's sources goes to `onScan` (the scan pipeline), except one
 * caught by a pending test.
 */
export class Scanners {
  private readonly hub: ScannerHub;
  private waiter: { resolve: (scan: TestScan | null) => void; timer: ReturnType<typeof setTimeout> } | null =
    null;

  constructor(
    private readonly deps: CommandDeps,
    private readonly devices: DeviceRegistry,
    private readonly onScan: (text: string) => void,
    private readonly options: ScannersOptions = {},
  ) {
    this.hub = new ScannerHub(options.hub);
    this.hub.onScan((e) => {
      if (!this.catchTest({ text: e.text, source: e.source, deviceId: e.deviceId })) this.onScan(e.text);
    });
    this.hub.onStatus((status) => devices.update(status));
  }

  settings(): ScannerConfig[] {
    return parseScannerConfigs(readSetting<unknown>(this.deps.db, 'devices.scanners', defaultScannerConfigs));
  }

  async start(): Promise<void> {
    const configs = this.settings();
    if (this.options.pageDecodesKeyboard && configs.some((c) => c.kind === 'keyboard')) {
      // A keyboard wedge cannot be seen until it types; the page listening for it is what is "ready".
      this.devices.update({ deviceId: 'kbd:page', kind: 'scanner', label: 'Keyboard wedge', state: 'ready' });
    }
    await this.hub.configure(this.forHub(configs));
    await this.hub.start();
  }

  stop(): Promise<void> {
    return this.hub.stop();
  }

  async configure(actor: Actor, items: readonly unknown[]): Promise<ScannerConfig[]> {
    let configs: ScannerConfig[];
    try {
      configs = parseScannerConfigs(items);
    } catch {
      throw reject('validation', 'errors.validation');
    }
    runCommand(this.deps, actor, 'scanners.configure', (now) => {
      writeSetting(this.deps.db, 'devices.scanners', configs, now);
      return {
        value: undefined,
        audit: { entity: 'settings', entityId: 'scanners', details: { kinds: configs.map((c) => c.kind) } },
        sync: null, // this kiosk's own hardware
      };
    });
    await this.hub.configure(this.forHub(configs));
    return configs;
  }

  available(): Promise<AvailableScanners> {
    return this.hub.listAvailable();
  }

  /** Resolves with the next scan from any scanner (which then does not check anyone in), or null. */
  testScan(timeoutMs: number): Promise<TestScan | null> {
    this.waiter?.resolve(null);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(null);
      }, timeoutMs);
      this.waiter = { resolve, timer };
    });
  }

  /** Hands the scan to a pending settings test; false when no test is waiting. */
  catchTest(scan: TestScan): boolean {
    const waiter = this.waiter;
    if (!waiter) return false;
    clearTimeout(waiter.timer);
    this.waiter = null;
    waiter.resolve(scan);
    return true;
  }

  private forHub(configs: ScannerConfig[]): ScannerConfig[] {
    return this.options.pageDecodesKeyboard ? configs.filter((c) => c.kind !== 'keyboard') : configs;
  }
}
