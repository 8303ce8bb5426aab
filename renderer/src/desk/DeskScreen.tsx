import { AppShell, Button, Group, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBar } from '../components/StatusBar';
import { DemoBanner } from '../components/DemoBanner';
import { ReservationsPanel } from './ReservationsPanel';
import { PlacesSettings } from './PlacesSettings';

/** The officer's desk: dense, keyboard-friendly, 1920×1080. */
export function DeskScreen({
  session,
  onLock,
  onKioskMode,
}: {
  session: string;
  onLock: () => void;
  onKioskMode: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 64 }} footer={{ height: 56 }} padding="md" data-testid="desk-screen">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h3">
            {t('app.name')} · {t('desk.title')}
          </Title>
          <Group>
            <Button variant="default" onClick={onKioskMode}>
              {t('officer.kioskMode')}
            </Button>
            <Button color="red" variant="light" onClick={onLock} data-testid="officer-lock">
              {t('officer.lock')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <DemoBanner />
        <Tabs defaultValue="reservations" mt="sm" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="reservations">{t('desk.tabReservations')}</Tabs.Tab>
            <Tabs.Tab value="settings" data-testid="tab-settings">
              {t('desk.tabSettings')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="reservations" pt="md">
            <ReservationsPanel session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="settings" pt="md">
            <PlacesSettings session={session} />
          </Tabs.Panel>
        </Tabs>
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar size="md" />
      </AppShell.Footer>
    </AppShell>
  );
}
