// Central schema 7: the satisfaction survey (SKM). One row per survey slot (issued for a service
// event, then answered once; or answered at a kiosk's home screen), and the hashes of the tokens that
// open slots (a slot issued twice, by two kiosks, has two). The tokens themselves are never stored here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE survey_responses (
      site_id text NOT NULL REFERENCES sites (id),
      id text NOT NULL,
      service_id text NOT NULL,
      status text NOT NULL CHECK (status IN ('issued', 'answered')),
      token_hash text,
      issued_at bigint,
      issued_day text,
      answered_at bigint,
      answered_day text,
      channel text CHECK (channel IN ('kiosk', 'portal')),
      device_id text,
      scores jsonb,
      profile jsonb NOT NULL DEFAULT '{}',
      suggestion text,
      questionnaire_version text,
      version integer NOT NULL,
      PRIMARY KEY (site_id, id)
    );
    CREATE INDEX survey_responses_answered ON survey_responses (site_id, answered_day) WHERE status = 'answered';

    CREATE TABLE survey_tokens (
      token_hash text PRIMARY KEY,
      site_id text NOT NULL REFERENCES sites (id),
      response_id text NOT NULL,
      service_id text NOT NULL,
      issued_at bigint NOT NULL
    );
    CREATE INDEX survey_tokens_response ON survey_tokens (site_id, response_id);
  `.execute(db);
}
