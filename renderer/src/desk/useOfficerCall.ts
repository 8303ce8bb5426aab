import { useCallback, useState } from 'react';
import { useApi } from '../api/ApiContext';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';

export interface OfficerCall<M extends MethodName> {
  /** Resolves to the value, or null after the error was stored for the form to show. */
  readonly run: (input: MethodInput<M>) => Promise<MethodOutput<M> | null>;
  readonly busy: boolean;
  readonly error: AppError | null;
  /** The message key for one input field, if the core refused that field. */
  readonly fieldError: (field: string) => string | undefined;
  readonly reset: () => void;
}

/** One officer command with its progress and typed error, for a dialog or a form. */
export function useOfficerCall<M extends MethodName>(session: string, method: M): OfficerCall<M> {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(
    async (input: MethodInput<M>) => {
      setBusy(true);
      const result = await api.invoke(method, input, { session });
      setBusy(false);
      if (result.ok) {
        setError(null);
        return result.value;
      }
      setError(result.error);
      return null;
    },
    [api, method, session],
  );
  const fieldError = useCallback((field: string) => error?.fields?.[field], [error]);
  const reset = useCallback(() => setError(null), []);
  return { run, busy, error, fieldError, reset };
}
