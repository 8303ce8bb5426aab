// English strings of the guestbook domain.
import type { Widen } from '../catalogue';
import type { guestbookId } from './id';

export const guestbookEn: Widen<typeof guestbookId> = {
  tab: 'Guest book',
  homeTitle: 'Guest book',
  homeHint: 'Sign the guest book to meet an officer',
};
