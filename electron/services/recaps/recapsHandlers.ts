// The handlers of the monthly, quarterly and yearly reports with their review trail (rekap), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { recapsMethods } from '../../../shared/contract/recaps';
import { parseRecapPeriod } from '../../../shared/recaps/figures';
import { finalTotals } from '../../../shared/recaps/recapRecord';
import { reject } from '../../../shared/result';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';
import { permissionsOf } from '../officers/roles';
import { acknowledgeRecap, commentRecap, forwardRecap, returnRecap, submitRecap } from './recapCommands';
import { readDocumentSettings } from '../settings/documents';
import { recapPdfFile, recapXlsxFile } from './recapDocuments';
import { computeRecapFigures } from './recapFigures';
import { findRecap, listRecaps, officerPermissions, officersWith } from './recapQueries';

/** Who may read revisions: the three roles of the trail, and whoever reads the reports. */
const READERS = ['reports.read', 'recaps.prepare', 'recaps.review', 'recaps.receive'];

export function recapsHandlers(ctx: DomainContext): HandlersFor<typeof recapsMethods, HandlerContext> {
  const { deps, rules, site } = ctx;
  const { db } = deps;
  const rolesToPermissions = (roles: readonly string[]) => permissionsOf(db, roles);

  const mayRead = (call: HandlerContext) => {
    const granted = call.officerId ? officerPermissions(db, call.officerId, rolesToPermissions) : [];
    if (!READERS.some((p) => granted.includes(p))) throw reject('forbidden', 'errors.officer.forbidden');
  };
  const revision = (id: string) => {
    const r = findRecap(db, id);
    if (!r) throw reject('not_found', 'errors.recaps.notFound');
    return r;
  };
  const figuresOf = (kind: 'month' | 'quarter' | 'year', key: string) => {
    const period = parseRecapPeriod(kind, key);
    if (!period)
      throw reject('validation', 'errors.recaps.periodInvalid', {
        fields: { period: 'errors.recaps.periodInvalid' },
      });
    return computeRecapFigures(db, rules.get(), kind, period, deps.clock.now());
  };

  return {
    'recaps.preview': (input) => ({ figures: figuresOf(input.periodKind, input.period) }),
    'recaps.list': (input, call) => {
      mayRead(call);
      return { items: listRecaps(db, input) };
    },
    'recaps.get': (input, call) => {
      mayRead(call);
      const record = revision(input.id);
      return { record, totals: finalTotals(record) };
    },
    'recaps.receivers': () => ({
      items: officersWith(db, 'recaps.receive', rolesToPermissions).map((o) => ({
        id: o.id,
        fullName: o.name,
      })),
    }),
    'recaps.submit': (input, call) =>
      submitRecap(deps, call.actor, input, () => figuresOf(input.periodKind, input.period)),
    'recaps.comment': (input, call) => commentRecap(deps, call.actor, input),
    'recaps.return': (input, call) => returnRecap(deps, call.actor, input),
    'recaps.forward': (input, call) =>
      forwardRecap(deps, call.actor, input, rolesToPermissions, {
        identity: site.get(),
        settings: readDocumentSettings(db),
      }),
    'recaps.acknowledge': (input, call) => acknowledgeRecap(deps, call.actor, input),
    'recaps.pdf': (input, call) => {
      mayRead(call);
      return recapPdfFile(revision(input.id), site.get(), readDocumentSettings(db), input.lang);
    },
    'recaps.xlsx': (input, call) => {
      mayRead(call);
      return recapXlsxFile(revision(input.id), site.get(), readDocumentSettings(db), 'id');
    },
  };
}
