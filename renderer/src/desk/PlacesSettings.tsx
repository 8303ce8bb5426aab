import { Alert, Badge, Button, Grid, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlaceList } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { useSchemaForm } from '../forms/useSchemaForm';
import { parsePlaceLines, formatPlaceLines } from './placeLines';

type Kind = 'desks' | 'lockers';

interface Values extends Record<string, unknown> {
  text: string;
}

function PlacesForm({
  kind,
  saved,
  onSave,
  busy,
  justSaved,
}: {
  kind: Kind;
  saved: PlaceList;
  onSave: (items: { number: number; label: string }[]) => void;
  busy: boolean;
  justSaved: boolean;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm<Values>({
    initialValues: { text: formatPlaceLines(saved.items) },
    validate: ({ text }) => {
      const parsed = parsePlaceLines(text);
      return parsed.ok ? {} : { text: t('settings.parseError', { line: parsed.line }) };
    },
  });
  const title = t(kind === 'desks' ? 'settings.desksTitle' : 'settings.lockersTitle');
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ text }) => {
        const parsed = parsePlaceLines(text);
        if (parsed.ok) onSave(parsed.items);
      })}
    >
      <Stack>
        <Textarea
          label={title}
          description={t('settings.placesHelp')}
          autosize
          minRows={8}
          maxRows={20}
          {...form.getInputProps('text')}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        {justSaved && !form.isDirty() && (
          <Alert color="green" role="status">
            {t('settings.saved')}
          </Alert>
        )}
        <Button type="submit" w={160} loading={busy}>
          {t('settings.save')}
        </Button>
      </Stack>
    </form>
  );
}

function PlacesEditor({ kind, session }: { kind: Kind; session: string }) {
  const { t } = useTranslation();
  const list = useApiQuery(`${kind}.list`, {});
  const replace = useApiMutation(`${kind}.replace`, { session });
  const title = t(kind === 'desks' ? 'settings.desksTitle' : 'settings.lockersTitle');
  return (
    <Stack data-testid={`settings-${kind}`}>
      <Group>
        <Title order={2} size="h3">
          {title}
        </Title>
        {list.data?.isDemo && (
          <Badge color="yellow.4" autoContrast>
            Demo
          </Badge>
        )}
      </Group>
      {list.data?.isDemo && <Text size="sm">{t('settings.demoNote')}</Text>}
      <FormError error={list.error?.appError ?? replace.error?.appError} />
      {list.data ? (
        // A fresh form for each version the core holds: after a save here, or a change from another screen.
        <PlacesForm
          key={list.dataUpdatedAt}
          kind={kind}
          saved={list.data}
          onSave={(items) => replace.mutate({ items })}
          busy={replace.isPending}
          justSaved={replace.isSuccess}
        />
      ) : (
        <Text>{t('board.loading')}</Text>
      )}
    </Stack>
  );
}

/** Settings: replace the demo desks and lockers with the real ones. */
export function PlacesSettings({ session }: { session: string }) {
  return (
    <Grid>
      <Grid.Col span={6}>
        <PlacesEditor kind="desks" session={session} />
      </Grid.Col>
      <Grid.Col span={6}>
        <PlacesEditor kind="lockers" session={session} />
      </Grid.Col>
    </Grid>
  );
}
