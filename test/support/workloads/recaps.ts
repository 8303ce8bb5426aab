// the monthly, quarterly and yearly reports with their review trail (rekap) in the sync workloads: the desk-day, the fault harness's action and its checker.
import type { DomainWorkload } from './index';

export const recapsWorkload: DomainWorkload = {
  deskDay: async () => {},
  faultAction: async () => {},
  check: async () => [],
};
