// The survey methods screens read, with the topics that refetch them (renderer/src/api/queryKeys.ts).
import type { MethodName, Topic } from '../../../shared/contract';

export const surveyQueryReads = {
  // The population of the coworking space is its check-ins.
  'survey.index': ['survey', 'visits'],
  // The kiosk's cool-down starts with each answer given without a token.
  'survey.kioskStatus': ['survey'],
} as const satisfies Partial<Record<MethodName, readonly Topic[]>>;
