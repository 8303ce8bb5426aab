import { Group, Text } from '@mantine/core';
import { CountdownRing } from '../components/CountdownRing';
import { useTranslation } from 'react-i18next';
import { useIdle } from '../session/useIdle';
import { RESULT_MS } from './kioskTimeouts';

/**
 * A result screen's visible way home (kiosk-ui.md §1.6): a ring and "Kembali ke awal dalam 15
 * detik"; a touch starts it again. Painted with the answer, it adds no work before that paint.
 */
export function ResultCountdown({ onTimeout }: { onTimeout: () => void }) {
  const { t } = useTranslation();
  const idle = useIdle(RESULT_MS, onTimeout, RESULT_MS);
  const seconds = idle.warning ? idle.secondsLeft : RESULT_MS / 1000;
  return (
    <Group gap="sm" wrap="nowrap" justify="center" data-testid="result-countdown">
      <CountdownRing size={56} thickness={6} fraction={(seconds * 1000) / RESULT_MS} />
      <Text size="kioskSmall" c="dimmed" role="timer">
        {t('idle.backHomeIn', { count: seconds })}
      </Text>
    </Group>
  );
}
