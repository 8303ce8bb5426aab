// One request type's disposition chain as a table: each step's position as the letter names it, the
// role or position that acts on it (the site's own, from Settings → Peran), its standard minutes, and
// buttons to move it up or down or remove it; a step added at the end.
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChainStep, RequestSettings } from '../../../../shared/requests/requestSettings';
import type { SchemaForm } from '../../forms/useSchemaForm';
import { addStep, chainMinutes, moveItem, removeAt, type RoleGroup } from './settingsEditing';

const MAX_STEPS = 10;

export function ChainEditor({
  form,
  typeIndex,
  roleGroups,
}: {
  form: SchemaForm<RequestSettings>;
  typeIndex: number;
  roleGroups: RoleGroup[];
}) {
  const { t } = useTranslation();
  const path = `types.${typeIndex}.chain`;
  const chain = form.values.types[typeIndex]?.chain ?? [];
  const set = (next: ChainStep[]) => form.setFieldValue(path as never, next as never);
  const chainError = form.getInputProps(path).error as string | undefined;
  const n = (i: number) => ({ n: i + 1 });
  return (
    <Stack gap={6} data-testid="rs-chain">
      <Table verticalSpacing={3} horizontalSpacing={4} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('requests.settings.stepTitle')}</Table.Th>
            <Table.Th w="28%">{t('requests.settings.stepRole')}</Table.Th>
            <Table.Th w={104}>{t('requests.settings.stepMinutes')}</Table.Th>
            <Table.Th w={136}>{t('requests.settings.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {chain.map((step, i) => (
            <Table.Tr key={step.id} data-testid="rs-step" data-step={step.id}>
              <Table.Td>
                <TextInput
                  aria-label={t('requests.settings.stepTitleOf', n(i))}
                  maxLength={120}
                  // The step's number, as the lembar disposisi counts them.
                  leftSection={
                    <Text fw={700} size="sm" aria-hidden>
                      {i + 1}
                    </Text>
                  }
                  leftSectionWidth={30}
                  {...form.getInputProps(`${path}.${i}.title`)}
                  data-testid={`rs-step-${i}-title`}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('requests.settings.stepRoleOf', n(i))}
                  placeholder={t('requests.settings.pickRole')}
                  data={roleGroups}
                  allowDeselect={false}
                  {...form.getInputProps(`${path}.${i}.roleId`)}
                  value={step.roleId || null}
                  onChange={(v) => form.setFieldValue(`${path}.${i}.roleId` as never, (v ?? '') as never)}
                  data-testid={`rs-step-${i}-role`}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={t('requests.settings.stepMinutesOf', n(i))}
                  min={1}
                  max={7 * 24 * 60}
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps(`${path}.${i}.standardMinutes`)}
                  data-testid={`rs-step-${i}-minutes`}
                />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={i === 0}
                    aria-label={t('requests.settings.moveUp', n(i))}
                    onClick={() => set(moveItem(chain, i, -1))}
                    data-testid={`rs-step-${i}-up`}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={i === chain.length - 1}
                    aria-label={t('requests.settings.moveDown', n(i))}
                    onClick={() => set(moveItem(chain, i, 1))}
                    data-testid={`rs-step-${i}-down`}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    size="lg"
                    disabled={chain.length <= 1}
                    aria-label={t('requests.settings.removeStep', n(i))}
                    onClick={() => set(removeAt(chain, i))}
                    data-testid={`rs-step-${i}-remove`}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {chainError && (
        <Text c="red.9" size="sm" role="alert">
          {t(chainError)}
        </Text>
      )}
      <Group justify="space-between">
        <Button
          variant="light"
          disabled={chain.length >= MAX_STEPS}
          onClick={() => set(addStep(chain))}
          data-testid="rs-add-step"
        >
          {t('requests.settings.addStep')}
        </Button>
        <Text size="sm" c="gray.8" data-testid="rs-chain-total">
          {chain.length >= MAX_STEPS
            ? t('requests.settings.chainFull')
            : t('requests.settings.chainTotal', { minutes: chainMinutes(chain), steps: chain.length })}
        </Text>
      </Group>
    </Stack>
  );
}
