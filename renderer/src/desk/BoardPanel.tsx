import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Board, Visit } from '../../../shared/contract';
import { useDates } from '../dates/useDates';
import { formatTimeLeft } from './deskFormat';
import { useCan } from '../session/SignedIn';
import { useBoard } from './useBoard';
import { ConfirmQueue } from './ConfirmQueue';
import { VisitDialog, type VisitAction } from './VisitDialogs';

type DeskRow = Board['desks'][number];
type Warning = DeskRow['warning'];

// Colour is never the only signal: each state has its words and a symbol too (WCAG 1.4.1).
const STATE_STYLE: Record<DeskRow['state'], { color: string; symbol: string }> = {
  free: { color: 'teal.9', symbol: '○' },
  in_use: { color: 'blue.8', symbol: '●' },
  awaiting_check: { color: 'violet.8', symbol: '◐' },
  overstay: { color: 'red.9', symbol: '⚠' },
};
const WARNING_BORDER: Record<Warning, string | undefined> = {
  none: undefined,
  first_warning: 'var(--mantine-color-yellow-6)',
  final_warning: 'var(--mantine-color-orange-7)',
  overstay: 'var(--mantine-color-red-8)',
};

function TodayNumbers({ today }: { today: Board['today'] }) {
  const { t } = useTranslation();
  const items = [
    ['reserved', today.reserved],
    ['arrived', today.arrived],
    ['notYetArrived', today.notYetArrived],
    ['noShows', today.noShows],
    ['completed', today.completed],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs" data-testid="today-numbers">
      {items.map(([key, n]) => (
        <Paper key={key} withBorder px="sm" py={6} data-testid={`today-${key}`}>
          <Text size="sm" c="gray.8">
            {t(`board.today.${key}`)}
          </Text>
          <Text fz="h2" fw={700} lh={1.1} className="tabular">
            {n}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function DeskCard({ desk, now }: { desk: DeskRow; now: number }) {
  const { t } = useTranslation();
  const style = STATE_STYLE[desk.state];
  const border = WARNING_BORDER[desk.warning];
  // "Meja 3" beside "Meja 3" says nothing: only a label of the site's own ("Dekat jendela") or the zone.
  const own = desk.label !== t('board.deskN', { desk: desk.number }) ? desk.label : null;
  return (
    <Paper
      withBorder
      p="xs"
      mih={118}
      data-testid={`board-desk-${desk.number}`}
      data-state={desk.state}
      data-warning={desk.warning}
      style={border ? { borderColor: border, borderWidth: 4 } : undefined}
      bg={desk.state === 'free' ? undefined : 'gray.0'}
    >
      <Group justify="space-between" wrap="nowrap" gap={6}>
        <Text fw={700} fz="lg" style={{ whiteSpace: 'nowrap' }}>
          {t('board.deskN', { desk: desk.number })}
        </Text>
        {own && (
          <Text size="sm" c="gray.7" truncate="end" title={own}>
            {own}
          </Text>
        )}
      </Group>
      <Badge
        color={style.color}
        variant={desk.state === 'free' ? 'outline' : 'filled'}
        fullWidth
        my={4}
        data-testid="board-desk-state"
      >
        {style.symbol} {t(`board.state.${desk.state}`)}
      </Badge>
      {desk.fullName && (
        // Names wrap, never cut (issue 9: the portrait board cut them).
        <Text fw={600} lineClamp={2} data-testid="board-desk-name" style={{ overflowWrap: 'anywhere' }}>
          {desk.fullName}
        </Text>
      )}
      {desk.endsAt !== null && (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" data-testid="board-desk-left">
            {desk.endsAt > now
              ? t('board.left', { left: formatTimeLeft(t, now, desk.endsAt) })
              : formatTimeLeft(t, now, desk.endsAt)}
          </Text>
          {desk.warning !== 'none' && desk.warning !== 'overstay' && (
            <Badge size="sm" autoContrast color={desk.warning === 'final_warning' ? 'orange.5' : 'yellow.4'}>
              {t(`board.warning.${desk.warning}`)}
            </Badge>
          )}
        </Group>
      )}
    </Paper>
  );
}

function OpenVisits({
  visits,
  now,
  onAction,
}: {
  visits: readonly Visit[];
  now: number;
  onAction: (visit: Visit, action: VisitAction) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const can = useCan();
  const open = visits.filter((v) => v.status === 'open');
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('board.openTitle')} ({open.length})
      </Title>
      {open.length === 0 ? (
        <Text c="gray.7">{t('board.openEmpty')}</Text>
      ) : (
        <Table striped verticalSpacing={4} data-testid="open-visits">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('board.col.desk')}</Table.Th>
              <Table.Th>{t('board.col.name')}</Table.Th>
              <Table.Th>{t('board.col.start')}</Table.Th>
              <Table.Th>{t('board.col.end')}</Table.Th>
              <Table.Th>{t('board.col.left')}</Table.Th>
              <Table.Th>{t('board.col.locker')}</Table.Th>
              <Table.Th>{t('board.col.method')}</Table.Th>
              {can('visits.write') && <Table.Th>{t('board.col.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {open.map((v) => (
              <Table.Tr
                key={v.id}
                data-testid="open-visit-row"
                data-desk={v.deskNumber}
                data-name={v.fullName}
              >
                <Table.Td>{v.deskNumber}</Table.Td>
                <Table.Td>{v.fullName}</Table.Td>
                <Table.Td>{dates.time(v.startedAt)}</Table.Td>
                <Table.Td>{dates.time(v.endsAt)}</Table.Td>
                <Table.Td>{formatTimeLeft(t, now, v.endsAt)}</Table.Td>
                <Table.Td data-testid="open-visit-locker">
                  {v.lockerNumber === null
                    ? '–'
                    : `${v.lockerNumber}${v.lockerKeyOut ? ` · ${t('board.keyOut')}` : ''}`}
                </Table.Td>
                <Table.Td>{t(`board.method.${v.checkInMethod}`)}</Table.Td>
                {can('visits.write') && (
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => onAction(v, 'locker')}
                        data-testid="visit-locker"
                      >
                        {t('board.lockerButton')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => onAction(v, 'desk')}
                        data-testid="visit-change-desk"
                      >
                        {t('board.changeDesk')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="outline"
                        color="red.9"
                        onClick={() => onAction(v, 'close')}
                        data-testid="visit-close"
                      >
                        {t('board.closeButton')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function OverstayList({ visits, now }: { visits: readonly Visit[]; now: number }) {
  const { t } = useTranslation();
  const over = visits.filter((v) => v.status === 'open' && v.warning === 'overstay');
  return (
    <Stack gap="xs" data-testid="overstay-list">
      <Title order={2} size="h4">
        {t('board.overstayTitle')} ({over.length})
      </Title>
      {over.length === 0 && <Text c="gray.7">{t('board.overstayEmpty')}</Text>}
      {over.map((v) => (
        <Alert key={v.id} color="red" p="xs" data-testid="overstay-item" data-name={v.fullName}>
          <Text size="sm" c="red.9" fw={700}>
            {t('board.deskN', { desk: v.deskNumber })} · {v.fullName}
          </Text>
          <Text size="sm">{formatTimeLeft(t, now, v.endsAt)}</Text>
        </Alert>
      ))}
    </Stack>
  );
}

function LockersInUse({ lockers }: { lockers: Board['lockers'] }) {
  const { t } = useTranslation();
  const used = lockers.filter((l) => l.visitId !== null);
  return (
    <Stack gap="xs" data-testid="lockers-in-use">
      <Title order={2} size="h4">
        {t('board.lockersTitle', { used: used.length, total: lockers.length })}
      </Title>
      {used.length === 0 && <Text c="gray.7">{t('board.lockersEmpty')}</Text>}
      {used.map((l) => (
        <Text key={l.number} size="sm" data-testid="locker-in-use" data-locker={l.number}>
          {t('board.lockerN', { locker: l.number })} → {t('board.deskN', { desk: l.deskNumber ?? '–' })} ·{' '}
          {l.keyOut ? t('board.keyOut') : t('board.keyIn')}
        </Text>
      ))}
    </Stack>
  );
}

/** Item 5 of the issue: everything the officer watches during the day, live. */
export function BoardPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { board, errorKey, now } = useBoard(session);
  const [action, setAction] = useState<{ visitId: string; action: VisitAction } | null>(null);

  if (!board) {
    return errorKey ? <Alert color="red">{t(errorKey)}</Alert> : <Text>{t('board.loading')}</Text>;
  }
  const actionVisit = action ? board.openVisits.find((v) => v.id === action.visitId) : undefined;
  const queue = board.openVisits.filter((v) => v.status === 'awaiting_check');
  return (
    <Grid gap="md" data-testid="board-panel">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="sm">
          {errorKey && <Alert color="red">{t(errorKey)}</Alert>}
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('board.desksTitle')}
            </Title>
            <Text size="sm" c="gray.8" data-testid="board-clock">
              {t('board.clock', { time: dates.time(now) })}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 3, sm: 4, xl: 6 }} spacing="xs" data-testid="desk-grid">
            {board.desks.map((d) => (
              <DeskCard key={d.number} desk={d} now={now} />
            ))}
          </SimpleGrid>
          <TodayNumbers today={board.today} />
          <OpenVisits
            visits={board.openVisits}
            now={now}
            onAction={(v, a) => setAction({ visitId: v.id, action: a })}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="lg">
          <ConfirmQueue session={session} visits={queue} />
          <OverstayList visits={board.openVisits} now={now} />
          <LockersInUse lockers={board.lockers} />
        </Stack>
      </Grid.Col>
      {actionVisit && (
        <VisitDialog
          key={`${actionVisit.id}-${action?.action}`}
          session={session}
          visit={actionVisit}
          board={board}
          action={action?.action ?? null}
          onClose={() => setAction(null)}
        />
      )}
    </Grid>
  );
}
