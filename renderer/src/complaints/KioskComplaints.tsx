// A complaint at the kiosk (kiosk-ui.md §4 "Complaint"): the service (tiles), what happened (typed
// with the on-screen keyboard, with a counter), anonymous by default or a contact with consent, then
// the ticket number and access code large, a QR to the status page on the portal, an optional
// printed receipt, and the official channels of the service (SP4N-LAPOR! with a QR, SMS 1708, the
// e-mail and accounts the decree names). Checked on "Lanjut" with the contract's own schemas.
import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { complaintContactSchema, complaintTextSchema } from '../../../shared/contract/complaints';
import { COMPLAINT_TEXT_MAX } from '../../../shared/complaints/complaintRules';
import { complaintChannelsFor, serviceShortName } from '../../../shared/complaints/serviceNames';
import { cleanText } from '../../../shared/text';
import { serviceIds, type ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { useConnection } from '../api/connection';
import { useApiMutation } from '../api/useApiMutation';
import { useAppInfo } from '../api/useAppInfo';
import { OnScreenKeyboard, type KeyboardLayout } from '../components/OnScreenKeyboard';
import { retentionWords } from '../kiosk/siteWords';
import './complaints.css';

type Filed = MethodOutput<'complaints.file'>;
type Step = 'service' | 'text' | 'contact' | 'details' | 'done';
type Field = 'name' | 'email' | 'phone';
const FIELDS: readonly { name: Field; layout: KeyboardLayout; max: number; type: string }[] = [
  { name: 'name', layout: 'text', max: 100, type: 'text' },
  { name: 'email', layout: 'email', max: 254, type: 'email' },
  { name: 'phone', layout: 'phone', max: 20, type: 'tel' },
];

const firstError = (r: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => {
  const errors: Record<string, string> = {};
  for (const issue of r.error?.issues ?? []) errors[issue.path.join('.') || '_'] ??= issue.message;
  return errors;
};

function Head({ title, hint, step }: { title: string; hint: string; step?: { n: number; total: number } }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-area="head">
      {step && (
        <Text size="kioskSmall" fw={600} c="civic.8" data-testid="complaint-progress">
          {t('complaints.kiosk.step', step)}
        </Text>
      )}
      <Title order={1} fz="kioskH1" id="complaint-title">
        {title}
      </Title>
      <Text size="kiosk">{hint}</Text>
    </Stack>
  );
}

function useQr(text: string | null, scale = 10): string | null {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return;
    let live = true;
    void QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, scale }).then(
      (url) => live && setQr(url),
    );
    return () => {
      live = false;
    };
  }, [text, scale]);
  return text ? qr : null;
}

export function KioskComplaints({ onDone, serviceId }: { onDone: () => void; serviceId: ServiceId | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const info = useAppInfo();
  const requestKey = useMemo(() => crypto.randomUUID(), []);
  const file = useApiMutation('complaints.file');
  const [service, setService] = useState<ServiceId | null>(serviceId);
  const [text, setText] = useState('');
  const [contact, setContact] = useState<Record<Field, string>>({ name: '', email: '', phone: '' });
  const [consent, setConsent] = useState(false);
  const [active, setActive] = useState<Field>('email');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [filed, setFiled] = useState<Filed | null>(null);
  const steps: Step[] = serviceId ? ['text', 'contact'] : ['service', 'text', 'contact'];
  const [step, setStep] = useState<Step>(steps[0]!);
  const progress = (s: Step) => ({
    n: Math.min(steps.indexOf(s === 'details' ? 'contact' : s) + 1, steps.length),
    total: steps.length,
  });
  const failure = file.error?.appError;
  const say = (key: string | undefined) => (key ? t(key) : undefined);

  const go = (next: Step) => {
    setErrors({});
    setStep(next);
  };
  const back = () => {
    if (step === 'details') return go('contact');
    const i = steps.indexOf(step);
    if (i <= 0) return onDone();
    go(steps[i - 1]!);
  };

  const submit = (withContact: boolean) => {
    if (file.isPending) return;
    if (withContact) {
      const checked = complaintContactSchema.safeParse(contact);
      const found = { ...(checked.success ? {} : firstError(checked)) };
      if (!consent) found.consent = 'errors.complaints.consentRequired';
      if (Object.keys(found).length > 0) return setErrors(found);
    }
    file.mutate(
      {
        requestKey,
        serviceId: service,
        text,
        contact: withContact ? contact : null,
        consent: withContact && consent,
        lang,
      },
      {
        onSuccess: (value) => {
          setFiled(value);
          go('done');
        },
        onError: (e) =>
          setErrors(
            Object.fromEntries(
              Object.entries(e.appError.fields ?? {}).map(([f, k]) => [f.replace(/^contact\./, ''), k]),
            ),
          ),
      },
    );
  };

  if (step === 'done' && filed) return <Receipt filed={filed} serviceId={service} onDone={onDone} />;

  if (step === 'service')
    return (
      <div className="kiosk-question cp-step" data-layout="tiles" data-testid="complaint-step-service">
        <Head
          title={t('complaints.kiosk.serviceTitle')}
          hint={t('complaints.kiosk.serviceHint')}
          step={progress('service')}
        />
        <Stack gap="md" data-area="field">
          <div className="cp-tiles" role="group" aria-labelledby="complaint-title">
            {[...serviceIds, null].map((id) => (
              <UnstyledButton
                key={id ?? 'other'}
                className="cp-tile kiosk-outline"
                onClick={() => {
                  setService(id);
                  go('text');
                }}
                data-testid={`complaint-service-${id ?? 'other'}`}
              >
                <Text size="kiosk" fw={700} component="span" lh={1.2}>
                  {id ? serviceShortName(id, lang) : t('complaints.kiosk.serviceOther')}
                </Text>
              </UnstyledButton>
            ))}
          </div>
          <Text size="kioskSmall" className="cp-lapor-line">
            {t('complaints.kiosk.laporLine')}
          </Text>
        </Stack>
        <Group grow data-area="actions">
          <Button size="kioskPrimary" variant="default" onClick={back} data-testid="complaint-back">
            {t('complaints.kiosk.back')}
          </Button>
        </Group>
      </div>
    );

  if (step === 'text') {
    const next = () => {
      const r = complaintTextSchema.safeParse(text);
      if (!r.success) return setErrors({ text: r.error.issues[0]?.message ?? 'errors.field.invalid' });
      go('contact');
    };
    const count = Array.from(cleanText(text)).length;
    return (
      <form
        className="kiosk-question cp-step"
        data-layout="keyboard"
        data-testid="complaint-step-text"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
      >
        <Head
          title={t('complaints.kiosk.textTitle')}
          hint={t('complaints.kiosk.textHint')}
          step={progress('text')}
        />
        <Stack gap={4} data-area="field">
          <Textarea
            size="kiosk"
            label={t('complaints.kiosk.textLabel')}
            description={service ? serviceShortName(service, lang) : t('complaints.kiosk.serviceOther')}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setErrors({});
            }}
            error={say(errors.text)}
            // Fixed rows: autosize leaves a hidden measuring textarea in the page after this step.
            rows={5}
            maxLength={COMPLAINT_TEXT_MAX}
            data-autofocus
            data-testid="complaint-text"
          />
          <Text
            size="kioskSmall"
            ta="right"
            c={count > COMPLAINT_TEXT_MAX ? 'red.9' : 'gray.8'}
            data-testid="complaint-counter"
          >
            {t('complaints.kiosk.counter', {
              count,
              max: COMPLAINT_TEXT_MAX.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB'),
            })}
          </Text>
        </Stack>
        <Group grow data-area="actions" wrap="nowrap">
          <Button size="kioskPrimary" variant="default" onClick={back} data-testid="complaint-back">
            {t('complaints.kiosk.back')}
          </Button>
          <Button size="kioskPrimary" type="submit" data-testid="complaint-next">
            {t('complaints.kiosk.next')}
          </Button>
        </Group>
        <div data-area="keyboard">
          <OnScreenKeyboard layout="text" value={text} maxLength={COMPLAINT_TEXT_MAX} onChange={setText} />
        </div>
      </form>
    );
  }

  if (step === 'contact')
    return (
      <div className="kiosk-question cp-step" data-layout="choices" data-testid="complaint-step-contact">
        <Head
          title={t('complaints.kiosk.contactTitle')}
          hint={t('complaints.kiosk.contactHint')}
          step={progress('contact')}
        />
        {/* What is about to be sent, so the choice below is made knowing it. */}
        <div className="kiosk-info cp-summary" data-area="summary" data-testid="complaint-summary">
          <Text size="kioskSmall" fw={700}>
            {t('complaints.kiosk.textLabel')} ·{' '}
            {service ? serviceShortName(service, lang) : t('complaints.kiosk.serviceOther')}
          </Text>
          <Text size="kiosk" lineClamp={6} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {cleanText(text)}
          </Text>
        </div>
        <Stack gap="lg" data-area="field" role="group" aria-labelledby="complaint-title">
          <UnstyledButton
            className="cp-choice kiosk-outline"
            onClick={() => submit(false)}
            disabled={file.isPending}
            data-testid="complaint-anonymous"
          >
            <Text fz="kioskH3" fw={700} component="span">
              {file.isPending ? t('complaints.kiosk.submitting') : t('complaints.kiosk.anonymous')}
            </Text>
            <Text size="kiosk" component="span">
              {t('complaints.kiosk.anonymousHint')}
            </Text>
          </UnstyledButton>
          <UnstyledButton
            className="cp-choice kiosk-outline"
            onClick={() => go('details')}
            data-testid="complaint-with-contact"
          >
            <Text fz="kioskH3" fw={700} component="span">
              {t('complaints.kiosk.withContact')}
            </Text>
            <Text size="kiosk" component="span">
              {t('complaints.kiosk.withContactHint')}
            </Text>
          </UnstyledButton>
          {failure && !failure.fields && (
            <Text c="red.9" fw={600} size="kiosk" role="alert" data-testid="complaint-error">
              {t(failure.messageKey, failure.params)}
            </Text>
          )}
        </Stack>
        <Group grow data-area="actions">
          <Button size="kioskPrimary" variant="default" onClick={back} data-testid="complaint-back">
            {t('complaints.kiosk.back')}
          </Button>
        </Group>
      </div>
    );

  // 'details': the contact, with the consent, and the keyboard for the field touched last.
  const field = FIELDS.find((f) => f.name === active)!;
  return (
    <form
      className="kiosk-question cp-step"
      data-layout="details"
      data-testid="complaint-step-details"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(true);
      }}
    >
      <Head
        title={t('complaints.kiosk.withContact')}
        hint={t('complaints.kiosk.contactEither')}
        step={progress('details')}
      />
      <Stack gap="sm" data-area="field">
        {FIELDS.map((f) => (
          <TextInput
            key={f.name}
            size="kiosk"
            label={t(`complaints.kiosk.${f.name}`)}
            value={contact[f.name]}
            type={f.type}
            inputMode={f.layout === 'phone' ? 'tel' : f.layout === 'email' ? 'email' : 'text'}
            autoComplete="off"
            maxLength={f.max}
            error={say(errors[f.name])}
            onFocus={() => setActive(f.name)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setContact((c) => ({ ...c, [f.name]: v }));
              setErrors(({ [f.name]: _gone, ...rest }) => rest);
            }}
            data-testid={`complaint-field-${f.name}`}
          />
        ))}
        {failure && !failure.fields && (
          <Text c="red.9" fw={600} size="kiosk" role="alert">
            {t(failure.messageKey, failure.params)}
          </Text>
        )}
      </Stack>
      <div className="kiosk-info" data-area="consent">
        <Text fw={700} size="kioskSmall">
          {t('complaints.kiosk.consentTitle')}
        </Text>
        <Text size="kioskSmall" mt={4}>
          {t('complaints.kiosk.consentText', {
            office: info?.officeName ?? '',
            kept: retentionWords(t, info?.retentionDays ?? 365),
          })}
        </Text>
        <Checkbox.Card
          mt="sm"
          className="kiosk-check-card kiosk-outline"
          radius="lg"
          checked={consent}
          onChange={(checked) => {
            setConsent(checked);
            setErrors(({ consent: _gone, ...rest }) => rest);
          }}
          aria-invalid={errors.consent ? true : undefined}
          aria-describedby={errors.consent ? 'complaint-consent-error' : undefined}
          data-testid="complaint-consent"
        >
          <Group wrap="nowrap" gap="lg" p="md">
            <Checkbox.Indicator size="kiosk" />
            <Text size="kiosk" component="span">
              {t('complaints.kiosk.consent')}
            </Text>
          </Group>
        </Checkbox.Card>
        {errors.consent && (
          <Text id="complaint-consent-error" size="kioskSmall" fw={600} c="red.9" mt={6}>
            {t(errors.consent)}
          </Text>
        )}
      </div>
      <Group grow data-area="actions" wrap="nowrap">
        <Button size="kioskPrimary" variant="default" onClick={back} data-testid="complaint-back">
          {t('complaints.kiosk.back')}
        </Button>
        <Button size="kioskPrimary" type="submit" loading={file.isPending} data-testid="complaint-submit">
          {t('complaints.kiosk.submit')}
        </Button>
      </Group>
      <div data-area="keyboard">
        <OnScreenKeyboard
          layout={field.layout}
          value={contact[active]}
          maxLength={field.max}
          onChange={(v) => setContact((c) => ({ ...c, [active]: v }))}
        />
      </div>
    </form>
  );
}

/** The ticket, its code and the way to the answer; the official channels of the service below. */
function Receipt({
  filed,
  serviceId,
  onDone,
}: {
  filed: Filed;
  serviceId: ServiceId | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const { devices } = useConnection();
  const hasPrinter = devices.some((d) => d.kind === 'printer');
  const print = useApiMutation('complaints.printSlip');
  const statusQr = useQr(filed.statusUrl, 10);
  const laporQr = useQr('https://www.lapor.go.id', 8);
  const channels = complaintChannelsFor(serviceId, lang);
  const printKey = print.isSuccess ? 'complaints.kiosk.printing' : (print.error?.appError.messageKey ?? null);
  return (
    <div className="cp-done" data-testid="complaint-done">
      <Stack gap="md" data-area="info">
        <Title order={1} fz="kioskH1">
          {t('complaints.kiosk.doneTitle')}
        </Title>
        <div>
          <Text size="kiosk" fw={600}>
            {t('complaints.kiosk.ticketLabel')}
          </Text>
          <Text className="cp-number" data-testid="complaint-ticket">
            {filed.ticket}
          </Text>
        </div>
        <div>
          <Text size="kiosk" fw={600}>
            {t('complaints.kiosk.codeLabel')}
          </Text>
          <Text className="cp-code" data-testid="complaint-code">
            {filed.code}
          </Text>
        </div>
        <Text size="kiosk">{t('complaints.kiosk.doneHint')}</Text>
        {filed.emailMasked && (
          <Text size="kiosk" fw={600}>
            {t('complaints.kiosk.mailNote', { email: filed.emailMasked })}
          </Text>
        )}
      </Stack>
      <Stack gap="md" data-area="actions">
        <Group grow>
          {hasPrinter && (
            <Button
              size="kiosk"
              variant="default"
              loading={print.isPending}
              onClick={() => print.mutate({ ticket: filed.ticket, code: filed.code, lang })}
              data-testid="complaint-print"
            >
              {t('complaints.kiosk.print')}
            </Button>
          )}
          <Button size="kioskPrimary" onClick={onDone} data-testid="complaint-done-button">
            {t('complaints.kiosk.done')}
          </Button>
        </Group>
        {printKey && (
          <Text size="kiosk" role="status" data-testid="complaint-print-status">
            {t(printKey)}
          </Text>
        )}
      </Stack>
      <Stack gap="lg" data-area="side">
        <Group wrap="nowrap" align="center" gap="lg">
          {statusQr ? (
            <img
              className="cp-qr"
              src={statusQr}
              alt={t('complaints.kiosk.qrAlt')}
              data-testid="complaint-qr"
            />
          ) : null}
          <Text size="kiosk">{statusQr ? t('complaints.kiosk.qrHint') : t('complaints.kiosk.noLink')}</Text>
        </Group>
        <section aria-labelledby="complaint-channels" className="kiosk-info">
          <Title order={2} fz="kioskH3" id="complaint-channels">
            {t('complaints.kiosk.channelsTitle')}
          </Title>
          <Text size="kioskSmall" mb="sm">
            {t('complaints.kiosk.channelsHint')}
          </Text>
          <div className="cp-channels">
            {laporQr && (
              <img className="cp-qr" data-size="small" src={laporQr} alt={t('complaints.kiosk.laporQrAlt')} />
            )}
            <ul data-testid="complaint-channels">
              {channels.map((c) => (
                <li key={`${c.kind}-${c.label}`}>
                  <Text size="kioskSmall" component="span">
                    {c.label}
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </Stack>
    </div>
  );
}
