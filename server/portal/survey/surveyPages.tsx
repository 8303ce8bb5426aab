/** @jsxImportSource hono/jsx */
// The portal's survey page: the nine questions with their own answers as large radio cards (one
// tap each on a phone), the optional profile and the suggestion; no script. Hono's JSX escapes every
// value, so what a visitor typed comes back as text.
import { Page, type Brand } from '../../web/layout';
import type { Lang } from '../../web/lang';
import {
  profileFields,
  profileQuestions,
  skmElements,
  SUGGESTION_MAX_CHARS,
  OCCUPATION_OTHER_MAX_CHARS,
} from '../../../shared/survey/questionnaire';
import { colours, desk, spacing } from '../../../shared/theme/tokens';
import { surveyFieldError, surveyPortalText } from './surveyPortalText';

export interface SurveyFrame {
  readonly lang: Lang;
  readonly brand: Brand;
  readonly langHref: string;
}

/** What the visitor sent, as text, to fill the form again when something is missing. */
export type SurveyFormValues = Readonly<Record<string, string | undefined>>;

export function SurveyForm(
  props: SurveyFrame & {
    action: string;
    serviceName: string;
    values: SurveyFormValues;
    /** Field path ('answers.U3', 'suggestion', …) → message key. */
    errors: Readonly<Record<string, string>>;
  },
) {
  const t = surveyPortalText[props.lang];
  const hasErrors = Object.keys(props.errors).length > 0;
  return (
    <Page lang={props.lang} title={t.title} brand={props.brand} langHref={props.langHref}>
      <link rel="stylesheet" href="/survey/survey.css" />
      <div class="card">
        <h1>{t.title}</h1>
        <p>{t.intro(props.serviceName)}</p>
        <p class="hint">{t.anonymous}</p>
        {hasErrors && (
          <div class="alert" role="alert">
            {t.checkFields}
          </div>
        )}
        <form method="post" action={props.action} novalidate>
          {skmElements.map((e, i) => {
            const error = props.errors[`answers.${e.key}`];
            return (
              <fieldset
                class="survey-q"
                aria-describedby={error ? `${e.key}-error` : undefined}
                data-element={e.key}
              >
                <legend>
                  <span class="survey-n">{t.question(i + 1, skmElements.length)}</span>
                  <span class="survey-text">{e.question[props.lang]}</span>
                </legend>
                <div class="survey-answers">
                  {e.answers.map((a, j) => (
                    <label class="day survey-answer">
                      <input
                        type="radio"
                        name={e.key}
                        value={String(j + 1)}
                        required
                        checked={props.values[e.key] === String(j + 1)}
                      />
                      <span>{a[props.lang]}</span>
                    </label>
                  ))}
                </div>
                {error && (
                  <p class="error" id={`${e.key}-error`}>
                    {surveyFieldError(props.lang, error)}
                  </p>
                )}
              </fieldset>
            );
          })}
          <fieldset>
            <legend>{t.profileTitle}</legend>
            <p class="hint">{t.profileHint}</p>
            {profileFields.map((field) => {
              const q = profileQuestions[field];
              const error = props.errors[`profile.${field}`];
              return (
                <div>
                  <label for={`profile-${field}`}>{q.label[props.lang]}</label>
                  <select id={`profile-${field}`} name={field} aria-invalid={error ? 'true' : undefined}>
                    <option value="">{t.notSaying}</option>
                    {q.options.map((o) => (
                      <option value={o.key} selected={props.values[field] === o.key}>
                        {o.label[props.lang]}
                      </option>
                    ))}
                  </select>
                  {error && <p class="error">{surveyFieldError(props.lang, error)}</p>}
                </div>
              );
            })}
            <div>
              <label for="occupationOther">{t.occupationOther}</label>
              <input
                id="occupationOther"
                name="occupationOther"
                type="text"
                maxlength={OCCUPATION_OTHER_MAX_CHARS * 2}
                value={props.values.occupationOther ?? ''}
                aria-invalid={props.errors['profile.occupationOther'] ? 'true' : undefined}
              />
              {props.errors['profile.occupationOther'] && (
                <p class="error">{surveyFieldError(props.lang, props.errors['profile.occupationOther'])}</p>
              )}
            </div>
          </fieldset>
          <div>
            <label for="suggestion">{t.suggestion}</label>
            <textarea
              id="suggestion"
              name="suggestion"
              rows={5}
              aria-describedby="suggestion-hint"
              aria-invalid={props.errors.suggestion ? 'true' : undefined}
            >
              {props.values.suggestion ?? ''}
            </textarea>
            <p class="hint" id="suggestion-hint">
              {t.suggestionHint(SUGGESTION_MAX_CHARS)}
            </p>
            {props.errors.suggestion && (
              <p class="error">{surveyFieldError(props.lang, props.errors.suggestion)}</p>
            )}
          </div>
          <div class="actions">
            <button type="submit">{t.send}</button>
          </div>
        </form>
      </div>
    </Page>
  );
}

/** A short page that says one thing: thanks, already answered, unknown link. */
export function SurveyNotice(props: SurveyFrame & { title: string; text: string }) {
  return (
    <Page lang={props.lang} title={props.title} brand={props.brand} langHref={props.langHref}>
      <div class="card" data-survey-notice="">
        <h1>{props.title}</h1>
        <p>{props.text}</p>
      </div>
    </Page>
  );
}

/** The few rules the shared page style does not have: the answer grid and the suggestion box. */
export const surveyCss = `
.survey-q { margin: 0 0 ${spacing.lg}px; }
.survey-q legend { display: flex; flex-direction: column; gap: 4px; }
.survey-n { font-size: 15px; font-weight: 600; color: ${colours.dimmed}; }
.survey-text { font-size: 19px; font-weight: 700; line-height: 1.35; color: ${colours.text}; }
.survey-answers { display: grid; grid-template-columns: 1fr; gap: ${spacing.xs}px; margin-top: ${spacing.xs}px; }
@media (min-width: 640px) { .survey-answers { grid-template-columns: 1fr 1fr; } }
textarea { width: 100%; min-height: 120px; font: inherit; font-size: 18px; padding: 10px 12px; color: ${colours.text};
  border: 2px solid ${colours.controlBorder}; border-radius: ${desk.radius}px; background: #fff; }
textarea[aria-invalid=true] { border-color: ${colours.error}; }
`;
