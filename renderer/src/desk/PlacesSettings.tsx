import { Alert, Badge, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlaceList } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { useSchemaForm } from '../forms/useSchemaForm';
import { PlacesEditor, type PlaceKind } from './PlacesEditor';
import { placeErrors, placeInput, placeRows, type PlaceRow } from './placeRows';

interface Values extends Record<string, unknown> {
  items: PlaceRow[];
}

function PlacesForm({
  kind,
  saved,
  replace,
}: {
  kind: PlaceKind;
  saved: PlaceList;
  /** Kept by the section, so "Tersimpan" survives the fresh form the core's change event brings. */
  replace: ReturnType<typeof useApiMutation<'desks.replace'>>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm<Values>({
    initialValues: { items: placeRows(saved.items) },
    validate: ({ items }) => ({
      ...placeErrors(items, 'items'),
      ...(kind === 'desks' && items.length === 0 ? { items: 'errors.setup.desksRequired' } : {}),
    }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ items }) => replace.mutate({ items: placeInput(items) }))}
      data-testid={`settings-${kind}-form`}
    >
      <Stack gap="xs">
        <PlacesEditor form={form} path="items" kind={kind} />
        <FormError error={replace.error?.appError} />
        {replace.isSuccess && !form.isDirty() && (
          <Alert color="green" role="status" py={6}>
            {t('settings.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={replace.isPending} data-testid={`settings-${kind}-save`}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PlacesSection({ kind, session }: { kind: PlaceKind; session: string }) {
  const { t } = useTranslation();
  const list = useApiQuery(`${kind}.list`, {});
  const replace = useApiMutation(`${kind}.replace`, { session });
  return (
    <Stack gap="xs" data-testid={`settings-${kind}`}>
      <Group>
        <Title order={2} size="h3">
          {t(kind === 'desks' ? 'settings.desksTitle' : 'settings.lockersTitle')}
        </Title>
        {list.data?.isDemo && (
          <Badge color="yellow.4" autoContrast>
            {t('admin.sample.badge')}
          </Badge>
        )}
      </Group>
      <FormError error={list.error?.appError} />
      {list.data ? (
        // A fresh form for each version the core holds: after a save here, or a change from another screen.
        <PlacesForm key={list.dataUpdatedAt} kind={kind} saved={list.data} replace={replace} />
      ) : (
        <Text>{t('board.loading')}</Text>
      )}
    </Stack>
  );
}

/** Settings: the numbered desks and lockers, each with an optional zone. */
export function PlacesSettings({ session }: { session: string }) {
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <PlacesSection kind="desks" session={session} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <PlacesSection kind="lockers" session={session} />
      </Grid.Col>
    </Grid>
  );
}
