// One respondent's answers to the SKM questionnaire, as the kiosk and the portal send them and the
// core stores them: the nine scores by element key, the optional profile, the optional suggestion.
// Errors are message keys under `errors.survey.` (the renderer and the portal translate them).
import { z } from 'zod';
import { cleanText } from '../text';
import {
  OCCUPATION_OTHER_MAX_CHARS,
  SUGGESTION_MAX_CHARS,
  ageBandOptions,
  educationOptions,
  occupationOptions,
  sexOptions,
  surveyElementKeys,
} from './questionnaire';
import type { SurveyElementKey, SurveyScore } from './questionnaire';

const keysOf = <T extends readonly { key: string }[]>(options: T) =>
  options.map((o) => o.key) as unknown as [T[number]['key'], ...T[number]['key'][]];

export const surveyScoreSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'errors.survey.answerInvalid',
});

/** Every element answered exactly once: the index divides by the number of filled questionnaires. */
export const surveyAnswersSchema = z
  .object(
    Object.fromEntries(
      surveyElementKeys.map((k) => [
        k,
        z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
          // A missing element and a wrong value are told apart: the kiosk points at the missing one.
          error: (issue) =>
            issue.input === undefined ? 'errors.survey.answerMissing' : 'errors.survey.answerInvalid',
        }),
      ]),
    ) as Record<SurveyElementKey, typeof surveyScoreSchema>,
    { error: 'errors.survey.answersRequired' },
  )
  .strict();
export type SurveyAnswers = Readonly<Record<SurveyElementKey, SurveyScore>>;

/**
 * Optional free text: normalised (cleanText), then an empty answer is no answer. Text that is too
 * long is refused with a clear error rather than cut, so the visitor loses nothing they meant to say;
 * a huge input is refused before normalising. Markup is kept as the text the visitor typed:
 * every page renders it escaped.
 */
const optionalText = (max: number, tooLongKey: string) =>
  z
    .string({ error: 'errors.survey.textInvalid' })
    .max(max * 4, { error: tooLongKey })
    .transform(cleanText)
    // Count characters as people do: an emoji is one, not the two UTF-16 units it takes.
    .refine((s) => [...s].length <= max, { error: tooLongKey })
    .transform((s) => (s === '' ? undefined : s))
    .optional()
    .transform((s) => s || undefined);

export const respondentProfileSchema = z
  .object({
    ageBand: z.enum(keysOf(ageBandOptions), { error: 'errors.survey.profileInvalid' }).optional(),
    sex: z.enum(keysOf(sexOptions), { error: 'errors.survey.profileInvalid' }).optional(),
    education: z.enum(keysOf(educationOptions), { error: 'errors.survey.profileInvalid' }).optional(),
    occupation: z.enum(keysOf(occupationOptions), { error: 'errors.survey.profileInvalid' }).optional(),
    /** "Lainnya, sebutkan", kept only when the occupation is 'other'. */
    occupationOther: optionalText(OCCUPATION_OTHER_MAX_CHARS, 'errors.survey.occupationOtherTooLong'),
  })
  .strict()
  .transform(({ occupationOther, ...rest }) =>
    rest.occupation === 'other' && occupationOther ? { ...rest, occupationOther } : rest,
  );
export type RespondentProfile = z.output<typeof respondentProfileSchema>;

export const suggestionSchema = optionalText(SUGGESTION_MAX_CHARS, 'errors.survey.suggestionTooLong');

/** One answer set: what one respondent gave for one service event. */
export const surveyAnswerSetSchema = z
  .object({
    answers: surveyAnswersSchema,
    profile: respondentProfileSchema.optional().transform((p) => p ?? {}),
    suggestion: suggestionSchema,
  })
  .strict();
export type SurveyAnswerSetInput = z.input<typeof surveyAnswerSetSchema>;
export type SurveyAnswerSet = z.output<typeof surveyAnswerSetSchema>;
