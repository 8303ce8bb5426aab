import type { HandlersFor } from '../../../shared/contract';
import type { visitorMethods } from '../../../shared/contract/visitors';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import { eraseVisitor, exportVisitor, searchVisitors } from './visitorData';

export const visitorHandlers = (deps: CommandDeps): HandlersFor<typeof visitorMethods, HandlerContext> => ({
  'visitors.search': ({ query }) => ({ items: searchVisitors(deps.db, query) }),
  'visitors.export': ({ visitorId, format }) => exportVisitor(deps.db, visitorId, format),
  'visitors.erase': ({ visitorId, reason }, ctx) => eraseVisitor(deps, ctx.actor, visitorId, reason),
});
