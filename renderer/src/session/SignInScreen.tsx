import { useState } from 'react';
import { Alert, Box, Button, Center, Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useAppInfo } from '../api/useAppInfo';
import { StatusBar } from '../components/StatusBar';
import { DemoBanner } from '../components/DemoBanner';
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
  const info = useAppInfo();
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
        <Text fz={26} c="red.9" fw={600}>
          {message}
        </Text>
      </Alert>
    );

  return (
    <Stack h="100vh" gap={0} className="kiosk-screen" data-testid="sign-in-screen">
      <DemoBanner />
      <Box component="main" flex={1} p="xl" style={{ overflowY: 'auto', display: 'flex' }}>
        {/* Identity on top; the names and the keypad in the middle, within reach (kiosk-ui.md §1.5). */}
        <Stack gap="xl" maw={960} w="100%" mx="auto" align="stretch" justify="space-between">
          <Stack gap={4} align="center">
            <Text fz={26} c="gray.8">
              {info?.siteName}
            </Text>
            <Title order={1} fz={52} ta="center">
              {step.name === 'who'
                ? t('signIn.title')
                : step.name === 'pin'
                  ? t('signIn.hello', { name: step.fullName })
                  : t('signIn.newPinTitle')}
            </Title>
            {step.name === 'who' && (
              <Text fz={26} ta="center">
                {t('signIn.pickName')}
              </Text>
            )}
          </Stack>
          <Stack gap="xl">
            {notice && step.name === 'who' && (
              <Alert color="blue" variant="light" data-testid="sign-in-notice">
                <Text fz={26}>{t(`signIn.${notice}`)}</Text>
              </Alert>
            )}

            {step.name === 'who' &&
              (list.data ? (
                <Group justify="center" gap="md" data-testid="sign-in-names">
                  {list.data.items.map((o) => (
                    <UnstyledButton
                      key={o.id}
                      w={420}
                      mih={112}
                      px="lg"
                      py="md"
                      bd="2px solid var(--mantine-color-gray-6)"
                      bg="gray.0"
                      style={{ borderRadius: 16, textAlign: 'center' }}
                      onClick={() => setStep({ name: 'pin', officerId: o.id, fullName: o.fullName })}
                      data-testid="sign-in-name"
                      data-officer-id={o.id}
                    >
                      <Text fz={30} fw={700} component="span" display="block">
                        {o.fullName}
                      </Text>
                      {o.positionName && (
                        <Text fz={24} c="gray.8" component="span" display="block">
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
                <Text fz={28} ta="center">
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
          <Group justify="center" gap="md">
            {step.name !== 'who' && (
              <Button variant="default" h={88} fz={26} px="xl" onClick={restart} data-testid="sign-in-back">
                {t('signIn.notMe')}
              </Button>
            )}
            <Button
              variant="default"
              h={88}
              fz={26}
              px="xl"
              onClick={() => {
                restart();
                onVisitorView();
              }}
              data-testid="sign-in-visitor-view"
            >
              {t('officer.kioskMode')}
            </Button>
          </Group>
        </Stack>
      </Box>
      <StatusBar />
    </Stack>
  );
}
