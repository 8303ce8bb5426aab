import { useEffect, useState } from 'react';
import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/connection';
import { useApiMutation } from '../api/useApiMutation';
import { useDates } from '../dates/useDates';
import { useSubmitScan } from '../scanning/PageScans';
import type { WalkInTicketData } from './RegisterWalkIn';

/**
 * The reservation's QR code, large, with just enough to recognise it (first name, masked phone), and
 * "Masuk sekarang": the visitor standing here checks in with one tap, as if the code were scanned,
 * instead of photographing the screen to scan the photo. "Cetak struk" only where a receipt printer
 * is set up (devices.list names it).
 */
export function WalkInTicket({ ticket, onDone }: { ticket: WalkInTicketData; onDone: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const submitScan = useSubmitScan();
  const { devices } = useConnection();
  const hasPrinter = devices.some((d) => d.kind === 'printer');
  // The answer is shown by the kiosk like any scan's (usePageScanAnswers in KioskScreen).
  const checkIn = useMutation({ mutationFn: () => submitScan(ticket.token, 'ticket') });
  const print = useApiMutation('print.reservationSlip');
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    // Alphanumeric mode (the token is upper-case base32) keeps the code small; margin 4 is the quiet zone.
    void QRCode.toDataURL(ticket.token, { errorCorrectionLevel: 'M', margin: 4, scale: 16 }).then(setQr);
  }, [ticket.token]);

  const printKey = print.isSuccess ? 'ticket.printing' : (print.error?.appError.messageKey ?? null);

  return (
    <div className="kiosk-step" data-beside="start" data-testid="ticket-screen">
      <Stack gap="xs" align="center" data-area="top">
        <Title order={1} fz="kioskH1" ta="center">
          {t('ticket.title', { name: ticket.firstName })}
        </Title>
        <Text size="kiosk" ta="center">
          {t('ticket.instruction')}
        </Text>
      </Stack>
      <Center data-area="middle">
        {qr && <img className="qr-image" src={qr} alt={t('ticket.qrAlt')} data-testid="ticket-qr" />}
      </Center>
      <Stack gap="md" w="100%" data-area="bottom">
        <Stack gap={0} align="center">
          <Text size="kioskLead" fw={600}>
            {t('ticket.day', { day: dates.day(ticket.day) })}
          </Text>
          <Text size="kiosk" c="dimmed">
            {t('ticket.phone', { phone: ticket.phone })}
          </Text>
        </Stack>
        <Button
          size="kioskPrimary"
          fullWidth
          loading={checkIn.isPending}
          onClick={() => checkIn.mutate()}
          data-testid="ticket-check-in"
        >
          {t('ticket.checkInNow')}
        </Button>
        <Group grow>
          {hasPrinter && (
            <Button
              size="kiosk"
              variant="default"
              loading={print.isPending}
              onClick={() => print.mutate({ token: ticket.token })}
              data-testid="ticket-print"
            >
              {t('ticket.print')}
            </Button>
          )}
          <Button size="kiosk" variant="default" onClick={onDone} data-testid="ticket-done">
            {t('ticket.done')}
          </Button>
        </Group>
        {printKey && (
          <Text size="kiosk" role="status" ta="center" data-testid="ticket-print-status">
            {t(printKey)}
          </Text>
        )}
      </Stack>
    </div>
  );
}
