import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/useApiMutation';
import { FormError } from '../forms/FormError';
import { useSignedIn } from '../session/SignedIn';

/**
 * The site tried Loket with sample data: an admin forgets all of it here (setup.leaveSampleData) and
 * the setup screen comes back. This is what the demo banner promises.
 */
export function LeaveSampleData({ onLeft }: { onLeft: () => void }) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const leave = useApiMutation('setup.leaveSampleData', { session });
  const [asking, setAsking] = useState(false);
  return (
    <Alert color="yellow" variant="light" data-testid="settings-sample-data">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('admin.sample.title')}
        </Title>
        <Text size="sm">{t('admin.sample.explain')}</Text>
        <Group>
          <Button color="red.9" onClick={() => setAsking(true)} data-testid="leave-sample-data">
            {t('admin.sample.leave')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('admin.sample.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('board.close') }}
      >
        <Stack>
          <Text>{t('admin.sample.confirmText')}</Text>
          <FormError error={leave.error?.appError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('board.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={leave.isPending}
              onClick={() => leave.mutate({}, { onSuccess: onLeft })}
              data-testid="leave-sample-data-confirm"
            >
              {t('admin.sample.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
}
