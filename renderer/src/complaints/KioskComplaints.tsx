// A complaint at the kiosk (stub).
import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';

export function KioskComplaints({ onDone, serviceId }: { onDone: () => void; serviceId: ServiceId | null }) {
  const { t } = useTranslation();
  void serviceId;
  return (
    <div className="kiosk-step" data-testid="kiosk-complaints">
      <Stack gap="xl" data-area="top">
        <Title order={1} fz="kioskH1">
          {t('complaints.homeTitle')}
        </Title>
      </Stack>
      <Stack gap="md" data-area="bottom">
        <Button size="kioskPrimary" fullWidth variant="default" onClick={onDone}>
          {t('register.back')}
        </Button>
      </Stack>
    </div>
  );
}
