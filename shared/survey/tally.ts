// Counts a report shows beside the index: how many respondents gave each answer of each element
// ("distribusi jawaban per unsur") and the respondents' characteristics (karakteristik responden:
// sex, age band, education, occupation), each with those who left the question out. Pure.
import type { RespondentProfile, SurveyAnswers } from './answerSet';
import type { ProfileField, SurveyElementKey } from './questionnaire';
import { profileFields, profileQuestions, surveyElementKeys } from './questionnaire';

/** Per element, the number of respondents who gave score 1, 2, 3, 4 (index 0…3). */
export type AnswerDistribution = Readonly<
  Record<SurveyElementKey, readonly [number, number, number, number]>
>;

export function answerDistribution(answerSets: readonly SurveyAnswers[]): AnswerDistribution {
  const counts = Object.fromEntries(surveyElementKeys.map((k) => [k, [0, 0, 0, 0]])) as Record<
    SurveyElementKey,
    [number, number, number, number]
  >;
  for (const answers of answerSets) {
    for (const key of surveyElementKeys) {
      const row = counts[key];
      const at = answers[key] - 1;
      row[at] = (row[at] ?? 0) + 1;
    }
  }
  return counts;
}

export interface ProfileRow {
  /** The option's key, or null for respondents who left the question out. */
  readonly key: string | null;
  readonly count: number;
  /** Share of all respondents, in percent, full precision (0 when there are none). */
  readonly percent: number;
}

/** One table per profile question: every option (also those nobody chose), then "not stated". */
export type ProfileBreakdown = Readonly<Record<ProfileField, readonly ProfileRow[]>>;

export function profileBreakdown(profiles: readonly RespondentProfile[]): ProfileBreakdown {
  const total = profiles.length;
  const pct = (count: number) => (total === 0 ? 0 : (count / total) * 100);
  const table = (field: ProfileField): ProfileRow[] => {
    const options = profileQuestions[field].options.map((o) => o.key as string);
    const rows = options.map((key) => {
      const count = profiles.filter((p) => p[field] === key).length;
      return { key, count, percent: pct(count) };
    });
    const unstated = profiles.filter((p) => p[field] === undefined).length;
    return [...rows, { key: null, count: unstated, percent: pct(unstated) }];
  };
  return Object.fromEntries(profileFields.map((f) => [f, table(f)])) as unknown as ProfileBreakdown;
}
