import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../shared/scanEvent';
import { useConnection } from '../api/connection';
import { deviceName } from '../devices/deviceNames';
import { HelpButton } from '../help/HelpButton';
import type { HelpTopic } from '../help/helpTopics';
import { LanguageButton } from './LanguageButton';
import { SyncBadge } from './SyncBadge';

/** "siap", "tidak terhubung", or the device's own problem ("Kertas printer habis."). */
function stateWords(t: (key: string) => string, d: DeviceStatus): string {
  if (d.state === 'error' && d.problemKey) return t(d.problemKey);
  return t(`status.device.${d.state}`);
}

/**
 * The officer's status line (desk, setup): the connection, each scanner and printer by a name a
 * person understands with its state, help where the screen has no other place for it, and the
 * language switch. Visitor screens show device trouble only (KioskFrame).
 */
export function StatusBar({ help }: { help?: HelpTopic }) {
  const { t } = useTranslation();
  const { devices } = useConnection();
  return (
    <Group
      component="footer"
      justify="space-between"
      wrap="nowrap"
      px="md"
      py="xs"
      bg="gray.1"
      role="status"
      aria-live="polite"
      data-testid="status-bar"
    >
      <Group gap="md" wrap="nowrap" miw={0}>
        <SyncBadge />
        {devices.length === 0 ? (
          <Text c="gray.8">{t('status.noDevices')}</Text>
        ) : (
          devices.map((d) => (
            <Text
              key={d.deviceId}
              truncate="end"
              c={d.state === 'ready' ? undefined : 'red.9'}
              fw={d.state === 'ready' ? undefined : 600}
              data-testid="status-device"
              data-state={d.state}
            >
              <span aria-hidden="true">{d.state === 'ready' ? '● ' : '○ '}</span>
              {deviceName(t, d)}: {stateWords(t, d)}
            </Text>
          ))
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {help && <HelpButton topic={help} surface="desk" />}
        <LanguageButton size="md" />
      </Group>
    </Group>
  );
}
