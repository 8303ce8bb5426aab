import { useState } from 'react';
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';

/** The officer's desk sits behind a PIN so a visitor at the touchscreen cannot open it. */
export function OfficerPinScreen({
  onUnlocked,
  onCancel,
}: {
  onUnlocked: (session: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [pin, setPin] = useState('');
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function unlock() {
    setBusy(true);
    const result = await api.invoke('officer.unlock', { pin });
    setBusy(false);
    setPin('');
    if (result.ok) onUnlocked(result.value.session);
    else setErrorKey(result.error.messageKey);
  }

  return (
    <Center h="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w={420} component="main">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
        >
          <Stack>
            <Title order={1} size="h2">
              {t('officer.pinTitle')}
            </Title>
            <PasswordInput
              label={t('officer.pinLabel')}
              value={pin}
              onChange={(e) => setPin(e.currentTarget.value)}
              inputMode="numeric"
              autoComplete="off"
              maxLength={32}
              autoFocus
              size="lg"
              data-testid="officer-pin"
            />
            {errorKey && (
              <Alert color="red" role="alert">
                {t(errorKey)}
              </Alert>
            )}
            <Group grow>
              <Button variant="default" size="lg" onClick={onCancel}>
                {t('officer.cancel')}
              </Button>
              <Button type="submit" size="lg" loading={busy} data-testid="officer-unlock">
                {t('officer.unlock')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
