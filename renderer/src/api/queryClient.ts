import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';

/**
 * One cache for the whole page. Answers stay fresh until the core says they changed (LiveData.tsx),
 * so nothing polls and a tab switch shows the cached answer at once. The host is on this machine:
 * queries run whatever the browser thinks of the internet (`networkMode: 'always'`), and a refused
 * call (ApiError) is an answer, not a hiccup to retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        networkMode: 'always',
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
