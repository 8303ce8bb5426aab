// The 15 service standards at the kiosk: browse, read, QR to the phone, print (stub).
import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';

export function KioskStandards({
  onDone,
  onTakeNumber,
}: {
  onDone: () => void; /** "Ambil nomor antrean" on a service's page: the guest book, with that service chosen. */
  onTakeNumber: (serviceId: ServiceId) => void;
}) {
  const { t } = useTranslation();
  void onTakeNumber;
  return (
    <div className="kiosk-step" data-testid="kiosk-standards">
      <Stack gap="xl" data-area="top">
        <Title order={1} fz="kioskH1">
          {t('standards.homeTitle')}
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
