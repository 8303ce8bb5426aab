// The inventory methods screens read, with the topics that refetch them (renderer/src/api/queryKeys.ts).
import type { MethodName, Topic } from '../../../shared/contract';

export const inventoryQueryReads = {} as const satisfies Partial<Record<MethodName, readonly Topic[]>>;
