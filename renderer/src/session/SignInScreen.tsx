import { useState } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { KioskFrame } from '../components/KioskFrame';
import { PinChangeFlow } from './PinChangeFlow';
import { PinPad } from './PinPad';
import type { SignedIn } from './SignedIn';
import { useIdle } from './useIdle';

type Step =
  | { name: 'who' }
  | { name: 'pin'; officerId: string; fullName: string }
  /** An admin reset the PIN: the officer chooses their own before the desk opens. */
  | { name: 'newPin'; signedIn: SignedIn; currentPin: string };

/** Why the sign-in screen is showing, when it is not the officer's own choice. */
export type SignInNotice = 'sessionEnded' | 'idleLocked' | null;

/** Back to the list of names after this long without a touch: a half-typed PIN is not left behind. */
const IDLE_MS = 30_000;

/**
 * Officer sign-in that works on a touch-only kiosk (issue 8): pick your name, type your PIN on the
 * on-screen keypad. A wrong PIN says how many tries are left, a lockout for how long; an officer
 * whose PIN an admin reset chooses a new one before the desk opens.
 */
export function SignInScreen({
  notice,
  onSignedIn,
  onVisitorView,
  onIdle,
}: {
  notice: SignInNotice;
  onSignedIn: (signedIn: SignedIn) => void;
  onVisitorView: () => void;
  /** Nobody touched the screen for a while: leave it (the kiosk returns to the visitors). */
  onIdle: () => void;
}) {
  const { t } = useTranslation();
  const list = useApiQuery('officers.signInList', {});
  const unlock = useApiMutation('officer.unlock');
  const api = useApi();
  const [step, setStep] = useState<Step>({ name: 'who' });

  const restart = () => {
    // A session opened only to choose a new PIN ends if the officer walks away.
    if (step.name === 'newPin') void api.invoke('officer.lock', {}, { session: step.signedIn.session });
    unlock.reset();
    setStep({ name: 'who' });
  };
  useIdle(IDLE_MS, () => {
    restart();
    onIdle();
  });

  const error = unlock.error?.appError ?? null;
  const errorAlert = (message: string | null) =>
    message && (
      <Alert color="red" variant="light" role="alert" data-testid="sign-in-error">
        <Text size="kiosk" c="red.9" fw={600}>
          {message}
        </Text>
      </Alert>
    );

  return (
    <KioskFrame
      help="signIn"
      testId="sign-in-screen"
      // Back and "Tampilan pengunjung" sit in the bottom band with help and the language (kiosk-ui.md §1.5).
      band={
        <>
          {step.name !== 'who' && (
            <Button variant="default" size="kioskBand" onClick={restart} data-testid="sign-in-back">
              {t('signIn.notMe')}
            </Button>
          )}
          <Button
            variant="default"
            size="kioskBand"
            onClick={() => {
              restart();
              onVisitorView();
            }}
            data-testid="sign-in-visitor-view"
          >
            {t('officer.kioskMode')}
          </Button>
        </>
      }
    >
      {/* Identity on top; the names and the keypad in the middle, within reach (kiosk-ui.md §1.5). */}
      <Stack gap="xl" className="kiosk-column" mih="100%" align="stretch" justify="space-between">
        <Stack gap={4} align="center">
          <Title order={1} fz="kioskH1" ta="center">
            {step.name === 'who'
              ? t('signIn.title')
              : step.name === 'pin'
                ? t('signIn.hello', { name: step.fullName })
                : t('signIn.newPinTitle')}
          </Title>
          {step.name === 'who' && (
            <Text size="kiosk" ta="center">
              {t('signIn.pickName')}
            </Text>
          )}
        </Stack>
        <Stack gap="xl">
          {notice && step.name === 'who' && (
            <Alert color="blue" variant="light" data-testid="sign-in-notice">
              <Text size="kiosk">{t(`signIn.${notice}`)}</Text>
            </Alert>
          )}

          {step.name === 'who' &&
            (list.data ? (
              <Group justify="center" gap="md" data-testid="sign-in-names">
                {list.data.items.map((o) => (
                  <UnstyledButton
                    key={o.id}
                    w={420}
                    mih="var(--button-height-kioskPrimary)"
                    px="lg"
                    py="md"
                    className="kiosk-outline"
                    bg="white"
                    style={{ borderRadius: 'var(--mantine-radius-lg)', textAlign: 'center' }}
                    onClick={() => setStep({ name: 'pin', officerId: o.id, fullName: o.fullName })}
                    data-testid="sign-in-name"
                    data-officer-id={o.id}
                  >
                    <Text size="kioskLead" fw={700} component="span" display="block">
                      {o.fullName}
                    </Text>
                    {o.positionName && (
                      <Text size="kioskSmall" c="gray.8" component="span" display="block">
                        {o.positionName}
                      </Text>
                    )}
                  </UnstyledButton>
                ))}
              </Group>
            ) : (
              <Center py="xl">
                <Loader aria-label={t('board.loading')} />
              </Center>
            ))}

          {step.name === 'pin' && (
            <PinPad
              label={t('signIn.pinLabel')}
              busy={unlock.isPending}
              error={error ? errorAlert(t(error.messageKey, error.params)) : null}
              onSubmit={(pin) =>
                unlock.mutate(
                  { officerId: step.officerId, pin },
                  {
                    onSuccess: (signedIn) =>
                      signedIn.officer.mustChangePin
                        ? setStep({ name: 'newPin', signedIn, currentPin: pin })
                        : onSignedIn(signedIn),
                  },
                )
              }
            />
          )}

          {step.name === 'newPin' && (
            <>
              <Text size="kiosk" ta="center">
                {t('signIn.newPinExplain')}
              </Text>
              <PinChangeFlow
                session={step.signedIn.session}
                currentPin={step.currentPin}
                onDone={() =>
                  onSignedIn({
                    ...step.signedIn,
                    officer: { ...step.signedIn.officer, mustChangePin: false },
                  })
                }
              />
            </>
          )}
        </Stack>
      </Stack>
    </KioskFrame>
  );
}
