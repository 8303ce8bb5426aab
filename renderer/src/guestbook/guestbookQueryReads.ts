// The guestbook methods screens read, with the topics that refetch them (renderer/src/api/queryKeys.ts).
import type { MethodName, Topic } from '../../../shared/contract';

export const guestbookQueryReads = {
  // The queue's counts and the guest lists change with every registration, serve, close or erasure.
  'guestbook.queue': ['guestbook'],
  'guestbook.list': ['guestbook'],
  'guestbook.settings.get': ['guestbook'],
} as const satisfies Partial<Record<MethodName, readonly Topic[]>>;
