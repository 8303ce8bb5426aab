import { memo, type ReactNode } from 'react';
import { Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import {
  CalendarIcon,
  CheckIcon,
  HelpIcon,
  InfoIcon,
  LeaveIcon,
  QrIcon,
  RegisterIcon,
} from '../components/icons';
import { HomeShown } from './homeShown';
import { HouseRules } from './HouseRules';
import { serviceHoursLine } from './siteWords';
import { TodayDesks } from './TodayDesks';

/** One thing a visitor can do today: a big tile, a verb and one line of what it is for. */
interface Task {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
  readonly icon: ReactNode;
  readonly onSelect: () => void;
  readonly primary?: boolean;
  readonly busy?: boolean;
}

/** A compact tile (icon beside the words) for the desk services that sit beside the coworking tasks. */
function TaskTile({ task, compact = false }: { task: Task; compact?: boolean }) {
  if (compact)
    return (
      <UnstyledButton
        className="kiosk-tile kiosk-outline"
        data-compact
        onClick={task.onSelect}
        data-testid={`${task.id}-button`}
      >
        {task.icon}
        <Stack gap={2}>
          <Text fz="kioskH3" fw={800} lh={1.2} component="span">
            {task.title}
          </Text>
          <Text size="kioskSmall" component="span" c="dimmed" lh={1.3} data-hint>
            {task.hint}
          </Text>
        </Stack>
      </UnstyledButton>
    );
  return (
    <UnstyledButton
      className="kiosk-tile kiosk-outline"
      data-primary={task.primary || undefined}
      onClick={task.onSelect}
      aria-busy={task.busy || undefined}
      data-testid={`${task.id}-button`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        {task.icon}
        {task.busy && <Loader size="md" color={task.primary ? 'white' : undefined} />}
      </Group>
      <Stack gap={4}>
        <Text fz="kioskH2" fw={800} lh={1.15} component="span">
          {task.title}
        </Text>
        <Text size="kioskSmall" component="span" c={task.primary ? undefined : 'dimmed'}>
          {task.hint}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}

/**
 * The first screen (kiosk-ui.md §4, Home): what the visitor can do today, and what to know before:
 * today's free desks, the house rules and the hours. Scanning needs no touch; the tiles are the
 * tasks this kiosk offers (more join the list as they are built: guest book, services, survey).
 */
/** The visitor services beside the coworking space (issue 11), each opening its own screen. */
export type KioskService = 'guestbook' | 'standards' | 'survey' | 'complaint' | 'agenda';

interface HomeActions {
  readonly onRegister: () => void;
  readonly onFinish: () => void;
  /** "Selesai & keluar" was tapped and the kiosk is telling the core. */
  readonly finishing: boolean;
  readonly onService: (service: KioskService) => void;
}

/**
 * The home screen stays mounted and laid out while another screen shows (`hidden`): hiding it is
 * one style change on this element (content-visibility: hidden, styles.css), which skips its
 * subtree without tearing its thousand boxes down. A scan's answer then paints without that
 * teardown in its frame, and coming back home reuses the boxes. (React's <Activity> hides with
 * display: none, which destroys them and builds them again on the way back.) Skipped content is
 * neither painted, focusable nor in the accessibility tree; its live reads pause (homeShown.ts).
 */
export function KioskHome({ hidden, ...actions }: HomeActions & { readonly hidden: boolean }) {
  return (
    <div className="kiosk-home" data-hidden={hidden || undefined} data-testid="kiosk-home">
      <HomeShown.Provider value={!hidden}>
        <HomeContent {...actions} />
      </HomeShown.Provider>
    </div>
  );
}

/** What the home shows; memoised, so showing or hiding the home renders only the free-desk card again. */
const HomeContent = memo(function HomeContent({ onRegister, onFinish, finishing, onService }: HomeActions) {
  const { t } = useTranslation();
  const rules = useApiQuery('settings.rules.get', {}).data;
  const offered = useApiQuery('settings.kioskServices.get', {}).data;
  const coworking = offered?.coworking ?? true;
  // Fetched here, so the room map and the desks' zones are in memory before the first answer paints.
  useApiQuery('floorPlan.get', {});
  useApiQuery('desks.list', {});
  const all: (Task & { service: keyof NonNullable<typeof offered> })[] = [
    {
      service: 'coworking',
      id: 'register',
      title: t('kiosk.registerButton'),
      hint: t('home.registerHint'),
      icon: <RegisterIcon size={64} />,
      onSelect: onRegister,
      primary: true,
    },
    {
      service: 'coworking',
      id: 'finish',
      title: t('kiosk.finishButton'),
      hint: t('home.finishHint'),
      icon: <LeaveIcon size={64} />,
      onSelect: onFinish,
      busy: finishing,
    },
    {
      service: 'guestbook',
      id: 'guestbook',
      title: t('guestbook.homeTitle'),
      hint: t('guestbook.homeHint'),
      icon: <RegisterIcon size={coworking ? 44 : 64} />,
      onSelect: () => onService('guestbook'),
    },
    {
      service: 'standards',
      id: 'standards',
      title: t('standards.homeTitle'),
      hint: t('standards.homeHint'),
      icon: <InfoIcon size={coworking ? 44 : 64} />,
      onSelect: () => onService('standards'),
    },
    {
      service: 'survey',
      id: 'survey',
      title: t('survey.homeTitle'),
      hint: t('survey.homeHint'),
      icon: <CheckIcon size={coworking ? 44 : 64} />,
      onSelect: () => onService('survey'),
    },
    {
      service: 'complaints',
      id: 'complaint',
      title: t('complaints.homeTitle'),
      hint: t('complaints.homeHint'),
      icon: <HelpIcon size={coworking ? 44 : 64} />,
      onSelect: () => onService('complaint'),
    },
    {
      service: 'agenda',
      id: 'agenda',
      title: t('requests.kiosk.tile'),
      hint: t('requests.kiosk.tileHint'),
      icon: <CalendarIcon size={coworking ? 44 : 64} />,
      onSelect: () => onService('agenda'),
    },
  ];
  // Until the setting has loaded, the coworking tasks only: the rest appear once it says so.
  const tasks = all.filter((task) => (offered ? offered[task.service] : task.service === 'coworking'));
  return (
    <>
      <Stack gap="xl" data-area="hero">
        <Stack gap="xs">
          <Title order={1} fz="kioskH1">
            {t('kiosk.welcome')}
          </Title>
          <Text size="kioskLead">{t('home.question')}</Text>
          {rules && (
            <Text size="kiosk" fw={600} c="civic.8" data-testid="kiosk-hours">
              {serviceHoursLine(t, rules.calendar)}
            </Text>
          )}
        </Stack>
        {coworking && (
          <section className="kiosk-info" data-testid="scan-card" aria-labelledby="scan-title">
            <Group wrap="nowrap" gap="lg" align="center">
              <QrIcon size={96} color="var(--mantine-color-civic-8)" />
              <Stack gap={4}>
                <Title order={2} fz="kioskH3" id="scan-title" elementtiming="kiosk-ready">
                  {t('kiosk.scanTitle')}
                </Title>
                <Text size="kiosk">{t('kiosk.scanHint')}</Text>
              </Stack>
            </Group>
          </section>
        )}
      </Stack>
      {/* With the coworking space the check-in's two tasks lead and the other desk services sit
          beside them, smaller; without it the services are the tasks. */}
      <nav className="kiosk-tiles" aria-label={t('home.tasksLabel')} data-area="tasks">
        {(coworking ? tasks.filter((task) => task.service === 'coworking') : tasks).map((task) => (
          <TaskTile key={task.id} task={task} />
        ))}
      </nav>
      {coworking && tasks.some((task) => task.service !== 'coworking') && (
        <nav className="kiosk-tiles" aria-label={t('home.servicesLabel')} data-area="services">
          {tasks
            .filter((task) => task.service !== 'coworking')
            .map((task) => (
              <TaskTile key={task.id} task={task} compact />
            ))}
        </nav>
      )}
      {coworking && (
        <Stack gap="lg" data-area="info">
          <TodayDesks />
          <HouseRules />
        </Stack>
      )}
    </>
  );
});
