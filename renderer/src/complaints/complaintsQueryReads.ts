// The complaints methods screens read, with the topics that refetch them (renderer/src/api/queryKeys.ts).
import type { MethodName, Topic } from '../../../shared/contract';

export const complaintsQueryReads = {
  // Officers' names appear beside each complaint (assigned to, answered by).
  'complaints.list': ['complaints', 'officers'],
  'complaints.get': ['complaints', 'officers'],
  'complaints.officers': ['officers'],
  'complaints.quarterCounts': ['complaints'],
} as const satisfies Partial<Record<MethodName, readonly Topic[]>>;
