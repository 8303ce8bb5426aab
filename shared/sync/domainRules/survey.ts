// The conflict rule of each operation type of the satisfaction survey (SKM) (shared/sync/conflictRules.ts).
import type { DomainRules } from '../conflictRules';
import type { surveyOperations } from '../../contract/survey';

export const surveyConflictRules: DomainRules<typeof surveyOperations> = {
  'survey.tokenIssued': {
    clauses: [{ kind: 'createOnce' }],
    summary:
      'A service event opens one survey slot under an id made from the event; a second issue of it adds its token to the same slot.',
  },
  'survey.answered': {
    clauses: [{ kind: 'oncePerKey', key: 'id' }],
    summary:
      'A survey slot (one service event, one token) is answered once anywhere: the first answer the server receives stands, a later one is merged away.',
  },
};
