import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanOutcome } from '../../../shared/contract';

type Warning = NonNullable<Extract<ScanOutcome, { kind: 'checkout_started' }>['warning']>;

export const minutesLeft = (now: number, endsAt: number) => Math.max(0, Math.ceil((endsAt - now) / 60_000));

/** The 7-hour limit, told to the visitor when they scan or check out near or past it. */
export function StayNotice({ warning, minutes }: { warning: Warning; minutes: number }) {
  const { t } = useTranslation();
  if (warning === 'none') return null;
  const over = warning === 'overstay';
  return (
    <Alert
      color={over ? 'red.9' : 'yellow'}
      variant="filled"
      w="100%"
      radius="lg"
      data-testid="stay-notice"
      styles={{ message: { color: over ? '#fff' : '#1a1a1a' } }}
    >
      <Text size="kioskLead" fw={700}>
        {over ? t('scan.overstay') : t('scan.timeLeft', { count: minutes })}
      </Text>
    </Alert>
  );
}
