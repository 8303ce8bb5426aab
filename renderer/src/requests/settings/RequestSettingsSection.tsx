// Settings → Permohonan: what the issue asks to be set in settings rather than code, for the site's
// admin: the rooms, each request type (names, kind, lead time, required fields, room times) with its
// disposition chain, and the numbering of the letters. One form for the whole setting (it is saved as
// one synced record); a side list picks the part shown, marked red where a field needs fixing.
import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Divider,
  Grid,
  Group,
  NavLink,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestSettings } from '../../../../shared/requests/requestSettings';
import { useApiMutation } from '../../api/useApiMutation';
import { useApiQuery } from '../../api/useApiQuery';
import { langOf } from '../../dates/dates';
import { FormError } from '../../forms/FormError';
import { showServerErrors, useSchemaForm } from '../../forms/useSchemaForm';
import { NumberingEditor } from './NumberingEditor';
import { RequestTypeEditor } from './RequestTypeEditor';
import { RoomsEditor } from './RoomsEditor';
import {
  errorsByPart,
  formPaths,
  newType,
  removeAt,
  roleChoices,
  settingsErrors,
  type SettingsPart,
} from './settingsEditing';

const MAX_TYPES = 20;

function SettingsForm({
  saved,
  part,
  onPart,
  roles,
  update,
}: {
  saved: RequestSettings;
  part: SettingsPart;
  onPart: (p: SettingsPart) => void;
  roles: { id: string; name: string; kind: 'role' | 'position' }[];
  /** Kept by the parent, so "Tersimpan" survives the fresh form the saved settings bring. */
  update: ReturnType<typeof useApiMutation<'requests.settings.update'>>;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const form = useSchemaForm<RequestSettings>({ initialValues: saved, validate: settingsErrors });
  const values = form.values;
  const [failed, setFailed] = useState(false);
  const marks = errorsByPart(form.errors);
  const roleGroups = useMemo(
    () =>
      roleChoices(
        roles,
        values.types.flatMap((ty) => ty.chain.map((s) => s.roleId)),
        {
          positions: t('requests.settings.positions'),
          roles: t('requests.settings.roles'),
          unknown: (id) => t('requests.settings.roleUnknown', { id }),
        },
      ),
    [roles, values.types, t],
  );
  const typeIndex = part.startsWith('type:') ? Number(part.slice(5)) : -1;
  const dirty = form.isDirty();

  const navItem = (p: SettingsPart, label: string, testId: string, dimmed = false) => {
    const errors = marks.get(p) ?? 0;
    return (
      <NavLink
        key={p}
        component="button"
        type="button"
        active={part === p}
        label={label}
        c={dimmed && part !== p ? 'gray.7' : undefined}
        rightSection={
          errors > 0 ? (
            <Badge color="red.9" size="sm" aria-label={t('requests.settings.errorsIn', { count: errors })}>
              {errors}
            </Badge>
          ) : undefined
        }
        onClick={() => onPart(p)}
        aria-current={part === p ? 'page' : undefined}
        data-testid={testId}
      />
    );
  };

  return (
    <form
      noValidate
      data-testid="request-settings-form"
      onSubmit={form.onSubmit(
        (v) => {
          setFailed(false);
          update.mutate(v, {
            onError: (e) => showServerErrors(form, e.appError, formPaths(v)),
          });
        },
        (errors) => {
          setFailed(true);
          // Show the first part holding an error when the one on screen has none.
          const parts = errorsByPart(errors);
          if (!parts.get(part)) {
            const [first] = parts.keys();
            if (first) onPart(first);
          }
        },
      )}
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3, xl: 2 }}>
          <Paper withBorder p={4} component="nav" aria-label={t('requests.settings.parts')}>
            {navItem('rooms', t('requests.settings.rooms'), 'rs-nav-rooms')}
            <Divider my={4} label={t('requests.settings.typesHeading')} labelPosition="left" />
            {values.types.map((ty, i) =>
              navItem(
                `type:${i}`,
                (lang === 'en' ? ty.name.en : ty.name.id) || ty.name.id || t('requests.settings.newTypeName'),
                `rs-nav-type-${i}`,
                !ty.active,
              ),
            )}
            <Button
              variant="subtle"
              size="sm"
              fullWidth
              justify="flex-start"
              disabled={values.types.length >= MAX_TYPES}
              onClick={() => {
                form.setFieldValue('types', [...values.types, newType(values.types)]);
                onPart(`type:${values.types.length}`);
              }}
              data-testid="rs-add-type"
            >
              + {t('requests.settings.addType')}
            </Button>
            <Divider my={4} />
            {navItem('numbering', t('requests.settings.numbering'), 'rs-nav-numbering')}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9, xl: 10 }}>
          <Stack gap="sm">
            {part === 'rooms' && (
              <Stack gap="sm" data-testid="rs-rooms">
                <Title order={3} size="h4">
                  {t('requests.settings.rooms')}
                </Title>
                <RoomsEditor form={form} savedCount={saved.rooms.length} />
              </Stack>
            )}
            {typeIndex >= 0 && values.types[typeIndex] && (
              <RequestTypeEditor
                key={typeIndex}
                form={form}
                index={typeIndex}
                saved={typeIndex < saved.types.length}
                roleGroups={roleGroups}
                onRemove={() => {
                  form.setFieldValue('types', removeAt(values.types, typeIndex));
                  onPart('rooms');
                }}
              />
            )}
            {part === 'numbering' && (
              <Stack gap="sm" data-testid="rs-numbering">
                <Title order={3} size="h4">
                  {t('requests.settings.numbering')}
                </Title>
                <NumberingEditor form={form} />
              </Stack>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Paper
        withBorder
        p="sm"
        mt="md"
        bg="gray.0"
        pos="sticky"
        // Above the desk's footer bar, which is fixed over the page's foot.
        style={{ zIndex: 2, bottom: 'var(--app-shell-footer-offset, 0px)' }}
        data-testid="rs-save-bar"
      >
        <Group justify="space-between" align="center">
          <Stack gap={4} style={{ flex: 1 }}>
            {failed && Object.keys(form.errors).length > 0 && (
              <Text c="red.9" size="sm" role="alert" data-testid="rs-fix-first">
                {t('requests.settings.fixFirst')}
              </Text>
            )}
            <FormError error={update.error?.appError} shownFields={formPaths(values)} />
            {update.isSuccess && !dirty && (
              <Alert color="green" role="status" py={6} data-testid="rs-saved">
                {t('requests.settings.saved')}
              </Alert>
            )}
            {dirty && (
              <Text size="sm" c="gray.8" data-testid="rs-unsaved">
                {t('requests.settings.unsaved')}
              </Text>
            )}
          </Stack>
          <Group gap="sm">
            <Button
              variant="default"
              disabled={!dirty}
              onClick={() => {
                form.reset();
                setFailed(false);
                if (typeIndex >= saved.types.length) onPart('rooms');
              }}
              data-testid="rs-reset"
            >
              {t('requests.settings.reset')}
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="rs-save">
              {t('requests.settings.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
    </form>
  );
}

export function RequestSettingsSection({ session }: { session: string }) {
  const { t } = useTranslation();
  const saved = useApiQuery('requests.settings.get', {}, { session });
  const roles = useApiQuery('roles.list', {}, { session });
  const update = useApiMutation('requests.settings.update', { session });
  // Kept here: the form is made afresh when the saved settings come back, the part shown stays.
  const [part, setPart] = useState<SettingsPart>('rooms');
  return (
    <Stack gap="xs" data-testid="settings-requests">
      <Title order={2} size="h3">
        {t('requests.settings.title')}
      </Title>
      <Text size="sm" c="gray.8">
        {t('requests.settings.explain')}
      </Text>
      <FormError error={saved.error?.appError ?? roles.error?.appError} />
      {saved.data ? (
        <SettingsForm
          key={saved.dataUpdatedAt}
          saved={saved.data}
          part={part}
          onPart={setPart}
          roles={roles.data?.items ?? []}
          update={update}
        />
      ) : (
        <Text>{t('requests.settings.loading')}</Text>
      )}
    </Stack>
  );
}
