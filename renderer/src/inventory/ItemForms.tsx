// The inventory's dialogs: add or edit an item, move it, change a consumable's stock by a delta,
// report a problem. Each is checked with the contract's own schema when it is sent, and the core's
// refusals (a code already used, stock below zero) land under their fields.
import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../shared/contract';
import type { ItemRow } from '../../../shared/contract/inventory';
import { itemConditions } from '../../../shared/inventory/inventoryRules';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { DayInput } from '../dates/DayInput';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm, type SchemaForm } from '../forms/useSchemaForm';

interface PlaceValues {
  kind: 'desk' | 'room' | 'store';
  deskNumber: number | null;
  room: string;
}

/** The place fields of a form whose values hold `place` (add an item, move it). */
function PlaceFields<V extends { place: PlaceValues }>({
  form,
  session,
}: {
  form: SchemaForm<V>;
  session: string;
}) {
  const { t } = useTranslation();
  const desks = useApiQuery('desks.list', {}, { session });
  const place = form.values.place;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('inventory.form.placeKind')}
      </Text>
      <SegmentedControl
        value={place.kind}
        onChange={(v) => form.setFieldValue('place.kind' as never, v as never)}
        data={[
          { value: 'desk', label: t('inventory.place.kindDesk') },
          { value: 'room', label: t('inventory.place.kindRoom') },
          { value: 'store', label: t('inventory.place.kindStore') },
        ]}
        aria-label={t('inventory.form.placeKind')}
        data-testid="item-place-kind"
      />
      {place.kind === 'desk' && (
        <Select
          label={t('inventory.form.desk')}
          data={(desks.data?.items ?? []).map((d) => ({
            value: String(d.number),
            label: `${d.number} · ${d.label}`,
          }))}
          value={place.deskNumber === null ? null : String(place.deskNumber)}
          onChange={(v) =>
            form.setFieldValue('place.deskNumber' as never, (v === null ? null : Number(v)) as never)
          }
          error={form.getInputProps('place.deskNumber').error}
          searchable
          data-testid="item-desk"
        />
      )}
      {place.kind === 'room' && (
        <TextInput
          label={t('inventory.form.room')}
          {...form.getInputProps('place.room')}
          data-testid="item-room"
        />
      )}
    </Stack>
  );
}

const conditionData = (t: (k: string) => string) =>
  itemConditions.map((c) => ({ value: c, label: t(`inventory.condition.${c}`) }));

const createSchema = contract['inventory.create'].input;
const updateSchema = contract['inventory.update'].input.omit({ id: true });

interface ItemValues extends Record<string, unknown> {
  assetCode: string;
  name: string;
  category: string;
  kind: 'asset' | 'consumable';
  unit: string;
  place: PlaceValues;
  condition: 'baik' | 'rusak_ringan' | 'rusak_berat';
  purchasedOn: string;
  note: string;
  initialStock: number;
}

/** Add an item (with a code the office gives, or none: Loket makes one), or edit one. */
export function ItemFormModal({
  session,
  item,
  initialCode,
  categories,
  opened,
  onClose,
  onSaved,
}: {
  session: string;
  item: ItemRow | null;
  initialCode?: string;
  categories: readonly string[];
  opened: boolean;
  onClose: () => void;
  onSaved: (item: ItemRow) => void;
}) {
  const { t } = useTranslation();
  const create = useApiMutation('inventory.create', { session });
  const update = useApiMutation('inventory.update', { session });
  const form = useSchemaForm<ItemValues>({
    schema: item ? updateSchema : createSchema,
    initialValues: {
      assetCode: item?.assetCode ?? initialCode ?? '',
      name: item?.name ?? '',
      category: item?.category ?? '',
      kind: item?.kind ?? 'asset',
      unit: item?.unit ?? '',
      place: item
        ? { kind: item.location.kind, deskNumber: item.location.deskNumber, room: item.location.room }
        : { kind: 'store', deskNumber: null, room: '' },
      condition: item?.condition ?? 'baik',
      purchasedOn: item?.purchasedOn ?? '',
      note: item?.note ?? '',
      initialStock: 0,
    },
  });
  const fields = [
    'assetCode',
    'name',
    'category',
    'unit',
    'place.deskNumber',
    'place.room',
    'purchasedOn',
    'note',
    'initialStock',
  ];
  const error = (item ? update : create).error?.appError;
  const close = () => {
    create.reset();
    update.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={item ? t('inventory.form.editTitle', { code: item.assetCode }) : t('inventory.form.addTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('inventory.item.close') }}
    >
      <form
        noValidate
        data-testid="item-form"
        onSubmit={form.onSubmit((v) => {
          const onError = (e: { appError: Parameters<typeof showServerErrors>[1] }) =>
            showServerErrors(form, e.appError, fields);
          const common = {
            assetCode: v.assetCode,
            name: v.name,
            category: v.category,
            unit: v.unit,
            condition: v.condition,
            purchasedOn: v.purchasedOn || null,
            note: v.note,
          };
          if (item)
            update.mutate(
              { id: item.id, ...common },
              { onSuccess: (saved) => (onSaved(saved), close()), onError },
            );
          else
            create.mutate(
              {
                ...common,
                kind: v.kind,
                place: v.place,
                initialStock: v.kind === 'consumable' ? v.initialStock : 0,
              },
              { onSuccess: (saved) => (onSaved(saved), close()), onError },
            );
        })}
      >
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('inventory.form.assetCode')}
              description={t('inventory.form.assetCodeHint')}
              styles={{ input: { fontFamily: 'monospace' } }}
              {...form.getInputProps('assetCode')}
              data-testid="item-code"
            />
            <TextInput
              label={t('inventory.form.name')}
              withAsterisk
              data-autofocus
              {...form.getInputProps('name')}
              data-testid="item-name"
            />
            <Select
              label={t('inventory.form.category')}
              description={t('inventory.form.categoryHint')}
              withAsterisk
              data={[...new Set([...categories, form.values.category].filter(Boolean))]}
              searchable
              // A new category is typed in; the list offers the ones in use.
              onSearchChange={(s) => form.setFieldValue('category', s)}
              searchValue={form.values.category}
              value={form.values.category || null}
              onChange={(v) => form.setFieldValue('category', v ?? '')}
              error={form.getInputProps('category').error}
              data-testid="item-category"
            />
            <Select
              label={t('inventory.form.condition')}
              data={conditionData(t)}
              allowDeselect={false}
              {...form.getInputProps('condition')}
              data-testid="item-condition"
            />
          </SimpleGrid>
          {!item && (
            <SegmentedControl
              value={form.values.kind}
              onChange={(v) => form.setFieldValue('kind', v as 'asset' | 'consumable')}
              data={[
                { value: 'asset', label: t('inventory.kind.asset') },
                { value: 'consumable', label: t('inventory.kind.consumable') },
              ]}
              aria-label={t('inventory.form.kind')}
              data-testid="item-kind"
            />
          )}
          {form.values.kind === 'consumable' && (
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                label={t('inventory.form.unit')}
                description={t('inventory.form.unitHint')}
                {...form.getInputProps('unit')}
                data-testid="item-unit"
              />
              {!item && (
                <NumberInput
                  label={t('inventory.form.initialStock')}
                  min={0}
                  allowDecimal={false}
                  {...form.getInputProps('initialStock')}
                  data-testid="item-initial-stock"
                />
              )}
            </SimpleGrid>
          )}
          {!item && <PlaceFields form={form} session={session} />}
          <SimpleGrid cols={2} spacing="sm">
            <DayInput
              label={t('inventory.form.purchasedOn')}
              value={form.values.purchasedOn}
              onChange={(d) => form.setFieldValue('purchasedOn', d)}
              clearable
              testId="item-purchased"
            />
            <TextInput
              label={t('inventory.form.note')}
              {...form.getInputProps('note')}
              data-testid="item-note"
            />
          </SimpleGrid>
          <FormError error={error} shownFields={fields} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('inventory.form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending} data-testid="item-save">
              {t('inventory.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const moveSchema = contract['inventory.move'].input.omit({ id: true });

export function MoveModal({
  session,
  item,
  onClose,
}: {
  session: string;
  item: ItemRow;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const move = useApiMutation('inventory.move', { session });
  const form = useSchemaForm<{ place: PlaceValues; note: string }>({
    schema: moveSchema,
    initialValues: { place: { kind: 'store', deskNumber: null, room: '' }, note: '' },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('inventory.move.title', { name: item.name })}
      closeButtonProps={{ 'aria-label': t('inventory.item.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          move.mutate(
            { id: item.id, place: v.place, note: v.note },
            {
              onSuccess: onClose,
              onError: (e) => showServerErrors(form, e.appError, ['place.deskNumber', 'place.room', 'note']),
            },
          ),
        )}
      >
        <Stack gap="sm">
          <PlaceFields form={form} session={session} />
          <TextInput label={t('inventory.move.note')} {...form.getInputProps('note')} />
          <FormError error={move.error?.appError} shownFields={['place.deskNumber', 'place.room', 'note']} />
          <Group justify="flex-end">
            <Button type="submit" loading={move.isPending} data-testid="move-submit">
              {t('inventory.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function StockModal({
  session,
  item,
  onClose,
}: {
  session: string;
  item: ItemRow;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useApiMutation('inventory.changeStock', { session });
  const form = useSchemaForm<{ reason: 'restock' | 'use' | 'adjust'; amount: number | string; note: string }>(
    {
      validate: (v) =>
        typeof v.amount !== 'number' || v.amount === 0 ? { amount: 'errors.inventory.deltaInvalid' } : {},
      initialValues: { reason: 'use', amount: 1, note: '' },
    },
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('inventory.stock.title', { name: item.name })}
      closeButtonProps={{ 'aria-label': t('inventory.item.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          const n = Math.abs(Number(v.amount));
          const delta = v.reason === 'use' ? -n : v.reason === 'restock' ? n : Number(v.amount);
          change.mutate(
            { id: item.id, delta, reason: v.reason, note: v.note },
            {
              onSuccess: onClose,
              onError: (e) => {
                const fields = e.appError.fields ?? {};
                if (fields.delta) form.setFieldError('amount', t(fields.delta, e.appError.params));
              },
            },
          );
        })}
      >
        <Stack gap="sm">
          <Text fw={700} data-testid="stock-now">
            {t('inventory.stock.now', { stock: item.stock ?? 0, unit: item.unit })}
          </Text>
          <SegmentedControl
            value={form.values.reason}
            onChange={(v) => form.setFieldValue('reason', v as 'restock' | 'use' | 'adjust')}
            data={[
              { value: 'use', label: t('inventory.stock.use') },
              { value: 'restock', label: t('inventory.stock.restock') },
              { value: 'adjust', label: t('inventory.stock.adjust') },
            ]}
            aria-label={t('inventory.stock.reason')}
            data-testid="stock-reason"
          />
          <NumberInput
            label={t('inventory.stock.amount')}
            description={t('inventory.stock.amountHint')}
            allowDecimal={false}
            allowNegative={form.values.reason === 'adjust'}
            data-autofocus
            {...form.getInputProps('amount')}
            data-testid="stock-amount"
          />
          <TextInput label={t('inventory.form.note')} {...form.getInputProps('note')} />
          <FormError error={change.error?.appError} shownFields={['delta']} />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending} data-testid="stock-submit">
              {t('inventory.stock.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const problemSchema = contract['inventory.reportProblem'].input.omit({ itemId: true });

export function ProblemModal({
  session,
  item,
  onClose,
}: {
  session: string;
  item: ItemRow;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const report = useApiMutation('inventory.reportProblem', { session });
  const form = useSchemaForm<{
    kind: 'damaged' | 'missing';
    severity: 'rusak_ringan' | 'rusak_berat' | null;
    note: string;
  }>({
    schema: problemSchema,
    initialValues: { kind: 'damaged', severity: 'rusak_ringan', note: '' },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('inventory.problem.title', { name: item.name })}
      closeButtonProps={{ 'aria-label': t('inventory.item.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          report.mutate(
            {
              itemId: item.id,
              kind: v.kind,
              severity: v.kind === 'damaged' ? v.severity : null,
              note: v.note,
            },
            { onSuccess: onClose, onError: (e) => showServerErrors(form, e.appError, ['note']) },
          ),
        )}
      >
        <Stack gap="sm">
          <SegmentedControl
            value={form.values.kind}
            onChange={(v) => form.setFieldValue('kind', v as 'damaged' | 'missing')}
            data={[
              { value: 'damaged', label: t('inventory.problemKind.damaged') },
              { value: 'missing', label: t('inventory.problemKind.missing') },
            ]}
            aria-label={t('inventory.problem.kind')}
            data-testid="problem-kind"
          />
          {form.values.kind === 'damaged' && (
            <SegmentedControl
              value={form.values.severity ?? 'rusak_ringan'}
              onChange={(v) => form.setFieldValue('severity', v as 'rusak_ringan' | 'rusak_berat')}
              data={[
                { value: 'rusak_ringan', label: t('inventory.condition.rusak_ringan') },
                { value: 'rusak_berat', label: t('inventory.condition.rusak_berat') },
              ]}
              aria-label={t('inventory.problem.severity')}
            />
          )}
          <Textarea
            label={t('inventory.problem.note')}
            placeholder={t('inventory.problem.notePlaceholder')}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
            data-testid="problem-note-input"
          />
          <FormError error={report.error?.appError} shownFields={['note']} />
          <Group justify="flex-end">
            <Button type="submit" color="red.9" loading={report.isPending} data-testid="problem-report">
              {t('inventory.problem.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
