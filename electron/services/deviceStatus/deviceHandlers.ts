import type { HandlersFor } from '../../../shared/contract';
import type { deviceMethods } from '../../../shared/contract/devices';
import type { HandlerContext } from '../core/dispatch';
import type { DeviceRegistry } from './deviceRegistry';

export const deviceHandlers = (
  devices: DeviceRegistry,
): HandlersFor<typeof deviceMethods, HandlerContext> => ({
  'devices.list': () => ({ items: devices.list() }),
});
