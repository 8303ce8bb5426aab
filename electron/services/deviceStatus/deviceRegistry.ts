import type { DeviceStatus } from '../../../shared/scanEvent';
import type { EventBus } from '../core/eventBus';

/** The last known state of each scanner and printer, for the status bar and the settings screen. */
export class DeviceRegistry {
  private readonly statuses = new Map<string, DeviceStatus>();

  constructor(private readonly events: EventBus) {}

  update(status: DeviceStatus): void {
    this.statuses.set(status.deviceId, status);
    this.events.emit('devices.status', status);
  }

  /** A device no longer set up; screens refetch the list on the settings change that removed it. */
  remove(deviceId: string): void {
    this.statuses.delete(deviceId);
  }

  list(): DeviceStatus[] {
    return [...this.statuses.values()].sort((a, b) => a.deviceId.localeCompare(b.deviceId));
  }
}
