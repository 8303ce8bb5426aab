// the equipment inventory (inventaris) in the sync workloads: the desk-day, the fault harness's action and its checker.
import type { DomainWorkload } from './index';

export const inventoryWorkload: DomainWorkload = {
  deskDay: async () => {},
  faultAction: async () => {},
  check: async () => [],
};
