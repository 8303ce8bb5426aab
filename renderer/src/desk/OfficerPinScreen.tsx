import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useSchemaForm } from '../forms/useSchemaForm';

interface Values extends Record<string, unknown> {
  pin: string;
}

/** The officer's desk sits behind a PIN so a visitor at the touchscreen cannot open it. */
export function OfficerPinScreen({
  onUnlocked,
  onCancel,
}: {
  onUnlocked: (session: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const unlock = useApiMutation('officer.unlock');
  const form = useSchemaForm<Values>({
    schema: contract['officer.unlock'].input,
    initialValues: { pin: '' },
  });
  const error = unlock.error?.appError;

  return (
    <Center h="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w={420} component="main">
        <form
          noValidate
          onSubmit={form.onSubmit(({ pin }) => {
            // The PIN never stays on screen, right or wrong.
            form.reset();
            unlock.mutate({ pin }, { onSuccess: (v) => onUnlocked(v.session) });
          })}
        >
          <Stack>
            <Title order={1} size="h2">
              {t('officer.pinTitle')}
            </Title>
            <PasswordInput
              label={t('officer.pinLabel')}
              {...form.getInputProps('pin')}
              inputMode="numeric"
              autoComplete="off"
              maxLength={32}
              autoFocus
              size="lg"
              data-testid="officer-pin"
            />
            {error && (
              <Alert color="red" role="alert">
                {t(error.messageKey, error.params)}
              </Alert>
            )}
            <Group grow>
              <Button variant="default" size="lg" onClick={onCancel}>
                {t('officer.cancel')}
              </Button>
              <Button type="submit" size="lg" loading={unlock.isPending} data-testid="officer-unlock">
                {t('officer.unlock')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
