import { useState } from 'react';
import { Alert, Button, Grid, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  privacySettingsSchema,
  securitySettingsSchema,
  siteIdentitySchema,
  type SiteIdentity,
} from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { zodErrors } from '../forms/zodErrors';
import { useSignedIn } from '../session/SignedIn';
import { IdentityFields } from './IdentityFields';
import { identityInput, identityValues, type IdentityValues } from './identityForm';

const IDENTITY_FIELDS = ['siteName', 'officeName', 'letterhead', 'logo'];

function IdentityForm({
  saved,
  update,
}: {
  saved: SiteIdentity;
  /** Kept by the parent, so "Tersimpan" survives the fresh form the core's change event brings. */
  update: ReturnType<typeof useApiMutation<'site.update'>>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm<IdentityValues>({
    initialValues: identityValues(saved),
    validate: (values) => {
      const { input, lineOf } = identityInput(values);
      return zodErrors(siteIdentitySchema, input, (path) =>
        path[0] === 'letterhead' && typeof path[1] === 'number'
          ? `letterhead.${lineOf[path[1]] ?? 0}`
          : path.map(String).join('.'),
      );
    },
  });
  return (
    <form
      noValidate
      data-testid="settings-identity"
      onSubmit={form.onSubmit((values) =>
        update.mutate(identityInput(values).input, {
          onError: (e) => showServerErrors(form, e.appError, IDENTITY_FIELDS),
        }),
      )}
    >
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('admin.identity.title')}
        </Title>
        <Text size="sm" c="gray.8">
          {t('admin.identity.explain')}
        </Text>
        <IdentityFields form={form} />
        <FormError error={update.error?.appError} shownFields={IDENTITY_FIELDS} />
        {update.isSuccess && !form.isDirty() && (
          <Alert color="green" role="status" data-testid="identity-saved">
            {t('settings.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} data-testid="identity-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One number setting (minutes, days) with its own Save, read from and written to the core. */
function NumberSetting({
  title,
  explain,
  label,
  value,
  min,
  max,
  testId,
  busy,
  saved,
  error,
  onSave,
}: {
  title: string;
  explain: string;
  label: string;
  value: number;
  min: number;
  max: number;
  testId: string;
  busy: boolean;
  saved: boolean;
  error: Parameters<typeof FormError>[0]['error'];
  onSave: (n: number) => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm<{ n: number | string }>({
    initialValues: { n: value },
    validate: ({ n }) =>
      typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max
        ? {}
        : { n: t('admin.range', { min, max }) },
  });
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={form.onSubmit(({ n }) => onSave(Number(n)))} data-testid={testId}>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {title}
          </Title>
          <Text size="sm" c="gray.8">
            {explain}
          </Text>
          <Group align="flex-start">
            <NumberInput
              label={label}
              min={min}
              max={max}
              allowDecimal={false}
              w={200}
              {...form.getInputProps('n')}
              data-testid={`${testId}-input`}
            />
            <Button type="submit" mt={25} loading={busy} data-testid={`${testId}-save`}>
              {t('settings.save')}
            </Button>
          </Group>
          <FormError error={error} />
          {saved && !form.isDirty() && (
            <Text c="teal.9" size="sm" role="status" data-testid={`${testId}-saved`}>
              {t('settings.saved')}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

const idleRange = securitySettingsSchema.shape.idleLockMinutes;
const retentionRange = privacySettingsSchema.shape.retentionDays;

function SecurityAndPrivacy() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const security = useApiQuery('settings.security.get', {}, { session });
  const privacy = useApiQuery('settings.privacy.get', {});
  const saveSecurity = useApiMutation('settings.security.update', { session });
  const savePrivacy = useApiMutation('settings.privacy.update', { session });
  const [savedAt, setSavedAt] = useState<'security' | 'privacy' | null>(null);
  return (
    <Stack gap="md">
      {security.data ? (
        <NumberSetting
          key={`s${security.dataUpdatedAt}`}
          title={t('admin.security.title')}
          explain={t('admin.security.explain')}
          label={t('admin.security.idleLockMinutes')}
          value={security.data.idleLockMinutes}
          min={idleRange.minValue ?? 1}
          max={idleRange.maxValue ?? 120}
          testId="settings-idle-lock"
          busy={saveSecurity.isPending}
          saved={savedAt === 'security'}
          error={saveSecurity.error?.appError ?? security.error?.appError}
          onSave={(idleLockMinutes) =>
            saveSecurity.mutate({ idleLockMinutes }, { onSuccess: () => setSavedAt('security') })
          }
        />
      ) : (
        <FormError error={security.error?.appError} />
      )}
      {privacy.data && (
        <NumberSetting
          key={`p${privacy.dataUpdatedAt}`}
          title={t('admin.privacy.title')}
          explain={t('admin.privacy.explain')}
          label={t('admin.privacy.retentionDays')}
          value={privacy.data.retentionDays}
          min={retentionRange.minValue ?? 30}
          max={retentionRange.maxValue ?? 3650}
          testId="settings-retention"
          busy={savePrivacy.isPending}
          saved={savedAt === 'privacy'}
          error={savePrivacy.error?.appError}
          onSave={(retentionDays) =>
            savePrivacy.mutate({ retentionDays }, { onSuccess: () => setSavedAt('privacy') })
          }
        />
      )}
    </Stack>
  );
}

/** Settings: the office's identity, when the desk locks itself, how long visitors' data is kept. */
export function OfficeSettings() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const site = useApiQuery('site.get', {});
  const update = useApiMutation('site.update', { session });
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        {site.data ? (
          <IdentityForm key={site.dataUpdatedAt} saved={site.data} update={update} />
        ) : (
          <Text>{t('board.loading')}</Text>
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <SecurityAndPrivacy />
      </Grid.Col>
    </Grid>
  );
}
