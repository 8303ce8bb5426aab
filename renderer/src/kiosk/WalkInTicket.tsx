import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../api/ApiContext';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import type { WalkInTicketData } from './RegisterWalkIn';

/** The reservation's QR code, large, with just enough to recognise it (first name, masked phone). */
export function WalkInTicket({ ticket, onDone }: { ticket: WalkInTicketData; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [qr, setQr] = useState<string | null>(null);
  const [printKey, setPrintKey] = useState<string | null>(null);

  useEffect(() => {
    // Alphanumeric mode (the token is upper-case base32) keeps the code small; margin 4 is the quiet zone.
    void QRCode.toDataURL(ticket.token, { errorCorrectionLevel: 'M', margin: 4, scale: 16 }).then(setQr);
  }, [ticket.token]);

  const day = new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(new Date(`${ticket.day}T00:00:00Z`));

  return (
    <Stack align="center" gap="lg" pt="lg" data-testid="ticket-screen">
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
      <Group>
        <Button
          size="xl"
          h={88}
          fz={32}
          w={400}
          variant="default"
          data-testid="ticket-print"
          onClick={() =>
            void api
              .invoke('print.reservationSlip', { token: ticket.token })
              .then((r) => setPrintKey(r.ok ? 'ticket.printing' : r.error.messageKey))
          }
        >
          {t('ticket.print')}
        </Button>
        <Button size="xl" h={88} fz={32} w={400} onClick={onDone}>
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
