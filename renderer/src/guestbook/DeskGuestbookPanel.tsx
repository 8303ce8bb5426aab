// The officer's guest-book tab ('guests.serve'): the queue of waiting guests with the time waited
// against the 35-minute standard (warned from minute 25), serving and closing them; the day's or a
// month's guest list (a read of personal data, audited by the core); this kiosk's queue letter.
import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuestEntry, MethodOutput } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { DayInput } from '../dates/DayInput';
import { useDates, type Dates } from '../dates/useDates';
import { useCan } from '../session/SignedIn';
import { GuestDialog, type GuestAction } from './GuestDialogs';
import { useGuestbookQuery } from './useGuestbookQuery';

type Queue = MethodOutput<'guestbook.queue'>;
type Counts = Queue['today'];
type Translate = ReturnType<typeof useTranslation>['t'];

/** Waiting time: colour, a symbol and words together (never colour alone, WCAG 1.4.1). */
const LEVEL: Record<GuestEntry['waitLevel'], { bg: string | undefined; c: string; symbol: string }> = {
  ok: { bg: undefined, c: 'teal.9', symbol: '○' },
  soon: { bg: 'yellow.4', c: 'dark.9', symbol: '◔' },
  over: { bg: 'red.9', c: 'white', symbol: '⚠' },
};

/** A guest near or past the standard stands out in the list as well as in its label. */
const ROW_BG: Record<GuestEntry['waitLevel'], string | undefined> = {
  ok: undefined,
  soon: 'yellow.0',
  over: 'red.0',
};

function WaitBadge({ guest }: { guest: GuestEntry }) {
  const { t } = useTranslation();
  const style = LEVEL[guest.waitLevel];
  return (
    <Stack gap={2} align="flex-start">
      <Text className="tabular" fw={700} style={{ whiteSpace: 'nowrap' }} data-testid="guest-waited">
        {t('guestbook.desk.minutes', { minutes: guest.waitedMinutes })}
      </Text>
      {/* Words that wrap rather than a chip that cuts them ("Segera l…" on a narrow monitor). */}
      <Text
        size="sm"
        fw={700}
        c={style.c}
        bg={style.bg}
        px={style.bg ? 8 : 0}
        py={2}
        lh={1.3}
        style={{ borderRadius: 6 }}
        data-testid="guest-wait-level"
        data-level={guest.waitLevel}
      >
        {style.symbol} {t(`guestbook.desk.level.${guest.waitLevel}`)}
      </Text>
    </Stack>
  );
}

const purposeText = (t: Translate, g: GuestEntry) =>
  g.purpose.serviceId
    ? t(`guestbook.purposes.${g.purpose.serviceId}`)
    : `${t('guestbook.kiosk.other')}${g.purpose.other ? `: ${g.purpose.other}` : ''}`;

const nameCell = (t: Translate, g: GuestEntry) => (
  <Stack gap={2}>
    <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
      {g.anonymised ? <i>{t('guestbook.desk.anonymised')}</i> : g.fullName}
    </Text>
    {g.returning && (
      <Text size="sm" c="gray.8">
        {t('guestbook.desk.returning')}
      </Text>
    )}
  </Stack>
);

/** "09.12", or "09.12 · sejak 23 Nov 2026" for a guest still open from an earlier day. */
const arrived = (t: Translate, dates: Dates, g: GuestEntry, today: string) =>
  g.day === today
    ? dates.time(g.registeredAt)
    : `${dates.time(g.registeredAt)} · ${t('guestbook.desk.otherDay', { day: dates.dayShort(g.day) })}`;

function TodayNumbers({ counts, standard }: { counts: Counts; standard: number }) {
  const { t } = useTranslation();
  const items = [
    ['registered', counts.registered],
    ['waiting', counts.waiting],
    ['serving', counts.serving],
    ['closed', counts.closed],
    ['withinStandard', `${counts.withinStandard} / ${counts.served}`],
  ] as const;
  return (
    <SimpleGrid cols={5} spacing="xs" data-testid="guest-today">
      {items.map(([key, n]) => (
        <Paper key={key} withBorder px="sm" py={6} data-testid={`guest-today-${key}`}>
          <Text size="sm" c="gray.8">
            {t(`guestbook.desk.today.${key}`, { minutes: standard })}
          </Text>
          <Text fz="h2" fw={700} lh={1.1} className="tabular">
            {n}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function QueueView({
  session,
  onAction,
}: {
  session: string;
  onAction: (g: GuestEntry, a: GuestAction) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const queue = useGuestbookQuery('guestbook.queue', {}, { session, refetchEveryMs: 30_000 });
  const close = useApiMutation('guestbook.close', { session });
  const q = queue.data;
  if (queue.error)
    return <Alert color="red">{t(queue.error.appError.messageKey, queue.error.appError.params)}</Alert>;
  if (!q) return null;
  const d = (key: string, params?: Record<string, unknown>) => t(`guestbook.desk.${key}`, params);
  return (
    <Stack gap="md" data-testid="guest-queue" data-now={q.now}>
      <TodayNumbers counts={q.today} standard={q.standardMinutes} />
      <Text size="sm" c="gray.8">
        {d('standardLine', { minutes: q.standardMinutes, warn: q.warnMinutes })} {d('refreshNote')}
      </Text>
      <Title order={2} size="h4">
        {d('waitingTitle', { count: q.waiting.length })}
      </Title>
      {q.waiting.length === 0 ? (
        <Text c="gray.7" data-testid="guest-waiting-empty">
          {d('waitingEmpty')}
        </Text>
      ) : (
        <Table striped verticalSpacing={6} data-testid="guest-waiting">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{d('col.number')}</Table.Th>
              <Table.Th>{d('col.name')}</Table.Th>
              <Table.Th>{d('col.institution')}</Table.Th>
              <Table.Th>{d('col.purpose')}</Table.Th>
              <Table.Th>{d('col.meet')}</Table.Th>
              <Table.Th>{d('col.letter')}</Table.Th>
              <Table.Th>{d('col.registered')}</Table.Th>
              <Table.Th>{d('col.waited')}</Table.Th>
              <Table.Th>{d('col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.waiting.map((g) => (
              <Table.Tr
                key={g.id}
                data-testid="guest-waiting-row"
                data-number={g.queueNumber}
                data-level={g.waitLevel}
                bg={ROW_BG[g.waitLevel]}
              >
                <Table.Td>
                  <Text fz="h3" fw={800} className="tabular" style={{ whiteSpace: 'nowrap' }}>
                    {g.queueNumber}
                  </Text>
                </Table.Td>
                <Table.Td>{nameCell(t, g)}</Table.Td>
                <Table.Td>{g.institution ?? d('personal')}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{purposeText(t, g)}</Table.Td>
                <Table.Td>{g.meet ?? d('meetUnknown')}</Table.Td>
                <Table.Td>{g.withLetter ? d('letterYes') : d('letterNo')}</Table.Td>
                <Table.Td className="tabular">{arrived(t, dates, g, q.day)}</Table.Td>
                <Table.Td>
                  <WaitBadge guest={g} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button size="compact-md" onClick={() => onAction(g, 'serve')} data-testid="guest-serve">
                      {d('serve')}
                    </Button>
                    <Button
                      size="compact-md"
                      variant="default"
                      onClick={() => onAction(g, 'left')}
                      data-testid="guest-left"
                    >
                      {d('left')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4">
        {d('servingTitle', { count: q.serving.length })}
      </Title>
      {q.serving.length === 0 ? (
        <Text c="gray.7">{d('servingEmpty')}</Text>
      ) : (
        <Table striped verticalSpacing={6} data-testid="guest-serving">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{d('col.number')}</Table.Th>
              <Table.Th>{d('col.name')}</Table.Th>
              <Table.Th>{d('col.purpose')}</Table.Th>
              <Table.Th>{d('col.outcome')}</Table.Th>
              <Table.Th>{d('col.officer')}</Table.Th>
              <Table.Th>{d('col.waited')}</Table.Th>
              <Table.Th>{d('col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.serving.map((g) => (
              <Table.Tr key={g.id} data-testid="guest-serving-row" data-number={g.queueNumber}>
                <Table.Td>
                  <Text fz="h3" fw={800} className="tabular" style={{ whiteSpace: 'nowrap' }}>
                    {g.queueNumber}
                  </Text>
                </Table.Td>
                <Table.Td>{nameCell(t, g)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{purposeText(t, g)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {g.outcome ? d(`outcome.${g.outcome}`) : ''}
                  {g.serviceNote ? ` · ${g.serviceNote}` : ''}
                </Table.Td>
                <Table.Td>{g.servedBy ?? ''}</Table.Td>
                <Table.Td>
                  <WaitBadge guest={g} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-md"
                    loading={close.isPending && close.variables?.id === g.id}
                    onClick={() => close.mutate({ id: g.id, kind: 'done', note: null })}
                    data-testid="guest-close"
                  >
                    {d('close')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {close.error && (
        <Alert color="red" role="alert">
          {t(close.error.appError.messageKey, close.error.appError.params)}
        </Alert>
      )}
    </Stack>
  );
}

/** The last 24 months, newest first, named in the app's language ("November 2026"). */
function monthChoices(today: string, lang: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const name = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return Array.from({ length: 24 }, (_, i) => {
    const at = new Date(Date.UTC(y, m - 1 - i, 1));
    const value = `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
    return { value, label: name.format(at) };
  });
}

function ListView({
  session,
  onAction,
}: {
  session: string;
  onAction: (g: GuestEntry, a: GuestAction) => void;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const can = useCan();
  const today = dates.today ?? '';
  const [by, setBy] = useState<'day' | 'month'>('day');
  const [day, setDay] = useState('');
  const [month, setMonth] = useState('');
  const chosenDay = day || today;
  const chosenMonth = month || today.slice(0, 7);
  const list = useGuestbookQuery(
    'guestbook.list',
    by === 'day' ? { day: chosenDay } : { month: chosenMonth },
    { session, enabled: today !== '' },
  );
  const d = (key: string, params?: Record<string, unknown>) => t(`guestbook.desk.${key}`, params);
  const items = list.data?.items ?? [];
  return (
    <Stack gap="md" data-testid="guest-list">
      <Group align="flex-end">
        <SegmentedControl
          value={by}
          onChange={(v) => setBy(v === 'month' ? 'month' : 'day')}
          data={[
            { value: 'day', label: d('byDay') },
            { value: 'month', label: d('byMonth') },
          ]}
          aria-label={d('period')}
          data-testid="guest-list-by"
        />
        {by === 'day' ? (
          <DayInput label={d('day')} value={chosenDay} onChange={setDay} w={260} testId="guest-list-day" />
        ) : (
          <Select
            label={d('month')}
            value={chosenMonth}
            onChange={(v) => setMonth(v ?? '')}
            data={today ? monthChoices(today, i18n.language) : []}
            allowDeselect={false}
            w={260}
            data-testid="guest-list-month"
          />
        )}
        {list.data && (
          <Text fw={700} size="lg" data-testid="guest-list-count">
            {d('listCount', { count: list.data.counts.registered })}
          </Text>
        )}
      </Group>
      {list.error && (
        <Alert color="red">{t(list.error.appError.messageKey, list.error.appError.params)}</Alert>
      )}
      {list.data?.truncated && <Alert color="yellow">{d('truncated', { count: items.length })}</Alert>}
      {list.data && items.length === 0 ? (
        <Text c="gray.7">{d('listEmpty')}</Text>
      ) : (
        <Table striped stickyHeader verticalSpacing={4} data-testid="guest-list-table">
          <Table.Thead>
            <Table.Tr>
              {by === 'month' && <Table.Th>{d('col.day')}</Table.Th>}
              <Table.Th>{d('col.number')}</Table.Th>
              <Table.Th>{d('col.registered')}</Table.Th>
              <Table.Th>{d('col.name')}</Table.Th>
              <Table.Th>{d('col.institution')}</Table.Th>
              <Table.Th>{d('col.phone')}</Table.Th>
              <Table.Th>{d('col.purpose')}</Table.Th>
              <Table.Th>{d('col.meet')}</Table.Th>
              <Table.Th>{d('col.letter')}</Table.Th>
              <Table.Th>{d('col.status')}</Table.Th>
              <Table.Th>{d('col.outcome')}</Table.Th>
              <Table.Th>{d('col.officer')}</Table.Th>
              <Table.Th>{d('col.waited')}</Table.Th>
              {can('visitors.manage') && <Table.Th>{d('col.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((g) => (
              <Table.Tr
                key={g.id}
                data-testid="guest-list-row"
                data-number={g.queueNumber}
                data-status={g.status}
              >
                {by === 'month' && <Table.Td className="tabular">{dates.dayShort(g.day)}</Table.Td>}
                <Table.Td fw={700} className="tabular" style={{ whiteSpace: 'nowrap' }}>
                  {g.queueNumber}
                </Table.Td>
                <Table.Td className="tabular">{dates.time(g.registeredAt)}</Table.Td>
                <Table.Td>{nameCell(t, g)}</Table.Td>
                <Table.Td>{g.institution ?? d('personal')}</Table.Td>
                <Table.Td className="tabular">{g.phone ?? ''}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{purposeText(t, g)}</Table.Td>
                <Table.Td>{g.meet ?? d('meetUnknown')}</Table.Td>
                <Table.Td>{g.withLetter ? d('letterYes') : d('letterNo')}</Table.Td>
                <Table.Td>
                  {g.status === 'closed' && g.closeKind
                    ? d(`closeKind.${g.closeKind}`)
                    : d(`status.${g.status}`)}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {g.outcome ? d(`outcome.${g.outcome}`) : ''}
                  {g.serviceNote ? ` · ${g.serviceNote}` : ''}
                </Table.Td>
                <Table.Td>{g.servedBy ?? ''}</Table.Td>
                <Table.Td className="tabular">{d('minutes', { minutes: g.waitedMinutes })}</Table.Td>
                {can('visitors.manage') && (
                  <Table.Td>
                    {!g.anonymised && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        color="red"
                        onClick={() => onAction(g, 'erase')}
                        data-testid="guest-erase"
                      >
                        {d('erase')}
                      </Button>
                    )}
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

function SettingsView({ session }: { session: string }) {
  const { t } = useTranslation();
  const settings = useGuestbookQuery('guestbook.settings.get', {}, { session });
  const save = useApiMutation('guestbook.settings.update', { session });
  const [prefix, setPrefix] = useState<string | null>(null);
  const [printSlip, setPrintSlip] = useState<boolean | null>(null);
  const s = settings.data;
  if (!s) return null;
  const d = (key: string, params?: Record<string, unknown>) => t(`guestbook.desk.${key}`, params);
  const fieldKey = save.error?.appError.fields?.queuePrefix;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            queuePrefix: (prefix ?? s.queuePrefix).trim().toUpperCase(),
            printSlip: printSlip ?? s.printSlip,
          },
          {
            // The field shows the stored letter again, as the core has it.
            onSuccess: () => {
              setPrefix(null);
              setPrintSlip(null);
            },
          },
        );
      }}
    >
      <Stack maw={640} data-testid="guest-settings">
        <Title order={2} size="h4">
          {d('prefixTitle')}
        </Title>
        <TextInput
          label={d('prefix')}
          description={d('prefixHint', { prefix: s.defaultPrefix })}
          value={prefix ?? s.queuePrefix}
          onChange={(e) => setPrefix(e.currentTarget.value.toUpperCase())}
          maxLength={2}
          maw={560}
          error={fieldKey ? t(fieldKey) : undefined}
          data-testid="guest-prefix"
        />
        <Switch
          label={d('printSlip')}
          checked={printSlip ?? s.printSlip}
          onChange={(e) => setPrintSlip(e.currentTarget.checked)}
          data-testid="guest-print-slip"
        />
        {save.error && !fieldKey && (
          <Alert color="red">{t(save.error.appError.messageKey, save.error.appError.params)}</Alert>
        )}
        {save.isSuccess && (
          <Text c="teal.9" role="status">
            {d('saved')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="guest-settings-save">
            {d('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type View = 'queue' | 'list' | 'settings';

export function DeskGuestbookPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const [view, setView] = useState<View>('queue');
  const [dialog, setDialog] = useState<{ guest: GuestEntry; action: GuestAction } | null>(null);
  const views: View[] = can('settings.manage') ? ['queue', 'list', 'settings'] : ['queue', 'list'];
  const onAction = (guest: GuestEntry, action: GuestAction) => setDialog({ guest, action });
  return (
    <Stack gap="md" data-testid="guestbook-panel">
      <SegmentedControl
        value={view}
        onChange={(v) => setView(v as View)}
        data={views.map((v) => ({ value: v, label: t(`guestbook.desk.${v}Tab`) }))}
        w="fit-content"
        data-testid="guestbook-views"
      />
      {view === 'queue' && <QueueView session={session} onAction={onAction} />}
      {view === 'list' && <ListView session={session} onAction={onAction} />}
      {view === 'settings' && <SettingsView session={session} />}
      {dialog && (
        <GuestDialog
          session={session}
          guest={dialog.guest}
          action={dialog.action}
          onDone={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
