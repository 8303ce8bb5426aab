import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { houseRulesSchema, type HouseRules } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { zodErrors } from '../forms/zodErrors';

/** The kiosk shows at most this many rules (houseRulesSchema's own limit; the core checks it too). */
const MAX_RULES = 8;

interface Row {
  id: string;
  en: string;
}
interface Values extends Record<string, unknown> {
  items: Row[];
}

const rowsOf = (rules: HouseRules): Row[] => rules.items.map((r) => ({ id: r.id, en: r.en ?? '' }));
/** A blank English line means "none": the kiosk then shows the Indonesian one in English too. */
const inputOf = (rows: readonly Row[]): HouseRules => ({
  items: rows.map((r) => ({ id: r.id, en: r.en.trim() ? r.en : null })),
});

function RulesForm({
  saved,
  update,
}: {
  saved: HouseRules;
  update: ReturnType<typeof useApiMutation<'settings.houseRules.update'>>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm<Values>({
    initialValues: { items: rowsOf(saved) },
    validate: ({ items }) => zodErrors(houseRulesSchema, inputOf(items)),
  });
  const rows = form.values.items;
  const fields = rows.flatMap((_, i) => [`items.${i}.id`, `items.${i}.en`]);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ items }) =>
        update.mutate(inputOf(items), { onError: (e) => showServerErrors(form, e.appError, fields) }),
      )}
      data-testid="house-rules-form"
    >
      <Stack gap="sm">
        {rows.length === 0 ? (
          <Text c="gray.8" data-testid="house-rules-empty">
            {t('houseRules.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4} withRowBorders={false}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t('houseRules.indonesian')}</Table.Th>
                <Table.Th>{t('houseRules.english')}</Table.Th>
                <Table.Th w={48}>
                  <VisuallyHidden>{t('board.col.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((_, i) => (
                <Table.Tr key={i} data-testid="house-rule-row">
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('houseRules.indonesianOf', { n: i + 1 })}
                      maxLength={160}
                      {...form.getInputProps(`items.${i}.id`)}
                      data-testid={`house-rule-id-${i}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('houseRules.englishOf', { n: i + 1 })}
                      placeholder={t('houseRules.englishNone')}
                      maxLength={160}
                      {...form.getInputProps(`items.${i}.en`)}
                      data-testid={`house-rule-en-${i}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      size="lg"
                      aria-label={t('houseRules.remove', { n: i + 1 })}
                      onClick={() => form.removeListItem('items', i)}
                    >
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button
            variant="subtle"
            disabled={rows.length >= MAX_RULES}
            onClick={() => form.insertListItem('items', { id: '', en: '' })}
            data-testid="house-rule-add"
          >
            {t('houseRules.add')}
          </Button>
          <Text size="sm" c="gray.8">
            {t('houseRules.limit', { count: rows.length, max: MAX_RULES })}
          </Text>
        </Group>
        <FormError error={update.error?.appError} shownFields={fields} />
        {update.isSuccess && !form.isDirty() && (
          <Alert color="green" role="status" py={6} data-testid="house-rules-saved">
            {t('settings.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} data-testid="house-rules-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Settings → Tata tertib: the lines the kiosk's home screen shows, in Indonesian and optionally English. */
export function HouseRulesSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const rules = useApiQuery('settings.houseRules.get', {});
  const update = useApiMutation('settings.houseRules.update', { session });
  return (
    <Stack gap="xs" data-testid="settings-house-rules">
      <Title order={2} size="h3">
        {t('houseRules.title')}
      </Title>
      <Text size="sm" c="gray.8">
        {t('houseRules.explain')}
      </Text>
      <FormError error={rules.error?.appError} />
      {rules.data ? (
        <RulesForm key={rules.dataUpdatedAt} saved={rules.data} update={update} />
      ) : (
        <Text>{t('board.loading')}</Text>
      )}
    </Stack>
  );
}
