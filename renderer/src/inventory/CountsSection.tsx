// Stock counts (opname): start one, scan each item's label with the desk scanner or tick it in the
// list (a consumable's counted quantity typed in), see the differences as they stand, and sign the
// count off; a signed count's differences stay as they were signed.
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CountDifferenceRow, ItemRow, StockCountDetail } from '../../../shared/contract/inventory';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { placeText, type PlaceLike } from './inventoryText';
import { useAssetScans } from './useAssetScans';

export function CountsSection({ session }: { session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const counts = useApiQuery('inventory.counts', {}, { session });
  const start = useApiMutation('inventory.countStart', { session });
  const [note, setNote] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = counts.data?.items ?? [];
  const current = openId ?? rows.find((c) => c.status === 'open')?.id ?? null;
  if (current)
    return <CountDetail key={current} id={current} session={session} onBack={() => setOpenId('')} />;
  return (
    <Stack gap="sm" data-testid="counts-section">
      <Group align="flex-end">
        <TextInput
          label={t('inventory.count.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          w={360}
        />
        <Button
          loading={start.isPending}
          onClick={() => start.mutate({ note }, { onSuccess: (c) => setOpenId(c.id) })}
          data-testid="count-start"
        >
          {t('inventory.count.start')}
        </Button>
      </Group>
      <FormError error={start.error?.appError ?? counts.error?.appError} />
      {rows.length === 0 ? (
        <Text c="gray.8">{t('inventory.count.none')}</Text>
      ) : (
        <Table striped highlightOnHover data-testid="counts-table">
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => setOpenId(c.id)}>
                    {t('inventory.count.title', { date: dates.dateTime(c.startedAt) })}
                  </Button>
                  {c.note && (
                    <Text span size="sm" c="gray.8">
                      {' '}
                      · {c.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={c.status === 'signed' ? 'teal.9' : 'blue.8'} tt="none">
                    {t(`inventory.count.${c.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {t('inventory.count.progress', { checked: c.checked, expected: c.expected })}
                </Table.Td>
                <Table.Td>{t('inventory.count.differences', { count: c.differences })}</Table.Td>
                <Table.Td>
                  {c.signedAt !== null &&
                    t('inventory.count.signedBy', {
                      name: c.signedByName ?? '—',
                      date: dates.dateTime(c.signedAt),
                    })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function differenceText(t: TFunction, d: CountDifferenceRow): string {
  const word = (v: CountDifferenceRow['expected']) =>
    v === null
      ? '—'
      : typeof v === 'number'
        ? String(v)
        : typeof v === 'string'
          ? t(`inventory.condition.${v}`)
          : placeText(t, v as PlaceLike);
  return t(`inventory.count.diff.${d.kind}`, { expected: word(d.expected), found: word(d.found) });
}

function CountDetail({ id, session, onBack }: { id: string; session: string; onBack: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const detail = useApiQuery('inventory.countGet', { id }, { session });
  const items = useApiQuery('inventory.list', { limit: 1000 }, { session });
  const check = useApiMutation('inventory.countCheck', { session });
  const sign = useApiMutation('inventory.countSign', { session });
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data: StockCountDetail | undefined = detail.data;
  const open = data?.count.status === 'open';
  const seen = new Map((data?.lines ?? []).map((l) => [l.itemId, l]));

  // The desk scanner ticks an item: a label scanned while this count is open.
  useAssetScans((s) => {
    if (!open) return;
    if (!s.itemId) return setNotice(t('inventory.count.notInCount', { code: s.assetCode }));
    check.mutate(
      { id, itemId: s.itemId },
      { onSuccess: () => setNotice(t('inventory.count.ticked', { code: s.assetCode })) },
    );
  });

  if (!data) return <FormError error={detail.error?.appError} />;
  const c = data.count;
  return (
    <Stack gap="sm" data-testid="count-detail" data-status={c.status}>
      <Group justify="space-between">
        <div>
          <Title order={3} size="h4">
            {t('inventory.count.title', { date: dates.dateTime(c.startedAt) })} {c.note ? `· ${c.note}` : ''}
          </Title>
          <Text size="sm" c="gray.8">
            {c.signedAt !== null
              ? t('inventory.count.signedBy', {
                  name: c.signedByName ?? '—',
                  date: dates.dateTime(c.signedAt),
                })
              : t('inventory.count.startedBy', {
                  name: c.startedByName ?? '—',
                  date: dates.dateTime(c.startedAt),
                })}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={onBack}>
            {t('inventory.count.back')}
          </Button>
          {open && (
            <Button color="teal.9" onClick={() => setConfirming(true)} data-testid="count-sign">
              {t('inventory.count.sign')}
            </Button>
          )}
        </Group>
      </Group>
      <Progress
        value={c.expected ? (100 * c.checked) / c.expected : 0}
        aria-label={t('inventory.count.progress', { checked: c.checked, expected: c.expected })}
      />
      <Text size="sm" data-testid="count-progress">
        {t('inventory.count.progress', { checked: c.checked, expected: c.expected })}
        {open ? ` · ${t('inventory.count.scanHint')}` : ''}
      </Text>
      {notice && (
        <Text size="sm" c="blue.8" role="status" data-testid="count-notice">
          {notice}
        </Text>
      )}
      <FormError error={check.error?.appError ?? sign.error?.appError} />
      <SimpleGrid cols={2} spacing="md">
        <Paper withBorder p="sm" radius="md">
          <Table verticalSpacing={4} data-testid="count-items" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('inventory.list.code')}</Table.Th>
                <Table.Th>{t('inventory.list.name')}</Table.Th>
                <Table.Th>{t('inventory.list.place')}</Table.Th>
                <Table.Th>{t('inventory.count.checked')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(items.data?.items ?? []).map((i) => (
                <CountRow
                  key={i.id}
                  item={i}
                  line={seen.get(i.id)}
                  open={open}
                  onCheck={(quantity) => check.mutate({ id, itemId: i.id, quantity })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Title order={4} size="h5" mb="xs">
            {t('inventory.count.diffTitle')} ({data.differences.length})
          </Title>
          {data.differences.length === 0 ? (
            <Text c="teal.9">{t('inventory.count.noDiff')}</Text>
          ) : (
            <Table verticalSpacing={4} data-testid="count-differences">
              <Table.Tbody>
                {data.differences.map((d, n) => (
                  <Table.Tr key={n} data-kind={d.kind}>
                    <Table.Td ff="monospace">{d.assetCode}</Table.Td>
                    <Table.Td>{d.name}</Table.Td>
                    <Table.Td c={d.kind === 'not_found' ? 'red.9' : '#a14500'}>
                      {differenceText(t, d)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </SimpleGrid>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('inventory.count.sign')}
        closeButtonProps={{ 'aria-label': t('inventory.item.close') }}
      >
        <Stack>
          <Alert color="orange">
            <Text size="sm">{t('inventory.count.signConfirm')}</Text>
          </Alert>
          <Text size="sm">{t('inventory.count.differences', { count: data.differences.length })}</Text>
          <Group justify="flex-end">
            <Button
              color="teal.9"
              loading={sign.isPending}
              onClick={() => sign.mutate({ id }, { onSuccess: () => setConfirming(false) })}
              data-testid="count-sign-yes"
            >
              {t('inventory.count.signYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function CountRow({
  item,
  line,
  open,
  onCheck,
}: {
  item: ItemRow;
  line: StockCountDetail['lines'][number] | undefined;
  open: boolean;
  onCheck: (quantity: number | null) => void;
}) {
  const { t } = useTranslation();
  const [qty, setQty] = useState<number | string>(line?.quantity ?? item.stock ?? 0);
  return (
    <Table.Tr
      data-testid={`count-row-${item.assetCode}`}
      data-checked={line ? 'yes' : 'no'}
      bg={line ? 'teal.0' : undefined}
    >
      <Table.Td ff="monospace">{item.assetCode}</Table.Td>
      <Table.Td>{item.name}</Table.Td>
      <Table.Td>{placeText(t, item.location)}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {item.kind === 'consumable' && open && (
            <NumberInput
              size="xs"
              w={80}
              min={0}
              allowDecimal={false}
              value={qty}
              onChange={setQty}
              aria-label={`${t('inventory.count.quantity')} ${item.assetCode}`}
            />
          )}
          {line && !open ? (
            <Text size="sm">✓ {line.quantity !== null ? line.quantity : ''}</Text>
          ) : open ? (
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onCheck(item.kind === 'consumable' ? Number(qty) || 0 : null)}
              aria-label={`${t('inventory.count.seen')} ${item.assetCode}`}
              data-testid={`count-tick-${item.assetCode}`}
            >
              {line ? `✓ ${t('inventory.count.seen')}` : t('inventory.count.seen')}
            </Button>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
