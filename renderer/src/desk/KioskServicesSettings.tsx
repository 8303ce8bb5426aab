/** Settings → Layanan kios ini: which desk services this installation offers on its home screen. */
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KioskServices } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';

const services = ['coworking', 'guestbook', 'standards', 'survey', 'complaints', 'agenda'] as const;

function ServicesForm({
  saved,
  update,
}: {
  saved: KioskServices;
  update: ReturnType<typeof useApiMutation<'settings.kioskServices.update'>>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<KioskServices>(saved);
  const dirty = services.some((s) => values[s] !== saved[s]);
  // A kiosk offering nothing would greet visitors with an empty screen.
  const none = services.every((s) => !values[s]);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!none) update.mutate(values);
      }}
      data-testid="kiosk-services-form"
    >
      <Stack gap="sm">
        {services.map((s) => (
          <Checkbox
            key={s}
            label={t(`kioskServices.${s}`)}
            checked={values[s]}
            onChange={(e) => setValues({ ...values, [s]: e.currentTarget.checked })}
            data-testid={`kiosk-service-${s}`}
          />
        ))}
        {none && (
          <Text c="red.8" role="alert">
            {t('kioskServices.noneLeft')}
          </Text>
        )}
        <FormError error={update.error?.appError} />
        {update.isSuccess && !dirty && (
          <Alert color="green" role="status" py={6} data-testid="kiosk-services-saved">
            {t('settings.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={none} data-testid="kiosk-services-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function KioskServicesSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const current = useApiQuery('settings.kioskServices.get', {});
  const update = useApiMutation('settings.kioskServices.update', { session });
  return (
    <Stack gap="xs" data-testid="settings-kiosk-services">
      <Title order={2} size="h3">
        {t('kioskServices.title')}
      </Title>
      <Text size="sm" c="gray.8">
        {t('kioskServices.explain')}
      </Text>
      <FormError error={current.error?.appError} />
      {current.data ? (
        <ServicesForm key={current.dataUpdatedAt} saved={current.data} update={update} />
      ) : (
        <Text>{t('board.loading')}</Text>
      )}
    </Stack>
  );
}
