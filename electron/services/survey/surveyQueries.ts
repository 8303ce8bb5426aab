// The index per service and period, read from this kiosk's copy of every answer (its own, other
// kiosks' and the portal's, by sync): element means, IKM and grade, the sample against the
// Krejcie–Morgan target for the population served, distributions, the profile, the quarters.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { RulesSettings, SurveyIndexView } from '../../../shared/contract';
import { localDayRange } from '../../../shared/rules/siteCalendar';
import type { RespondentProfile, SurveyAnswers } from '../../../shared/survey/answerSet';
import { computeIkm } from '../../../shared/survey/ikm';
import {
  parsePeriodKey,
  periodOfDay,
  periodDays,
  periodKey,
  quartersOf,
  type SurveyPeriod,
} from '../../../shared/survey/period';
import { krejcieMorganSampleSize } from '../../../shared/survey/sampleSize';
import { answerDistribution, profileBreakdown } from '../../../shared/survey/tally';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { siteDay } from '../settings/rules';

export interface AnsweredRow {
  readonly id: string;
  readonly serviceId: ServiceId;
  readonly day: string;
  readonly answers: SurveyAnswers;
  readonly profile: RespondentProfile;
  readonly suggestion: string | null;
}

// A null service: every service together.
export const ANSWERED = `SELECT id, service_id, answered_day, u1, u2, u3, u4, u5, u6, u7, u8, u9, profile, suggestion
  FROM survey_responses
  WHERE status = 'answered' AND answered_day BETWEEN @from AND @to AND (@service IS NULL OR service_id = @service)
  ORDER BY answered_at, id`;

interface Raw {
  id: string;
  service_id: ServiceId;
  answered_day: string;
  u1: number;
  u2: number;
  u3: number;
  u4: number;
  u5: number;
  u6: number;
  u7: number;
  u8: number;
  u9: number;
  profile: string;
  suggestion: string | null;
}

export function answeredRows(db: Db, from: string, to: string, serviceId: ServiceId | null): AnsweredRow[] {
  return (prepared(db, ANSWERED).all({ from, to, service: serviceId }) as Raw[]).map((r) => ({
    id: r.id,
    serviceId: r.service_id,
    day: r.answered_day,
    answers: {
      U1: r.u1,
      U2: r.u2,
      U3: r.u3,
      U4: r.u4,
      U5: r.u5,
      U6: r.u6,
      U7: r.u7,
      U8: r.u8,
      U9: r.u9,
    } as SurveyAnswers,
    profile: JSON.parse(r.profile) as RespondentProfile,
    suggestion: r.suggestion,
  }));
}

const VISITS_STARTED = 'SELECT count(*) AS n FROM visits WHERE started_at >= ? AND started_at < ?';
export const SLOTS_ISSUED = `SELECT count(*) AS n FROM survey_responses
  WHERE issued_day BETWEEN @from AND @to AND service_id <> 'coworking' AND (@service IS NULL OR service_id = @service)`;

/**
 * The service users of the period (N of the sample size): for the coworking space its check-ins
 * (visits started), for the other services the service events that opened a survey slot (each
 * guest entry does). The officer may give their own count instead (the index's `population`).
 */
export function countPopulation(
  db: Db,
  rules: RulesSettings,
  from: string,
  to: string,
  serviceId: ServiceId | null,
): number {
  let n = 0;
  if (serviceId === null || serviceId === 'coworking') {
    const tz = rules.calendar.timeZone;
    n += (
      prepared(db, VISITS_STARTED).get(localDayRange(from, tz).start, localDayRange(to, tz).end) as {
        n: number;
      }
    ).n;
  }
  if (serviceId !== 'coworking')
    n += (prepared(db, SLOTS_ISSUED).get({ from, to, service: serviceId }) as { n: number }).n;
  return n;
}

export interface IndexQuery {
  readonly serviceId: ServiceId | null;
  /** null: the quarter the site is in at `now`. */
  readonly period: string | null;
  readonly population: number | null;
}

const toIndexView = (
  r: NonNullable<ReturnType<typeof computeIkm>>,
): NonNullable<SurveyIndexView['index']> => ({
  total: r.total,
  elements: r.elements.map((e) => ({
    key: e.key,
    sum: e.sum,
    mean: e.mean,
    weightedMean: e.weightedMean,
    index: e.index,
    grade: e.grade,
  })),
  ikm: r.ikm,
  ikmUnrounded: r.ikmUnrounded,
  grade: r.grade,
  weakestElements: [...r.weakestElements],
  ikmWithPublishedWeight: r.ikmWithPublishedWeight,
  gradeWithPublishedWeight: r.gradeWithPublishedWeight,
});

export interface SurveyReport {
  readonly view: SurveyIndexView;
  readonly period: SurveyPeriod;
  readonly rows: readonly AnsweredRow[];
}

export function surveyReport(db: Db, rules: RulesSettings, q: IndexQuery, now: number): SurveyReport {
  const period = q.period === null ? periodOfDay(siteDay(rules, now), 'quarter') : parsePeriodKey(q.period);
  if (!period) throw new RangeError(`not a period: ${q.period}`);
  const { from, to } = periodDays(period);
  const rows = answeredRows(db, from, to, q.serviceId);
  const answers = rows.map((r) => r.answers);
  const result = computeIkm(answers);
  const populationCounted = countPopulation(db, rules, from, to, q.serviceId);
  const population = q.population ?? populationCounted;
  const quarters = quartersOf(period.year).map((qp) => {
    const d = periodDays(qp);
    const r = computeIkm(answeredRows(db, d.from, d.to, q.serviceId).map((x) => x.answers));
    return {
      period: periodKey(qp),
      respondents: r?.respondents ?? 0,
      ikm: r?.ikm ?? null,
      grade: r?.grade ?? null,
      elements: r ? r.elements.map((e) => e.index) : null,
    };
  });
  const distribution = answerDistribution(answers);
  const profile = profileBreakdown(rows.map((r) => r.profile));
  return {
    period,
    rows,
    view: {
      serviceId: q.serviceId,
      period: periodKey(period),
      from,
      to,
      respondents: rows.length,
      population,
      populationCounted,
      sampleTarget: krejcieMorganSampleSize(population),
      index: result ? toIndexView(result) : null,
      distribution: Object.fromEntries(Object.entries(distribution).map(([k, v]) => [k, [...v]])),
      profile: Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v.map((row) => ({ ...row }))])),
      quarters,
      suggestions: rows
        .filter((r) => r.suggestion)
        .map((r) => ({ day: r.day, serviceId: r.serviceId, text: r.suggestion! }))
        .reverse()
        .slice(0, 200),
    },
  };
}
