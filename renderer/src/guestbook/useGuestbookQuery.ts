// Reads the guest book through the page's query cache under the app's key ([topic, method, input],
// api/queryKeys.ts), so the core's 'data.changed' events refetch it (LiveData.tsx); the queue also
// every half minute, so the time waited moves on (the time itself is the core's clock, not the page's).
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { useApi } from '../api/ApiContext';
import type { ApiError } from '../api/ApiError';
import { unwrap } from '../api/useApiQuery';
import { queryKey } from '../api/queryKeys';

type GuestbookRead = 'guestbook.queue' | 'guestbook.list' | 'guestbook.settings.get';

export function useGuestbookQuery<M extends GuestbookRead>(
  method: M,
  input: MethodInput<M>,
  options: { session: string; refetchEveryMs?: number; enabled?: boolean },
): UseQueryResult<MethodOutput<M>, ApiError> {
  const api = useApi();
  return useQuery({
    queryKey: queryKey(method, input),
    queryFn: async () => unwrap(await api.invoke(method, input, { session: options.session })),
    enabled: options.enabled ?? true,
    // A moving clock: opening the tab again shows the time waited now, not when it was last open.
    ...(options.refetchEveryMs ? { refetchInterval: options.refetchEveryMs, staleTime: 0 } : {}),
  });
}
