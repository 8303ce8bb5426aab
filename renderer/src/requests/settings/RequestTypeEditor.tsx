// One request type: its names, kind and whether it is offered, its lead time (with the rule written
// out as the requester will meet it), the room's times, the fields it requires, and its chain.
import {
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  requestFieldIds,
  type RequestFieldId,
  type RequestSettings,
} from '../../../../shared/requests/requestSettings';
import type { SchemaForm } from '../../forms/useSchemaForm';
import { ChainEditor } from './ChainEditor';
import type { RoleGroup } from './settingsEditing';

export function RequestTypeEditor({
  form,
  index,
  saved,
  roleGroups,
  onRemove,
}: {
  form: SchemaForm<RequestSettings>;
  index: number;
  /** Saved types keep their code: requests already filed name it. */
  saved: boolean;
  roleGroups: RoleGroup[];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const type = form.values.types[index];
  if (!type) return null;
  const p = `types.${index}`;
  const input = (field: string) => form.getInputProps(`${p}.${field}`);
  const check = (field: string) => form.getInputProps(`${p}.${field}`, { type: 'checkbox' });
  const minutes = (field: string, label: string, hint: string, min = 0, max = 240) => (
    <NumberInput
      label={t(`requests.settings.${label}`)}
      description={t(`requests.settings.${hint}`)}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      {...input(field)}
      data-testid={`rs-type-${field}`}
    />
  );
  const room = type.kind === 'room';
  const lead = type.leadTime;
  const toggleRequired = (field: RequestFieldId, on: boolean) =>
    form.setFieldValue(
      `${p}.required` as never,
      requestFieldIds.filter((f) => (f === field ? on : type.required.includes(f))) as never,
    );

  return (
    <Grid gap="sm" data-testid="rs-type" data-type={type.id}>
      <Grid.Col span={{ base: 12, xl: 6 }}>
        <Stack gap="sm">
          <Fieldset legend={t('requests.settings.typeBasics')} variant="filled" p="sm">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="xs">
              <TextInput
                label={t('requests.settings.nameId')}
                maxLength={80}
                {...input('name.id')}
                data-testid="rs-type-name-id"
              />
              <TextInput
                label={t('requests.settings.nameEn')}
                maxLength={80}
                {...input('name.en')}
                data-testid="rs-type-name-en"
              />
              <TextInput
                label={t('requests.settings.typeId')}
                description={t(saved ? 'requests.settings.idHint' : 'requests.settings.idNewHint')}
                maxLength={40}
                readOnly={saved}
                variant={saved ? 'filled' : 'default'}
                {...input('id')}
                data-testid="rs-type-id"
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id={`rs-kind-${index}`}>
                  {t('requests.settings.kind')}
                </Text>
                <SegmentedControl
                  aria-labelledby={`rs-kind-${index}`}
                  fullWidth
                  data={(['room', 'application'] as const).map((k) => ({
                    value: k,
                    label: t(`requests.settings.kind_${k}`),
                  }))}
                  {...input('kind')}
                  data-testid="rs-type-kind"
                />
              </Stack>
            </SimpleGrid>
            <Group gap="lg" mt="sm" align="flex-start" wrap="nowrap">
              <Switch
                label={t('requests.settings.typeActive')}
                {...check('active')}
                data-testid="rs-type-active"
              />
              <Switch
                label={t('requests.settings.onPortal')}
                description={t('requests.settings.onPortalHint')}
                {...check('onPortal')}
                data-testid="rs-type-onPortal"
              />
            </Group>
            {!saved && (
              <Group mt="xs">
                <Button variant="subtle" color="red.9" onClick={onRemove} data-testid="rs-type-remove">
                  {t('requests.settings.removeType')}
                </Button>
              </Group>
            )}
          </Fieldset>

          <Fieldset legend={t('requests.settings.leadTime')} variant="filled" p="sm">
            <SimpleGrid cols={3} spacing="sm">
              <NumberInput
                label={t('requests.settings.leadDays')}
                min={0}
                max={60}
                allowDecimal={false}
                allowNegative={false}
                {...input('leadTime.days')}
                data-testid="rs-lead-days"
              />
              <Select
                label={t('requests.settings.leadBasis')}
                allowDeselect={false}
                data={(['calendar', 'working'] as const).map((b) => ({
                  value: b,
                  label: t(`requests.settings.basis_${b}`),
                }))}
                {...input('leadTime.basis')}
                data-testid="rs-lead-basis"
              />
              <Select
                label={t('requests.settings.leadFrom')}
                allowDeselect={false}
                data={(['entered', 'letterReceived'] as const).map((f) => ({
                  value: f,
                  label: t(`requests.settings.from_${f}`),
                }))}
                {...input('leadTime.from')}
                data-testid="rs-lead-from"
              />
            </SimpleGrid>
            <Text size="sm" mt={6} c="gray.8" data-testid="rs-lead-summary">
              {typeof lead.days === 'number' && lead.days > 0
                ? t('requests.settings.leadSummary', {
                    days: lead.days,
                    basis: t(`requests.settings.basis_${lead.basis}`),
                    from: t(`requests.settings.from_${lead.from}`),
                  })
                : t('requests.settings.leadSummarySameDay')}
            </Text>
          </Fieldset>

          {room && (
            <Fieldset legend={t('requests.settings.roomTimes')} variant="filled" p="sm">
              <SimpleGrid cols={{ base: 2, xl: 4 }} spacing="sm" verticalSpacing="xs">
                {minutes('setupMinutes', 'setupMinutes', 'setupHint')}
                {minutes('clearMinutes', 'clearMinutes', 'clearHint')}
                {minutes('prepareMinutes', 'prepareMinutes', 'prepareHint')}
                {minutes('defaultMinutes', 'defaultMinutes', 'defaultHint', 15, 12 * 60)}
              </SimpleGrid>
              <Group gap="xl" mt="sm">
                <Checkbox
                  label={t('requests.settings.connectionTest')}
                  {...check('connectionTest')}
                  data-testid="rs-type-connectionTest"
                />
                <Checkbox
                  label={t('requests.settings.requireNoBuffet')}
                  {...check('requireNoBuffet')}
                  data-testid="rs-type-requireNoBuffet"
                />
              </Group>
            </Fieldset>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 6 }}>
        <Stack gap="sm">
          <Fieldset legend={t('requests.settings.chain')} variant="filled" p="sm">
            <Text size="sm" c="gray.8" mb={6}>
              {t('requests.settings.chainExplain')}
            </Text>
            <ChainEditor form={form} typeIndex={index} roleGroups={roleGroups} />
          </Fieldset>
          <Fieldset legend={t('requests.settings.requiredFields')} variant="filled" p="sm">
            <Text size="sm" c="gray.8" mb={6}>
              {t('requests.settings.requiredExplain')}
            </Text>
            <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs" verticalSpacing={4}>
              {requestFieldIds.map((f) => (
                <Checkbox
                  key={f}
                  label={t(`requests.field.${f}`)}
                  checked={type.required.includes(f)}
                  onChange={(e) => toggleRequired(f, e.currentTarget.checked)}
                  data-testid={`rs-required-${f}`}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
