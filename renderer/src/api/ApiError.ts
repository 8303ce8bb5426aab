import type { AppError } from '../../../shared/result';

/**
 * A refused call as TanStack Query sees it: queries and mutations throw this, so `error` is the
 * core's typed AppError (code, message key, per-field keys) and never a stack trace.
 */
export class ApiError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.messageKey);
    this.name = 'ApiError';
  }
}

/** The typed error behind a failed query or mutation, or null. */
export const appErrorOf = (e: unknown): AppError | null => (e instanceof ApiError ? e.appError : null);

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}
