// At the officer's confirm of a check-out (renderer/src/desk/ConfirmQueue.tsx): the desk's equipment,
// each marked good, damaged or missing. What is marked goes with visits.confirmCheckout as
// `itemProblems`, and the core records it against the item and the visit in the closing's transaction.
import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckoutItemProblem } from '../../../shared/contract/inventory';
import { useApiQuery } from '../api/useApiQuery';

type Mark = 'ok' | 'damaged' | 'rusak_berat' | 'missing';

export type ItemProblemInput = Pick<CheckoutItemProblem, 'itemId' | 'kind' | 'severity'>;

export function CheckoutItemProblems({
  deskNumber,
  value,
  onChange,
}: {
  deskNumber: number;
  value: readonly ItemProblemInput[];
  onChange: (next: ItemProblemInput[]) => void;
}) {
  const { t } = useTranslation();
  const items = useApiQuery('inventory.deskItems', { deskNumber });
  const list = items.data?.items ?? [];
  const markOf = (id: string): Mark => {
    const p = value.find((v) => v.itemId === id);
    if (!p) return 'ok';
    if (p.kind === 'missing') return 'missing';
    return p.severity === 'rusak_berat' ? 'rusak_berat' : 'damaged';
  };
  const set = (id: string, mark: Mark) => {
    const rest = value.filter((v) => v.itemId !== id);
    if (mark === 'ok') return onChange(rest);
    const kind = mark === 'missing' ? 'missing' : 'damaged';
    const severity = mark === 'missing' ? null : mark === 'rusak_berat' ? 'rusak_berat' : 'rusak_ringan';
    onChange([...rest, { itemId: id, kind, severity }]);
  };
  return (
    <Stack gap={6} data-testid="confirm-desk-items">
      <Text fw={600}>{t('inventory.confirm.itemsTitle', { desk: deskNumber })}</Text>
      {list.length === 0 ? (
        <Text size="sm" c="gray.8">
          {t('inventory.confirm.noItems')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="gray.8">
            {t('inventory.confirm.itemsHint')}
          </Text>
          {list.map((i) => (
            <Group
              key={i.id}
              justify="space-between"
              wrap="nowrap"
              data-testid={`confirm-item-${i.assetCode}`}
            >
              <Text size="sm">
                {i.name}{' '}
                <Text span ff="monospace" size="xs" c="gray.8">
                  {i.assetCode}
                </Text>
              </Text>
              <SegmentedControl
                style={{ flexShrink: 0 }}
                size="xs"
                value={markOf(i.id)}
                onChange={(m) => set(i.id, m as Mark)}
                aria-label={i.name}
                data={[
                  { value: 'ok', label: t('inventory.confirm.itemOk') },
                  { value: 'damaged', label: t('inventory.condition.rusak_ringan') },
                  { value: 'rusak_berat', label: t('inventory.condition.rusak_berat') },
                  { value: 'missing', label: t('inventory.problemKind.missing') },
                ]}
              />
            </Group>
          ))}
        </>
      )}
    </Stack>
  );
}
