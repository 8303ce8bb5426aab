// Reads the guest book through the page's query cache, keyed ['guestbook', method, input], and
// refetches when a command changed the guest book ('data.changed' with the 'guestbook' topic) or, for
// the queue, every half minute so the time waited moves on (the time itself is the core's clock).
// The app's shared table (api/queryKeys.ts) does not list these methods yet, so the domain listens
// for its topic itself; once it does, this becomes useApiQuery.
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { MethodInput, MethodOutput } from '../../../shared/contract';
import { useApi, useEvent } from '../api/ApiContext';
import type { ApiError } from '../api/ApiError';
import { unwrap } from '../api/useApiQuery';

type GuestbookRead = 'guestbook.queue' | 'guestbook.list' | 'guestbook.settings.get';

export function useGuestbookQuery<M extends GuestbookRead>(
  method: M,
  input: MethodInput<M>,
  options: { session: string; refetchEveryMs?: number; enabled?: boolean },
): UseQueryResult<MethodOutput<M>, ApiError> {
  const api = useApi();
  const client = useQueryClient();
  useEvent('data.changed', ({ topics }) => {
    if (topics.includes('guestbook')) void client.invalidateQueries({ queryKey: ['guestbook'] });
  });
  return useQuery({
    queryKey: ['guestbook', method, input],
    queryFn: async () => unwrap(await api.invoke(method, input, { session: options.session })),
    enabled: options.enabled ?? true,
    // A moving clock: opening the tab again shows the time waited now, not when it was last open.
    ...(options.refetchEveryMs ? { refetchInterval: options.refetchEveryMs, staleTime: 0 } : {}),
  });
}
