// How many respondents a survey period should have, by Krejcie & Morgan (1970), the table Indonesian
// offices size the SKM with (Inspektorat Kota Pontianak, SKM 2019):
//   S = χ² · N · P(1−P) ÷ (d² · (N−1) + χ² · P(1−P)),  χ² = 3.841 (1 df, 95 %), P = 0.5, d = 0.05,
// rounded to the nearest whole respondent. N is the number of service users in the period (e.g. the
// coworking check-ins of the quarter). The table is meant for proportions and offices sample whoever
// volunteers (accidental sampling), so reports label the target as such and show it beside the
// number actually reached. Pure: no node:, no DOM.
import type { Bilingual } from './questionnaire';

export const KREJCIE_MORGAN_CHI_SQUARE = 3.841;
export const KREJCIE_MORGAN_PROPORTION = 0.5;
export const KREJCIE_MORGAN_MARGIN = 0.05;

/** The Krejcie–Morgan sample size for a population of `population` service users. */
export function krejcieMorganSampleSize(population: number): number {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`a population is a whole number of service users, not ${population}`);
  }
  if (population === 0) return 0;
  const chi2pq = KREJCIE_MORGAN_CHI_SQUARE * KREJCIE_MORGAN_PROPORTION * (1 - KREJCIE_MORGAN_PROPORTION);
  const s = (chi2pq * population) / (KREJCIE_MORGAN_MARGIN ** 2 * (population - 1) + chi2pq);
  return Math.round(s);
}

export interface SampleStatus {
  /** Service users in the period (N). */
  readonly population: number;
  /** Krejcie–Morgan target (S). */
  readonly target: number;
  /** Respondents reached (n). */
  readonly achieved: number;
  readonly reached: boolean;
}

export function sampleStatus(population: number, achieved: number): SampleStatus {
  const target = krejcieMorganSampleSize(population);
  return { population, target, achieved, reached: achieved >= target };
}

/** How every report labels the target. */
export const sampleNote: Bilingual = {
  id:
    'Target sampel menurut tabel Krejcie–Morgan (tingkat kepercayaan 95 %, galat 5 %) dari jumlah ' +
    'pengguna layanan pada periode ini. Responden mengisi secara sukarela (accidental sampling).',
  en:
    'Sample target from the Krejcie–Morgan table (95 % confidence, 5 % margin) for the number of ' +
    'service users in the period. Respondents answer voluntarily (accidental sampling).',
};
