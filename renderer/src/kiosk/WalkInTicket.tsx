import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/useApiMutation';
import { useSubmitScan } from '../scanning/PageScans';
import type { WalkInTicketData } from './RegisterWalkIn';

/**
 * The reservation's QR code, large, with just enough to recognise it (first name, masked phone), and
 * "Masuk sekarang": the visitor standing here checks in with one tap, as if the code were scanned,
 * instead of photographing the screen to scan the photo.
 */
export function WalkInTicket({ ticket, onDone }: { ticket: WalkInTicketData; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const submitScan = useSubmitScan();
  // The answer is shown by the kiosk like any scan's (usePageScanAnswers in KioskScreen).
  const checkIn = useMutation({ mutationFn: () => submitScan(ticket.token, 'ticket') });
  const print = useApiMutation('print.reservationSlip');
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    // Alphanumeric mode (the token is upper-case base32) keeps the code small; margin 4 is the quiet zone.
    void QRCode.toDataURL(ticket.token, { errorCorrectionLevel: 'M', margin: 4, scale: 16 }).then(setQr);
  }, [ticket.token]);

  const day = new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(new Date(`${ticket.day}T00:00:00Z`));
  const printKey = print.isSuccess ? 'ticket.printing' : (print.error?.appError.messageKey ?? null);

  return (
    <Stack align="center" gap="lg" pt="lg" maw={960} mx="auto" data-testid="ticket-screen">
      <Title order={1} fz={56} ta="center">
        {t('ticket.title', { name: ticket.firstName })}
      </Title>
      <Text fz={30} ta="center" maw={900}>
        {t('ticket.instruction')}
      </Text>
      {qr && <img className="qr-image" src={qr} alt={t('ticket.qrAlt')} data-testid="ticket-qr" />}
      <Text fz={30}>{t('ticket.day', { day })}</Text>
      <Text fz={26} c="gray.8">
        {t('ticket.phone', { phone: ticket.phone })}
      </Text>
      <Button
        size="xl"
        h={112}
        fz={40}
        fullWidth
        loading={checkIn.isPending}
        onClick={() => checkIn.mutate()}
        data-testid="ticket-check-in"
      >
        {t('ticket.checkInNow')}
      </Button>
      <Group grow w="100%">
        <Button
          size="xl"
          h={96}
          fz={30}
          variant="default"
          loading={print.isPending}
          onClick={() => print.mutate({ token: ticket.token })}
          data-testid="ticket-print"
        >
          {t('ticket.print')}
        </Button>
        <Button size="xl" h={96} fz={30} variant="default" onClick={onDone}>
          {t('ticket.done')}
        </Button>
      </Group>
      {printKey && (
        <Text fz={26} role="status" data-testid="ticket-print-status">
          {t(printKey)}
        </Text>
      )}
    </Stack>
  );
}
