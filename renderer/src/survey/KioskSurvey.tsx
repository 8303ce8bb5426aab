// The satisfaction survey at the kiosk (SKM, PermenPANRB 14/2017): one question a screen, its four
// answers as large buttons worded for the question (for cost "Sangat mahal … Gratis"); a tap answers
// and moves on. Then the optional profile, the optional suggestion, and thanks. Offered after a
// service event with its one-time token (a check-out), or from the home screen, where the visitor
// first picks the service. No name, NIK or phone is asked (UU 27/2022).
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { serviceIds } from '../../../shared/serviceStandards/serviceIds';
import type { RespondentProfile } from '../../../shared/survey/answerSet';
import { suggestionSchema } from '../../../shared/survey/answerSet';
import {
  profileFields,
  profileQuestions,
  skmElements,
  SUGGESTION_MAX_CHARS,
  type SurveyElementKey,
  type SurveyScore,
} from '../../../shared/survey/questionnaire';
import { surveyServiceLabels } from '../../../shared/survey/serviceLabels';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { CheckIcon } from '../components/icons';
import { OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ResultCountdown } from '../kiosk/ResultCountdown';

/** A survey offered for one service event (a check-out, a guest entry): its service and one-time token. */
export interface SurveyOffer {
  readonly serviceId: ServiceId;
  readonly token: string;
}

type Step =
  | { kind: 'service' }
  | { kind: 'question'; index: number }
  | { kind: 'profile' }
  | { kind: 'suggestion' }
  | { kind: 'done' };

type Answers = Partial<Record<SurveyElementKey, SurveyScore>>;

/** Four dots, as many filled as the score: the scale read at a glance, whatever the words. */
function ScaleDots({ score, selected }: { score: number; selected: boolean }) {
  return (
    <Group gap={6} wrap="nowrap" aria-hidden="true">
      {[1, 2, 3, 4].map((n) => (
        <Box
          key={n}
          w={18}
          h={18}
          style={{
            borderRadius: '50%',
            border: `2px solid ${selected ? 'white' : 'var(--mantine-color-civic-8)'}`,
            background: n <= score ? (selected ? 'white' : 'var(--mantine-color-civic-8)') : 'transparent',
          }}
        />
      ))}
    </Group>
  );
}

export function KioskSurvey({
  onDone,
  offer,
}: {
  onDone: () => void;
  /** Offered after a service event; null: from the home screen (the visitor picks the service). */
  offer: SurveyOffer | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [serviceId, setServiceId] = useState<ServiceId | null>(offer?.serviceId ?? null);
  const [step, setStep] = useState<Step>(offer ? { kind: 'question', index: 0 } : { kind: 'service' });
  const [answers, setAnswers] = useState<Answers>({});
  const [profile, setProfile] = useState<RespondentProfile>({});
  const [suggestion, setSuggestion] = useState('');
  const send = useApiMutation('survey.answer');
  // From the home screen (no token) the kiosk's cool-down applies: say so before the nine questions.
  const status = useApiQuery('survey.kioskStatus', {}, { enabled: offer === null });
  const waitSeconds = offer === null ? (status.data?.coolDownSeconds ?? 0) : 0;
  const error = send.error?.appError;

  const total = skmElements.length;
  const service = serviceId ? surveyServiceLabels[serviceId][lang] : '';

  if (step.kind === 'service') {
    return (
      <div className="kiosk-step" data-beside data-testid="kiosk-survey" data-step="service">
        <Stack gap="sm" data-area="top">
          <Title order={1} fz="kioskH1">
            {t('survey.kiosk.chooseService')}
          </Title>
          <Text size="kioskLead">{t('survey.kiosk.chooseServiceHint')}</Text>
          {waitSeconds > 0 && (
            <Alert color="orange" role="status" data-testid="survey-cooldown">
              <Group justify="space-between" wrap="nowrap">
                <Text size="kiosk">{t('errors.survey.coolDown', { seconds: waitSeconds })}</Text>
                <Button size="kiosk" variant="default" miw={200} onClick={() => void status.refetch()}>
                  {t('survey.kiosk.tryAgain')}
                </Button>
              </Group>
            </Alert>
          )}
        </Stack>
        <SimpleGrid cols={2} spacing="sm" data-area="middle" style={{ alignSelf: 'start' }}>
          {serviceIds.map((id) => (
            <Button
              key={id}
              size="kiosk"
              variant="default"
              className="kiosk-outline"
              disabled={waitSeconds > 0 || status.isPending}
              onClick={() => {
                setServiceId(id);
                setStep({ kind: 'question', index: 0 });
              }}
              data-testid={`survey-service-${id}`}
            >
              {surveyServiceLabels[id][lang]}
            </Button>
          ))}
        </SimpleGrid>
        <Stack data-area="bottom">
          <Button
            size="kioskPrimary"
            fullWidth
            variant="default"
            onClick={onDone}
            data-testid="survey-cancel"
          >
            {t('survey.kiosk.cancel')}
          </Button>
        </Stack>
      </div>
    );
  }

  if (step.kind === 'question') {
    const element = skmElements[step.index]!;
    const chosen = answers[element.key];
    const back = () =>
      step.index > 0
        ? setStep({ kind: 'question', index: step.index - 1 })
        : offer
          ? onDone()
          : setStep({ kind: 'service' });
    const choose = (score: SurveyScore) => {
      setAnswers((a) => ({ ...a, [element.key]: score }));
      setStep(step.index + 1 < total ? { kind: 'question', index: step.index + 1 } : { kind: 'profile' });
    };
    return (
      <div
        className="kiosk-step"
        data-beside
        data-testid="kiosk-survey"
        data-step={`question-${element.key}`}
      >
        <Stack gap="md" data-area="top">
          <Text size="kiosk" c="dimmed" data-testid="survey-service">
            {t('survey.kiosk.serviceLabel', { service })}
          </Text>
          <Stack gap={6}>
            <Text size="kiosk" fw={700} c="civic.8" data-testid="survey-progress">
              {t('survey.kiosk.progress', { n: step.index + 1, total })}
            </Text>
            <Progress
              value={((step.index + 1) / total) * 100}
              size="lg"
              radius="xl"
              aria-label={t('survey.kiosk.progressLabel')}
            />
          </Stack>
          <Text size="kiosk" fw={600} c="dimmed">
            {element.key} · {element.name[lang]}
          </Text>
          <Title order={1} fz="kioskH2" lh={1.3} id={`survey-q-${element.key}`}>
            {element.question[lang]}
          </Title>
        </Stack>
        <Stack
          gap="lg"
          role="group"
          aria-labelledby={`survey-q-${element.key}`}
          data-area="middle"
          style={{ alignSelf: 'start' }}
        >
          {/* In the questionnaire's order (a = 1 … d = 4), as on the paper form and the portal, so the
              order of the answers is the same whichever way a visitor answers. */}
          {([1, 2, 3, 4] as const).map((score) => {
            const selected = chosen === score;
            return (
              <UnstyledButton
                key={score}
                className="kiosk-outline"
                onClick={() => choose(score)}
                aria-pressed={selected}
                data-testid={`survey-answer-${score}`}
                style={{
                  minHeight: 128,
                  padding: '20px 28px',
                  borderRadius: 'var(--mantine-radius-lg)',
                  background: selected ? 'var(--mantine-color-civic-8)' : 'white',
                  color: selected ? 'white' : 'var(--mantine-color-text)',
                  borderColor: selected ? 'var(--mantine-color-civic-8)' : undefined,
                }}
              >
                <Group justify="space-between" wrap="nowrap" gap="lg">
                  <Text fz="kioskH3" fw={700} component="span" lh={1.25}>
                    {element.answers[score - 1]![lang]}
                  </Text>
                  <ScaleDots score={score} selected={selected} />
                </Group>
              </UnstyledButton>
            );
          })}
        </Stack>
        <Group grow data-area="bottom">
          <Button size="kioskPrimary" variant="default" onClick={back} data-testid="survey-back">
            {t('survey.kiosk.back')}
          </Button>
          {chosen !== undefined && (
            <Button
              size="kioskPrimary"
              variant="light"
              onClick={() => choose(chosen)}
              data-testid="survey-next"
            >
              {t('survey.kiosk.next')}
            </Button>
          )}
        </Group>
      </div>
    );
  }

  if (step.kind === 'profile') {
    return (
      <div className="kiosk-step" data-testid="kiosk-survey" data-step="profile" style={{ maxWidth: 'none' }}>
        <Stack gap="xs" data-area="top">
          <Title order={1} fz="kioskH2">
            {t('survey.kiosk.profileTitle')}
          </Title>
          <Text size="kiosk">{t('survey.kiosk.profileHint')}</Text>
        </Stack>
        {/* One column on the portrait kiosk; two side by side on a landscape screen, so the buttons stay in view. */}
        <SimpleGrid
          cols={{ base: 1, lg: 2 }}
          spacing="xl"
          verticalSpacing="md"
          data-area="middle"
          style={{ alignSelf: 'start' }}
        >
          {profileFields.map((field) => {
            const q = profileQuestions[field];
            return (
              <Stack key={field} gap="xs" role="group" aria-labelledby={`survey-profile-${field}`}>
                <Text size="kioskLead" fw={700} id={`survey-profile-${field}`}>
                  {q.label[lang]}
                </Text>
                <SimpleGrid
                  cols={field === 'sex' ? 2 : field === 'ageBand' ? 3 : { base: 3, lg: 4 }}
                  spacing="xs"
                >
                  {q.options.map((o) => {
                    const selected = profile[field] === o.key;
                    return (
                      <Button
                        key={o.key}
                        size="kiosk"
                        px="sm"
                        variant={selected ? 'filled' : 'default'}
                        className={selected ? undefined : 'kiosk-outline'}
                        aria-pressed={selected}
                        onClick={() =>
                          setProfile((p) => {
                            const next = { ...p } as Record<string, string>;
                            if (selected) delete next[field];
                            else next[field] = o.key;
                            return next as RespondentProfile;
                          })
                        }
                        data-testid={`survey-profile-${field}-${o.key}`}
                      >
                        {o.label[lang]}
                      </Button>
                    );
                  })}
                </SimpleGrid>
              </Stack>
            );
          })}
        </SimpleGrid>
        <Group grow data-area="bottom">
          <Button
            size="kioskPrimary"
            variant="default"
            onClick={() => setStep({ kind: 'question', index: total - 1 })}
          >
            {t('survey.kiosk.back')}
          </Button>
          <Button
            size="kioskPrimary"
            onClick={() => setStep({ kind: 'suggestion' })}
            data-testid="survey-profile-next"
          >
            {Object.keys(profile).length > 0 ? t('survey.kiosk.next') : t('survey.kiosk.skip')}
          </Button>
        </Group>
      </div>
    );
  }

  if (step.kind === 'suggestion') {
    const checked = suggestionSchema.safeParse(suggestion);
    const tooLong = !checked.success ? checked.error.issues[0]?.message : undefined;
    const submit = () => {
      if (!serviceId || tooLong) return;
      send.mutate(
        {
          serviceId,
          token: offer?.token ?? null,
          answerSet: { answers: answers as Record<SurveyElementKey, SurveyScore>, profile, suggestion },
        },
        { onSuccess: () => setStep({ kind: 'done' }) },
      );
    };
    return (
      <div className="kiosk-step" data-beside data-testid="kiosk-survey" data-step="suggestion">
        <Stack gap="xs" data-area="top">
          <Title order={1} fz="kioskH1">
            {t('survey.kiosk.suggestionTitle')}
          </Title>
          <Text size="kioskLead">{t('survey.kiosk.suggestionHint')}</Text>
        </Stack>
        <Stack gap="md" data-area="middle" style={{ alignSelf: 'start' }}>
          <Textarea
            size="kiosk"
            label={t('survey.kiosk.suggestionLabel')}
            value={suggestion}
            onChange={(e) => setSuggestion(e.currentTarget.value)}
            autosize
            minRows={4}
            maxRows={8}
            error={tooLong ? t(tooLong) : undefined}
            description={t('survey.kiosk.suggestionCount', {
              count: [...suggestion].length,
              max: SUGGESTION_MAX_CHARS,
            })}
            data-testid="survey-suggestion"
          />
          <OnScreenKeyboard
            layout="text"
            value={suggestion}
            maxLength={SUGGESTION_MAX_CHARS * 2}
            onChange={setSuggestion}
          />
        </Stack>
        <Stack gap="md" data-area="bottom">
          {error && (
            <Alert color="red" role="alert" data-testid="survey-error">
              <Text size="kiosk">{t(error.messageKey, error.params)}</Text>
            </Alert>
          )}
          <Group grow>
            <Button size="kioskPrimary" variant="default" onClick={() => setStep({ kind: 'profile' })}>
              {t('survey.kiosk.back')}
            </Button>
            <Button
              size="kioskPrimary"
              onClick={submit}
              loading={send.isPending}
              disabled={Boolean(tooLong)}
              data-testid="survey-send"
            >
              {t('survey.kiosk.send')}
            </Button>
          </Group>
          {error && (
            <Button size="kiosk" variant="subtle" onClick={onDone}>
              {t('survey.kiosk.home')}
            </Button>
          )}
        </Stack>
      </div>
    );
  }

  return (
    <div className="kiosk-step" data-testid="kiosk-survey" data-step="done">
      <Stack align="center" gap="lg" data-area="top">
        <CheckIcon size={96} color="var(--mantine-color-teal-9)" />
        <Title order={1} fz="kioskH1" ta="center">
          {t('survey.kiosk.thanksTitle')}
        </Title>
        <Text size="kioskLead" ta="center">
          {t('survey.kiosk.thanksText')}
        </Text>
      </Stack>
      <Stack gap="md" data-area="bottom">
        <Button size="kioskPrimary" fullWidth onClick={onDone} data-testid="survey-done">
          {t('survey.kiosk.done')}
        </Button>
        <ResultCountdown onTimeout={onDone} />
      </Stack>
    </div>
  );
}
