// English strings of the standards domain.
import type { Widen } from '../catalogue';
import type { standardsId } from './id';

export const standardsEn: Widen<typeof standardsId> = {
  tab: 'Service standards',
  homeTitle: 'Service standards',
  homeHint: 'Requirements, steps, time and cost of our 15 services',
};
