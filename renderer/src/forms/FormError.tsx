import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';

/**
 * What went wrong, in words. A validation error whose fields are all shown on their inputs needs
 * no second message; anything else (a rule, a conflict, the host unreachable) says so here.
 */
export function FormError({
  error,
  shownFields = [],
  testId = 'call-error',
}: {
  error: AppError | null | undefined;
  shownFields?: readonly string[];
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = Object.keys(error.fields ?? {});
  if (error.code === 'validation' && fields.length > 0 && fields.every((f) => shownFields.includes(f))) {
    return null;
  }
  return (
    <Alert color="red" role="alert" data-testid={testId}>
      {t(error.messageKey, error.params)}
    </Alert>
  );
}
