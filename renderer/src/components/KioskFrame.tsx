import { memo, type ReactNode } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/connection';
import { HelpButton } from '../help/HelpButton';
import type { HelpTopic } from '../help/helpTopics';
import { DemoBanner } from './DemoBanner';
import { IdentityBand } from './IdentityBand';
import { LanguageButton } from './LanguageButton';

/**
 * Device trouble as a visitor needs to hear it, and only then (kiosk-ui.md §4, "Device and network
 * state"): visitors see nothing while all is well.
 */
const Trouble = memo(function Trouble() {
  const { t } = useTranslation();
  const { hostConnected, devices } = useConnection();
  const scanners = devices.filter((d) => d.kind === 'scanner');
  const scannerDown = scanners.length > 0 && !scanners.some((d) => d.state === 'ready');
  if (hostConnected && !scannerDown) return null;
  return (
    <Text size="kioskSmall" fw={600} c="red.9" role="status" data-testid="kiosk-trouble">
      {!hostConnected && <span data-testid="online-state">{t('status.offline')}</span>}
      {!hostConnected && scannerDown && ' · '}
      {scannerDown && t('status.scannerDownVisitor')}
    </Text>
  );
});

/**
 * Every visitor screen (kiosk-ui.md §3): the office's identity on top, the screen, and a bottom band
 * with Bantuan, the language switch and, on the home screen, the officer's entry.
 */
export function KioskFrame({
  help,
  onOfficer,
  band,
  children,
  testId,
}: {
  help: HelpTopic;
  /** The screen's own way back, in the bottom band beside help and the language switch. */
  band?: ReactNode;
  /** The home screen's discreet way to the officer's sign-in. */
  onOfficer?: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-frame kiosk-screen" data-testid={testId}>
      <DemoBanner />
      <IdentityBand />
      <main className="kiosk-main">{children}</main>
      <footer className="kiosk-band" data-testid="kiosk-band">
        <HelpButton topic={help} surface="kiosk" />
        <Group flex={1} justify="center" miw={0}>
          <Trouble />
        </Group>
        {band}
        {onOfficer && (
          <Button size="kioskBand" variant="subtle" onClick={onOfficer} data-testid="officer-button">
            {t('kiosk.officer')}
          </Button>
        )}
        <LanguageButton size="kioskBand" />
      </footer>
    </div>
  );
}
