import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { useApi } from './ApiContext';
import { ApiError } from './ApiError';
import { queryKey, type QueryMethod } from './queryKeys';

export interface ApiQueryOptions {
  /** The officer's session, for officer methods. */
  readonly session?: string;
  readonly enabled?: boolean;
  /** False: keep the cached answer but stop listening, so changes do not refetch it until true again. */
  readonly subscribed?: boolean;
  /** Keep showing the last answer while a new input (a search) is fetched, instead of nothing. */
  readonly keepPrevious?: boolean;
}

/** The value of a result, or its typed error thrown for TanStack Query. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

/**
 * Reads one method of the contract through the page's query cache, keyed [topic, method, input]
 * (queryKeys.ts). The cache is refreshed by the core's change events, never by the screen itself.
 */
export function useApiQuery<M extends QueryMethod>(
  method: M,
  input: MethodInput<M>,
  options: ApiQueryOptions = {},
): UseQueryResult<MethodOutput<M>, ApiError> {
  const api = useApi();
  const { session } = options;
  return useQuery({
    queryKey: queryKey(method, input),
    queryFn: async () => unwrap(await api.invoke(method, input, session ? { session } : undefined)),
    enabled: options.enabled ?? true,
    subscribed: options.subscribed ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
