// One item beside the list: its code, place, condition and stock, what the officer can do with it
// (edit, move, change stock, report a problem, print its label), and its history: where it was put
// and moved, the visits at its desk while it stood there, its problems and repairs, its stock changes.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEvent, ItemRow } from '../../../shared/contract/inventory';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { ItemFormModal, MoveModal, ProblemModal, StockModal } from './ItemForms';
import { CONDITION_COLOR, PROBLEM_COLOR, placeText, STATUS_COLOR } from './inventoryText';

type Dialog = 'edit' | 'move' | 'stock' | 'problem' | null;

export function ItemCard({
  id,
  session,
  categories,
  onClose,
}: {
  id: string;
  session: string;
  categories: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const detail = useApiQuery('inventory.get', { id }, { session });
  const print = useApiMutation('inventory.printLabels', { session });
  const [dialog, setDialog] = useState<Dialog>(null);
  const item = detail.data?.item;
  if (!item)
    return (
      <Paper withBorder p="md" radius="md">
        <FormError error={detail.error?.appError} />
      </Paper>
    );
  const closed = item.status === 'written_off';
  return (
    <Paper withBorder p="md" radius="md" data-testid="item-card" data-code={item.assetCode}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text ff="monospace" fw={700} size="lg" data-testid="item-card-code">
              {item.assetCode}
            </Text>
            <Title order={3} size="h4">
              {item.name}
            </Title>
            <Text size="sm" c="gray.8">
              {item.category} · {t(`inventory.kind.${item.kind}`)} · {placeText(t, item.location)}
            </Text>
          </div>
          <Button variant="subtle" size="compact-sm" onClick={onClose}>
            {t('inventory.item.close')}
          </Button>
        </Group>
        <Group gap="xs">
          <Badge color={CONDITION_COLOR[item.condition]} tt="none" data-testid="item-card-condition">
            {t(`inventory.condition.${item.condition}`)}
          </Badge>
          {item.status !== 'active' && (
            <Badge color={STATUS_COLOR[item.status]} tt="none">
              {t(`inventory.status.${item.status}`)}
            </Badge>
          )}
          {item.stock !== null && (
            <Badge
              color={item.stock < 0 ? 'red.9' : 'blue.8'}
              variant="outline"
              tt="none"
              data-testid="item-card-stock"
            >
              {t('inventory.list.stock')}: {item.stock} {item.unit}
            </Badge>
          )}
          {item.openProblems > 0 && (
            <Badge color="red.9" variant="outline" tt="none">
              {t('inventory.item.openProblems', { count: item.openProblems })}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {item.purchasedOn
            ? `${t('inventory.item.purchased')}: ${dates.day(item.purchasedOn)}`
            : t('inventory.item.noPurchase')}
          {item.note ? ` · ${item.note}` : ''}
        </Text>
        {item.codeShared && (
          <Alert color="orange" p="xs">
            <Text size="sm">{t('inventory.list.codeShared')}</Text>
          </Alert>
        )}
        {item.stock !== null && item.stock < 0 && (
          <Alert color="red" p="xs">
            <Text size="sm">{t('inventory.list.negative')}</Text>
          </Alert>
        )}
        {!closed && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setDialog('edit')} data-testid="item-edit">
              {t('inventory.item.edit')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDialog('move')} data-testid="item-move">
              {t('inventory.item.move')}
            </Button>
            {item.kind === 'consumable' && (
              <Button size="xs" variant="default" onClick={() => setDialog('stock')} data-testid="item-stock">
                {t('inventory.item.stock')}
              </Button>
            )}
            <Button
              size="xs"
              variant="default"
              color="red.9"
              onClick={() => setDialog('problem')}
              data-testid="item-problem"
            >
              {t('inventory.item.report')}
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={print.isPending}
              onClick={() => print.mutate({ ids: [item.id] })}
              data-testid="item-print-label"
            >
              {t('inventory.item.label')}
            </Button>
          </Group>
        )}
        {print.isSuccess && (
          <Text size="sm" c="teal.9" role="status">
            {t('inventory.list.labelsQueued', { count: print.data.jobIds.length })}
          </Text>
        )}
        <FormError error={print.error?.appError} />
        <Title order={4} size="h5" mt="xs">
          {t('inventory.item.history')}
        </Title>
        <History events={detail.data?.history ?? []} />
      </Stack>
      {dialog === 'edit' && (
        <ItemFormModal
          session={session}
          item={item}
          categories={categories}
          opened
          onClose={() => setDialog(null)}
          onSaved={() => undefined}
        />
      )}
      {dialog === 'move' && <MoveModal session={session} item={item} onClose={() => setDialog(null)} />}
      {dialog === 'stock' && <StockModal session={session} item={item} onClose={() => setDialog(null)} />}
      {dialog === 'problem' && <ProblemModal session={session} item={item} onClose={() => setDialog(null)} />}
    </Paper>
  );
}

function History({ events }: { events: readonly HistoryEvent[] }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (events.length === 0) return <Text c="gray.8">{t('inventory.item.noHistory')}</Text>;
  const by = (name: string | null) => (name ? ` · ${t('inventory.item.by', { name })}` : '');
  return (
    <Timeline
      bulletSize={14}
      lineWidth={2}
      data-testid="item-history"
      style={{ maxHeight: 420, overflowY: 'auto' }}
    >
      {events.slice(0, 100).map((e, i) => {
        const when = dates.dateTime(e.at);
        switch (e.kind) {
          case 'created':
            return (
              <Timeline.Item
                key={i}
                title={t('inventory.item.created', { place: placeText(t, e.place) })}
                data-kind="created"
              >
                <Text size="xs" c="gray.8">
                  {when + by(e.byName)}
                </Text>
              </Timeline.Item>
            );
          case 'moved':
            return (
              <Timeline.Item
                key={i}
                title={t('inventory.item.moved', { from: placeText(t, e.from), to: placeText(t, e.to) })}
                data-kind="moved"
              >
                <Text size="xs" c="gray.8">
                  {when + by(e.byName) + (e.note ? ` · ${e.note}` : '')}
                </Text>
              </Timeline.Item>
            );
          case 'visit':
            return (
              <Timeline.Item
                key={i}
                title={t('inventory.item.visit', { name: e.visitor, desk: e.deskNumber })}
                data-kind="visit"
              >
                <Text size="xs" c="gray.8">
                  {when} – {e.endedAt ? dates.time(e.endedAt) : t('inventory.item.visitOpen')}
                </Text>
              </Timeline.Item>
            );
          case 'problem':
            return (
              <Timeline.Item
                key={i}
                color={PROBLEM_COLOR[e.problem.status]}
                title={`${e.problem.severity ? t(`inventory.condition.${e.problem.severity}`) : t(`inventory.problemKind.${e.problem.kind}`)} · ${t(`inventory.problemStatus.${e.problem.status}`)}`}
                data-kind="problem"
              >
                <Text size="xs" c="gray.8">
                  {when}
                  {e.problem.deskNumber !== null
                    ? ` · ${t('inventory.problem.atCheckout', { desk: e.problem.deskNumber })}`
                    : ''}
                  {e.problem.note ? ` · ${e.problem.note}` : ''}
                </Text>
                {e.problem.repairStartedAt !== null && (
                  <Text size="xs" c="gray.8">
                    {t('inventory.problem.repairSince', { date: dates.dateTime(e.problem.repairStartedAt) })}
                    {e.problem.repairNote ? ` · ${e.problem.repairNote}` : ''}
                  </Text>
                )}
                {e.problem.resolvedAt !== null && (
                  <Text size="xs" c="gray.8">
                    {t(`inventory.problemStatus.${e.problem.status}`)}: {dates.dateTime(e.problem.resolvedAt)}
                    {e.problem.resolutionNote ? ` · ${e.problem.resolutionNote}` : ''}
                  </Text>
                )}
              </Timeline.Item>
            );
          case 'stock':
            return (
              <Timeline.Item
                key={i}
                title={t('inventory.item.stockChange', {
                  delta: e.delta > 0 ? `+${e.delta}` : String(e.delta),
                  reason: t(`inventory.item.reason.${e.reason}`),
                })}
                data-kind="stock"
              >
                <Text size="xs" c="gray.8">
                  {when + by(e.byName) + (e.note ? ` · ${e.note}` : '')}
                </Text>
              </Timeline.Item>
            );
          default:
            return null;
        }
      })}
    </Timeline>
  );
}

export type { ItemRow };
