import { Alert, Button, Checkbox, Group, Paper, rem, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract, type Checklist, type MethodOutput, type ScanOutcome } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useSchemaForm } from '../forms/useSchemaForm';
import { minutesLeft, StayNotice } from './StayNotice';

type Started = Extract<ScanOutcome, { kind: 'checkout_started' }>;
type Item = keyof Checklist;

const checklistSchema = contract['scans.checkout'].input.shape.checklist;

/**
 * SOP 97 step 7: the visitor confirms the desk is tidy and everything returned, then the officer
 * checks. "Belum, saya masih di sini" leaves without changing anything: a visitor who scanned only
 * to see their desk (the check-in slip's QR also checks out) is not checked out by mistake.
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

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((checklist) =>
        send.mutate({ checkoutTicket: outcome.checkoutTicket, checklist }, { onSuccess: onSent }),
      )}
    >
      <Stack gap="lg" maw={960} mx="auto" pt="lg" data-testid="checkout-checklist">
        <Title order={1} fz={56}>
          {t('checkout.title', { name: outcome.firstName })}
        </Title>
        {!outcome.asked && (
          // The scan came without "Selesai & keluar" first: most likely the check-in slip's QR.
          <Alert color="blue" variant="light" data-testid="checkout-not-asked">
            <Text fz={28}>{t('checkout.notAsked', { desk: outcome.deskNumber })}</Text>
          </Alert>
        )}
        <Text fz={30}>{t('checkout.intro', { desk: outcome.deskNumber })}</Text>
        <StayNotice warning={outcome.warning} minutes={minutesLeft(outcome.at, outcome.endsAt)} />
        <Stack gap="md">
          {items.map((item) => {
            const checked = form.values[item];
            return (
              // The whole card is the touch target's frame: big, spaced, and tinted once ticked.
              <Paper key={item} withBorder radius="md" p="lg" bg={checked ? 'blue.0' : undefined}>
                <Checkbox
                  size="xl"
                  label={t(`checkout.${item}`, { locker: outcome.lockerNumber ?? '' })}
                  style={{ '--checkbox-size': rem(48) }}
                  styles={{
                    label: { fontSize: 30, paddingInlineStart: 24 },
                    body: { alignItems: 'center' },
                  }}
                  {...form.getInputProps(item, { type: 'checkbox' })}
                  data-testid={`checklist-${item}`}
                />
              </Paper>
            );
          })}
        </Stack>
        {error && (
          <Alert color="red" role="alert">
            <Text fz={26}>{t(error.messageKey, error.params)}</Text>
          </Alert>
        )}
        <Group grow>
          <Button
            size="xl"
            h={112}
            fz={30}
            variant="default"
            onClick={onNotYet}
            data-testid="checkout-not-yet"
          >
            {t('checkout.notYet')}
          </Button>
          <Button
            type="submit"
            size="xl"
            h={112}
            fz={30}
            loading={send.isPending}
            data-testid="checkout-send"
          >
            {t('checkout.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
