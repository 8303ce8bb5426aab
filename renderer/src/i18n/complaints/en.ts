// English strings of the complaints domain.
import type { Widen } from '../catalogue';
import type { complaintsId } from './id';

export const complaintsEn: Widen<typeof complaintsId> = {
  tab: 'Complaints',
  homeTitle: 'Complaints',
  homeHint: 'Tell us what went wrong, anonymously if you like',
};
