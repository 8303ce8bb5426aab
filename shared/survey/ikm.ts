// The Indeks Kepuasan Masyarakat (IKM) of PermenPANRB 14/2017, as offices publish the method:
//   NRR per element     = Σ scores of the element ÷ number of filled questionnaires   (the element's mean)
//   weighted NRR        = NRR × weight, weight = 1 ÷ number of elements               (1/9 for nine)
//   IKM                 = Σ weighted NRR × 25                                          (range 25–100)
// then the grade (mutu) A…D from the rounded IKM. Pure: no node:, no DOM.
//
// Exactness. Every answer set answers all nine elements, so Σ NRR × 1/9 × 25 equals
// 25 × (Σ of all scores) ÷ (9 × respondents): a ratio of integers. The rounded values below are
// computed from those integers (in hundredths, rounding half up), so no floating-point residue can
// push an index across a band edge such as 88.31, and only the final figure is rounded.
import type { Bilingual, SurveyElementKey } from './questionnaire';
import { surveyElementKeys } from './questionnaire';
import type { SurveyAnswers } from './answerSet';

/** The IKM's conversion factor: a mean on the 1–4 scale × 25 gives an index on 25–100. */
export const IKM_SCALE = 25;

/** Number of elements; each weighs exactly 1/ELEMENT_COUNT. */
export const ELEMENT_COUNT = surveyElementKeys.length;

/**
 * The weight as the regulation's annex prints it. 9 × 0.111 = 0.999, so it caps the index at 99.90
 * and lowers every result by 0.1 %, enough to move one across a band edge: the worked example in
 * the reference (20 respondents, Σ 636) gives 88.33 = A with 1/9 and 88.25 = B with 0.111.
 * Loket computes with exactly 1/9 and shows the 0.111 figure only for comparison, labelled.
 */
export const REGULATION_PUBLISHED_WEIGHT = 0.111;

/** The note shown under every index and in every export. */
export const weightNote: Bilingual = {
  id:
    'IKM dihitung dengan bobot tepat 1/9 untuk setiap unsur. Lampiran PermenPANRB 14/2017 menuliskan ' +
    'bobot 0,111; karena 9 × 0,111 = 0,999, angka itu membatasi IKM paling tinggi 99,90 dan dapat ' +
    'menggeser hasil ke mutu di bawahnya. Nilai dengan bobot 0,111 ditampilkan hanya sebagai pembanding.',
  en:
    'The IKM is computed with an exact weight of 1/9 per element. The annex of PermenPANRB 14/2017 ' +
    'prints the weight as 0.111; since 9 × 0.111 = 0.999, that figure caps the IKM at 99.90 and can ' +
    'move a result into the grade below. The value with the 0.111 weight is shown for comparison only.',
};

export const ikmGradeKeys = ['A', 'B', 'C', 'D'] as const;
export type IkmGrade = (typeof ikmGradeKeys)[number];

export interface IkmGradeBand {
  readonly grade: IkmGrade;
  /** Lowest rounded index (in hundredths) that earns the grade. */
  readonly minHundredths: number;
  /** The band as printed: "88,31 – 100,00". */
  readonly range: Bilingual;
  /** Kinerja unit pelayanan. */
  readonly label: Bilingual;
}

/**
 * The bands offices grade by (DOMAIN.md "Satisfaction survey"; the same thresholds in several
 * agencies' published reports), best first; the 2004 KEP/25 bands are outdated.
 */
export const ikmGradeBands: readonly IkmGradeBand[] = [
  {
    grade: 'A',
    minHundredths: 8831,
    range: { id: '88,31 – 100,00', en: '88.31 – 100.00' },
    label: { id: 'Sangat Baik', en: 'Very good' },
  },
  {
    grade: 'B',
    minHundredths: 7661,
    range: { id: '76,61 – 88,30', en: '76.61 – 88.30' },
    label: { id: 'Baik', en: 'Good' },
  },
  {
    grade: 'C',
    minHundredths: 6500,
    range: { id: '65,00 – 76,60', en: '65.00 – 76.60' },
    label: { id: 'Kurang Baik', en: 'Not quite good' },
  },
  {
    grade: 'D',
    minHundredths: 2500,
    range: { id: '25,00 – 64,99', en: '25.00 – 64.99' },
    label: { id: 'Tidak Baik', en: 'Not good' },
  },
];

/** Round half up of a non-negative ratio of integers, exactly: round(num / den). */
function roundRatio(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/** The grade of a rounded index given in hundredths (8833 for 88,33). */
export function gradeOfHundredths(hundredths: number): IkmGradeBand {
  if (!Number.isInteger(hundredths) || hundredths < 2500 || hundredths > 10000) {
    throw new RangeError(`an IKM lies within 25.00..100.00, not ${hundredths / 100}`);
  }
  return ikmGradeBands.find((b) => hundredths >= b.minHundredths)!;
}

/** The grade of an index already rounded to 2 decimals (88.33). */
export function gradeOf(index: number): IkmGradeBand {
  return gradeOfHundredths(Math.round(index * 100));
}

export interface ElementIndex {
  readonly key: SurveyElementKey;
  /** Σ nilai of the element. */
  readonly sum: number;
  /** NRR: the element's mean on the 1–4 scale, full precision. */
  readonly mean: number;
  /** NRR tertimbang: mean × 1/9, full precision. */
  readonly weightedMean: number;
  /** The element's own index, NRR × 25, rounded to 2 decimals. */
  readonly index: number;
  readonly grade: IkmGrade;
  readonly label: Bilingual;
}

export interface IkmIndex {
  readonly respondents: number;
  /** Σ of every score given (Σ of the element sums). */
  readonly total: number;
  readonly elements: readonly ElementIndex[];
  /** IKM rounded to 2 decimals, the figure that is graded and reported. */
  readonly ikm: number;
  /** IKM before rounding. */
  readonly ikmUnrounded: number;
  readonly grade: IkmGrade;
  readonly label: Bilingual;
  /** The elements with the lowest mean (more than one when tied), in questionnaire order. */
  readonly weakestElements: readonly SurveyElementKey[];
  /** The same data with the regulation's printed weight 0.111, rounded; for comparison only. */
  readonly ikmWithPublishedWeight: number;
  readonly gradeWithPublishedWeight: IkmGrade;
}

export type ElementSums = Readonly<Record<SurveyElementKey, number>>;

/**
 * The index from each element's Σ nilai and the number of filled questionnaires, as a database
 * aggregate gives them. Null when nobody answered: there is no index of zero respondents.
 */
export function ikmFromElementSums(sums: ElementSums, respondents: number): IkmIndex | null {
  if (!Number.isInteger(respondents) || respondents < 0) {
    throw new RangeError(`respondents must be a whole number, not ${respondents}`);
  }
  for (const key of surveyElementKeys) {
    const sum = sums[key];
    if (!Number.isInteger(sum) || sum < respondents || sum > 4 * respondents) {
      throw new RangeError(
        `the sum of ${key} must lie within ${respondents}..${4 * respondents}, not ${sum}`,
      );
    }
  }
  if (respondents === 0) return null;

  const elements = surveyElementKeys.map((key): ElementIndex => {
    const sum = sums[key];
    const band = gradeOfHundredths(roundRatio(IKM_SCALE * 100 * sum, respondents));
    return {
      key,
      sum,
      mean: sum / respondents,
      weightedMean: sum / respondents / ELEMENT_COUNT,
      index: roundRatio(IKM_SCALE * 100 * sum, respondents) / 100,
      grade: band.grade,
      label: band.label,
    };
  });

  const total = elements.reduce((acc, e) => acc + e.sum, 0);
  // Σ (sum_e / n) × 1/9 × 25 = 25 × total / (9n), in hundredths.
  const hundredths = roundRatio(IKM_SCALE * 100 * total, ELEMENT_COUNT * respondents);
  const band = gradeOfHundredths(hundredths);
  // Σ (sum_e / n) × 111/1000 × 25, in hundredths: 2500 × 111 × total / (1000 n) = 2775 total / (10 n).
  const publishedHundredths = roundRatio(IKM_SCALE * 111 * total, 10 * respondents);

  const lowest = Math.min(...elements.map((e) => e.sum));
  return {
    respondents,
    total,
    elements,
    ikm: hundredths / 100,
    ikmUnrounded: (IKM_SCALE * total) / (ELEMENT_COUNT * respondents),
    grade: band.grade,
    label: band.label,
    weakestElements: elements.filter((e) => e.sum === lowest).map((e) => e.key),
    ikmWithPublishedWeight: publishedHundredths / 100,
    gradeWithPublishedWeight: gradeOfHundredths(Math.max(2500, publishedHundredths)).grade,
  };
}

/** Σ nilai per element over the answer sets. */
export function elementSums(answerSets: readonly SurveyAnswers[]): ElementSums {
  const sums = Object.fromEntries(surveyElementKeys.map((k) => [k, 0])) as Record<SurveyElementKey, number>;
  for (const answers of answerSets) for (const key of surveyElementKeys) sums[key] += answers[key];
  return sums;
}

/** The index of a list of answer sets; null when the list is empty. */
export function computeIkm(answerSets: readonly SurveyAnswers[]): IkmIndex | null {
  return ikmFromElementSums(elementSums(answerSets), answerSets.length);
}
