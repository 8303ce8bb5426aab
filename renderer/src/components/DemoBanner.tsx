import { memo } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../api/useAppInfo';

/**
 * Only while the site tries Loket with sample data (setup.useSampleData): says so on every screen,
 * with the sample officer's PIN, and only advice the app can follow (an admin leaves sample data in
 * Pengaturan, which brings back the setup screen).
 */
function DemoBannerUnmemoized() {
  const { t } = useTranslation();
  const info = useAppInfo();
  if (!info?.sampleData) return null;
  return (
    <Alert
      role="note"
      color="yellow"
      variant="filled"
      radius={0}
      py={6}
      data-testid="demo-banner"
      styles={{ message: { color: '#1a1a1a' } }}
    >
      {info.samplePin ? t('app.sampleBanner', { pin: info.samplePin }) : t('app.sampleBannerNoPin')}
    </Alert>
  );
}

/** The same on every screen: not rendered again when the screen changes. */
export const DemoBanner = memo(DemoBannerUnmemoized);
