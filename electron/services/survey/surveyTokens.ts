// Survey tokens: one per service event (a coworking visit, a guest entry), minted by the domain that
// served the visitor and handed to the survey on the kiosk's screen or printed as a QR that opens the
// portal's survey. The token is 128 random bits; the kiosk keeps it, the server learns only its
// sha-256, so neither the sync log nor a copy of the central database can open a survey.
import { prepared } from '../../../db/statements';
import type { RulesSettings } from '../../../shared/contract';
import { SURVEY_TOKEN_PREFIX, surveyPortalPath } from '../../../shared/survey/kioskRules';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { TICKET_TOKEN_PREFIX } from '../../../shared/rules/ticketToken';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { portalAddress } from '../../sync/portalAddress';
import { siteDay } from '../settings/rules';
import { surveySlotId, surveyTokenHash } from './surveyHash';

export { surveySlotId, surveyTokenHash } from './surveyHash';

export interface SurveyEvent {
  readonly serviceId: ServiceId;
  /** What kind of event: 'visit', 'guest', later 'booking'. */
  readonly eventKind: string;
  readonly eventId: string;
}

export interface IssuedSurveyToken {
  readonly token: string;
  readonly responseId: string;
  readonly serviceId: ServiceId;
  /** False when the event already had a token on this kiosk (the same one is handed out again). */
  readonly fresh: boolean;
}

const TOKEN_OF_SLOT = 'SELECT token, service_id FROM survey_tokens WHERE response_id = ?';
const INSERT_TOKEN =
  'INSERT INTO survey_tokens (token, token_hash, response_id, service_id, issued_at) VALUES (?, ?, ?, ?, ?)';
const SLOT_EXISTS = 'SELECT status FROM survey_responses WHERE id = ?';
const INSERT_SLOT = `INSERT INTO survey_responses (id, service_id, status, token_hash, issued_at, issued_day)
  VALUES (?, ?, 'issued', ?, ?, ?)`;
const ADD_ISSUE_TO_SLOT = `UPDATE survey_responses SET issued_at = coalesce(issued_at, ?),
  issued_day = coalesce(issued_day, ?), token_hash = coalesce(token_hash, ?) WHERE id = ?`;

/**
 * Mints (or finds again) the survey token of one service event, as its own command: a slot row, the
 * token kept on this kiosk, an audit row and the 'survey.tokenIssued' operation for the server. Call
 * it after the event's own command has committed (commands do not nest), e.g. right after a
 * check-out request or a guest's registration; the caller shows the token to the survey screen or
 * prints it as a QR of `surveyPortalPath(token)` on the portal's origin.
 */
export function issueSurveyToken(
  deps: CommandDeps,
  rules: { get(): RulesSettings },
  event: SurveyEvent,
  actor: Actor = 'kiosk',
): IssuedSurveyToken {
  const responseId = surveySlotId(event.eventKind, event.eventId);
  const known = prepared(deps.db, TOKEN_OF_SLOT).get(responseId) as
    { token: string; service_id: ServiceId } | undefined;
  if (known) return { token: known.token, responseId, serviceId: known.service_id, fresh: false };
  return runCommand(deps, actor, 'survey.issueToken', (now) => {
    // The ids source's 128-bit QR body under the survey's own mark, so a survey QR held to the
    // check-in scanner is told apart from a reservation's.
    const token = SURVEY_TOKEN_PREFIX + deps.ids.ticketToken().slice(TICKET_TOKEN_PREFIX.length);
    const tokenHash = surveyTokenHash(token);
    const day = siteDay(rules.get(), now);
    prepared(deps.db, INSERT_TOKEN).run(token, tokenHash, responseId, event.serviceId, now);
    if (prepared(deps.db, SLOT_EXISTS).get(responseId)) {
      prepared(deps.db, ADD_ISSUE_TO_SLOT).run(now, day, tokenHash, responseId);
    } else {
      prepared(deps.db, INSERT_SLOT).run(responseId, event.serviceId, tokenHash, now, day);
    }
    return {
      value: { token, responseId, serviceId: event.serviceId, fresh: true },
      audit: { entity: 'surveyResponse', entityId: responseId, details: { serviceId: event.serviceId } },
      ops: [
        {
          type: 'survey.tokenIssued',
          payload: { id: responseId, serviceId: event.serviceId, tokenHash, issuedAt: now, issuedDay: day },
        },
      ],
      topics: ['survey'],
    };
  });
}

/**
 * The address a QR on a slip should open: the survey of this token on the central portal
 * (portalAddress). Null while the kiosk has not joined a site (the slip then prints no survey QR:
 * there is no portal to answer on).
 */
export function surveyPortalLink(deps: Pick<CommandDeps, 'db'>, token: string): string | null {
  const base = portalAddress(deps.db);
  return base ? `${base}${surveyPortalPath(token)}` : null;
}
