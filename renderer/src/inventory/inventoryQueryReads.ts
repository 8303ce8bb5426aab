// The inventory methods screens read, with the topics that refetch them (renderer/src/api/queryKeys.ts).
import type { MethodName, Topic } from '../../../shared/contract';

export const inventoryQueryReads = {
  // Officers' names appear beside problems, moves and counts.
  'inventory.list': ['inventory'],
  'inventory.get': ['inventory', 'officers', 'visits'],
  // The check-out checklist and the officer's confirm list a desk's equipment.
  'inventory.deskItems': ['inventory'],
  'inventory.problems': ['inventory', 'officers'],
  'inventory.problemsByCategory': ['inventory'],
  'inventory.counts': ['inventory', 'officers'],
  'inventory.countGet': ['inventory', 'officers'],
} as const satisfies Partial<Record<MethodName, readonly Topic[]>>;
