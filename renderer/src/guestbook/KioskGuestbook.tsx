// The guest book at the kiosk (service standard no. 15): one question a screen with the on-screen
// keyboard, a returning guest recognised by phone (only masked data is ever shown), a check of the
// answers with the consent, and the queue number large at the end.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fullNameSchema,
  institutionSchema,
  meetSchema,
  phoneInputSchema,
  purposeOtherSchema,
  type MethodOutput,
} from '../../../shared/contract';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { publicName } from '../../../shared/slips/mask';
import type { AppError } from '../../../shared/result';
import { useApiMutation } from '../api/useApiMutation';
import { nextOf, progressOf, stepOfField, type GuestStep, type PurposeChoice } from './guestFlow';
import {
  CheckStep,
  ChoiceStep,
  DoneScreen,
  KeyboardStep,
  PurposeStep,
  groupDigits,
  type Answers,
} from './KioskGuestbookSteps';
import './guestbook.css';

type Registered = MethodOutput<'guestbook.register'>;

/** The first message key of a zod check, as the core would send it. */
function check(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
  value: string,
) {
  const r = schema.safeParse(value);
  if (r.success) return null;
  const key = r.error?.issues[0]?.message ?? 'errors.field.invalid';
  return key.startsWith('errors.') ? key : 'errors.field.invalid';
}

const blank = (serviceId: ServiceId | null): Answers => ({
  phone: '',
  fullName: '',
  institution: '',
  personal: false,
  previous: null,
  purpose: serviceId ? { kind: 'service', serviceId } : null,
  otherText: '',
  meet: '',
  meetUnknown: false,
  withLetter: null,
  consent: false,
});

export function KioskGuestbook({
  onDone,
  serviceId,
}: {
  onDone: () => void; /** Chosen on a service standard's page ("ambil nomor"), else the guest chooses. */
  serviceId: ServiceId | null;
}) {
  const { t, i18n } = useTranslation();
  const requestKey = useMemo(() => crypto.randomUUID(), []);
  const lookup = useApiMutation('guestbook.lookup');
  const register = useApiMutation('guestbook.register');
  const [answers, setAnswers] = useState<Answers>(() => blank(serviceId));
  const [step, setStep] = useState<GuestStep>('phone');
  const [history, setHistory] = useState<GuestStep[]>([]);
  /** Came from "Ubah" on the check screen: "Lanjut" goes back there. */
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<{
    key: string;
    params?: Readonly<Record<string, string | number>>;
  } | null>(null);
  const [done, setDone] = useState<Registered | null>(null);

  const facts = {
    found: answers.previous !== null,
    previous: answers.previous?.accepted ?? false,
    preselected: serviceId !== null,
    purpose: answers.purpose,
  };
  const set = (patch: Partial<Answers>) => {
    setAnswers((a) => ({ ...a, ...patch }));
    setError(null);
  };
  const go = (next: GuestStep) => {
    setHistory((h) => [...h, step]);
    setStep(next);
    setError(null);
  };
  const forward = (from: GuestStep, patched: Partial<Answers> = {}) => {
    const f = { ...facts, ...('purpose' in patched ? { purpose: patched.purpose ?? null } : {}) };
    const next = nextOf(from, f);
    if (editing && next !== 'other' && !(from === 'returning')) {
      setEditing(false);
      go('check');
    } else go(next);
  };
  const back = () => {
    const prev = history.at(-1);
    if (!prev) return onDone();
    setHistory((h) => h.slice(0, -1));
    setStep(prev);
    setError(null);
  };
  const edit = (target: GuestStep) => {
    setEditing(true);
    go(target);
  };
  const fail = (key: string | null) => {
    if (key) setError({ key });
    return key !== null;
  };

  function submitPhone() {
    if (fail(check(phoneInputSchema, answers.phone)) || lookup.isPending) return;
    lookup.mutate(
      { phone: answers.phone },
      {
        onSuccess: (found) => {
          const previous = found.found
            ? {
                maskedName: found.maskedName ?? '',
                maskedInstitution: found.maskedInstitution,
                accepted: false,
              }
            : null;
          setAnswers((a) => ({ ...a, previous }));
          if (previous) go('returning');
          else if (editing && answers.fullName) {
            setEditing(false);
            go('check');
          } else go('name');
        },
        // The kiosk cannot look it up right now: the guest simply types their name.
        onError: () => go('name'),
      },
    );
  }

  function submit() {
    if (!answers.consent) return fail('errors.field.consentRequired');
    if (register.isPending) return;
    const purpose = answers.purpose!;
    register.mutate(
      {
        requestKey,
        phone: answers.phone,
        identity: answers.previous?.accepted
          ? { kind: 'previous' }
          : {
              kind: 'typed',
              fullName: answers.fullName,
              institution: answers.personal ? null : answers.institution,
            },
        purpose: purpose.kind === 'service' ? purpose : { kind: 'other', text: answers.otherText },
        meet: answers.meetUnknown ? null : answers.meet,
        withLetter: answers.withLetter ?? false,
        consent: true,
        lang: i18n.language === 'en' ? 'en' : 'id',
      },
      {
        onSuccess: setDone,
        onError: (e) => showRefusal(e.appError),
      },
    );
  }

  /** A refusal goes back to the question it is about, with its message under the field. */
  function showRefusal(e: AppError) {
    const field = Object.keys(e.fields ?? {})[0];
    if (field) {
      setEditing(true);
      go(stepOfField(field));
      setError({ key: e.fields![field]! });
      return;
    }
    if (e.messageKey === 'errors.guestbook.previousNotFound') {
      set({ previous: null });
      setEditing(true);
      go('name');
    }
    setError({ key: e.messageKey, ...(e.params ? { params: e.params } : {}) });
  }

  if (done) {
    const name = answers.previous?.accepted ? publicName(done.maskedName) : publicName(answers.fullName);
    return <DoneScreen registered={done} greetingName={name} onDone={onDone} />;
  }

  const message = error ? t(error.key, error.params) : null;
  // While "Apakah ini Anda?" is asked, count the steps of the likely "Ya": the total then stays put.
  const progress = progressOf(step, step === 'returning' ? { ...facts, previous: true } : facts);
  const common = { progress, error: message, onBack: back };

  switch (step) {
    case 'phone':
      return (
        <KeyboardStep
          {...common}
          step="phone"
          layout="phone"
          value={answers.phone}
          maxLength={20}
          // Grouped as typed (0812 3456 7890), so the guest reads their number back at a glance.
          onChange={(phone) => set({ phone: groupDigits(phone), previous: null })}
          onNext={submitPhone}
          busy={lookup.isPending}
        />
      );
    case 'returning':
      return (
        <ChoiceStep
          {...common}
          step="returning"
          summary={[
            answers.previous!.maskedName,
            answers.previous!.maskedInstitution ?? t('guestbook.kiosk.personal'),
          ]}
          choices={[
            {
              id: 'yes',
              label: t('guestbook.kiosk.returningYes'),
              onSelect: () => {
                const previous = { ...answers.previous!, accepted: true };
                set({ previous });
                const f = { ...facts, previous: true };
                setHistory((h) => [...h, step]);
                setStep(editing ? 'check' : nextOf('returning', f));
                setEditing(false);
              },
            },
            {
              id: 'no',
              label: t('guestbook.kiosk.returningNo'),
              onSelect: () => {
                set({ previous: { ...answers.previous!, accepted: false } });
                setEditing(false);
                go('name');
              },
            },
          ]}
        />
      );
    case 'name':
      return (
        <KeyboardStep
          {...common}
          step="name"
          layout="text"
          value={answers.fullName}
          maxLength={100}
          onChange={(fullName) => set({ fullName })}
          onNext={() => !fail(check(fullNameSchema, answers.fullName)) && forward('name')}
        />
      );
    case 'institution':
      return (
        <KeyboardStep
          {...common}
          step="institution"
          layout="text"
          value={answers.personal ? '' : answers.institution}
          maxLength={120}
          onChange={(institution) => set({ institution, personal: false })}
          option={{
            label: t('guestbook.kiosk.institutionPersonal'),
            checked: answers.personal,
            onToggle: () => {
              set({ personal: true, institution: '' });
              forward('institution');
            },
          }}
          onNext={() =>
            (answers.personal || !fail(check(institutionSchema, answers.institution))) &&
            forward('institution')
          }
        />
      );
    case 'purpose':
      return (
        <PurposeStep
          {...common}
          chosen={answers.purpose}
          onChoose={(purpose: PurposeChoice) => {
            set({ purpose });
            forward('purpose', { purpose });
          }}
        />
      );
    case 'other':
      return (
        <KeyboardStep
          {...common}
          step="other"
          layout="text"
          value={answers.otherText}
          maxLength={200}
          onChange={(otherText) => set({ otherText })}
          onNext={() => !fail(check(purposeOtherSchema, answers.otherText)) && forward('other')}
        />
      );
    case 'meet':
      return (
        <KeyboardStep
          {...common}
          step="meet"
          layout="text"
          value={answers.meetUnknown ? '' : answers.meet}
          maxLength={100}
          onChange={(meet) => set({ meet, meetUnknown: false })}
          option={{
            label: t('guestbook.kiosk.meetUnknown'),
            checked: answers.meetUnknown,
            onToggle: () => {
              set({ meetUnknown: true, meet: '' });
              forward('meet');
            },
          }}
          onNext={() => (answers.meetUnknown || !fail(check(meetSchema, answers.meet))) && forward('meet')}
        />
      );
    case 'letter':
      return (
        <ChoiceStep
          {...common}
          step="letter"
          choices={[
            { id: 'yes', label: t('guestbook.kiosk.letterYes'), selected: answers.withLetter === true },
            { id: 'no', label: t('guestbook.kiosk.letterNo'), selected: answers.withLetter === false },
          ].map((c) => ({
            ...c,
            onSelect: () => {
              set({ withLetter: c.id === 'yes' });
              forward('letter');
            },
          }))}
        />
      );
    case 'check':
      return (
        <CheckStep
          {...common}
          answers={answers}
          onEdit={edit}
          onConsent={(consent) => set({ consent })}
          onSubmit={submit}
          busy={register.isPending}
        />
      );
  }
}
