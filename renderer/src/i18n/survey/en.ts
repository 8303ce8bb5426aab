// English strings of the survey domain.
import type { Widen } from '../catalogue';
import type { surveyId } from './id';

export const surveyEn: Widen<typeof surveyId> = {
  tab: 'Survey (IKM)',
  homeTitle: 'Satisfaction survey',
  homeHint: 'Rate our service, anonymously',
};
