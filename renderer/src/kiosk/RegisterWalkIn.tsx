import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OnScreenKeyboard, type KeyboardLayout } from '../components/OnScreenKeyboard';
import { contract, type MethodOutput } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useAppInfo } from '../api/useAppInfo';
import { retentionWords } from './siteWords';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';

export type WalkInTicketData = MethodOutput<'reservations.createWalkIn'>;

/** The contract's own check of a walk-in, less the request key the form adds itself. */
const walkInSchema = contract['reservations.createWalkIn'].input.omit({ requestKey: true });

interface Values extends Record<string, unknown> {
  fullName: string;
  email: string;
  phone: string;
  consent: boolean;
}

type Field = 'fullName' | 'email' | 'phone';
const FIELDS: readonly {
  name: Field;
  layout: KeyboardLayout;
  max: number;
  type: string;
  inputMode: 'text' | 'email' | 'tel';
  autoComplete: string;
}[] = [
  { name: 'fullName', layout: 'text', max: 100, type: 'text', inputMode: 'text', autoComplete: 'name' },
  { name: 'email', layout: 'email', max: 254, type: 'email', inputMode: 'email', autoComplete: 'email' },
  { name: 'phone', layout: 'phone', max: 20, type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
];
const FIELD_NAMES = ['fullName', 'email', 'phone', 'consent'] as const;

/**
 * SOP 97 step 1 at the kiosk: name, e-mail, phone/WhatsApp and consent with the reason shown.
 * Checked on "Buat reservasi", not while typing; a field's message goes as soon as it is right.
 * The request key is fixed for the life of the form, so a double tap makes one reservation.
 */
export function RegisterWalkIn({
  onBack,
  onRegistered,
}: {
  onBack: () => void;
  onRegistered: (t: WalkInTicketData) => void;
}) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const requestKey = useMemo(() => crypto.randomUUID(), []);
  const create = useApiMutation('reservations.createWalkIn');
  const form = useSchemaForm<Values>({
    schema: walkInSchema,
    initialValues: { fullName: '', email: '', phone: '', consent: false },
  });
  const [active, setActive] = useState<Field>('fullName');
  const activeField = FIELDS.find((f) => f.name === active)!;
  const failure = create.error?.appError;
  const hasFieldErrors = Object.keys(form.errors).length > 0;
  const consentError = form.getInputProps('consent').error as string | undefined;

  const submit = form.onSubmit((values) => {
    if (create.isPending) return;
    create.mutate(
      // The schema passed, so consent is the literal `true` the contract asks for.
      { requestKey, ...values, consent: values.consent as true },
      {
        onSuccess: onRegistered,
        onError: (e) => showServerErrors(form, e.appError, FIELD_NAMES),
      },
    );
  });

  return (
    <form noValidate onSubmit={submit} className="kiosk-register" data-testid="register-screen">
      <Stack gap="xs" data-area="head">
        <Title order={1} fz="kioskH1">
          {t('register.title')}
        </Title>
        <Text size="kiosk">{t('register.intro')}</Text>
      </Stack>
      <Stack gap="md" data-area="fields">
        {FIELDS.map((f) => {
          const props = form.getInputProps(f.name);
          return (
            <TextInput
              key={f.name}
              {...props}
              name={f.name}
              label={t(`register.${f.name}`)}
              description={f.name === 'phone' ? t('register.phoneHint') : undefined}
              type={f.type}
              inputMode={f.inputMode}
              autoComplete={f.autoComplete}
              maxLength={f.max}
              size="kiosk"
              onFocus={(e) => {
                setActive(f.name);
                props.onFocus?.(e);
              }}
              data-testid={`field-${f.name}`}
            />
          );
        })}
      </Stack>
      <div className="kiosk-info" data-area="consent">
        <Text fw={700} size="kioskSmall">
          {t('register.consentTitle')}
        </Text>
        <Text size="kioskSmall" mt={4} data-testid="consent-text">
          {t('register.consentText', {
            office: info?.officeName ?? '',
            kept: retentionWords(t, info?.retentionDays ?? 365),
          })}
        </Text>
        {/* The whole row is the target (kiosk-ui.md §1.2), not just the 48 px box. */}
        <Checkbox.Card
          mt="md"
          className="kiosk-check-card kiosk-outline"
          radius="lg"
          checked={form.values.consent}
          onChange={(checked) => form.setFieldValue('consent', checked)}
          aria-invalid={consentError ? true : undefined}
          aria-describedby={consentError ? 'consent-error' : undefined}
          data-testid="field-consent"
        >
          <Group wrap="nowrap" gap="lg" p="md">
            <Checkbox.Indicator size="kiosk" />
            <Text size="kiosk" component="span">
              {t('register.consent')}
            </Text>
          </Group>
        </Checkbox.Card>
        {consentError && (
          <Text id="consent-error" size="kioskSmall" fw={600} c="red.9" mt={6}>
            {consentError}
          </Text>
        )}
      </div>
      <Stack gap="md" data-area="actions">
        {failure && !failure.fields && (
          <Alert color="red" variant="light" role="alert" data-testid="form-error">
            <Text size="kioskSmall">{t(failure.messageKey, failure.params)}</Text>
          </Alert>
        )}
        {hasFieldErrors && (
          <Text c="red.9" size="kioskSmall" fw={600} role="alert" data-testid="form-check">
            {t('errors.validation')}
          </Text>
        )}
        <Group grow>
          <Button size="kioskPrimary" variant="default" onClick={onBack}>
            {t('register.back')}
          </Button>
          <Button
            type="submit"
            size="kioskPrimary"
            loading={create.isPending}
            data-testid="submit-registration"
          >
            {create.isPending ? t('register.submitting') : t('register.submit')}
          </Button>
        </Group>
      </Stack>
      <div data-area="keyboard">
        <OnScreenKeyboard
          layout={activeField.layout}
          value={form.values[active]}
          maxLength={activeField.max}
          onChange={(v) => form.setFieldValue(active, v)}
        />
      </div>
    </form>
  );
}
