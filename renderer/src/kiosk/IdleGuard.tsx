import { Button, Modal, Stack, Text } from '@mantine/core';
import { CountdownRing } from '../components/CountdownRing';
import { useTranslation } from 'react-i18next';
import { useIdle } from '../session/useIdle';

/**
 * A visitor screen left alone: after `idleMs` without a touch it asks "Masih di sini?" and counts
 * down `warnMs`; a touch anywhere, or "Lanjutkan", keeps the screen and what was typed; otherwise
 * `onTimeout` (home, cleared, Indonesian). With no warning time it returns quietly. Mount it keyed
 * by the screen, so each screen waits afresh.
 */
export function IdleGuard({
  idleMs,
  warnMs,
  onTimeout,
}: {
  idleMs: number;
  warnMs: number;
  onTimeout: () => void;
}) {
  const { t } = useTranslation();
  const idle = useIdle(idleMs + warnMs, onTimeout, warnMs);
  const seconds = idle.secondsLeft;
  // The dialog exists only while it warns: every screen change would otherwise render a closed modal.
  if (!idle.warning) return null;
  return (
    <Modal
      opened={idle.warning}
      onClose={() => undefined}
      withCloseButton={false}
      centered
      size={760}
      padding="xl"
      title={t('idle.title')}
      classNames={{ title: 'kiosk-modal-title' }}
    >
      <Stack align="center" gap="lg" data-testid="kiosk-idle-warning">
        <CountdownRing size={160} thickness={14} fraction={warnMs > 0 ? (seconds * 1000) / warnMs : 0}>
          <Text ta="center" fz="kioskH2" fw={800} data-testid="kiosk-idle-seconds">
            {seconds}
          </Text>
        </CountdownRing>
        <Text size="kiosk" ta="center" role="timer">
          {t('idle.text', { count: seconds })}
        </Text>
        <Button size="kioskPrimary" fullWidth data-testid="kiosk-idle-continue">
          {t('idle.continue')}
        </Button>
      </Stack>
    </Modal>
  );
}
