// the satisfaction survey (SKM) and its index (IKM) in the sync workloads: the desk-day, the fault harness's action and its checker.
import type { DomainWorkload } from './index';

export const surveyWorkload: DomainWorkload = {
  deskDay: async () => {},
  faultAction: async () => {},
  check: async () => [],
};
