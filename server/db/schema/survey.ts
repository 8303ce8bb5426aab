// The central tables of the satisfaction survey (SKM) and its index (IKM), as Kysely sees them (beside migrations/0007_survey.ts).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SurveyTables {}
