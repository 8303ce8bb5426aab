import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SurveyAnswers } from '../../../shared/survey/answerSet';
import {
  REGULATION_PUBLISHED_WEIGHT,
  computeIkm,
  gradeOf,
  gradeOfHundredths,
  ikmFromElementSums,
  weightNote,
} from '../../../shared/survey/ikm';
import { surveyElementKeys } from '../../../shared/survey/questionnaire';
import type { SurveyElementKey, SurveyScore } from '../../../shared/survey/questionnaire';

// Oracles here are written out by hand or computed in the test with plain arithmetic that shares no
// code with shared/survey/ikm.ts.

const KEYS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;

/** Twenty answer sets whose element sums are `sums` (each 60..80): (sum − 60) fours, the rest threes. */
function twentyRespondentsWithSums(sums: readonly number[]): SurveyAnswers[] {
  return Array.from(
    { length: 20 },
    (_, r) =>
      Object.fromEntries(KEYS.map((k, i) => [k, r < sums[i]! - 60 ? 4 : 3])) as unknown as SurveyAnswers,
  );
}

/** Element sums adding up to `total`, spread as evenly as possible over the nine elements. */
function evenSums(total: number): Record<SurveyElementKey, number> {
  const base = Math.floor(total / 9);
  const extra = total - 9 * base;
  return Object.fromEntries(KEYS.map((k, i) => [k, base + (i < extra ? 1 : 0)])) as Record<
    SurveyElementKey,
    number
  >;
}

describe('the worked example of indonesian-services.md §2 (20 respondents, Σ 636)', () => {
  const sums = [71, 70, 68, 80, 70, 72, 73, 66, 66];
  const answerSets = twentyRespondentsWithSums(sums);

  it('builds the example faithfully (the element sums are the reference’s)', () => {
    for (const [i, k] of KEYS.entries()) {
      expect(answerSets.reduce((acc, a) => acc + a[k], 0)).toBe(sums[i]);
    }
  });

  const result = computeIkm(answerSets)!;

  it('has the reference NRR per element: 3,55 · 3,50 · 3,40 · 4,00 · 3,50 · 3,60 · 3,65 · 3,30 · 3,30', () => {
    expect(result.respondents).toBe(20);
    expect(result.total).toBe(636);
    expect(result.elements.map((e) => e.key)).toEqual(KEYS);
    expect(result.elements.map((e) => e.sum)).toEqual(sums);
    const expected = [3.55, 3.5, 3.4, 4.0, 3.5, 3.6, 3.65, 3.3, 3.3];
    result.elements.forEach((e, i) => expect(e.mean).toBeCloseTo(expected[i]!, 12));
    // NRR tertimbang = NRR × 1/9: 3,55/9 = 0,39444…
    expect(result.elements[0]!.weightedMean).toBeCloseTo(0.394444444, 8);
  });

  it('gives IKM 88,33 = A (Sangat Baik) with the exact weight 1/9', () => {
    expect(result.ikm).toBe(88.33);
    expect(result.ikmUnrounded).toBeCloseTo(88.3333333, 6);
    expect(result.grade).toBe('A');
    expect(result.label).toEqual({ id: 'Sangat Baik', en: 'Very good' });
  });

  it('reports the regulation’s 0,111 figure beside it: 88,25 = B, for comparison only', () => {
    expect(REGULATION_PUBLISHED_WEIGHT).toBe(0.111);
    expect(result.ikmWithPublishedWeight).toBe(88.25);
    expect(result.gradeWithPublishedWeight).toBe('B');
    expect(weightNote.id).toContain('1/9');
    expect(weightNote.id).toContain('0,111');
    expect(weightNote.en).toContain('0.111');
  });

  it('gives each element its own index (NRR × 25) and grade', () => {
    expect(result.elements.map((e) => e.index)).toEqual([88.75, 87.5, 85, 100, 87.5, 90, 91.25, 82.5, 82.5]);
    expect(result.elements.map((e) => e.grade)).toEqual(['A', 'B', 'B', 'A', 'B', 'A', 'A', 'B', 'B']);
  });

  it('names the weakest elements, both when tied (U8 Sarana and U9 Pengaduan, 3,30)', () => {
    expect(result.weakestElements).toEqual(['U8', 'U9']);
  });

  it('gives the same result from the element sums as a database aggregate yields them', () => {
    const fromSums = ikmFromElementSums(
      Object.fromEntries(KEYS.map((k, i) => [k, sums[i]])) as Record<SurveyElementKey, number>,
      20,
    );
    expect(fromSums).toEqual(result);
  });
});

describe('a wrong weight is caught', () => {
  it('all answers "very good" give exactly 100,00 (9 × 0,111 would cap it at 99,90)', () => {
    const best = Object.fromEntries(KEYS.map((k) => [k, 4])) as unknown as SurveyAnswers;
    const r = computeIkm([best, best, best])!;
    expect(r.ikm).toBe(100);
    expect(r.ikmWithPublishedWeight).toBe(99.9);
    expect(r.weakestElements).toEqual(KEYS);
  });

  it('all answers "worst" give exactly 25,00 = D', () => {
    const worst = Object.fromEntries(KEYS.map((k) => [k, 1])) as unknown as SurveyAnswers;
    const r = computeIkm([worst])!;
    expect(r.ikm).toBe(25);
    expect(r.grade).toBe('D');
    expect(r.label.id).toBe('Tidak Baik');
  });

  it('a mean of 3,534 on every element gives 88,35 = A (0,111 would give 88,26 = B; DOMAIN.md)', () => {
    // 500 respondents, each element Σ 1767 → NRR 3,534.
    const r = ikmFromElementSums(
      Object.fromEntries(KEYS.map((k) => [k, 1767])) as Record<SurveyElementKey, number>,
      500,
    )!;
    expect(r.ikm).toBe(88.35);
    expect(r.grade).toBe('A');
    expect(r.ikmWithPublishedWeight).toBe(88.26);
    expect(r.gradeWithPublishedWeight).toBe('B');
  });

  it('weighs every element the same: moving points between elements leaves the IKM as it was', () => {
    const a = ikmFromElementSums(
      { U1: 40, U2: 10, U3: 10, U4: 10, U5: 10, U6: 10, U7: 10, U8: 10, U9: 10 },
      10,
    )!;
    const b = ikmFromElementSums(
      { U1: 10, U2: 10, U3: 10, U4: 10, U5: 10, U6: 10, U7: 10, U8: 10, U9: 40 },
      10,
    )!;
    // Σ 120 over 10 respondents and 9 elements: 25 × 120 / 90 = 33,33.
    expect(a.ikm).toBe(33.33);
    expect(b.ikm).toBe(33.33);
    expect(a.weakestElements).toEqual(['U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(b.weakestElements).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8']);
  });
});

describe('grade bands (≥ 88,31 A · ≥ 76,61 B · ≥ 65,00 C · else D)', () => {
  it.each([
    [10000, 'A', 'Sangat Baik'],
    [8831, 'A', 'Sangat Baik'],
    [8830, 'B', 'Baik'],
    [7661, 'B', 'Baik'],
    [7660, 'C', 'Kurang Baik'],
    [6500, 'C', 'Kurang Baik'],
    [6499, 'D', 'Tidak Baik'],
    [2500, 'D', 'Tidak Baik'],
  ])('an index of %i hundredths is %s (%s)', (hundredths, grade, label) => {
    expect(gradeOfHundredths(hundredths).grade).toBe(grade);
    expect(gradeOfHundredths(hundredths).label.id).toBe(label);
    expect(gradeOf(hundredths / 100).grade).toBe(grade);
  });

  it.each([2499, 10001, 8830.5, Number.NaN])('refuses %s hundredths, outside any IKM', (h) => {
    expect(() => gradeOfHundredths(h)).toThrow(RangeError);
  });

  // (respondents, Σ of all scores) pairs found by hand whose IKM rounds to either side of each edge.
  it.each([
    [24, 763, 88.31, 'A'], // 88,3102
    [19, 604, 88.3, 'B'], // 88,3041
    [19, 524, 76.61, 'B'], // 76,6082
    [26, 717, 76.6, 'C'], // 76,6026
    [5, 117, 65, 'C'], // 65,0000
    [38, 889, 64.99, 'D'], // 64,9854
  ])('%i respondents with Σ %i give IKM %s = %s', (n, total, ikm, grade) => {
    const r = ikmFromElementSums(evenSums(total), n)!;
    expect(r.ikm).toBe(ikm);
    expect(r.grade).toBe(grade);
  });

  it('rounds an exact half up, without floating-point residue: 88,305 → 88,31 = A', () => {
    // 25 × 158 949 ÷ (9 × 5 000) = 88,305 exactly; in floating point 88.305 × 100 is 8830.4999…
    const r = ikmFromElementSums(evenSums(158_949), 5_000)!;
    expect(r.ikm).toBe(88.31);
    expect(r.grade).toBe('A');
  });
});

describe('input that cannot be an SKM', () => {
  it('gives no index for zero respondents', () => {
    expect(computeIkm([])).toBeNull();
    expect(ikmFromElementSums(evenSums(0), 0)).toBeNull();
  });

  it('refuses element sums outside n..4n and fractional respondents', () => {
    expect(() => ikmFromElementSums({ ...evenSums(90), U3: 9 }, 10)).toThrow(RangeError);
    expect(() => ikmFromElementSums({ ...evenSums(90), U3: 41 }, 10)).toThrow(RangeError);
    expect(() => ikmFromElementSums(evenSums(90), 2.5)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random surveys.

const scoreArb = fc.constantFrom<SurveyScore>(1, 2, 3, 4);
const answerSetArb: fc.Arbitrary<SurveyAnswers> = fc.record(
  Object.fromEntries(KEYS.map((k) => [k, scoreArb])) as Record<SurveyElementKey, fc.Arbitrary<SurveyScore>>,
);
const surveyArb = fc.array(answerSetArb, { minLength: 1, maxLength: 60 });

describe('properties', () => {
  it('the IKM always lies within 25..100, and so does every element index', () => {
    fc.assert(
      fc.property(surveyArb, (sets) => {
        const r = computeIkm(sets)!;
        expect(r.ikm).toBeGreaterThanOrEqual(25);
        expect(r.ikm).toBeLessThanOrEqual(100);
        for (const e of r.elements) {
          expect(e.index).toBeGreaterThanOrEqual(25);
          expect(e.index).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('equals 25 × the mean of all scores, rounded to 2 decimals (plain arithmetic oracle)', () => {
    fc.assert(
      fc.property(surveyArb, (sets) => {
        const scores = sets.flatMap((s) => KEYS.map((k) => s[k]));
        const oracle = (25 * scores.reduce((a, b) => a + b, 0)) / scores.length;
        expect(Math.abs(computeIkm(sets)!.ikm - oracle)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });

  it('is monotone in every answer: raising one answer never lowers the IKM, its element or the grade', () => {
    const rank = { A: 0, B: 1, C: 2, D: 3 } as const;
    fc.assert(
      fc.property(
        surveyArb,
        fc.nat(),
        fc.constantFrom(...KEYS),
        fc.integer({ min: 1, max: 3 }),
        (sets, which, key, raise) => {
          const i = which % sets.length;
          fc.pre(sets[i]![key] + raise <= 4);
          const raised = sets.map((s, j) =>
            j === i ? ({ ...s, [key]: s[key] + raise } as SurveyAnswers) : s,
          );
          const before = computeIkm(sets)!;
          const after = computeIkm(raised)!;
          expect(after.ikmUnrounded).toBeGreaterThan(before.ikmUnrounded);
          expect(after.ikm).toBeGreaterThanOrEqual(before.ikm);
          expect(rank[after.grade]).toBeLessThanOrEqual(rank[before.grade]);
          const el = (r: typeof before) => r.elements.find((e) => e.key === key)!;
          expect(el(after).mean).toBeGreaterThan(el(before).mean);
          expect(el(after).index).toBeGreaterThanOrEqual(el(before).index);
          for (const other of KEYS.filter((k) => k !== key)) {
            expect(after.elements.find((e) => e.key === other)).toEqual(
              before.elements.find((e) => e.key === other),
            );
          }
        },
      ),
    );
  });

  it('does not depend on the order of the answer sets', () => {
    fc.assert(
      fc.property(surveyArb, (sets) => {
        expect(computeIkm([...sets].reverse())).toEqual(computeIkm(sets));
      }),
    );
  });

  it('names as weakest exactly the elements with the lowest mean', () => {
    fc.assert(
      fc.property(surveyArb, (sets) => {
        const sum = (k: SurveyElementKey) => sets.reduce((a, s) => a + s[k], 0);
        const lowest = Math.min(...KEYS.map(sum));
        expect(computeIkm(sets)!.weakestElements).toEqual(KEYS.filter((k) => sum(k) === lowest));
      }),
    );
  });

  it('keys every element result by the questionnaire’s keys, in order', () => {
    expect(
      computeIkm(twentyRespondentsWithSums([60, 60, 60, 60, 60, 60, 60, 60, 60]))!.elements.map((e) => e.key),
    ).toEqual([...surveyElementKeys]);
  });
});
