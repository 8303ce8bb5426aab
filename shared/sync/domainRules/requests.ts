// The conflict rule of each operation type of the requests (issue 13), as
// shared/requests/requestTransitions.ts runs them on the kiosk and on the server. A request is one
// record made of parts, each part with its own rule, so two offices acting on one request at once
// (the Kabid's disposition from his PC while the admin prepares the room) never overwrite each other.
import { requestStatuses } from '../../requests/requestRecord';
import type { DomainRules } from '../conflictRules';
import type { requestsOperations } from '../../contract/requests';

const order = requestStatuses;

export const requestsConflictRules: DomainRules<typeof requestsOperations> = {
  'request.filed': {
    clauses: [{ kind: 'createOnce' }],
    summary:
      'A request is created once under the id its desk or the portal made; a re-sent filing is a duplicate.',
  },
  'request.stepDone': {
    clauses: [{ kind: 'oncePerKey', key: 'request+step' }],
    summary:
      'Each step of the disposition chain is recorded once: of two desks recording the same step offline, the first received stands and the other is merged into it.',
  },
  'request.scheduled': {
    clauses: [{ kind: 'lastWriterWins' }, { kind: 'statusForward', order, to: 'scheduled' }],
    summary:
      'The latest slot agreed stands (by the time it was agreed); a request rejected, cancelled or already reported on is not scheduled again.',
  },
  'request.decided': {
    clauses: [{ kind: 'statusForward', order, to: 'rejected' }],
    summary:
      'A decision only moves forward: nothing leaves rejected or cancelled; an accepted application may still be cancelled.',
  },
  'request.taskDone': {
    clauses: [{ kind: 'oncePerKey', key: 'request+task' }],
    summary:
      'Each preparation task is recorded once; a second record of the same task is merged into the first.',
  },
  'request.reported': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The latest activity report written stands; a report needs a scheduled request.',
  },
  'request.attended': {
    clauses: [{ kind: 'appendOnly' }, { kind: 'createOnce' }],
    summary:
      "Every scan of an event's QR is its own record, only ever added: the count is the number of records.",
  },
  'request.letterIssued': {
    clauses: [{ kind: 'createOnce' }],
    summary:
      'A letter is created once under its id; two desks numbering offline may give the same number, which both keep and the desk is shown.',
  },
  'request.contactErased': {
    clauses: [{ kind: 'tombstone' }],
    summary:
      "The requester's contact erased after the retention period is final: no older change brings it back.",
  },
  'requests.settingsUpdated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The request types, rooms and chains: the last change the server receives wins.',
  },
};
