// The officer's tab of the service standards: choose a service and a part, see the decree's text
// beside what the kiosks show, and correct it in Indonesian and English (each language on its own),
// or put the decree's text back. Only officers whose role manages settings may save; every change
// is audited and reaches the other kiosks and the portal through sync.
import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  NavLink,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CorrectionRecord } from '../../../shared/contract/standards';
import { entryFields, type EntryField } from '../../../shared/serviceStandards/catalogue';
import { decreeErrata } from '../../../shared/serviceStandards/errata';
import { fieldAsText, fieldShapes, type Lang } from '../../../shared/serviceStandards/fieldText';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import {
  CATALOGUE_VERSION,
  shippedCatalogue,
  shippedEntry,
} from '../../../shared/serviceStandards/shippedCatalogue';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';

const hintKey = {
  text: 'standards.editHintText',
  list: 'standards.editHintList',
  procedure: 'standards.editHintProcedure',
  channels: 'standards.editHintChannels',
} as const;

export function DeskStandardsPanel({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const uiLang: Lang = i18n.language === 'en' ? 'en' : 'id';
  const corrections = useApiQuery('standards.corrections.list', {});
  const [serviceId, setServiceId] = useState<ServiceId>('lapor');
  const [field, setField] = useState<EntryField>('requirements');
  const items = (corrections.data?.items ?? []).filter((c) => c.text !== null);
  const count = (id: ServiceId) => items.filter((c) => c.serviceId === id).length;
  const entry = shippedEntry(serviceId);
  const errata = decreeErrata.filter((e) => e.serviceId === serviceId && e.field === field);
  const correctedFields = new Set(items.filter((c) => c.serviceId === serviceId).map((c) => c.field));

  return (
    <Stack gap="md" data-testid="desk-standards">
      <Stack gap={4}>
        <Title order={2}>{t('standards.panelTitle')}</Title>
        <Text size="sm" c="gray.8" maw={1000}>
          {t('standards.panelIntro')}
        </Text>
      </Stack>
      <FormError error={corrections.error?.appError} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p={4} component="nav" aria-label={t('standards.chooseService')}>
            {shippedCatalogue.entries.map((e, i) => (
              <NavLink
                key={e.serviceId}
                active={e.serviceId === serviceId}
                onClick={() => setServiceId(e.serviceId)}
                label={`${i + 1}. ${e.shortName[uiLang]}`}
                rightSection={
                  count(e.serviceId) > 0 ? (
                    <Badge size="sm" color="yellow.4" variant="filled" autoContrast tt="none">
                      {t('standards.correctedCount', { count: count(e.serviceId) })}
                    </Badge>
                  ) : undefined
                }
                data-testid={`desk-standard-${e.serviceId}`}
                aria-current={e.serviceId === serviceId ? 'true' : undefined}
              />
            ))}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md">
            <Title order={3} data-testid="desk-standard-name">
              {entry.name[uiLang]}
            </Title>
            <Select
              label={t('standards.chooseField')}
              value={field}
              onChange={(v) => v && setField(v as EntryField)}
              allowDeselect={false}
              data={entryFields.map((f) => ({
                value: f,
                label: `${t(`standards.field.${f}`)}${correctedFields.has(f) ? ` · ${t('standards.corrected')}` : ''}`,
              }))}
              maw={520}
              data-testid="desk-standard-field"
            />
            {errata.map((e, i) => (
              // A quiet note, not a warning: dark text on a pale yellow, so it reads (WCAG 1.4.3).
              <Paper
                key={i}
                p="sm"
                bg="yellow.0"
                style={{ borderInlineStart: '4px solid var(--mantine-color-yellow-7)' }}
                data-testid="desk-standard-erratum"
              >
                <Text fw={700}>{t('standards.erratum')}</Text>
                <Text>{e.note[uiLang]}</Text>
              </Paper>
            ))}
            <Grid gap="lg">
              {(['id', 'en'] as const).map((lang) => {
                const correction = corrections.data?.items.find(
                  (c) => c.serviceId === serviceId && c.field === field && c.lang === lang,
                );
                return (
                  <Grid.Col key={lang} span={{ base: 12, lg: 6 }}>
                    <FieldEditor
                      key={`${serviceId}:${field}:${lang}`}
                      session={session}
                      serviceId={serviceId}
                      field={field}
                      lang={lang}
                      correction={correction?.text === null ? undefined : correction}
                    />
                  </Grid.Col>
                );
              })}
            </Grid>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function FieldEditor({
  session,
  serviceId,
  field,
  lang,
  correction,
}: {
  session: string;
  serviceId: ServiceId;
  field: EntryField;
  lang: Lang;
  /** This field's correction in this language, if it has one (a reset has none). */
  correction: CorrectionRecord | undefined;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const decree = fieldAsText(shippedEntry(serviceId), field, lang);
  const shown = correction?.text ?? decree;
  const [text, setText] = useState(shown);
  // What the kiosks show changed (saved here, reset, or pulled from another kiosk): start from it.
  useEffect(() => setText(shown), [shown]);
  const save = useApiMutation('standards.entry.correct', { session });
  const reset = useApiMutation('standards.entry.reset', { session });
  const error = save.error?.appError ?? reset.error?.appError;
  const fieldError = save.error?.appError.fields?.text;
  const langName = lang === 'id' ? t('standards.langId') : t('standards.langEn');
  const shape = fieldShapes[field];
  const testId = `desk-standard-${lang}`;
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4} lang={lang}>
            {langName}
          </Title>
          {correction ? (
            <Badge color="yellow.4" variant="filled" autoContrast tt="none" data-testid={`${testId}-state`}>
              {t('standards.correctedOn', { when: dates.dateTime(correction.correctedAt) })}
            </Badge>
          ) : (
            <Badge color="gray.2" variant="filled" autoContrast tt="none" data-testid={`${testId}-state`}>
              {t('standards.notCorrected')}
            </Badge>
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {t('standards.decreeText')}
          </Text>
          <Text
            size="sm"
            lang={lang}
            p="xs"
            bg="gray.1"
            style={{ whiteSpace: 'pre-wrap', borderRadius: 6, maxHeight: 220, overflowY: 'auto' }}
            data-testid={`${testId}-decree`}
            tabIndex={0}
          >
            {decree}
          </Text>
        </Stack>
        {correction && correction.catalogueVersion !== CATALOGUE_VERSION && (
          <Alert color="yellow">
            {t('standards.newerCatalogue', { version: correction.catalogueVersion })}
          </Alert>
        )}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            reset.reset();
            save.mutate({ serviceId, field, lang, text });
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('standards.editLabel', { lang: langName })}
              description={t(hintKey[shape])}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={shape === 'text' ? 2 : 5}
              maxRows={14}
              lang={lang}
              error={fieldError ? t(fieldError) : undefined}
              data-testid={`${testId}-text`}
            />
            <FormError error={error} shownFields={['text']} />
            {save.isSuccess && (
              <Alert color="green" role="status" py={6} data-testid={`${testId}-saved`}>
                {t('standards.saved')}
              </Alert>
            )}
            {reset.isSuccess && (
              <Alert color="green" role="status" py={6} data-testid={`${testId}-reset-done`}>
                {t('standards.resetDone')}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending} data-testid={`${testId}-save`}>
                {t('standards.save')}
              </Button>
              {correction && (
                <Button
                  variant="default"
                  loading={reset.isPending}
                  onClick={() => {
                    save.reset();
                    reset.mutate({ serviceId, field, lang });
                  }}
                  data-testid={`${testId}-reset`}
                >
                  {t('standards.reset')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
