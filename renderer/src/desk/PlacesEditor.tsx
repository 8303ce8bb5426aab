import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SchemaForm } from '../forms/useSchemaForm';
import { makePlaces, nextNumber, type PlaceRow } from './placeRows';

export type PlaceKind = 'desks' | 'lockers';

/**
 * The numbered desks or lockers of the space as a table (number, label, zone), with a quick "make N"
 * for a new room. Used by the setup screen and the settings; `path` is the list's place on the form.
 */
export function PlacesEditor({
  form,
  path,
  kind,
  maxHeight = 420,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: SchemaForm<any>;
  path: string;
  kind: PlaceKind;
  maxHeight?: number;
}) {
  const { t } = useTranslation();
  const rows = form.getInputProps(path).value as PlaceRow[];
  // "Meja 1" as a label; "jumlah meja" mid-sentence.
  const label = t(kind === 'desks' ? 'admin.places.desk' : 'admin.places.locker');
  const noun = label.toLowerCase();
  const [count, setCount] = useState<number | string>(rows.length || (kind === 'desks' ? 10 : 0));
  const [zone, setZone] = useState('');
  const listError = form.getInputProps(path).error as string | undefined;

  return (
    <Stack gap="xs" data-testid={`places-${kind}`}>
      <Paper withBorder p="xs" bg="gray.0">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NumberInput
            label={t('admin.places.count', { noun })}
            min={0}
            max={500}
            allowDecimal={false}
            w={140}
            value={count}
            onChange={setCount}
            data-testid={`places-${kind}-count`}
          />
          <TextInput
            label={t('admin.places.zoneAll')}
            placeholder={t('admin.places.zoneExample')}
            maxLength={40}
            w={220}
            value={zone}
            onChange={(e) => setZone(e.currentTarget.value)}
            data-testid={`places-${kind}-zone`}
          />
          <Button
            variant="default"
            onClick={() => form.setFieldValue(path, makePlaces(Number(count) || 0, label, zone))}
            data-testid={`places-${kind}-make`}
          >
            {t('admin.places.make', { count: Number(count) || 0, noun })}
          </Button>
        </Group>
        <Text size="sm" c="gray.8" mt={4}>
          {t('admin.places.makeHint')}
        </Text>
      </Paper>
      {rows.length === 0 ? (
        <Text c="gray.8" size="sm" data-testid={`places-${kind}-empty`}>
          {t(kind === 'desks' ? 'admin.places.noDesks' : 'admin.places.noLockers')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars>
          <Table verticalSpacing={2} withRowBorders={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('admin.places.number')}</Table.Th>
                <Table.Th>{t('admin.places.label')}</Table.Th>
                <Table.Th>{t('admin.places.zone')}</Table.Th>
                <Table.Th w={48}>
                  <VisuallyHidden>{t('board.col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((_, i) => (
                <Table.Tr key={i} data-testid={`places-${kind}-row`}>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('admin.places.numberOf', { noun: label, n: i + 1 })}
                      min={1}
                      max={999}
                      allowDecimal={false}
                      hideControls
                      {...form.getInputProps(`${path}.${i}.number`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('admin.places.labelOf', { noun: label, n: i + 1 })}
                      maxLength={40}
                      {...form.getInputProps(`${path}.${i}.label`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('admin.places.zoneOf', { noun: label, n: i + 1 })}
                      placeholder={t('admin.places.zoneNone')}
                      maxLength={40}
                      {...form.getInputProps(`${path}.${i}.zone`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      size="lg"
                      aria-label={t('admin.places.remove', { noun: label, n: i + 1 })}
                      onClick={() => form.removeListItem(path, i)}
                    >
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {listError && (
        <Text c="red.9" size="sm" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          onClick={() =>
            form.insertListItem(path, {
              number: nextNumber(rows),
              label: `${label} ${nextNumber(rows)}`,
              zone: '',
            })
          }
          data-testid={`places-${kind}-add`}
        >
          {t('admin.places.add', { noun })}
        </Button>
      </Group>
    </Stack>
  );
}
