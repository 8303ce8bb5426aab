import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { joinInputSchema } from '../../../shared/contract/sync';
import { useApiMutation } from '../api/useApiMutation';
import { FormError } from '../forms/FormError';
import { useSchemaForm } from '../forms/useSchemaForm';

/**
 * Joins this kiosk to a site on the central server with a one-time enrolment code: at the first
 * start ('setup.join'), or later by an admin for a kiosk set up on its own ('sync.join').
 */
export function JoinSiteForm({
  method,
  session,
  onJoined,
  onBack,
}: {
  method: 'setup.join' | 'sync.join';
  session?: string;
  onJoined: () => void;
  onBack?: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({ initialValues: { serverUrl: 'http://', code: '' }, schema: joinInputSchema });
  const join = useApiMutation(method, session ? { session } : {});
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => join.mutate(values, { onSuccess: onJoined }))}
      data-testid="join-site-form"
    >
      <Stack gap="lg" maw={720}>
        <TextInput
          size="xl"
          label={t('setup.joinServer')}
          inputMode="url"
          autoComplete="off"
          {...form.getInputProps('serverUrl')}
          data-testid="join-server"
        />
        <TextInput
          size="xl"
          label={t('setup.joinCode')}
          description={t('setup.joinCodeHint')}
          autoComplete="off"
          styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.1em', textTransform: 'uppercase' } }}
          {...form.getInputProps('code')}
          data-testid="join-code"
        />
        <FormError error={join.error?.appError} />
        <Group>
          {onBack && (
            <Button size="kiosk" variant="default" onClick={onBack}>
              {t('setup.joinBack')}
            </Button>
          )}
          <Button size="kiosk" type="submit" loading={join.isPending} data-testid="join-submit">
            {t('setup.joinSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
