// Problems and repairs: damage and missing items, open ones first, each moved along reported → in
// repair → fixed, or written off (with the reason, e.g. the minutes' number). The item's condition
// follows in the core.
import { useState } from 'react';
import { Badge, Button, Group, Modal, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemRow } from '../../../shared/contract/inventory';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { PROBLEM_COLOR } from './inventoryText';

type Action = 'startRepair' | 'fix' | 'writeOff';
const METHOD = {
  startRepair: 'inventory.startRepair',
  fix: 'inventory.fixProblem',
  writeOff: 'inventory.writeOff',
} as const;

export function ProblemsSection({
  session,
  onOpenItem,
}: {
  session: string;
  onOpenItem: (id: string) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [acting, setActing] = useState<{ problem: ProblemRow; action: Action } | null>(null);
  const list = useApiQuery('inventory.problems', { status: filter }, { session, keepPrevious: true });
  const rows = list.data?.items ?? [];
  return (
    <Stack gap="sm" data-testid="problems-section">
      <Group justify="space-between">
        <SegmentedControl
          value={filter}
          onChange={(v) => setFilter(v as 'open' | 'all')}
          data={[
            { value: 'open', label: t('inventory.problem.filterOpen') },
            { value: 'all', label: t('inventory.problem.filterAll') },
          ]}
          data-testid="problems-filter"
        />
        <Text c="gray.8">{list.data?.total ?? 0}</Text>
      </Group>
      <FormError error={list.error?.appError} />
      {rows.length === 0 ? (
        <Text c="gray.8">
          {filter === 'open' ? t('inventory.problem.empty') : t('inventory.problem.emptyAll')}
        </Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing={6} data-testid="problems-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inventory.problem.date')}</Table.Th>
              <Table.Th>{t('inventory.list.code')}</Table.Th>
              <Table.Th>{t('inventory.problem.item')}</Table.Th>
              <Table.Th>{t('inventory.problem.what')}</Table.Th>
              <Table.Th>{t('inventory.problem.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => {
              const open = p.status === 'reported' || p.status === 'in_repair';
              return (
                <Table.Tr key={p.id} data-testid={`problem-row-${p.assetCode}`} data-status={p.status}>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {dates.dateTime(p.reportedAt)}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      px={4}
                      ff="monospace"
                      size="compact-sm"
                      onClick={() => onOpenItem(p.itemId)}
                    >
                      {p.assetCode}
                    </Button>
                  </Table.Td>
                  <Table.Td>{p.itemName}</Table.Td>
                  <Table.Td>
                    {p.severity
                      ? t(`inventory.condition.${p.severity}`)
                      : t(`inventory.problemKind.${p.kind}`)}
                    {p.deskNumber !== null
                      ? ` · ${t('inventory.problem.atCheckout', { desk: p.deskNumber })}`
                      : ''}
                    {p.note ? (
                      <Text size="xs" c="gray.8">
                        {p.note}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={PROBLEM_COLOR[p.status]} tt="none">
                      {t(`inventory.problemStatus.${p.status}`)}
                    </Badge>
                    {p.resolvedAt !== null && (
                      <Text size="xs" c="gray.8">
                        {dates.dateTime(p.resolvedAt)}
                        {p.resolutionNote ? ` · ${p.resolutionNote}` : ''}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {open && (
                      <Group gap={4} wrap="nowrap">
                        {p.status === 'reported' && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => setActing({ problem: p, action: 'startRepair' })}
                            data-testid="problem-start-repair"
                          >
                            {t('inventory.problem.startRepair')}
                          </Button>
                        )}
                        <Button
                          size="compact-sm"
                          color="teal.9"
                          onClick={() => setActing({ problem: p, action: 'fix' })}
                          data-testid="problem-fix"
                        >
                          {t('inventory.problem.fix')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          color="red.9"
                          onClick={() => setActing({ problem: p, action: 'writeOff' })}
                          data-testid="problem-write-off"
                        >
                          {t('inventory.problem.writeOff')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {acting && <ActionModal session={session} {...acting} onClose={() => setActing(null)} />}
    </Stack>
  );
}

function ActionModal({
  session,
  problem,
  action,
  onClose,
}: {
  session: string;
  problem: ProblemRow;
  action: Action;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const run = useApiMutation(METHOD[action], { session });
  const [note, setNote] = useState('');
  const noteError = run.error?.appError.fields?.note;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`inventory.problem.actionTitle.${action}`, {
        name: `${problem.assetCode} ${problem.itemName}`,
      })}
      closeButtonProps={{ 'aria-label': t('inventory.item.close') }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run.mutate({ id: problem.id, note }, { onSuccess: onClose });
        }}
      >
        <Stack gap="sm">
          {action === 'writeOff' && <Text size="sm">{t('inventory.problem.writeOffWarning')}</Text>}
          <Textarea
            label={t(`inventory.problem.actionNote.${action}`)}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            withAsterisk={action === 'writeOff'}
            error={noteError ? t(noteError) : undefined}
            autosize
            minRows={2}
            data-autofocus
            data-testid="problem-action-note"
          />
          <FormError error={run.error?.appError} shownFields={['note']} />
          <Group justify="flex-end">
            <Button
              type="submit"
              color={action === 'writeOff' ? 'red.9' : action === 'fix' ? 'teal.9' : undefined}
              loading={run.isPending}
              data-testid="problem-action-submit"
            >
              {t(`inventory.problem.${action}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
