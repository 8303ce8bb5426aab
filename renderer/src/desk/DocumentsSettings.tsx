// Settings → Kop & tanda tangan: the lines every report prints that are the site's and not code
// (indonesian-services.md §8): the government and office lines of the kop, up to three Bidang/Seksi
// lines, the city of "Pontianak, 2 Desember 2026", and the titles of the three signature blocks. The
// office's name, logo and address lines stay with the site identity (Settings → Kantor).
import { Alert, Button, Grid, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentSettingsSchema, type DocumentSettings, type SiteIdentity } from '../../../shared/contract';
import { formatLongDate } from '../../../shared/documents/format';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { zodErrors } from '../forms/zodErrors';

const UNIT_LINES = 3;
const LINE_MAX = 160;

interface Values extends Record<string, unknown> {
  governmentLine: string;
  officeLine: string;
  unitLines: string[];
  city: string;
  preparerTitle: string;
  reviewerTitle: string;
  receiverTitle: string;
}

const FIELDS = [
  'governmentLine',
  'officeLine',
  'unitLines',
  ...Array.from({ length: UNIT_LINES }, (_, i) => `unitLines.${i}`),
  'city',
  'preparerTitle',
  'reviewerTitle',
  'receiverTitle',
];

const valuesOf = (s: DocumentSettings): Values => ({
  governmentLine: s.governmentLine ?? '',
  officeLine: s.officeLine ?? '',
  unitLines: Array.from({ length: UNIT_LINES }, (_, i) => s.unitLines[i] ?? ''),
  city: s.city ?? '',
  preparerTitle: s.preparerTitle,
  reviewerTitle: s.reviewerTitle,
  receiverTitle: s.receiverTitle,
});

/** Blank optional lines mean "none"; `lineOf` maps a kept unit line back to its input. */
function inputOf(v: Values): { input: DocumentSettings; lineOf: number[] } {
  const lineOf: number[] = [];
  const unitLines: string[] = [];
  v.unitLines.forEach((line, i) => {
    if (line.trim()) {
      unitLines.push(line);
      lineOf.push(i);
    }
  });
  const orNull = (s: string) => (s.trim() ? s : null);
  return {
    input: {
      governmentLine: orNull(v.governmentLine),
      officeLine: orNull(v.officeLine),
      unitLines,
      city: orNull(v.city),
      preparerTitle: v.preparerTitle,
      reviewerTitle: v.reviewerTitle,
      receiverTitle: v.receiverTitle,
    },
    lineOf,
  };
}

/** The kop and the date line as the report will print them, as the officer types. */
function Preview({ values, identity }: { values: Values; identity: SiteIdentity | undefined }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { input } = inputOf(values);
  const date = dates.today ? formatLongDate(dates.today, dates.timeZone, 'id') : '';
  const office = input.officeLine ?? identity?.officeName ?? '';
  return (
    <Paper withBorder p="md" data-testid="documents-preview" aria-label={t('documents.settings.preview')}>
      <Text size="sm" c="gray.8" mb={4}>
        {t('documents.settings.preview')}
      </Text>
      <Stack gap={0} align="center" style={{ textAlign: 'center', wordBreak: 'break-word' }}>
        {input.governmentLine && (
          <Text fw={700} size="md">
            {input.governmentLine.toUpperCase()}
          </Text>
        )}
        <Text fw={700} size="lg">
          {office.toUpperCase()}
        </Text>
        {input.unitLines.map((line, i) => (
          <Text key={i} fw={700} size="sm">
            {line.toUpperCase()}
          </Text>
        ))}
        {identity?.letterhead.map((line, i) => (
          <Text key={`l${i}`} size="xs">
            {line}
          </Text>
        ))}
      </Stack>
      <div
        style={{ borderTop: '3px solid #000', borderBottom: '1px solid #000', height: 3, margin: '6px 0' }}
      />
      <Group justify="space-between" align="flex-start" mt="sm">
        <Stack gap={0} style={{ textAlign: 'center', flex: 1 }}>
          <Text size="sm">Mengetahui,</Text>
          <Text size="sm">{input.reviewerTitle}</Text>
        </Stack>
        <Stack gap={0} style={{ textAlign: 'center', flex: 1 }}>
          <Text
            size="sm"
            data-testid="documents-preview-date"
            aria-label={t('documents.settings.previewDate')}
          >
            {input.city ? `${input.city}, ${date}` : date}
          </Text>
          <Text size="sm">{input.preparerTitle}</Text>
        </Stack>
      </Group>
      <Text size="sm" ta="center" mt="xs">
        {input.receiverTitle}
      </Text>
    </Paper>
  );
}

function DocumentsForm({
  saved,
  identity,
  update,
}: {
  saved: DocumentSettings;
  identity: SiteIdentity | undefined;
  /** Kept by the parent, so "Tersimpan" survives the fresh form a change brings. */
  update: ReturnType<typeof useApiMutation<'settings.documents.update'>>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm<Values>({
    initialValues: valuesOf(saved),
    validate: (values) => {
      const { input, lineOf } = inputOf(values);
      return zodErrors(documentSettingsSchema.strict(), input, (path) =>
        path[0] === 'unitLines' && typeof path[1] === 'number'
          ? `unitLines.${lineOf[path[1]] ?? 0}`
          : path.map(String).join('.'),
      );
    },
  });
  const text = (field: keyof Values & string, label: string, hint: string, testId: string) => (
    <TextInput
      label={label}
      description={hint}
      maxLength={LINE_MAX}
      {...form.getInputProps(field)}
      data-testid={testId}
    />
  );
  return (
    <form
      noValidate
      data-testid="documents-settings-form"
      onSubmit={form.onSubmit((values) =>
        update.mutate(inputOf(values).input, {
          onError: (e) => showServerErrors(form, e.appError, FIELDS),
        }),
      )}
    >
      <Grid gap="lg" mt="xs">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('documents.settings.kop')}
            </Title>
            {text(
              'governmentLine',
              t('documents.settings.governmentLine'),
              t('documents.settings.governmentLineHint'),
              'documents-government-line',
            )}
            {text(
              'officeLine',
              t('documents.settings.officeLine'),
              t('documents.settings.officeLineHint'),
              'documents-office-line',
            )}
            {Array.from({ length: UNIT_LINES }, (_, i) => (
              <TextInput
                key={i}
                label={t('documents.settings.unitLine', { n: i + 1 })}
                description={i === 0 ? t('documents.settings.unitLineHint') : undefined}
                maxLength={LINE_MAX}
                {...form.getInputProps(`unitLines.${i}`)}
                data-testid={`documents-unit-line-${i}`}
              />
            ))}
            {text('city', t('documents.settings.city'), t('documents.settings.cityHint'), 'documents-city')}
            <Title order={3} size="h4" mt="sm">
              {t('documents.settings.signatures')}
            </Title>
            {text(
              'preparerTitle',
              t('documents.settings.preparerTitle'),
              t('documents.settings.preparerHint'),
              'documents-preparer-title',
            )}
            {text(
              'reviewerTitle',
              t('documents.settings.reviewerTitle'),
              t('documents.settings.reviewerHint'),
              'documents-reviewer-title',
            )}
            {text(
              'receiverTitle',
              t('documents.settings.receiverTitle'),
              t('documents.settings.receiverHint'),
              'documents-receiver-title',
            )}
            <FormError error={update.error?.appError} shownFields={FIELDS} />
            {update.isSuccess && !form.isDirty() && (
              <Alert color="green" role="status" data-testid="documents-saved">
                {t('settings.saved')}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={update.isPending} data-testid="documents-save">
                {t('settings.save')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Preview values={form.values} identity={identity} />
        </Grid.Col>
      </Grid>
    </form>
  );
}

export function DocumentsSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const saved = useApiQuery('settings.documents.get', {}, { session });
  const identity = useApiQuery('site.get', {});
  const update = useApiMutation('settings.documents.update', { session });
  return (
    <Stack gap="xs" data-testid="settings-documents">
      <Title order={2} size="h3">
        {t('documents.settings.title')}
      </Title>
      <Text size="sm" c="gray.8">
        {t('documents.settings.explain')}
      </Text>
      <FormError error={saved.error?.appError} />
      {saved.data ? (
        <DocumentsForm
          key={saved.dataUpdatedAt}
          saved={saved.data}
          identity={identity.data}
          update={update}
        />
      ) : (
        <Text>{t('board.loading')}</Text>
      )}
    </Stack>
  );
}
