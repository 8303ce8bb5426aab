// The handlers of the equipment inventory (inventaris), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { inventoryMethods } from '../../../shared/contract/inventory';
import { assetLabelSlip } from '../../../shared/inventory/assetLabel';
import { normaliseAssetCode } from '../../../shared/inventory/inventoryRules';
import { reject } from '../../../shared/result';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';
import { audit } from '../core/command';
import {
  changeStock,
  checkCountItem,
  createItem,
  moveItem,
  progressProblem,
  reportProblem,
  signCount,
  startCount,
  updateItem,
} from './inventoryCommands';
import {
  countDetail,
  deskItems,
  findItem,
  findItemsByCode,
  itemHistory,
  listCounts,
  listItems,
  listProblems,
  problemsByCategory,
  toItemRow,
} from './inventoryQueries';
import { inventoryReportFile, labelSheetPdf } from './inventoryReports';

export function inventoryHandlers(ctx: DomainContext): HandlersFor<typeof inventoryMethods, HandlerContext> {
  const { deps } = ctx;
  const { db } = deps;
  const itemsOrThrow = (ids: readonly string[]) =>
    ids.map((id) => {
      const item = findItem(db, id);
      if (!item) throw reject('not_found', 'errors.inventory.itemNotFound');
      return item;
    });

  return {
    'inventory.list': (input) => listItems(db, input),
    'inventory.get': (input) => {
      const item = findItem(db, input.id);
      if (!item) throw reject('not_found', 'errors.inventory.itemNotFound');
      return { item: toItemRow(item), history: itemHistory(db, item.id, deps.clock.now()) };
    },
    'inventory.findByCode': (input) => {
      const found = findItemsByCode(db, normaliseAssetCode(input.code))[0];
      return found ? toItemRow(found) : null;
    },
    'inventory.create': (input, call) => createItem(deps, call.actor, input),
    'inventory.update': (input, call) => updateItem(deps, call.actor, input),
    'inventory.move': (input, call) => moveItem(deps, call.actor, input),
    'inventory.changeStock': (input, call) => changeStock(deps, call.actor, input),
    'inventory.deskItems': (input) => ({ items: deskItems(db, input.deskNumber) }),
    'inventory.reportProblem': (input, call) => reportProblem(deps, call.actor, input),
    'inventory.startRepair': (input, call) => progressProblem(deps, call.actor, 'startRepair', input),
    'inventory.fixProblem': (input, call) => progressProblem(deps, call.actor, 'fix', input),
    'inventory.writeOff': (input, call) => progressProblem(deps, call.actor, 'writeOff', input),
    'inventory.problems': (input) => listProblems(db, input),
    'inventory.problemsByCategory': (input) => ({ rows: problemsByCategory(db, input.fromMs, input.toMs) }),
    'inventory.printLabels': (input, call) => {
      const items = itemsOrThrow(input.ids);
      const siteName = ctx.site.get().siteName;
      const jobIds = items.map(
        (i) =>
          ctx.printing.print('assetLabel', (width) =>
            assetLabelSlip({ siteName, assetCode: i.asset_code, name: i.name, category: i.category }, width),
          ).id,
      );
      audit(deps, call.actor, 'inventory.printLabels', {
        entity: 'inventoryItem',
        entityId: items[0]!.id,
        details: { codes: items.map((i) => i.asset_code) },
      });
      return { jobIds };
    },
    'inventory.labelSheet': async (input) => {
      const items = itemsOrThrow(input.ids).map((i) => ({ assetCode: i.asset_code, name: i.name }));
      const pdf = await labelSheetPdf(items, ctx.site.get().siteName, deps.clock.now());
      return {
        filename: 'label-inventaris.pdf',
        mime: 'application/pdf',
        contentBase64: pdf.toString('base64'),
      };
    },
    'inventory.counts': () => ({ items: listCounts(db) }),
    'inventory.countStart': (input, call) => startCount(deps, call.actor, input),
    'inventory.countGet': (input) => {
      const detail = countDetail(db, input.id);
      if (!detail) throw reject('not_found', 'errors.inventory.countNotFound');
      return detail;
    },
    'inventory.countCheck': (input, call) => checkCountItem(deps, call.actor, input),
    'inventory.countSign': (input, call) => signCount(deps, call.actor, input),
    'inventory.report': (input, call) =>
      inventoryReportFile(
        db,
        { identity: ctx.site.get(), timeZone: ctx.rules.get().calendar.timeZone, now: deps.clock.now() },
        call.officerId ?? null,
        input,
      ),
  };
}
