import { describe, expect, it } from 'vitest';
import type { RespondentProfile, SurveyAnswers } from '../../../shared/survey/answerSet';
import { answerDistribution, profileBreakdown } from '../../../shared/survey/tally';

const set = (scores: number[]) =>
  Object.fromEntries(scores.map((s, i) => [`U${i + 1}`, s])) as unknown as SurveyAnswers;

describe('answer distribution per element', () => {
  it('counts each answer of each element', () => {
    const d = answerDistribution([set([4, 4, 3, 4, 1, 2, 3, 4, 4]), set([4, 3, 3, 4, 2, 2, 3, 4, 1])]);
    expect(d.U1).toEqual([0, 0, 0, 2]);
    expect(d.U2).toEqual([0, 0, 1, 1]);
    expect(d.U5).toEqual([1, 1, 0, 0]);
    expect(d.U9).toEqual([1, 0, 0, 1]);
  });
});

describe('respondent profile tables', () => {
  it('counts every option, also those nobody chose, and those who left the question out', () => {
    const profiles: RespondentProfile[] = [
      { sex: 'female', ageBand: '20-29', occupation: 'student' },
      { sex: 'male', ageBand: '20-29' },
      { sex: 'female' },
      {},
    ];
    const t = profileBreakdown(profiles);
    expect(t.sex).toEqual([
      { key: 'male', count: 1, percent: 25 },
      { key: 'female', count: 2, percent: 50 },
      { key: null, count: 1, percent: 25 },
    ]);
    expect(t.ageBand.find((r) => r.key === '20-29')).toEqual({ key: '20-29', count: 2, percent: 50 });
    expect(t.ageBand.find((r) => r.key === '60-plus')).toEqual({ key: '60-plus', count: 0, percent: 0 });
    expect(t.education.at(-1)).toEqual({ key: null, count: 4, percent: 100 });
    expect(t.occupation).toHaveLength(8);
  });

  it('gives zero percentages, not NaN, for an empty period', () => {
    expect(profileBreakdown([]).sex.every((r) => r.count === 0 && r.percent === 0)).toBe(true);
  });
});
