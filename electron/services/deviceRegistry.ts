import type { DeviceStatus } from '../../shared/scanEvent';
import type { EventBus } from './eventBus';

/** The last known state of each scanner and printer, for the status bar and the settings screen. */
export class DeviceRegistry {
  private readonly statuses = new Map<string, DeviceStatus>();

  constructor(private readonly bus: EventBus) {}

  update(status: DeviceStatus): void {
    this.statuses.set(status.deviceId, status);
    this.bus.emit('devices.status', status);
  }

  remove(deviceId: string): void {
    this.statuses.delete(deviceId);
  }

  list(): DeviceStatus[] {
    return [...this.statuses.values()].sort((a, b) => a.deviceId.localeCompare(b.deviceId));
  }
}
