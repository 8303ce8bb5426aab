// The officer's tab of complaints (permission complaints.handle): the list, open ones first, and one
// complaint beside it with its history and timestamps; assign it to an officer of the site, answer,
// close (with a note when unanswered), note the SP4N-LAPOR! tracking number, and, for an officer who
// manages visitors' data, erase the complainant's contact. Opening a complaint with a contact is an
// audited read (the core writes the row). Below, the count per service and quarter of this year.
import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail, ComplaintRow } from '../../../shared/contract';
import type { ComplaintStatus } from '../../../shared/complaints/complaintRules';
import { serviceShortName } from '../../../shared/complaints/serviceNames';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { useCan } from '../session/SignedIn';
import './complaints.css';

const STATUS_COLOR: Record<ComplaintStatus, string> = {
  new: 'red.9',
  assigned: 'blue.8',
  answered: 'teal.9',
  closed: 'gray.7',
};

function StatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled" size="lg" tt="none" data-status={status}>
      {t(`complaints.status.${status}`)}
    </Badge>
  );
}

export function DeskComplaintsPanel({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const can = useCan();
  const dates = useDates();
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [selected, setSelected] = useState<string | null>(null);
  const list = useApiQuery('complaints.list', { status: filter }, { session, keepPrevious: true });
  const rows = list.data?.items ?? [];
  const serviceName = (r: Pick<ComplaintRow, 'serviceId'>) =>
    r.serviceId ? serviceShortName(r.serviceId, lang) : t('complaints.desk.serviceNone');

  return (
    <div data-testid="complaints-panel">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('complaints.desk.title')} · {list.data?.total ?? 0}
            </Title>
            <SegmentedControl
              value={filter}
              onChange={(v) => setFilter(v as 'open' | 'all')}
              data={[
                { value: 'open', label: t('complaints.desk.filterOpen') },
                { value: 'all', label: t('complaints.desk.filterAll') },
              ]}
              data-testid="complaints-filter"
            />
          </Group>
          <FormError error={list.error?.appError} />
          {rows.length === 0 ? (
            <Text c="gray.8">{t('complaints.desk.empty')}</Text>
          ) : (
            <Table striped highlightOnHover data-testid="complaints-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('complaints.desk.ticket')}</Table.Th>
                  <Table.Th>{t('complaints.desk.service')}</Table.Th>
                  <Table.Th>{t('complaints.desk.filed')}</Table.Th>
                  <Table.Th>{t('complaints.desk.state')}</Table.Th>
                  <Table.Th>{t('complaints.desk.handler')}</Table.Th>
                  <Table.Th>{t('complaints.desk.contact')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr
                    key={r.id}
                    bg={selected === r.id ? 'civic.0' : undefined}
                    data-testid={`complaint-row-${r.ticket}`}
                  >
                    <Table.Td>
                      <Button
                        variant="subtle"
                        px={4}
                        ff="monospace"
                        onClick={() => setSelected(r.id)}
                        aria-pressed={selected === r.id}
                      >
                        {r.ticket}
                      </Button>
                    </Table.Td>
                    <Table.Td>{serviceName(r)}</Table.Td>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {dates.dateTime(r.filedAt)}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={r.status} />
                    </Table.Td>
                    <Table.Td>{r.assignedName ?? t('complaints.desk.unassigned')}</Table.Td>
                    <Table.Td>
                      {r.contactErased
                        ? t('complaints.desk.contactErased')
                        : r.hasContact
                          ? t('complaints.desk.hasContact')
                          : t('complaints.desk.anonymous')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {can('reports.read') && <QuarterCounts session={session} />}
        </Stack>
        {selected ? (
          <ComplaintCard key={selected} id={selected} session={session} />
        ) : (
          <Paper withBorder p="lg" radius="md">
            <Text c="gray.8">{t('complaints.desk.pick')}</Text>
          </Paper>
        )}
      </SimpleGrid>
    </div>
  );
}

/** One complaint: what it says, who has it, its history, and what the officer can do next. */
function ComplaintCard({ id, session }: { id: string; session: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const can = useCan();
  const dates = useDates();
  const detail = useApiQuery('complaints.get', { id }, { session });
  const officers = useApiQuery('complaints.officers', {}, { session });
  const assign = useApiMutation('complaints.assign', { session });
  const answer = useApiMutation('complaints.answer', { session });
  const close = useApiMutation('complaints.close', { session });
  const lapor = useApiMutation('complaints.linkLapor', { session });
  const erase = useApiMutation('complaints.eraseContact', { session });
  const c: ComplaintDetail | undefined = detail.data;
  const [officerId, setOfficerId] = useState<string | null>(null);
  const [answerText, setAnswerText] = useState('');
  const [note, setNote] = useState('');
  const [laporId, setLaporId] = useState('');
  const [reason, setReason] = useState('');
  // The form starts from what the complaint says (the answer to correct, the number noted).
  useEffect(() => {
    if (!c) return;
    setOfficerId((v) => v ?? c.assignedTo);
    setAnswerText((v) => v || (c.answer ?? ''));
    setLaporId((v) => v || (c.laporId ?? ''));
  }, [c]);
  if (!c) return <FormError error={detail.error?.appError} />;
  const open = c.status !== 'closed';
  const fieldError = (
    m: { error: { appError: { fields?: Readonly<Record<string, string>> } } | null },
    f: string,
  ) => {
    const key = m.error?.appError.fields?.[f];
    return key ? t(key) : undefined;
  };
  const failures = [assign, answer, close, lapor, erase].map((m) => m.error?.appError).filter(Boolean);

  return (
    <Paper withBorder p="lg" radius="md" data-testid="complaint-card">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text ff="monospace" fw={700} size="xl" data-testid="complaint-card-ticket">
              {c.ticket}
            </Text>
            <Text c="gray.8">
              {c.serviceId ? serviceShortName(c.serviceId, lang) : t('complaints.desk.serviceNone')} ·{' '}
              {t(`complaints.channel.${c.channel}`)}
            </Text>
          </div>
          <StatusBadge status={c.status} />
        </Group>
        <div>
          <Text fw={700}>{t('complaints.desk.text')}</Text>
          <Text
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            data-testid="complaint-card-text"
          >
            {c.text}
          </Text>
        </div>
        {c.contact && (
          <Paper bg="gray.0" p="sm" radius="md" data-testid="complaint-card-contact">
            <Text fw={700}>{t('complaints.desk.contact')}</Text>
            {c.contact.name && <Text>{`${t('complaints.desk.contactName')}: ${c.contact.name}`}</Text>}
            {c.contact.email && <Text>{`${t('complaints.desk.contactEmail')}: ${c.contact.email}`}</Text>}
            {c.contact.phone && <Text>{`${t('complaints.desk.contactPhone')}: ${c.contact.phone}`}</Text>}
            <Text size="sm" c="gray.8" mt={4}>
              {t('complaints.desk.contactRead')}
            </Text>
          </Paper>
        )}
        {failures.map((f, i) => (
          <FormError key={i} error={f} shownFields={['officerId', 'answer', 'note', 'laporId', 'reason']} />
        ))}
        {open && (
          <Group align="flex-end" wrap="nowrap">
            <Select
              flex={1}
              label={t('complaints.desk.assignTo')}
              data={(officers.data?.items ?? []).map((o) => ({ value: o.id, label: o.fullName }))}
              value={officerId}
              onChange={setOfficerId}
              error={fieldError(assign, 'officerId')}
              data-testid="complaint-assign-officer"
            />
            <Button
              disabled={!officerId}
              loading={assign.isPending}
              onClick={() => officerId && assign.mutate({ id, officerId })}
              data-testid="complaint-assign"
            >
              {t('complaints.desk.assign')}
            </Button>
          </Group>
        )}
        {open && c.status !== 'new' && (
          <Stack gap="xs">
            <Textarea
              label={t('complaints.desk.answerLabel')}
              description={t('complaints.desk.answerHint')}
              autosize
              minRows={3}
              maxRows={8}
              maxLength={4000}
              value={answerText}
              onChange={(e) => setAnswerText(e.currentTarget.value)}
              error={fieldError(answer, 'answer')}
              data-testid="complaint-answer-text"
            />
            <Group justify="flex-end">
              <Button
                loading={answer.isPending}
                onClick={() => answer.mutate({ id, answer: answerText })}
                data-testid="complaint-answer"
              >
                {c.answer ? t('complaints.desk.answerFix') : t('complaints.desk.answer')}
              </Button>
            </Group>
          </Stack>
        )}
        {open && (
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              flex={1}
              label={t('complaints.desk.closeNote')}
              description={c.status === 'answered' ? undefined : t('complaints.desk.closeNoteHint')}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={fieldError(close, 'note')}
              data-testid="complaint-close-note"
            />
            <Button
              color="gray.8"
              loading={close.isPending}
              onClick={() => close.mutate({ id, note: note.trim() ? note : null })}
              data-testid="complaint-close"
            >
              {t('complaints.desk.close')}
            </Button>
          </Group>
        )}
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            flex={1}
            label={t('complaints.desk.laporLabel')}
            value={laporId}
            maxLength={32}
            onChange={(e) => setLaporId(e.currentTarget.value)}
            error={fieldError(lapor, 'laporId')}
            data-testid="complaint-lapor-id"
          />
          <Button
            variant="default"
            loading={lapor.isPending}
            onClick={() => lapor.mutate({ id, laporId })}
            data-testid="complaint-lapor"
          >
            {t('complaints.desk.laporSave')}
          </Button>
        </Group>
        {c.contact && can('visitors.manage') && (
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              flex={1}
              label={t('complaints.desk.eraseReason')}
              value={reason}
              maxLength={300}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(erase, 'reason')}
            />
            <Button
              color="red.9"
              variant="outline"
              loading={erase.isPending}
              onClick={() => erase.mutate({ id, reason })}
            >
              {t('complaints.desk.eraseContact')}
            </Button>
          </Group>
        )}
        <div>
          <Text fw={700} mb="xs">
            {t('complaints.desk.history')}
          </Text>
          <Timeline
            bulletSize={12}
            lineWidth={2}
            active={-1}
            className="cp-history"
            data-testid="complaint-history"
          >
            <Timeline.Item
              title={t('complaints.desk.historyFiled', { channel: t(`complaints.channel.${c.channel}`) })}
            >
              <Text size="sm" c="gray.8">
                {dates.dateTime(c.filedAt)}
              </Text>
            </Timeline.Item>
            {c.assignedAt !== null && (
              <Timeline.Item title={t('complaints.desk.historyAssigned', { name: c.assignedName ?? '—' })}>
                <Text size="sm" c="gray.8">
                  {dates.dateTime(c.assignedAt)}
                </Text>
              </Timeline.Item>
            )}
            {c.answeredAt !== null && (
              <Timeline.Item title={t('complaints.desk.historyAnswered', { name: c.answeredByName ?? '—' })}>
                <Text size="sm" c="gray.8">
                  {dates.dateTime(c.answeredAt)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.answer}
                </Text>
              </Timeline.Item>
            )}
            {c.laporLinkedAt !== null && (
              <Timeline.Item title={`${t('complaints.desk.historyLapor')}: ${c.laporId ?? ''}`}>
                <Text size="sm" c="gray.8">
                  {dates.dateTime(c.laporLinkedAt)}
                </Text>
              </Timeline.Item>
            )}
            {c.closedAt !== null && (
              <Timeline.Item title={t('complaints.desk.historyClosed')}>
                <Text size="sm" c="gray.8">
                  {dates.dateTime(c.closedAt)}
                </Text>
                {c.closeNote && <Text size="sm">{c.closeNote}</Text>}
              </Timeline.Item>
            )}
          </Timeline>
        </div>
      </Stack>
    </Paper>
  );
}

/** "Prevalensi jumlah aduan": complaints per service and quarter of this year, for the reports. */
function QuarterCounts({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const dates = useDates();
  const year = Number((dates.today ?? '2026').slice(0, 4));
  const counts = useApiQuery('complaints.quarterCounts', { year }, { session });
  const data = counts.data;
  return (
    <Stack gap="xs" mt="lg" data-testid="complaint-counts">
      <Title order={2} size="h4">
        {t('complaints.desk.countsTitle', { year })}
      </Title>
      {!data || data.total === 0 ? (
        <Text c="gray.8">{t('complaints.desk.countsNone')}</Text>
      ) : (
        <Table withTableBorder maw={900} style={{ fontVariantNumeric: 'tabular-nums' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('complaints.desk.countsService')}</Table.Th>
              {[1, 2, 3, 4].map((q) => (
                <Table.Th key={q} ta="right">
                  {t('complaints.desk.quarter', { q: ['I', 'II', 'III', 'IV'][q - 1] })}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('complaints.desk.countsTotal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.services.map((s) => (
              <Table.Tr key={s.serviceId ?? 'none'}>
                <Table.Td>
                  {s.serviceId ? serviceShortName(s.serviceId, lang) : t('complaints.desk.serviceNone')}
                </Table.Td>
                {s.quarters.map((n, i) => (
                  <Table.Td key={i} ta="right">
                    {n}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  {s.total}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td fw={700}>{t('complaints.desk.countsTotal')}</Table.Td>
              {data.quarters.map((n, i) => (
                <Table.Td key={i} ta="right" fw={700}>
                  {n}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                {data.total}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
