// The satisfaction survey at the kiosk (stub).
import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';

/** A survey offered for one service event (a check-out, a guest entry): its service and one-time token. */
export interface SurveyOffer {
  readonly serviceId: ServiceId;
  readonly token: string;
}

export function KioskSurvey({
  onDone,
  offer,
}: {
  onDone: () => void; /** Offered after a service event; null: from the home screen (the visitor picks the service). */
  offer: SurveyOffer | null;
}) {
  const { t } = useTranslation();
  void offer;
  return (
    <div className="kiosk-step" data-testid="kiosk-survey">
      <Stack gap="xl" data-area="top">
        <Title order={1} fz="kioskH1">
          {t('survey.homeTitle')}
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
