// The invitation to the survey on a screen that ends a service (the check-out's "thank you"): one
// large card, optional, that opens the survey of this visit (its one-time token) when tapped.
import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '../components/icons';

export function SurveyInvite({ onStart }: { onStart: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      className="kiosk-tile kiosk-outline"
      onClick={onStart}
      data-testid="survey-invite"
      style={{ width: '100%' }}
    >
      <Group wrap="nowrap" gap="lg" align="center">
        <CheckIcon size={64} color="var(--mantine-color-civic-8)" />
        <Stack gap={4}>
          <Text fz="kioskH3" fw={800} component="span">
            {t('survey.kiosk.inviteTitle')}
          </Text>
          <Text size="kiosk" component="span" c="dimmed">
            {t('survey.kiosk.inviteHint')}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
