// The conflict rule of each operation type of the equipment inventory (inventaris) (shared/sync/conflictRules.ts).
// An item's description and place: the last change received wins; its placements and a consumable's
// stock movements are appended under their own ids, so two kiosks offline never overwrite each other
// (the stock is the sum of every movement); a problem's status only moves forward
// (shared/inventory/inventoryRules.ts); a signed stock count stays as it was signed.
import { problemStatuses } from '../../inventory/inventoryRules';
import type { DomainRules } from '../conflictRules';
import type { inventoryOperations } from '../../contract/inventory';

export const problemOrder: readonly string[] = problemStatuses;
export const stockCountOrder: readonly string[] = ['open', 'signed'];

export const inventoryConflictRules: DomainRules<typeof inventoryOperations> = {
  'inventoryItem.created': {
    clauses: [{ kind: 'createOnce' }],
    summary:
      'An item is added once under the id its kiosk made; a second arrival is a duplicate. Two items may share a code made offline: both are kept and the officer is shown it.',
  },
  'inventoryItem.updated': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: "An item's code, name, category and condition: the last change received wins.",
  },
  'inventoryItem.moved': {
    clauses: [{ kind: 'appendOnly' }, { kind: 'lastWriterWins' }],
    summary:
      'Every move is kept in the history; where the item is now is the place of the last move received.',
  },
  'inventoryItem.stockChanged': {
    clauses: [{ kind: 'appendOnly' }],
    summary:
      "A consumable's stock changes by deltas kept under their own ids: the stock is their sum, so changes made offline at two kiosks add up.",
  },
  'inventoryProblem.reported': {
    clauses: [{ kind: 'createOnce' }],
    summary:
      'A problem is reported once under its id; the item takes its condition (damaged) or status (missing).',
  },
  'inventoryProblem.repairStarted': {
    clauses: [{ kind: 'statusForward', order: problemOrder, to: 'in_repair' }],
    summary: 'A repair starts only from reported; a fixed or written-off problem stays closed.',
  },
  'inventoryProblem.fixed': {
    clauses: [{ kind: 'statusForward', order: problemOrder, to: 'fixed' }],
    summary:
      'The first close of a problem stands: fixed after a write-off changes nothing, and the item is good again.',
  },
  'inventoryProblem.writtenOff': {
    clauses: [{ kind: 'statusForward', order: problemOrder, to: 'written_off' }],
    summary: 'The first close of a problem stands: a written-off item leaves service for good.',
  },
  'stockCount.started': {
    clauses: [{ kind: 'createOnce' }],
    summary: 'A stock count is started once under its id.',
  },
  'stockCount.itemChecked': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary:
      'An item checked in an open count: the last check of that item received wins; a check arriving after sign-off is refused.',
  },
  'stockCount.signedOff': {
    clauses: [{ kind: 'statusForward', order: stockCountOrder, to: 'signed' }],
    summary: 'The first sign-off stands with the differences it froze; a later one changes nothing.',
  },
};
