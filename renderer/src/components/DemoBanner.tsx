import { useEffect, useState } from 'react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi, useEvent } from '../api/ApiContext';

/** Says plainly when the kiosk still runs on its demo desks and PIN, until the officer replaces them. */
export function DemoBanner() {
  const { t } = useTranslation();
  const api = useApi();
  const [demo, setDemo] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void api.invoke('app.info', {}).then((r) => r.ok && setDemo(r.value.demoData));
  }, [api, version]);
  useEvent('places.changed', () => setVersion((v) => v + 1));
  if (!demo) return null;
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
