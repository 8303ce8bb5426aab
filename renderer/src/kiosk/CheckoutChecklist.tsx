import { Alert, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract, type Checklist, type MethodOutput, type ScanOutcome } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useSchemaForm } from '../forms/useSchemaForm';
import { minutesLeft, StayNotice } from './StayNotice';

type Started = Extract<ScanOutcome, { kind: 'checkout_started' }>;
type Item = keyof Checklist;

const checklistSchema = contract['scans.checkout'].input.shape.checklist;

/**
 * SOP 97 step 7: the visitor confirms the desk is tidy and everything returned, then the officer
 * checks. Each statement is a whole card to tap (kiosk-ui.md §4, Check-out). "Belum, saya masih di
 * sini" leaves without changing anything: a visitor who scanned only to see their desk (the check-in
 * slip's QR also checks out) is not checked out by mistake.
 */
export function CheckoutChecklist({
  outcome,
  onSent,
  onNotYet,
}: {
  outcome: Started;
  onSent: (sent: MethodOutput<'scans.checkout'>) => void;
  /** Back home; the kiosk ends the check-out in the core (scans.cancelCheckout with the ticket). */
  onNotYet: () => void;
}) {
  const { t } = useTranslation();
  const send = useApiMutation('scans.checkout');
  // The desk's equipment (issue 12), named so the visitor checks each is there before leaving.
  const deskItems = useApiQuery('inventory.deskItems', { deskNumber: outcome.deskNumber });
  const equipment = (deskItems.data?.items ?? []).map((i) => i.name);
  const items: Item[] = [
    'deskTidy',
    'chairBack',
    'equipmentReturned',
    ...(outcome.lockerKeyOut ? (['lockerKeyReturned'] as const) : []),
  ];
  const form = useSchemaForm<Checklist>({
    schema: checklistSchema,
    initialValues: {
      deskTidy: false,
      chairBack: false,
      equipmentReturned: false,
      lockerKeyReturned: !outcome.lockerKeyOut,
    },
  });
  const error = send.error?.appError;
  const ticked = items.filter((item) => form.values[item]).length;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((checklist) =>
        send.mutate({ checkoutTicket: outcome.checkoutTicket, checklist }, { onSuccess: onSent }),
      )}
      className="kiosk-step"
      data-beside
      data-testid="checkout-checklist"
    >
      <Stack gap="lg" data-area="top">
        <Title order={1} fz="kioskH1">
          {t('checkout.title', { name: outcome.firstName })}
        </Title>
        {!outcome.asked && (
          // The scan came without "Selesai & keluar" first: most likely the check-in slip's QR.
          <Text size="kiosk" className="kiosk-info" data-testid="checkout-not-asked">
            {t('checkout.notAsked', { desk: outcome.deskNumber })}
          </Text>
        )}
        <Text size="kioskLead">{t('checkout.intro', { desk: outcome.deskNumber })}</Text>
        <StayNotice warning={outcome.warning} minutes={minutesLeft(outcome.at, outcome.endsAt)} />
      </Stack>
      <Stack
        gap="md"
        role="group"
        aria-label={t('checkout.intro', { desk: outcome.deskNumber })}
        data-area="middle"
        style={{ alignSelf: 'start' }}
      >
        {items.map((item) => (
          <Checkbox.Card
            key={item}
            className="kiosk-check-card kiosk-outline"
            radius="lg"
            checked={form.values[item]}
            onChange={(checked) => form.setFieldValue(item, checked)}
            data-testid={`checklist-${item}`}
          >
            <Group wrap="nowrap" gap="lg" p="lg">
              <Checkbox.Indicator size="kiosk" />
              <Stack gap={4}>
                <Text size="kioskLead" component="span">
                  {t(`checkout.${item}`, { locker: outcome.lockerNumber ?? '' })}
                </Text>
                {item === 'equipmentReturned' && equipment.length > 0 && (
                  <Text size="kiosk" component="span" c="gray.8" data-testid="checkout-desk-items">
                    {t('inventory.checkout.deskItems', { items: equipment.join(', ') })}
                  </Text>
                )}
              </Stack>
            </Group>
          </Checkbox.Card>
        ))}
      </Stack>
      <Stack gap="md" data-area="bottom">
        <Text size="kiosk" c="dimmed" role="status" data-testid="checkout-count">
          {t('checkout.count', { ticked, total: items.length })}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            <Text size="kiosk">{t(error.messageKey, error.params)}</Text>
          </Alert>
        )}
        <Button
          type="submit"
          size="kioskPrimary"
          fullWidth
          loading={send.isPending}
          data-testid="checkout-send"
        >
          {t('checkout.send')}
        </Button>
        <Button size="kiosk" fullWidth variant="default" onClick={onNotYet} data-testid="checkout-not-yet">
          {t('checkout.notYet')}
        </Button>
      </Stack>
    </form>
  );
}
