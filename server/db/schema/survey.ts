// The central tables of the satisfaction survey (SKM), as Kysely sees them (beside migrations/0007_survey.ts).
import type { JSONColumnType } from 'kysely';

export interface SurveyResponsesTable {
  site_id: string;
  id: string;
  service_id: string;
  status: 'issued' | 'answered';
  token_hash: string | null;
  issued_at: number | null;
  issued_day: string | null;
  answered_at: number | null;
  answered_day: string | null;
  channel: 'kiosk' | 'portal' | null;
  device_id: string | null;
  /** The nine scores by element key, once answered. */
  scores: JSONColumnType<Record<string, number> | null, string | null, string | null>;
  profile: JSONColumnType<Record<string, string>>;
  suggestion: string | null;
  questionnaire_version: string | null;
  version: number;
}

export interface SurveyTokensTable {
  token_hash: string;
  site_id: string;
  response_id: string;
  service_id: string;
  issued_at: number;
}

export interface SurveyTables {
  survey_responses: SurveyResponsesTable;
  survey_tokens: SurveyTokensTable;
}
