import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { useApi } from './ApiContext';
import type { ApiError } from './ApiError';
import { unwrap } from './useApiQuery';

/**
 * One command of the contract with its progress and typed error (`error.appError`, whose `fields`
 * a form shows under its inputs). No cache is touched here: the core's 'data.changed' event, sent
 * once after the command commits, refreshes every screen that reads what changed.
 */
export function useApiMutation<M extends MethodName>(
  method: M,
  options: { readonly session?: string } = {},
): UseMutationResult<MethodOutput<M>, ApiError, MethodInput<M>> {
  const api = useApi();
  const { session } = options;
  return useMutation({
    mutationFn: async (input: MethodInput<M>) =>
      unwrap(await api.invoke(method, input, session ? { session } : undefined)),
  });
}
