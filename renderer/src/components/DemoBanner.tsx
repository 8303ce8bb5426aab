import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../api/useAppInfo';

/** Says plainly when the kiosk still runs on its demo desks and PIN, until the officer replaces them. */
export function DemoBanner() {
  const { t } = useTranslation();
  // 'app.info' is refetched when the places change (queryKeys.ts), so the banner goes once they are real.
  const info = useAppInfo();
  if (!info?.demoData) return null;
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
      {t('app.demoBanner')}
    </Alert>
  );
}
