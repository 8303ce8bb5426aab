import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/connection';

/** Online/offline and device state, always visible, plus the one-tap language switch. */
export function StatusBar({ size = 'lg' }: { size?: 'md' | 'lg' }) {
  const { t, i18n } = useTranslation();
  const { online, devices } = useConnection();
  const next = i18n.language === 'id' ? 'en' : 'id';
  const scanners = devices.filter((d) => d.kind === 'scanner');
  const printers = devices.filter((d) => d.kind === 'printer');
  const state = (list: typeof devices, ready: string, missing: string) =>
    list.length === 0 ? null : list.every((d) => d.state === 'ready') ? t(ready) : t(missing);

  return (
    <Group
      component="footer"
      justify="space-between"
      px="md"
      py="xs"
      bg="gray.1"
      role="status"
      aria-live="polite"
      data-testid="status-bar"
    >
      <Group gap="sm">
        <Badge size={size} color={online ? 'teal.9' : 'red.9'} variant="filled" data-testid="online-state">
          {online ? t('status.online') : t('status.offline')}
        </Badge>
        {[
          state(scanners, 'status.scannerReady', 'status.scannerMissing'),
          state(printers, 'status.printerReady', 'status.printerMissing'),
        ]
          .filter((s): s is string => s !== null)
          .map((s) => (
            <Text key={s} size={size}>
              {s}
            </Text>
          ))}
        {devices.length === 0 && (
          <Text size={size} c="gray.8">
            {t('status.noDevices')}
          </Text>
        )}
      </Group>
      <Button
        size={size}
        variant="outline"
        onClick={() => void i18n.changeLanguage(next)}
        aria-label={t('status.languageLabel')}
        lang={next}
      >
        {t('status.language')}
      </Button>
    </Group>
  );
}
