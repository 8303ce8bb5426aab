import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { IdentityFields } from '../admin/IdentityFields';
import { DockedKeyboard } from '../components/DockedKeyboard';
import { StatusBar } from '../components/StatusBar';
import { PlacesEditor } from '../desk/PlacesEditor';
import { ServiceHoursFields } from '../desk/ServiceHoursFields';
import { PrintersSettings } from '../devices/PrintersSettings';
import { ScannersSettings } from '../devices/ScannersSettings';
import { FormError } from '../forms/FormError';
import { useSchemaForm } from '../forms/useSchemaForm';
import type { SignedIn } from '../session/SignedIn';
import { JoinSiteForm } from './JoinSiteForm';
import { SetupSummary } from './SetupSummary';
import {
  initialSetup,
  setupInput,
  setupStepErrors,
  setupSteps,
  stepOfField,
  type SetupStep,
  type SetupValues,
} from './setupForm';

/** Three choices side by side on the desk's display: long labels wrap instead of being cut off. */
const choiceButton = {
  label: { whiteSpace: 'normal' as const, textAlign: 'center' as const, lineHeight: 1.3 },
};

type Phase =
  | { name: 'choose' }
  | { name: 'join' }
  | { name: 'form'; step: SetupStep }
  | { name: 'devices' }
  | { name: 'sample'; sample: MethodOutput<'setup.useSampleData'> };

/**
 * The first start (issue 8): the office's identity, the first admin, desks and lockers, service
 * hours, then optionally a printer and a scanner with a test. Or, as a clear second choice, sample
 * data to try Loket with (and leave again from Pengaturan). The kiosk and the desk both show it until
 * the site is set up; it stays up after setup.complete until its last step is done (`onHold`).
 */
export function SetupScreen({
  onHold,
  onAdminSignedIn,
  session,
  onDone,
}: {
  /** True while the screen must stay although the core is set up now (devices step, sample PIN). */
  onHold: (held: boolean) => void;
  onAdminSignedIn: (signedIn: SignedIn) => void;
  /** The first admin's session, once setup.complete answered (for the devices step). */
  session: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ name: 'choose' });
  const step = phase.name === 'form' ? phase.step : null;
  const form = useSchemaForm<SetupValues>({
    initialValues: initialSetup(),
    validate: (values) => (step ? setupStepErrors(values, step) : {}),
  });
  const complete = useApiMutation('setup.complete');
  const sample = useApiMutation('setup.useSampleData');
  const index = step ? setupSteps.indexOf(step) : 0;

  const next = () => {
    if (!step) return;
    if (form.validate().hasErrors) return;
    if (step !== 'check') {
      setPhase({ name: 'form', step: setupSteps[index + 1]! });
      return;
    }
    onHold(true);
    complete.mutate(setupInput(form.getValues()), {
      onSuccess: (signedIn) => {
        onAdminSignedIn(signedIn);
        setPhase({ name: 'devices' });
      },
      onError: (e) => {
        onHold(false);
        const fields = e.appError.fields ?? {};
        const first = Object.keys(fields)[0];
        if (first) {
          form.setErrors(fields);
          setPhase({ name: 'form', step: stepOfField(first) });
        }
      },
    });
  };

  const title = (key: string) => (
    <Title order={1} fz="kioskH2">
      {t(key)}
    </Title>
  );

  return (
    <Stack h="100vh" gap={0} data-testid="setup-screen">
      <Box component="main" flex={1} p="xl" style={{ overflowY: 'auto' }}>
        <Stack gap="lg" maw={1200} mx="auto">
          {phase.name === 'choose' && (
            <Stack gap="xl" data-testid="setup-choose">
              <Stack gap={4}>
                <Title order={1} fz="kioskH1">
                  {t('setup.welcome')}
                </Title>
                <Text size="kiosk">{t('setup.intro')}</Text>
              </Stack>
              <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="xl">
                <Paper withBorder p="xl" radius="lg">
                  <Stack>
                    <Title order={2} fz="kioskH3">
                      {t('setup.realTitle')}
                    </Title>
                    <Text size="kioskSmall">{t('setup.realHint')}</Text>
                    <Button
                      size="kiosk"
                      onClick={() => setPhase({ name: 'form', step: 'office' })}
                      styles={choiceButton}
                      h="auto"
                      py="md"
                      data-testid="setup-start"
                    >
                      {t('setup.realButton')}
                    </Button>
                  </Stack>
                </Paper>
                <Paper withBorder p="xl" radius="lg">
                  <Stack>
                    <Title order={2} fz="kioskH3">
                      {t('setup.sampleTitle')}
                    </Title>
                    <Text size="kioskSmall">{t('setup.sampleHint')}</Text>
                    <Button
                      size="kiosk"
                      variant="default"
                      loading={sample.isPending}
                      onClick={() => {
                        onHold(true);
                        sample.mutate(
                          {},
                          {
                            onSuccess: (s) => setPhase({ name: 'sample', sample: s }),
                            onError: () => onHold(false),
                          },
                        );
                      }}
                      styles={choiceButton}
                      h="auto"
                      py="md"
                      data-testid="setup-sample"
                    >
                      {t('setup.sampleButton')}
                    </Button>
                  </Stack>
                </Paper>
                <Paper withBorder p="xl" radius="lg">
                  <Stack>
                    <Title order={2} fz="kioskH3">
                      {t('setup.joinTitle')}
                    </Title>
                    <Text size="kioskSmall">{t('setup.joinHint')}</Text>
                    <Button
                      size="kiosk"
                      variant="default"
                      onClick={() => setPhase({ name: 'join' })}
                      styles={choiceButton}
                      h="auto"
                      py="md"
                      data-testid="setup-join"
                    >
                      {t('setup.joinButton')}
                    </Button>
                  </Stack>
                </Paper>
              </SimpleGrid>
              <FormError error={sample.error?.appError} />
            </Stack>
          )}

          {phase.name === 'join' && (
            <Stack gap="xl" data-testid="setup-join-form">
              {title('setup.joinTitle')}
              <Text size="kiosk">{t('setup.joinHint')}</Text>
              <JoinSiteForm
                method="setup.join"
                onJoined={onDone}
                onBack={() => setPhase({ name: 'choose' })}
              />
            </Stack>
          )}

          {phase.name === 'sample' && (
            <Stack gap="xl" data-testid="setup-sample-ready">
              {title('setup.sampleReadyTitle')}
              <Text size="kiosk">{t('setup.sampleReadyText')}</Text>
              <Paper withBorder p="xl" radius="lg" bg="yellow.0">
                <SimpleGrid cols={2}>
                  <Stack gap={0}>
                    <Text size="kioskSmall" c="gray.8">
                      {t('setup.sampleOfficer')}
                    </Text>
                    <Text fz="kioskH3" fw={700} data-testid="sample-officer">
                      {phase.sample.officerName}
                    </Text>
                  </Stack>
                  <Stack gap={0}>
                    <Text size="kioskSmall" c="gray.8">
                      {t('setup.samplePin')}
                    </Text>
                    <Text fz="kioskH3" fw={700} ff="monospace" data-testid="sample-pin">
                      {phase.sample.pin}
                    </Text>
                  </Stack>
                </SimpleGrid>
              </Paper>
              <Text size="kioskSmall">{t('setup.sampleLeaveHint')}</Text>
              <Group>
                <Button
                  size="kiosk"
                  miw={400}
                  onClick={() => {
                    onHold(false);
                    onDone();
                  }}
                  data-testid="setup-sample-continue"
                >
                  {t('setup.sampleContinue')}
                </Button>
              </Group>
            </Stack>
          )}

          {phase.name === 'form' && step && (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                next();
              }}
              data-testid={`setup-step-${step}`}
            >
              <Stack gap="lg">
                <Stack gap={6}>
                  <Text size="kioskSmall" c="gray.8" data-testid="setup-progress">
                    {t('setup.stepOf', { n: index + 1, total: setupSteps.length })}
                  </Text>
                  <Progress
                    value={((index + 1) / setupSteps.length) * 100}
                    aria-label={t('setup.stepOf', { n: index + 1, total: setupSteps.length })}
                  />
                  {title(`setup.steps.${step}`)}
                  <Text size="kioskSmall">{t(`setup.explain.${step}`)}</Text>
                </Stack>

                {step === 'office' && <IdentityFields form={form} prefix="site." size="md" />}
                {step === 'admin' && (
                  <SimpleGrid cols={{ base: 1, md: 3 }} maw={1100}>
                    <TextInput
                      size="md"
                      label={t('setup.adminName')}
                      withAsterisk
                      maxLength={100}
                      {...form.getInputProps('admin.fullName')}
                      data-testid="setup-admin-name"
                    />
                    <TextInput
                      size="md"
                      type="password"
                      autoComplete="new-password"
                      label={t('setup.adminPin')}
                      description={t('signIn.newPinRule')}
                      withAsterisk
                      maxLength={64}
                      {...form.getInputProps('admin.pin')}
                      data-testid="setup-admin-pin"
                    />
                    <TextInput
                      size="md"
                      type="password"
                      autoComplete="new-password"
                      label={t('setup.adminPinRepeat')}
                      withAsterisk
                      maxLength={64}
                      {...form.getInputProps('admin.pinRepeat')}
                      data-testid="setup-admin-pin-repeat"
                    />
                  </SimpleGrid>
                )}
                {step === 'places' && (
                  <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
                    <Stack gap="xs">
                      <Title order={2} size="h3">
                        {t('settings.desksTitle')}
                      </Title>
                      <PlacesEditor form={form} path="desks" kind="desks" maxHeight={560} />
                    </Stack>
                    <Stack gap="xs">
                      <Title order={2} size="h3">
                        {t('settings.lockersTitle')}
                      </Title>
                      <PlacesEditor form={form} path="lockers" kind="lockers" maxHeight={560} />
                    </Stack>
                  </SimpleGrid>
                )}
                {step === 'hours' && (
                  <Stack>
                    <ServiceHoursFields form={form} size="md" />
                    <NumberInput
                      size="md"
                      w={320}
                      label={t('board.rules.maxStay')}
                      description={t('board.rules.maxStayHint')}
                      min={30}
                      max={720}
                      allowDecimal={false}
                      {...form.getInputProps('maxStayMinutes')}
                      data-testid="setup-max-stay"
                    />
                  </Stack>
                )}
                {step === 'check' && <SetupSummary values={form.getValues()} />}

                {form.errors && Object.keys(form.errors).length > 0 && (
                  <Alert color="red" role="alert" data-testid="setup-step-errors">
                    {t('errors.validation')}
                  </Alert>
                )}
                <FormError error={complete.error?.appError} shownFields={Object.keys(form.errors)} />
                <Group justify="space-between">
                  <Button
                    size="kioskBand"
                    variant="default"
                    onClick={() =>
                      setPhase(
                        index === 0 ? { name: 'choose' } : { name: 'form', step: setupSteps[index - 1]! },
                      )
                    }
                    data-testid="setup-back"
                  >
                    {t('register.back')}
                  </Button>
                  <Button
                    type="submit"
                    size="kioskBand"
                    loading={complete.isPending}
                    data-testid="setup-next"
                  >
                    {step === 'check' ? t('setup.finish') : t('setup.next')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}

          {phase.name === 'devices' && session && (
            <Stack gap="lg" data-testid="setup-devices">
              <Alert color="green" role="status">
                <Text size="kioskSmall" fw={600}>
                  {t('setup.doneTitle')}
                </Text>
                <Text size="kioskSmall">{t('setup.doneText')}</Text>
              </Alert>
              {title('setup.devicesTitle')}
              <Text size="kioskSmall">{t('setup.devicesExplain')}</Text>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
                <ScannersSettings session={session} />
                <PrintersSettings session={session} />
              </SimpleGrid>
              <Group justify="flex-end">
                <Button
                  size="kioskBand"
                  onClick={() => {
                    onHold(false);
                    onDone();
                  }}
                  data-testid="setup-open-desk"
                >
                  {t('setup.openDesk')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </Box>
      {phase.name === 'form' && <DockedKeyboard />}
      <StatusBar help="setup" />
    </Stack>
  );
}
