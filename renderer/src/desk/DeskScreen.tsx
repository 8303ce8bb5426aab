import { useEffect, useState } from 'react';
import { AppShell, Button, Group, Kbd, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../shared/contract';
import { useApiQuery } from '../api/useApiQuery';
import { useAppInfo } from '../api/useAppInfo';
import { AuditPanel } from '../admin/AuditPanel';
import { OfficersPanel } from '../admin/OfficersPanel';
import { RolesPanel } from '../admin/RolesPanel';
import { VisitorsPanel } from '../admin/VisitorsPanel';
import { StatusBar } from '../components/StatusBar';
import { DemoBanner } from '../components/DemoBanner';
import { HelpButton } from '../help/HelpButton';
import { DevicesPanel } from '../devices/DevicesPanel';
import { PinChangeFlow } from '../session/PinChangeFlow';
import { useCan, useSignedIn, type SignedIn } from '../session/SignedIn';
import { useIdle } from '../session/useIdle';
import { ReservationsPanel } from './ReservationsPanel';
import { BoardPanel } from './BoardPanel';
import { HistoryPanel } from './HistoryPanel';
import { SettingsPanel } from './SettingsPanel';
import { ScanToasts } from './ScanToasts';
import { DeskGuestbookPanel } from '../guestbook/DeskGuestbookPanel';
import { DeskStandardsPanel } from '../standards/DeskStandardsPanel';
import { DeskSurveyPanel } from '../survey/DeskSurveyPanel';
import { DeskComplaintsPanel } from '../complaints/DeskComplaintsPanel';
import { DeskInventoryPanel } from '../inventory/DeskInventoryPanel';
import { DeskRecapsPanel } from '../recaps/DeskRecapsPanel';
import { DeskAgendaPanel } from '../requests/DeskAgendaPanel';
import { DeskRequestsPanel } from '../requests/DeskRequestsPanel';

export const deskTabs = [
  'board',
  'guestbook',
  'reservations',
  'history',
  'complaints',
  'requests',
  'agenda',
  'recap',
  'inventory',
  'survey',
  'devices',
  'officers',
  'roles',
  'audit',
  'visitors',
  'standards',
  'settings',
] as const;
export type DeskTab = (typeof deskTabs)[number];

const TAB_LABEL: Record<DeskTab, string> = {
  board: 'board.tabBoard',
  reservations: 'desk.tabReservations',
  history: 'board.tabHistory',
  recap: 'recaps.tab',
  requests: 'requests.tab',
  agenda: 'requests.agendaTab',
  inventory: 'inventory.tab',
  devices: 'devices.tab',
  officers: 'admin.officers.tab',
  roles: 'admin.roles.tab',
  audit: 'admin.audit.tab',
  visitors: 'admin.visitors.tab',
  settings: 'desk.tabSettings',
  guestbook: 'guestbook.tab',
  complaints: 'complaints.tab',
  survey: 'survey.tab',
  standards: 'standards.tab',
};

/** Which permission opens each tab (any one of them); the core checks every call again. */
const TAB_NEEDS: Record<DeskTab, readonly Permission[]> = {
  board: ['visits.read'],
  reservations: ['reservations.read'],
  history: ['visits.read'],
  recap: ['reports.read', 'recaps.prepare', 'recaps.review', 'recaps.receive'],
  requests: ['requests.read', 'requests.manage'],
  agenda: ['requests.read', 'requests.manage'],
  inventory: ['inventory.manage'],
  devices: ['devices.manage', 'printing.use'],
  officers: ['officers.manage'],
  roles: ['officers.manage'],
  audit: ['audit.read'],
  visitors: ['visitors.manage'],
  settings: ['settings.manage'],
  guestbook: ['guests.serve'],
  complaints: ['complaints.handle'],
  survey: ['reports.read'],
  standards: ['settings.manage'],
};

/** A desk left alone locks itself; this long before, it says so and offers to stay open. */
const IDLE_WARNING_MS = 30_000;

/**
 * The officer's desk: dense, keyboard-friendly (Alt+1…0 switch tabs), 1920×1080. It shows only the
 * tabs and buttons the officer's roles allow, keeps those up to date (officer.me), and locks itself
 * after the site's idle time.
 */
export function DeskScreen({
  onSignedInChange,
  onLock,
  onIdleLock,
  onKioskMode,
  onSampleDataLeft,
}: {
  /** The officer's roles or the idle time changed while signed in (officer.me). */
  onSignedInChange: (signedIn: SignedIn) => void;
  onLock: () => void;
  onIdleLock: () => void;
  onKioskMode: () => void;
  onSampleDataLeft: () => void;
}) {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  const { session, officer, idleLockMinutes } = signedIn;
  const can = useCan();
  const info = useAppInfo();
  const me = useApiQuery('officer.me', {}, { session });
  const [changingPin, setChangingPin] = useState(false);
  const [pinChanged, setPinChanged] = useState(false);

  useEffect(() => {
    if (!me.data) return;
    const same =
      JSON.stringify([me.data.permissions, me.data.idleLockMinutes, me.data.officer]) ===
      JSON.stringify([signedIn.permissions, signedIn.idleLockMinutes, signedIn.officer]);
    if (!same) onSignedInChange({ ...signedIn, ...me.data });
  }, [me.data, signedIn, onSignedInChange]);

  const idle = useIdle(idleLockMinutes * 60_000, onIdleLock, IDLE_WARNING_MS);

  const sampleAdmin = (info?.sampleData ?? false) && can('officers.manage');
  const tabs = deskTabs.filter((name) =>
    name === 'settings' ? can('settings.manage') || sampleAdmin : TAB_NEEDS[name].some(can),
  );
  const [chosen, setTab] = useState<DeskTab | null>(null);
  const tab = chosen && tabs.includes(chosen) ? chosen : (tabs[0] ?? null);
  // Alt+1…9 and Alt+0 reach the first ten tabs; the rest are a click or Tab key away.
  useHotkeys(tabs.slice(0, 10).map((name, i) => [`alt+${(i + 1) % 10}`, () => setTab(name)]));

  return (
    <AppShell header={{ height: 64 }} footer={{ height: 56 }} padding="md" data-testid="desk-screen">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={1} size="h3" lineClamp={1} miw={0}>
            {t('app.name')} · {info?.siteName ?? t('desk.title')}
          </Title>
          <Group wrap="nowrap" gap="sm" style={{ flexShrink: 0 }}>
            <HelpButton topic="desk" surface="desk" />
            {/* A narrow (portrait) monitor keeps its room for the buttons; a wide one names the officer. */}
            <Text size="sm" c="gray.8" visibleFrom="lg" data-testid="desk-officer">
              {t('admin.signedInAs', { name: officer.fullName })}
            </Text>
            <Button variant="default" onClick={() => setChangingPin(true)} data-testid="change-pin">
              {t('admin.changePin')}
            </Button>
            <Button variant="default" onClick={onKioskMode} data-testid="visitor-view">
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
        {pinChanged && (
          <Text c="teal.9" fw={600} role="status" data-testid="pin-changed">
            {t('admin.pinChanged')}
          </Text>
        )}
        {tab === null ? (
          <Text mt="xl" data-testid="desk-no-access">
            {t('admin.noAccess')}
          </Text>
        ) : (
          <Tabs value={tab} onChange={(v) => v && setTab(v as DeskTab)} mt="sm" keepMounted={false}>
            <Tabs.List>
              {tabs.map((name, i) => (
                <Tabs.Tab key={name} value={name} data-testid={`tab-${name}`}>
                  {t(TAB_LABEL[name])}
                  {i < 10 && (
                    <>
                      {' '}
                      <Kbd size="xs" aria-hidden>
                        Alt+{(i + 1) % 10}
                      </Kbd>
                    </>
                  )}
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
            <Tabs.Panel value="requests" pt="md">
              <DeskRequestsPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="agenda" pt="md">
              <DeskAgendaPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="recap" pt="md">
              <DeskRecapsPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="inventory" pt="md">
              <DeskInventoryPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="devices" pt="md">
              <DevicesPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="officers" pt="md">
              <OfficersPanel />
            </Tabs.Panel>
            <Tabs.Panel value="roles" pt="md">
              <RolesPanel />
            </Tabs.Panel>
            <Tabs.Panel value="audit" pt="md">
              <AuditPanel />
            </Tabs.Panel>
            <Tabs.Panel value="visitors" pt="md">
              <VisitorsPanel />
            </Tabs.Panel>
            <Tabs.Panel value="guestbook" pt="md">
              <DeskGuestbookPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="complaints" pt="md">
              <DeskComplaintsPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="survey" pt="md">
              <DeskSurveyPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="standards" pt="md">
              <DeskStandardsPanel session={session} />
            </Tabs.Panel>
            <Tabs.Panel value="settings" pt="md">
              <SettingsPanel
                session={session}
                sampleAdmin={sampleAdmin}
                onSampleDataLeft={onSampleDataLeft}
              />
            </Tabs.Panel>
          </Tabs>
        )}
        {can('visits.read') && <ScanToasts />}
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
      <Modal
        opened={changingPin}
        onClose={() => setChangingPin(false)}
        title={t('admin.changePin')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('board.close') }}
      >
        <PinChangeFlow
          session={session}
          onDone={() => {
            setChangingPin(false);
            setPinChanged(true);
          }}
        />
      </Modal>
      <Modal
        opened={idle.warning}
        onClose={() => undefined}
        withCloseButton={false}
        title={t('admin.idleTitle')}
        data-testid="idle-warning"
      >
        <Stack>
          <Text role="timer" aria-live="polite">
            {t('admin.idleWarning', { count: idle.secondsLeft })}
          </Text>
          <Group justify="flex-end">
            <Button data-testid="idle-stay">{t('admin.idleStay')}</Button>
          </Group>
        </Stack>
      </Modal>
    </AppShell>
  );
}
