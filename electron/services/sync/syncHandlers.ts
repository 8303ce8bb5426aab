// The sync domain's methods: the status bar's state, joining a site (at the first start or later by
// an officer), a sync on demand, and the operations the server refused.
import type { HandlersFor } from '../../../shared/contract';
import type { syncMethods } from '../../../shared/contract/sync';
import { reject } from '../../../shared/result';
import type { SyncClient } from '../../sync/syncClient';
import { setupState } from '../app/setup';
import { audit, type CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import { writeSetting } from '../core/settingsStore';

/** Officers exist once the site's records have arrived: only then can a joined kiosk be used. */
const siteArrived = (deps: CommandDeps): boolean =>
  deps.db.prepare('SELECT 1 FROM officers WHERE active = 1 LIMIT 1').get() !== undefined;

export const syncHandlers = (
  deps: CommandDeps,
  sync: SyncClient,
  onSetupDone: () => void,
): HandlersFor<typeof syncMethods, HandlerContext> => ({
  'sync.status': () => sync.status(),
  'sync.join': async (input, ctx) => {
    const status = await sync.join(input.serverUrl, input.code);
    audit(deps, ctx.actor, 'sync.join', {
      entity: 'site',
      entityId: status.siteName ?? '',
      details: { server: input.serverUrl },
    });
    return status;
  },
  'setup.join': async (input) => {
    if (!setupState(deps.db).needed) throw reject('conflict', 'errors.setup.alreadyDone');
    // A second try after the first sync failed: the kiosk is enrolled already, the code is spent.
    let status =
      sync.status().state === 'not_joined'
        ? await sync.join(input.serverUrl, input.code)
        : await sync.syncNow();
    if (status.state !== 'online' || !siteArrived(deps)) {
      status = await sync.syncNow();
      if (status.state !== 'online' || !siteArrived(deps))
        throw reject('device', 'errors.sync.firstSyncFailed');
    }
    writeSetting(deps.db, 'setup.completedAt', deps.clock.now(), deps.clock.now());
    audit(deps, 'kiosk', 'setup.join', {
      entity: 'site',
      entityId: status.siteName ?? '',
      details: { server: input.serverUrl },
    });
    onSetupDone();
    return status;
  },
  'sync.now': () => sync.syncNow(),
  'sync.refused': () => sync.refused(),
});
