// The officer's tab of the equipment inventory (inventaris, SOP 97; permission inventory.manage): the
// item list with search and filters, one item beside it (history, actions), labels to print, the
// problems and their repairs, the stock counts and the reports. A label scanned with the desk scanner
// opens its item here (or ticks it in an open stock count, CountsSection); "/" jumps to the search.
import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemRow } from '../../../shared/contract/inventory';
import { itemConditions } from '../../../shared/inventory/inventoryRules';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { CountsSection } from './CountsSection';
import { ItemCard } from './ItemCard';
import { ItemFormModal } from './ItemForms';
import { ProblemsSection } from './ProblemsSection';
import { ReportsSection } from './ReportsSection';
import { useAssetScans } from './useAssetScans';
import { CONDITION_COLOR, placeText, STATUS_COLOR } from './inventoryText';
import { downloadBase64 } from '../admin/download';

type Section = 'items' | 'problems' | 'counts' | 'reports';

export function DeskInventoryPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('items');
  const [openItem, setOpenItem] = useState<string | null>(null);
  const open = (id: string) => {
    setOpenItem(id);
    setSection('items');
  };
  return (
    <div data-testid="inventory-panel">
      <Tabs value={section} onChange={(v) => setSection((v as Section) ?? 'items')} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="items" data-testid="inventory-section-items">
            {t('inventory.sections.items')}
          </Tabs.Tab>
          <Tabs.Tab value="problems" data-testid="inventory-section-problems">
            {t('inventory.sections.problems')}
          </Tabs.Tab>
          <Tabs.Tab value="counts" data-testid="inventory-section-counts">
            {t('inventory.sections.counts')}
          </Tabs.Tab>
          <Tabs.Tab value="reports" data-testid="inventory-section-reports">
            {t('inventory.sections.reports')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="items">
          <ItemsSection session={session} openItem={openItem} setOpenItem={setOpenItem} />
        </Tabs.Panel>
        <Tabs.Panel value="problems">
          <ProblemsSection session={session} onOpenItem={open} />
        </Tabs.Panel>
        <Tabs.Panel value="counts">
          <CountsSection session={session} />
        </Tabs.Panel>
        <Tabs.Panel value="reports">
          <ReportsSection session={session} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}

type PlaceFilter = 'all' | 'desk' | 'room' | 'store';
type ConditionFilter = 'all' | (typeof itemConditions)[number];

function ItemsSection({
  session,
  openItem,
  setOpenItem,
}: {
  session: string;
  openItem: string | null;
  setOpenItem: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState('');
  const [place, setPlace] = useState<PlaceFilter>('all');
  const [condition, setCondition] = useState<ConditionFilter>('all');
  const [status, setStatus] = useState<'in_service' | 'all'>('in_service');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState<{ code: string } | null>(null);
  const [unknownLabel, setUnknownLabel] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const list = useApiQuery(
    'inventory.list',
    { search, category, place, condition, status, limit: 500 },
    { session, keepPrevious: true },
  );
  const print = useApiMutation('inventory.printLabels', { session });
  const sheet = useApiMutation('inventory.labelSheet', { session });
  const rows = list.data?.items ?? [];
  const categories = list.data?.categories ?? [];

  // "/" jumps to the search, as in most lists an officer knows.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== '/' || target?.closest('input, textarea, [contenteditable]')) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A label scanned at the desk opens its item; an unknown label offers to add it.
  useAssetScans((s) => {
    if (s.itemId) {
      setUnknownLabel(null);
      setOpenItem(s.itemId);
    } else setUnknownLabel(s.assetCode);
  });

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const ids = [...selected];

  return (
    <Group align="flex-start" gap="md" wrap="nowrap" data-testid="items-section">
      <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            ref={searchRef}
            label={t('inventory.list.search')}
            description={t('inventory.list.searchHint')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: 1 }}
            data-testid="inventory-search"
          />
          <Select
            label={t('inventory.list.category')}
            data={[
              { value: '', label: t('inventory.list.allCategories') },
              ...categories.map((c) => ({ value: c, label: c })),
            ]}
            value={category}
            onChange={(v) => setCategory(v ?? '')}
            allowDeselect={false}
            w={190}
          />
          <Select
            label={t('inventory.list.place')}
            data={[
              { value: 'all', label: t('inventory.list.allPlaces') },
              { value: 'desk', label: t('inventory.place.kindDesk') },
              { value: 'room', label: t('inventory.place.kindRoom') },
              { value: 'store', label: t('inventory.place.kindStore') },
            ]}
            value={place}
            onChange={(v) => setPlace((v as PlaceFilter) ?? 'all')}
            allowDeselect={false}
            w={150}
          />
          <Select
            label={t('inventory.list.condition')}
            data={[
              { value: 'all', label: t('inventory.list.allConditions') },
              ...itemConditions.map((c) => ({ value: c, label: t(`inventory.condition.${c}`) })),
            ]}
            value={condition}
            onChange={(v) => setCondition((v as ConditionFilter) ?? 'all')}
            allowDeselect={false}
            w={160}
          />
          <Select
            label={t('inventory.list.status')}
            data={[
              { value: 'in_service', label: t('inventory.list.inService') },
              { value: 'all', label: t('inventory.list.all') },
            ]}
            value={status}
            onChange={(v) => setStatus((v as 'in_service' | 'all') ?? 'in_service')}
            allowDeselect={false}
            w={150}
          />
        </Group>
        <Group gap="xs">
          <Button onClick={() => setAdding({ code: '' })} data-testid="inventory-add">
            {t('inventory.list.add')}
          </Button>
          <Button
            variant="default"
            disabled={ids.length === 0}
            loading={print.isPending}
            onClick={() => print.mutate({ ids }, { onSuccess: () => setSelected(new Set()) })}
            data-testid="inventory-print-labels"
          >
            {t('inventory.list.printLabels', { count: ids.length })}
          </Button>
          <Button
            variant="default"
            disabled={ids.length === 0}
            loading={sheet.isPending}
            onClick={() => sheet.mutate({ ids }, { onSuccess: downloadBase64 })}
            data-testid="inventory-label-sheet"
          >
            {t('inventory.list.labelSheet', { count: ids.length })}
          </Button>
          <Text size="sm" c="gray.8" ml="auto" data-testid="inventory-count">
            {t('inventory.list.shown', { shown: rows.length, total: list.data?.total ?? 0 })} ·{' '}
            {t('inventory.list.scanHint')}
          </Text>
        </Group>
        {print.isSuccess && (
          <Text size="sm" c="teal.9" role="status">
            {t('inventory.list.labelsQueued', { count: print.data.jobIds.length })}
          </Text>
        )}
        {unknownLabel && (
          <Alert
            color="orange"
            title={t('inventory.scan.unknownTitle')}
            data-testid="inventory-unknown-label"
            withCloseButton
            onClose={() => setUnknownLabel(null)}
            closeButtonLabel={t('inventory.item.close')}
          >
            <Group justify="space-between">
              <Text size="sm">{t('inventory.scan.toastUnknown', { code: unknownLabel })}</Text>
              <Button size="xs" onClick={() => (setAdding({ code: unknownLabel }), setUnknownLabel(null))}>
                {t('inventory.scan.addWithCode')}
              </Button>
            </Group>
          </Alert>
        )}
        <FormError error={list.error?.appError ?? print.error?.appError ?? sheet.error?.appError} />
        {rows.length === 0 ? (
          <Text c="gray.8" data-testid="inventory-empty">
            {search || category || place !== 'all' || condition !== 'all'
              ? t('inventory.list.noMatch')
              : t('inventory.list.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={720} type="auto">
            <Table striped highlightOnHover verticalSpacing={4} stickyHeader data-testid="inventory-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <Checkbox
                      aria-label={t('inventory.list.selectAll')}
                      checked={allShown}
                      indeterminate={!allShown && rows.some((r) => selected.has(r.id))}
                      onChange={() => setSelected(allShown ? new Set() : new Set(rows.map((r) => r.id)))}
                    />
                  </Table.Th>
                  <Table.Th>{t('inventory.list.code')}</Table.Th>
                  <Table.Th>{t('inventory.list.name')}</Table.Th>
                  <Table.Th>{t('inventory.list.category')}</Table.Th>
                  <Table.Th>{t('inventory.list.place')}</Table.Th>
                  <Table.Th>{t('inventory.list.condition')}</Table.Th>
                  <Table.Th ta="right">{t('inventory.list.stock')}</Table.Th>
                  <Table.Th ta="right">{t('inventory.list.problems')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <ItemLine
                    key={r.id}
                    item={r}
                    active={openItem === r.id}
                    checked={selected.has(r.id)}
                    onToggle={() => toggle(r.id)}
                    onOpen={() => setOpenItem(r.id)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </Stack>
      <div style={{ width: 560, flexShrink: 0 }}>
        {openItem ? (
          <ItemCard
            key={openItem}
            id={openItem}
            session={session}
            categories={categories}
            onClose={() => setOpenItem(null)}
          />
        ) : (
          <Paper withBorder p="lg" radius="md">
            <Text c="gray.8">{t('inventory.list.scanHint')}</Text>
          </Paper>
        )}
      </div>
      {adding && (
        <ItemFormModal
          session={session}
          item={null}
          initialCode={adding.code}
          categories={categories}
          opened
          onClose={() => setAdding(null)}
          onSaved={(saved) => setOpenItem(saved.id)}
        />
      )}
    </Group>
  );
}

function ItemLine({
  item,
  active,
  checked,
  onToggle,
  onOpen,
}: {
  item: ItemRow;
  active: boolean;
  checked: boolean;
  onToggle: () => void;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr bg={active ? 'civic.0' : undefined} data-testid={`item-row-${item.assetCode}`}>
      <Table.Td>
        <Checkbox
          aria-label={t('inventory.list.select', { code: item.assetCode })}
          checked={checked}
          onChange={onToggle}
        />
      </Table.Td>
      <Table.Td>
        <Button
          variant="subtle"
          px={4}
          size="compact-sm"
          ff="monospace"
          onClick={onOpen}
          aria-pressed={active}
        >
          {item.assetCode}
        </Button>
        {item.codeShared && (
          <Badge color="#a14500" size="xs" ml={4} title={t('inventory.list.codeShared')}>
            !
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{item.name}</Table.Td>
      <Table.Td>{item.category}</Table.Td>
      <Table.Td>{placeText(t, item.location)}</Table.Td>
      <Table.Td>
        {item.status === 'active' ? (
          <Badge color={CONDITION_COLOR[item.condition]} tt="none">
            {t(`inventory.condition.${item.condition}`)}
          </Badge>
        ) : (
          <Badge color={STATUS_COLOR[item.status]} tt="none">
            {t(`inventory.status.${item.status}`)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td
        ta="right"
        c={item.stock !== null && item.stock < 0 ? 'red.9' : undefined}
        fw={item.stock !== null && item.stock < 0 ? 700 : undefined}
      >
        {item.stock === null ? '—' : `${item.stock} ${item.unit}`}
      </Table.Td>
      <Table.Td ta="right">{item.openProblems || ''}</Table.Td>
    </Table.Tr>
  );
}
