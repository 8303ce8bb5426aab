import { useState } from 'react';
import { DevicesPanel } from '../devices/DevicesPanel';
import { RecapPanel } from '../devices/RecapPanel';
import { AppShell, Button, Divider, Group, Kbd, Stack, Tabs, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { StatusBar } from '../components/StatusBar';
import { DemoBanner } from '../components/DemoBanner';
import { ReservationsPanel } from './ReservationsPanel';
import { PlacesSettings } from './PlacesSettings';
import { BoardPanel } from './BoardPanel';
import { HistoryPanel } from './HistoryPanel';
import { RulesSettings } from './RulesSettings';
import { ScanToasts } from './ScanToasts';

export const deskTabs = ['board', 'reservations', 'history', 'recap', 'devices', 'settings'] as const;
export type DeskTab = (typeof deskTabs)[number];

const TAB_LABEL: Record<DeskTab, string> = {
  board: 'board.tabBoard',
  reservations: 'desk.tabReservations',
  history: 'board.tabHistory',
  recap: 'recap.tab',
  devices: 'devices.tab',
  settings: 'desk.tabSettings',
};

/** The officer's desk: dense, keyboard-friendly (Alt+1…6 switch tabs), 1920×1080. */
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
  const [tab, setTab] = useState<DeskTab>('board');
  useHotkeys(deskTabs.map((name, i) => [`alt+${i + 1}`, () => setTab(name)]));
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
        <Tabs value={tab} onChange={(v) => v && setTab(v as DeskTab)} mt="sm" keepMounted={false}>
          <Tabs.List>
            {deskTabs.map((name, i) => (
              <Tabs.Tab key={name} value={name} data-testid={`tab-${name}`}>
                {t(TAB_LABEL[name])}{' '}
                <Kbd size="xs" aria-hidden>
                  Alt+{i + 1}
                </Kbd>
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="board" pt="md">
            <BoardPanel session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="reservations" pt="md">
            <ReservationsPanel session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="md">
            <HistoryPanel session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="recap" pt="md">
            <RecapPanel session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="devices" pt="md">
            <DevicesPanel session={session} />
          </Tabs.Panel>
          <Tabs.Panel value="settings" pt="md">
            <Stack gap="xl">
              <RulesSettings session={session} />
              <Divider />
              <PlacesSettings session={session} />
              <Text size="sm" c="gray.8">
                {t('board.timesNote')}
              </Text>
            </Stack>
          </Tabs.Panel>
        </Tabs>
        <ScanToasts />
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar size="md" />
      </AppShell.Footer>
    </AppShell>
  );
}
