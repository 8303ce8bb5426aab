import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanOutcome } from '../../../shared/contract';
import { useApi } from '../api/ApiContext';
import { minutesLeft, StayNotice } from './StayNotice';

type Started = Extract<ScanOutcome, { kind: 'checkout_started' }>;
type Item = 'deskTidy' | 'chairBack' | 'equipmentReturned' | 'lockerKeyReturned';

/** SOP 97 step 7: the visitor confirms the desk is tidy and everything returned, then the officer checks. */
export function CheckoutChecklist({
  outcome,
  onSent,
  onCancel,
}: {
  outcome: Started;
  onSent: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const items: Item[] = [
    'deskTidy',
    'chairBack',
    'equipmentReturned',
    ...(outcome.lockerKeyOut ? (['lockerKeyReturned'] as const) : []),
  ];
  const [checked, setChecked] = useState<Record<Item, boolean>>({
    deskTidy: false,
    chairBack: false,
    equipmentReturned: false,
    lockerKeyReturned: !outcome.lockerKeyOut,
  });
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    setBusy(true);
    const r = await api.invoke('visits.requestCheckout', {
      checkoutTicket: outcome.checkoutTicket,
      checklist: checked,
    });
    setBusy(false);
    if (r.ok) onSent();
    else setErrorKey(r.error.messageKey);
  }

  return (
    <Stack gap="lg" maw={960} mx="auto" pt="lg" data-testid="checkout-checklist">
      <Title order={1} fz={56}>
        {t('checkout.title', { name: outcome.firstName })}
      </Title>
      <Text fz={30}>{t('checkout.intro', { desk: outcome.deskNumber })}</Text>
      <StayNotice warning={outcome.warning} minutes={minutesLeft(outcome.at, outcome.endsAt)} />
      <Stack gap="md">
        {items.map((item) => (
          // The whole card is the touch target's frame: big, spaced, and tinted once ticked.
          <Paper key={item} withBorder radius="md" p="lg" bg={checked[item] ? 'blue.0' : undefined}>
            <Checkbox
              size="xl"
              label={t(`checkout.${item}`, { locker: outcome.lockerNumber ?? '' })}
              styles={{ label: { fontSize: 30, paddingInlineStart: 24 }, body: { alignItems: 'center' } }}
              checked={checked[item]}
              onChange={(e) => {
                const value = e.currentTarget.checked;
                setChecked((c) => ({ ...c, [item]: value }));
              }}
              data-testid={`checklist-${item}`}
            />
          </Paper>
        ))}
      </Stack>
      {errorKey && (
        <Alert color="red" role="alert">
          <Text fz={26}>{t(errorKey)}</Text>
        </Alert>
      )}
      <Group grow>
        <Button size="xl" h={88} fz={30} variant="default" onClick={onCancel}>
          {t('register.back')}
        </Button>
        <Button
          size="xl"
          h={88}
          fz={30}
          loading={busy}
          onClick={() => void send()}
          data-testid="checkout-send"
        >
          {t('checkout.send')}
        </Button>
      </Group>
    </Stack>
  );
}
