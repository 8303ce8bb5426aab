// The recaps methods screens read, with the topics that refetch them (renderer/src/api/queryKeys.ts).
import type { MethodName, Topic } from '../../../shared/contract';

export const recapsQueryReads = {
  // The live figures move with the visits and reservations (and the surveys and complaints beside them).
  'recaps.preview': ['visits', 'reservations', 'places', 'recaps', 'survey', 'complaints'],
  'recaps.list': ['recaps', 'officers'],
  'recaps.get': ['recaps', 'officers'],
  'recaps.receivers': ['officers'],
} as const satisfies Partial<Record<MethodName, readonly Topic[]>>;
