// The guest book at the kiosk: a guest registers (stub until the guest-book work lands).
import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';

export function KioskGuestbook({
  onDone,
  serviceId,
}: {
  onDone: () => void; /** Chosen on a service standard's page ("ambil nomor"), else the guest chooses. */
  serviceId: ServiceId | null;
}) {
  const { t } = useTranslation();
  void serviceId;
  return (
    <div className="kiosk-step" data-testid="kiosk-guestbook">
      <Stack gap="xl" data-area="top">
        <Title order={1} fz="kioskH1">
          {t('guestbook.homeTitle')}
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
