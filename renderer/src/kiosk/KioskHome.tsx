import { Button, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { serviceHoursLine } from './siteWords';

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
  // The office's own name and logo (set up on the first run), never a hard-coded one.
  const site = useApiQuery('site.get', {}).data;
  const rules = useApiQuery('settings.rules.get', {}).data;
  return (
    <Stack gap="xl" align="stretch" maw={900} mx="auto" pt="xl">
      <Stack gap={4} align="center" data-testid="kiosk-identity">
        {site && (
          <Group gap="md" justify="center" wrap="nowrap">
            {site.logo && <Image src={site.logo} alt="" h={88} w="auto" fit="contain" />}
            <Stack gap={0}>
              <Text fz={30} fw={700} data-testid="kiosk-site-name">
                {site.siteName}
              </Text>
              <Text fz={24} c="gray.8" data-testid="kiosk-office-name">
                {site.officeName}
              </Text>
            </Stack>
          </Group>
        )}
        <Title order={1} fz={72} mt="md">
          {t('kiosk.welcome')}
        </Title>
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
      {rules && (
        <Text fz={26} ta="center" c="gray.8" data-testid="kiosk-hours">
          {serviceHoursLine(t, rules.calendar)}
        </Text>
      )}
      <Button variant="subtle" size="lg" onClick={onOfficer} mx="auto" data-testid="officer-button">
        {t('kiosk.officer')}
      </Button>
    </Stack>
  );
}
