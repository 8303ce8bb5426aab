import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krejcieMorganSampleSize, sampleStatus } from '../../../shared/survey/sampleSize';

describe('Krejcie–Morgan sample size (indonesian-services.md §3)', () => {
  // The table as the reference prints it (Inspektorat Kota Pontianak, SKM 2019).
  it.each([
    [10, 10],
    [20, 19],
    [30, 28],
    [50, 44],
    [75, 63],
    [100, 80],
    [150, 108],
    [200, 132],
    [300, 169],
    [500, 217],
    [1_000, 278],
    [2_000, 322],
    [5_000, 357],
    [10_000, 370],
    [1_000_000, 384],
  ])('a population of %i needs %i respondents', (population, sample) => {
    expect(krejcieMorganSampleSize(population)).toBe(sample);
  });

  it('needs nobody when nobody was served, and everybody of a population of one', () => {
    expect(krejcieMorganSampleSize(0)).toBe(0);
    expect(krejcieMorganSampleSize(1)).toBe(1);
  });

  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a population of %s', (n) => {
    expect(() => krejcieMorganSampleSize(n)).toThrow(RangeError);
  });

  it('never asks more than the population nor more than 384, and grows with the population', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 1000 }), (n, more) => {
        const s = krejcieMorganSampleSize(n);
        expect(s).toBeLessThanOrEqual(n);
        expect(s).toBeLessThanOrEqual(384);
        expect(krejcieMorganSampleSize(n + more)).toBeGreaterThanOrEqual(s);
      }),
    );
  });

  it('reports target and achieved side by side', () => {
    expect(sampleStatus(100, 62)).toEqual({ population: 100, target: 80, achieved: 62, reached: false });
    expect(sampleStatus(100, 80)).toEqual({ population: 100, target: 80, achieved: 80, reached: true });
  });
});
