import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** First screen: scan if you reserved, register if you did not. */
export function KioskHome({
  onRegister,
  onFinish,
  finishing,
  onOfficer,
}: {
  onRegister: () => void;
  onFinish: () => void;
  /** "Selesai & keluar" was tapped and the kiosk is telling the core. */
  finishing: boolean;
  onOfficer: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" align="stretch" maw={900} mx="auto" pt="xl">
      <Stack gap={4} align="center">
        <Title order={1} fz={72}>
          {t('kiosk.welcome')}
        </Title>
        <Text fz={32} c="gray.8">
          {t('kiosk.subtitle')}
        </Text>
      </Stack>
      <Card withBorder padding="xl" radius="lg" data-testid="scan-card">
        <Title order={2} fz={44}>
          {t('kiosk.scanTitle')}
        </Title>
        <Text fz={30} mt="sm">
          {t('kiosk.scanHint')}
        </Text>
      </Card>
      <Card withBorder padding="xl" radius="lg">
        <Title order={2} fz={44}>
          {t('kiosk.finishTitle')}
        </Title>
        <Button
          size="xl"
          h={96}
          fz={36}
          mt="lg"
          fullWidth
          variant="light"
          loading={finishing}
          onClick={onFinish}
          data-testid="finish-button"
        >
          {t('kiosk.finishButton')}
        </Button>
      </Card>
      <Card withBorder padding="xl" radius="lg">
        <Title order={2} fz={44}>
          {t('kiosk.registerTitle')}
        </Title>
        <Button size="xl" h={96} fz={36} mt="lg" fullWidth onClick={onRegister} data-testid="register-button">
          {t('kiosk.registerButton')}
        </Button>
      </Card>
      <Text fz={26} ta="center" c="gray.8">
        {t('kiosk.hours')}
      </Text>
      <Button variant="subtle" size="lg" onClick={onOfficer} mx="auto" data-testid="officer-button">
        {t('kiosk.officer')}
      </Button>
    </Stack>
  );
}
