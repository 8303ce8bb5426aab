import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { OnScreenKeyboard, type KeyboardLayout } from '../components/OnScreenKeyboard';
import type { MethodOutput } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';

export type WalkInTicketData = MethodOutput<'reservations.createWalkIn'>;

type Field = 'fullName' | 'email' | 'phone';
const FIELDS: readonly {
  name: Field;
  layout: KeyboardLayout;
  max: number;
  type: string;
  autoComplete: string;
}[] = [
  { name: 'fullName', layout: 'text', max: 100, type: 'text', autoComplete: 'name' },
  { name: 'email', layout: 'email', max: 254, type: 'email', autoComplete: 'email' },
  { name: 'phone', layout: 'phone', max: 20, type: 'tel', autoComplete: 'tel' },
];

/**
 * SOP 97 step 1 at the kiosk: name, e-mail, phone/WhatsApp and consent with the reason shown.
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
  const api = useApi();
  const requestKey = useMemo(() => crypto.randomUUID(), []);
  const [values, setValues] = useState<Record<Field, string>>({ fullName: '', email: '', phone: '' });
  const [consent, setConsent] = useState(false);
  const [active, setActive] = useState<Field>('fullName');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const activeField = FIELDS.find((f) => f.name === active)!;
  const fieldError = (name: string) => {
    const key = error?.fields?.[name];
    return key ? t(key) : undefined;
  };

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await api.invoke('reservations.createWalkIn', {
      requestKey,
      fullName: values.fullName,
      email: values.email,
      phone: values.phone,
      consent: consent as true,
    });
    setBusy(false);
    if (result.ok) onRegistered(result.value);
    else setError(result.error);
  }

  return (
    <Stack gap="lg" maw={960} mx="auto" data-testid="register-screen">
      <Title order={1} fz={56}>
        {t('register.title')}
      </Title>
      <Text fz={28}>{t('register.intro')}</Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {FIELDS.map((f) => (
            <TextInput
              key={f.name}
              name={f.name}
              label={t(`register.${f.name}`)}
              description={f.name === 'phone' ? t('register.phoneHint') : undefined}
              type={f.type}
              inputMode={f.name === 'phone' ? 'tel' : f.name === 'email' ? 'email' : 'text'}
              autoComplete={f.autoComplete}
              maxLength={f.max}
              size="xl"
              styles={{
                label: { fontSize: 28 },
                input: { fontSize: 30, height: 76 },
                description: { fontSize: 22, color: 'var(--mantine-color-gray-8)' },
                error: { fontSize: 22 },
              }}
              value={values[f.name]}
              error={fieldError(f.name)}
              onFocus={() => setActive(f.name)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setValues((prev) => ({ ...prev, [f.name]: v }));
              }}
              data-testid={`field-${f.name}`}
            />
          ))}
          <Paper withBorder p="md" radius="md" bg="blue.0">
            <Text fw={700} fz={24}>
              {t('register.consentTitle')}
            </Text>
            <Text fz={22} mt={4} data-testid="consent-text">
              {t('register.consentText')}
            </Text>
            <Checkbox
              mt="md"
              size="xl"
              label={t('register.consent')}
              styles={{ label: { fontSize: 24 } }}
              checked={consent}
              error={fieldError('consent')}
              onChange={(e) => setConsent(e.currentTarget.checked)}
              data-testid="field-consent"
            />
          </Paper>
          {error && !error.fields && (
            <Alert color="red" variant="light" fz={24} role="alert" data-testid="form-error">
              <Text fz={24}>{t(error.messageKey, error.params)}</Text>
            </Alert>
          )}
          {error?.fields && (
            <Text c="red.9" fz={24} role="alert">
              {t('errors.validation')}
            </Text>
          )}
          <Group grow>
            <Button size="xl" h={88} fz={30} variant="default" onClick={onBack}>
              {t('register.back')}
            </Button>
            <Button type="submit" size="xl" h={88} fz={30} loading={busy} data-testid="submit-registration">
              {busy ? t('register.submitting') : t('register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <OnScreenKeyboard
        layout={activeField.layout}
        value={values[active]}
        maxLength={activeField.max}
        onChange={(v) => setValues((prev) => ({ ...prev, [active]: v }))}
      />
    </Stack>
  );
}
