import { useState } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newPinSchema } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { PinPad } from './PinPad';

type Step =
  { name: 'current' } | { name: 'new'; current: string } | { name: 'repeat'; current: string; next: string };

/**
 * An officer chooses their own PIN (officer.changePin): the current one (unless it was just typed at
 * sign-in, after an admin's reset), the new one, the new one again. Each on the on-screen keypad, so
 * it works on the touch-only kiosk; the new PIN is checked with the contract's rule first.
 */
export function PinChangeFlow({
  session,
  currentPin,
  onDone,
}: {
  session: string;
  /** Known already (typed at sign-in a moment ago): the flow starts at the new PIN. */
  currentPin?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const change = useApiMutation('officer.changePin', { session });
  const [step, setStep] = useState<Step>(
    currentPin === undefined ? { name: 'current' } : { name: 'new', current: currentPin },
  );
  const [problem, setProblem] = useState<string | null>(null);

  const alert = (message: string | null) =>
    message && (
      <Alert color="red" variant="light" role="alert" data-testid="pin-change-error">
        <Text size="kioskSmall" c="red.9" fw={600}>
          {message}
        </Text>
      </Alert>
    );

  return (
    <Stack gap="md" data-testid="pin-change">
      <Text size="kioskSmall" ta="center" c="gray.8">
        {t('signIn.newPinRule')}
      </Text>
      {step.name === 'current' && (
        <PinPad
          key="current"
          testId="current-pin"
          label={t('signIn.currentPinLabel')}
          error={alert(problem)}
          onSubmit={(current) => {
            setProblem(null);
            setStep({ name: 'new', current });
          }}
        />
      )}
      {step.name === 'new' && (
        <PinPad
          key="new"
          testId="new-pin"
          label={t('signIn.newPinLabel')}
          error={alert(problem)}
          onSubmit={(next) => {
            const checked = newPinSchema.safeParse(next);
            if (!checked.success) {
              setProblem(t(checked.error.issues[0]?.message ?? 'errors.field.pinWeak'));
              return;
            }
            setProblem(null);
            setStep({ name: 'repeat', current: step.current, next });
          }}
        />
      )}
      {step.name === 'repeat' && (
        <PinPad
          key="repeat"
          testId="repeat-pin"
          label={t('signIn.repeatPinLabel')}
          busy={change.isPending}
          error={alert(problem)}
          onSubmit={(repeat) => {
            if (repeat !== step.next) {
              setProblem(t('signIn.pinMismatch'));
              setStep({ name: 'new', current: step.current });
              return;
            }
            change.mutate(
              { currentPin: step.current, newPin: step.next },
              {
                onSuccess: onDone,
                onError: (e) => {
                  setProblem(t(e.appError.messageKey, e.appError.params));
                  // A wrong current PIN is typed again; anything else about the new one.
                  setStep(
                    e.appError.messageKey === 'errors.officer.wrongCurrentPin' && currentPin === undefined
                      ? { name: 'current' }
                      : { name: 'new', current: step.current },
                  );
                },
              },
            );
          }}
        />
      )}
    </Stack>
  );
}
