// The method and event names of the satisfaction survey (SKM) and its index (IKM) (checked against the contract in ../channels.ts).
export const SURVEY_METHOD_NAMES = [
  'survey.answer',
  'survey.kioskStatus',
  'survey.index',
  'survey.export',
] as const;
