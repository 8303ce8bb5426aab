import { systemTimers, type TimerHandle, type Timers } from '../../../shared/clock';
import type { WedgeTiming } from '../../../shared/contract';
import {
  parseScannerConfigs,
  type ScannerConfig,
  type ScannerConfigInput,
} from '../../../shared/devices/scannerConfig';
import type { ScanEvent, ScanSource } from '../../../shared/scanEvent';
import { ScannerHub, type AvailableScanners, type ScannerHubDeps } from '../../devices/scanners';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { readSetting, writeSetting } from '../core/settingsStore';
import type { DeviceRegistry } from '../deviceStatus/deviceRegistry';

/**
 * Out of the box most scanners are keyboard wedges ending each code with Enter; HID POS and serial
 * scanners are added by the officer in settings.
 */
export const defaultScannerConfigs: readonly ScannerConfigInput[] = [{ kind: 'keyboard', suffix: '\r' }];

export interface TestScan {
  readonly text: string;
  readonly source: ScanSource;
  readonly deviceId: string;
}

export interface ScannersOptions {
  readonly hub?: ScannerHubDeps;
  /** The loopback host: the page decodes keyboard-wedge scans itself (scans.submit). */
  readonly pageDecodesKeyboard?: boolean;
  readonly timers?: Timers;
}

/**
 * The scanners the officer chose in settings, their live state for the status bar, and the "scan a
 * test code" check. Every scan from the hub's sources goes to `onScan` (the scan pipeline), except one
 * caught by a pending test.
 */
export class Scanners {
  private readonly hub: ScannerHub;
  private readonly timers: Timers;
  private waiter: { resolve: (scan: TestScan | null) => void; timer: TimerHandle } | null = null;

  constructor(
    private readonly deps: CommandDeps,
    private readonly devices: DeviceRegistry,
    private readonly onScan: (scan: ScanEvent) => void,
    private readonly options: ScannersOptions = {},
  ) {
    this.timers = options.timers ?? systemTimers;
    this.hub = new ScannerHub({ timers: this.timers, clock: deps.clock, ...options.hub });
    this.hub.onScan((e) => {
      if (!this.catchTest({ text: e.text, source: e.source, deviceId: e.deviceId })) this.onScan(e);
    });
    this.hub.onStatus((status) => devices.update(status));
  }

  settings(): ScannerConfig[] {
    return parseScannerConfigs(readSetting<unknown>(this.deps.db, 'devices.scanners', defaultScannerConfigs));
  }

  /** The keyboard-wedge timings every screen decodes scans with, or null without a wedge scanner. */
  wedgeTiming(): WedgeTiming | null {
    const wedge = this.settings().find((c) => c.kind === 'keyboard');
    if (!wedge) return null;
    const { prefix, suffix, maxGapMs, endIdleMs, minLength } = wedge;
    return { prefix, suffix, maxGapMs, endIdleMs, minLength };
  }

  async start(): Promise<void> {
    const configs = this.settings();
    if (this.options.pageDecodesKeyboard && configs.some((c) => c.kind === 'keyboard')) {
      // A keyboard wedge cannot be seen until it types; the page listening for it is what is "ready".
      this.devices.update({
        deviceId: 'kbd:page',
        kind: 'scanner',
        label: null,
        connection: 'keyboard',
        port: null,
        state: 'ready',
      });
    }
    await this.hub.configure(this.forHub(configs));
    await this.hub.start();
  }

  stop(): Promise<void> {
    return this.hub.stop();
  }

  async configure(actor: Actor, configs: readonly ScannerConfig[]): Promise<ScannerConfig[]> {
    runCommand(this.deps, actor, 'scanners.configure', (now) => {
      writeSetting(this.deps.db, 'devices.scanners', configs, now);
      return {
        value: undefined,
        audit: { entity: 'settings', entityId: 'scanners', details: { kinds: configs.map((c) => c.kind) } },
        ops: [], // this kiosk's own hardware
        topics: ['scanners'],
      };
    });
    await this.hub.configure(this.forHub([...configs]));
    return [...configs];
  }

  available(): Promise<AvailableScanners> {
    return this.hub.listAvailable();
  }

  /** Resolves with the next scan from any scanner (which then does not check anyone in), or null. */
  testScan(timeoutMs: number): Promise<TestScan | null> {
    this.finishTest(null);
    return new Promise((resolve) => {
      const timer = this.timers.setTimeout(() => this.finishTest(null), timeoutMs);
      this.waiter = { resolve, timer };
    });
  }

  /** Hands the scan to a pending settings test; false when no test is waiting. */
  catchTest(scan: TestScan): boolean {
    return this.finishTest(scan);
  }

  private finishTest(scan: TestScan | null): boolean {
    const waiter = this.waiter;
    if (!waiter) return false;
    this.timers.clearTimeout(waiter.timer);
    this.waiter = null;
    waiter.resolve(scan);
    return true;
  }

  private forHub(configs: ScannerConfig[]): ScannerConfig[] {
    return this.options.pageDecodesKeyboard ? configs.filter((c) => c.kind !== 'keyboard') : configs;
  }
}
