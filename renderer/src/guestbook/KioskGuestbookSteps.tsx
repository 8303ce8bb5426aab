// The guest book's screens at the kiosk: a typed answer with the keyboard docked under it, a choice
// of big cards, the purpose tiles, the check of the answers with the consent, and the queue number.
// Each follows the kiosk skeleton (kiosk-ui.md §3): what to answer on top, controls within reach.
import type { ReactNode } from 'react';
import { Button, Checkbox, Group, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { serviceIds } from '../../../shared/serviceStandards/serviceIds';
import { useAppInfo } from '../api/useAppInfo';
import { CheckIcon } from '../components/icons';
import { OnScreenKeyboard, type KeyboardLayout } from '../components/OnScreenKeyboard';
import { ResultCountdown } from '../kiosk/ResultCountdown';
import { retentionWords } from '../kiosk/siteWords';
import { GUEST_STANDARD_MINUTES } from '../../../shared/guestbook/serviceTime';
import type { GuestStep, PurposeChoice } from './guestFlow';

export interface Answers {
  phone: string;
  fullName: string;
  institution: string;
  personal: boolean;
  /** An earlier entry found by phone: only its masked name and institution are ever on screen. */
  previous: { maskedName: string; maskedInstitution: string | null; accepted: boolean } | null;
  purpose: PurposeChoice | null;
  otherText: string;
  meet: string;
  meetUnknown: boolean;
  withLetter: boolean | null;
  consent: boolean;
}

/** "081234567890" → "0812 3456 7890", as the visitor reads a number back (kiosk-ui.md §4). */
export const groupDigits = (phone: string): string =>
  /^0\d+$/.test(phone.replace(/[\s-]/g, ''))
    ? phone.replace(/[\s-]/g, '').replace(/(\d{4})(?=\d)/g, '$1 ')
    : phone;

interface Common {
  readonly progress: { n: number; total: number };
  /** The message under the answer, in words. */
  readonly error: string | null;
  readonly onBack: () => void;
}

const TEXT: Record<string, { title: string; hint: string; label?: string }> = {
  phone: { title: 'phoneTitle', hint: 'phoneHint', label: 'phoneLabel' },
  name: { title: 'nameTitle', hint: 'nameHint', label: 'nameLabel' },
  institution: { title: 'institutionTitle', hint: 'institutionHint', label: 'institutionLabel' },
  other: { title: 'otherTitle', hint: 'otherExample', label: 'otherLabel' },
  meet: { title: 'meetTitle', hint: 'meetHint', label: 'meetLabel' },
  returning: { title: 'returningTitle', hint: 'returningHint' },
  letter: { title: 'letterTitle', hint: 'letterHint' },
  purpose: { title: 'purposeTitle', hint: 'purposeHint' },
  check: { title: 'checkTitle', hint: 'checkHint' },
};

function Head({
  step,
  progress,
  children,
}: {
  step: string;
  progress: Common['progress'];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const words = TEXT[step]!;
  return (
    <Stack gap="xs" data-area="head">
      <Text size="kioskSmall" fw={600} c="civic.8" data-testid="guest-progress">
        {t('guestbook.kiosk.step', progress)}
      </Text>
      <Title order={1} fz="kioskH1" id={`guest-${step}-title`}>
        {t(`guestbook.kiosk.${words.title}`)}
      </Title>
      <Text size="kiosk">{t(`guestbook.kiosk.${words.hint}`)}</Text>
      {children}
    </Stack>
  );
}

function Actions({
  onBack,
  onNext,
  nextLabel,
  busy,
  testId,
}: {
  onBack: () => void;
  onNext?: () => void;
  nextLabel?: string;
  busy?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group grow={Boolean(onNext)} data-area="actions" wrap="nowrap">
      <Button
        size="kioskPrimary"
        variant="default"
        onClick={onBack}
        w={onNext ? undefined : '50%'}
        data-testid="guest-back"
      >
        {t('guestbook.kiosk.back')}
      </Button>
      {onNext && (
        <Button size="kioskPrimary" type="submit" loading={busy} data-testid={testId ?? 'guest-next'}>
          {nextLabel ?? t('guestbook.kiosk.next')}
        </Button>
      )}
    </Group>
  );
}

/** What the guest book is for, on its first screen: the service, its standard time, its requirement. */
function GuestbookIntro() {
  const { t } = useTranslation();
  return (
    <section className="kiosk-info" aria-labelledby="guest-intro-title" data-testid="guest-intro">
      <Title order={2} fz="kioskH3" id="guest-intro-title">
        {t('guestbook.kiosk.introTitle')}
      </Title>
      <Text size="kiosk" mt={4}>
        {t('guestbook.kiosk.introText', { minutes: GUEST_STANDARD_MINUTES })}
      </Text>
    </section>
  );
}

/** One typed answer: the field, its message, "Lanjut" above the keyboard, maybe a one-tap option. */
export function KeyboardStep({
  step,
  layout,
  value,
  maxLength,
  onChange,
  onNext,
  busy,
  option,
  progress,
  error,
  onBack,
}: Common & {
  step: GuestStep;
  layout: KeyboardLayout;
  value: string;
  maxLength: number;
  onChange: (v: string) => void;
  onNext: () => void;
  busy?: boolean;
  /** "Pribadi" or "Belum tahu": answers the question in one tap. */
  option?: { label: string; checked: boolean; onToggle: () => void };
}) {
  const { t } = useTranslation();
  const words = TEXT[step]!;
  return (
    <form
      className="kiosk-question gb-step"
      data-layout="keyboard"
      data-testid={`guest-step-${step}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <Head step={step} progress={progress}>
        {step === 'phone' && <GuestbookIntro />}
      </Head>
      <Stack gap="md" data-area="field">
        <TextInput
          size="kiosk"
          label={t(`guestbook.kiosk.${words.label}`)}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          maxLength={maxLength}
          error={error}
          type={layout === 'phone' ? 'tel' : 'text'}
          inputMode={layout === 'phone' ? 'tel' : 'text'}
          autoComplete="off"
          autoCapitalize={step === 'name' ? 'words' : 'sentences'}
          data-autofocus
          data-testid={`guest-field-${step}`}
        />
        {option && (
          <UnstyledButton
            className="gb-option kiosk-outline"
            data-selected={option.checked || undefined}
            aria-pressed={option.checked}
            onClick={option.onToggle}
            data-testid={`guest-option-${step}`}
          >
            <Text size="kiosk" fw={700} component="span">
              {option.label}
            </Text>
          </UnstyledButton>
        )}
      </Stack>
      <Actions onBack={onBack} onNext={onNext} busy={busy ?? false} />
      <div data-area="keyboard">
        <OnScreenKeyboard layout={layout} value={value} maxLength={maxLength} onChange={onChange} />
      </div>
    </form>
  );
}

/** A question answered by touching one of two big cards. */
export function ChoiceStep({
  step,
  choices,
  summary,
  progress,
  error,
  onBack,
}: Common & {
  step: 'returning' | 'letter';
  choices: { id: string; label: string; selected?: boolean; onSelect: () => void }[];
  /** What the question is about, masked (the earlier entry's name and institution). */
  summary?: string[];
}) {
  return (
    <div className="kiosk-question gb-step" data-layout="choices" data-testid={`guest-step-${step}`}>
      <Head step={step} progress={progress}>
        {summary && (
          <div className="kiosk-info" data-testid="guest-returning-summary">
            {summary.map((line, i) => (
              <Text key={i} fz={i === 0 ? 'kioskH2' : 'kioskLead'} fw={i === 0 ? 800 : 500}>
                {line}
              </Text>
            ))}
          </div>
        )}
      </Head>
      <Stack gap="lg" data-area="field" role="group" aria-labelledby={`guest-${step}-title`}>
        {choices.map((c) => (
          <UnstyledButton
            key={c.id}
            className="gb-choice kiosk-outline"
            data-selected={c.selected || undefined}
            onClick={c.onSelect}
            data-testid={`guest-${step}-${c.id}`}
          >
            <Text fz="kioskH3" fw={700} component="span">
              {c.label}
            </Text>
          </UnstyledButton>
        ))}
        {error && (
          <Text c="red.9" fw={600} size="kiosk" role="alert">
            {error}
          </Text>
        )}
      </Stack>
      <Actions onBack={onBack} />
    </div>
  );
}

/** The 15 services and "Lainnya" as tiles; touching one answers the question. */
export function PurposeStep({
  chosen,
  onChoose,
  progress,
  error,
  onBack,
}: Common & { chosen: PurposeChoice | null; onChoose: (p: PurposeChoice) => void }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-question gb-step" data-layout="tiles" data-testid="guest-step-purpose">
      <Head step="purpose" progress={progress} />
      <div className="gb-tiles" data-area="field" role="group" aria-labelledby="guest-purpose-title">
        {serviceIds.map((id) => (
          <UnstyledButton
            key={id}
            className="gb-tile kiosk-outline"
            data-selected={(chosen?.kind === 'service' && chosen.serviceId === id) || undefined}
            onClick={() => onChoose({ kind: 'service', serviceId: id })}
            data-testid={`guest-purpose-${id}`}
          >
            <Text size="kiosk" fw={700} component="span" lh={1.2}>
              {t(`guestbook.purposes.${id}`)}
            </Text>
          </UnstyledButton>
        ))}
        <UnstyledButton
          className="gb-tile kiosk-outline"
          data-other
          data-selected={chosen?.kind === 'other' || undefined}
          onClick={() => onChoose({ kind: 'other', text: '' })}
          data-testid="guest-purpose-other"
        >
          <Text size="kiosk" fw={700} component="span">
            {t('guestbook.kiosk.other')}
          </Text>
          <Text size="kioskSmall" component="span" c="dimmed">
            {t('guestbook.kiosk.otherHint')}
          </Text>
        </UnstyledButton>
      </div>
      {error && (
        <Text c="red.9" fw={600} size="kiosk" role="alert">
          {error}
        </Text>
      )}
      <Actions onBack={onBack} />
    </div>
  );
}

/** "Periksa data Anda": each answer with "Ubah", the consent, and the button that takes a number. */
export function CheckStep({
  answers,
  onEdit,
  onConsent,
  onSubmit,
  busy,
  progress,
  error,
  onBack,
}: Common & {
  answers: Answers;
  onEdit: (step: GuestStep) => void;
  onConsent: (consent: boolean) => void;
  onSubmit: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const k = (key: string, params?: Record<string, unknown>) => t(`guestbook.kiosk.${key}`, params);
  const previous = answers.previous?.accepted ? answers.previous : null;
  const purpose = answers.purpose;
  const rows: { key: string; label: string; value: string; step: GuestStep }[] = [
    { key: 'phone', label: k('phoneLabel'), value: groupDigits(answers.phone), step: 'phone' },
    previous
      ? {
          key: 'name',
          label: k('nameLabel'),
          value: k('fromLastVisit', { name: previous.maskedName }),
          step: 'returning',
        }
      : { key: 'name', label: k('nameLabel'), value: answers.fullName, step: 'name' },
    ...(previous
      ? []
      : [
          {
            key: 'institution',
            label: k('institutionLabel'),
            value: answers.personal ? k('personal') : answers.institution,
            step: 'institution' as const,
          },
        ]),
    {
      key: 'purpose',
      label: k('otherLabel'),
      value:
        purpose?.kind === 'service'
          ? t(`guestbook.purposes.${purpose.serviceId}`)
          : `${k('other')}: ${answers.otherText}`,
      step: 'purpose',
    },
    {
      key: 'meet',
      label: k('meetLabel'),
      value: answers.meetUnknown ? k('meetUnknown') : answers.meet,
      step: 'meet',
    },
    {
      key: 'letter',
      label: k('letterTitle'),
      value: answers.withLetter ? k('letterYes') : k('letterNo'),
      step: 'letter',
    },
  ];
  return (
    <form
      className="kiosk-question gb-step"
      data-layout="check"
      data-testid="guest-step-check"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Head step="check" progress={progress} />
      <div className="gb-answers" data-area="field">
        {rows.map((r) => (
          <div key={r.key} className="gb-answer" data-testid={`guest-answer-${r.key}`}>
            <dl>
              <Text component="dt" size="kioskSmall" c="dimmed">
                {r.label}
              </Text>
              <Text component="dd" size="kiosk" fw={700} m={0} className="gb-value">
                {r.value}
              </Text>
            </dl>
            <Button
              size="kiosk"
              variant="default"
              onClick={() => onEdit(r.step)}
              aria-label={`${k('change')}: ${r.label}`}
              data-testid={`guest-change-${r.key}`}
            >
              {k('change')}
            </Button>
          </div>
        ))}
      </div>
      <div className="kiosk-info" data-area="consent">
        <Text fw={700} size="kioskSmall">
          {k('consentTitle')}
        </Text>
        <Text size="kioskSmall" mt={4} data-testid="guest-consent-text">
          {k('consentText', {
            office: info?.officeName ?? '',
            kept: retentionWords(t, info?.retentionDays ?? 365),
          })}
        </Text>
        <Checkbox.Card
          mt="md"
          className="kiosk-check-card kiosk-outline"
          radius="lg"
          checked={answers.consent}
          onChange={onConsent}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'guest-consent-error' : undefined}
          data-testid="guest-consent"
        >
          <Group wrap="nowrap" gap="lg" p="md">
            <Checkbox.Indicator size="kiosk" />
            <Text size="kiosk" component="span">
              {k('consent')}
            </Text>
          </Group>
        </Checkbox.Card>
        {error && (
          <Text id="guest-consent-error" size="kioskSmall" fw={600} c="red.9" mt={6} role="alert">
            {error}
          </Text>
        )}
      </div>
      <Actions
        onBack={onBack}
        onNext={onSubmit}
        busy={busy}
        nextLabel={busy ? k('submitting') : k('submit')}
        testId="guest-submit"
      />
    </form>
  );
}

/** The queue number, large; where to wait; the standard; the slip; back home by itself. */
export function DoneScreen({
  registered,
  greetingName,
  onDone,
}: {
  registered: MethodOutput<'guestbook.register'>;
  greetingName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const k = (key: string, params?: Record<string, unknown>) => t(`guestbook.kiosk.${key}`, params);
  return (
    <div className="kiosk-step" data-beside="end" data-testid="guest-done">
      <Stack align="center" gap="sm" data-area="top">
        <CheckIcon size={80} color="var(--mantine-color-teal-9)" />
        <Title order={1} fz="kioskH2" ta="center">
          {k('doneGreeting', { name: greetingName })}
        </Title>
        <Text fz="kioskH3" fw={700} ta="center">
          {k('doneWait')}
        </Text>
        <Text size="kioskLead" ta="center" data-testid="guest-ahead">
          {registered.waitingAhead === 0 ? k('aheadNone') : k('ahead', { count: registered.waitingAhead })}
        </Text>
        <Text size="kiosk" ta="center" c="dimmed">
          {k('standard', { minutes: registered.standardMinutes })}
        </Text>
        {registered.slip !== 'off' && (
          <Text size="kiosk" ta="center" role="status" data-testid="guest-slip-status">
            {registered.slip === 'printing' ? k('slipPrinting') : k('slipUnavailable')}
          </Text>
        )}
      </Stack>
      <Stack align="center" gap={0} data-area="middle" className="kiosk-info">
        <Text size="kioskLead" fw={600} ta="center">
          {k('doneTitle')}
        </Text>
        <Text
          className="gb-number"
          fz="kioskNumber"
          fw={800}
          lh={1.05}
          ta="center"
          data-testid="guest-queue-number"
          aria-label={`${k('doneTitle')}: ${registered.queueNumber}`}
        >
          {registered.queueNumber}
        </Text>
      </Stack>
      <Stack gap="md" data-area="bottom">
        <Button size="kioskPrimary" fullWidth onClick={onDone} data-testid="guest-done-button">
          {k('done')}
        </Button>
        <ResultCountdown onTimeout={onDone} />
      </Stack>
    </div>
  );
}
