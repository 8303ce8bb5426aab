// Errors cross every boundary (IPC, HTTP, sync) as typed results with a stable code and a message key
// the UI translates; never as stack traces.

export type ErrorCode =
  | 'validation'
  | 'unknown_method'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rule'
  | 'device'
  | 'internal';

export interface AppError {
  readonly code: ErrorCode;
  /** i18n key under `errors.` in the renderer's catalogue, e.g. `errors.reservation.emailInvalid`. */
  readonly messageKey: string;
  /** Values the message may interpolate (field names, desk numbers…); never personal data. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** For validation: which input fields failed, each with its own message key. */
  readonly fields?: Readonly<Record<string, string>>;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  messageKey: string,
  extra: Omit<AppError, 'code' | 'messageKey'> = {},
): { ok: false; error: AppError } => ({ ok: false, error: { code, messageKey, ...extra } });

/** Thrown inside a command to abort its transaction with a typed error. */
export class CommandError extends Error {
  constructor(readonly error: AppError) {
    super(error.messageKey);
    this.name = 'CommandError';
  }
}

export const reject = (
  code: ErrorCode,
  messageKey: string,
  extra: Omit<AppError, 'code' | 'messageKey'> = {},
) => new CommandError({ code, messageKey, ...extra });
