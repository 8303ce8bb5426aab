// The room map (issue 9): one site setting, drawn by the officer on a grid; the kiosk shows it after
// a check-in with the visitor's desk highlighted. Null until someone draws it.
import { floorPlanSchema, type FloorPlan } from '../../../shared/contract/places';
import { reject } from '../../../shared/result';
import type { Actor, CommandDeps } from '../core/command';
import { SettingRecord } from '../settings/settingRecord';
import { listPlaces } from './places';

export type FloorPlanStore = ReturnType<typeof floorPlanStore>;

export const floorPlanStore = (deps: CommandDeps) => {
  const record = new SettingRecord(deps, {
    key: 'floorPlan',
    schema: floorPlanSchema.nullable(),
    fallback: null,
    action: 'floorPlan.save',
    toOp: (plan) => ({ type: 'floorPlan.saved', payload: plan! }),
    topics: ['settings'],
    // The audit keeps what changed in size, not 500 coordinates.
    auditDetails: (plan) => ({
      columns: plan?.columns,
      rows: plan?.rows,
      desks: plan?.desks.length,
      landmarks: plan?.landmarks.length,
    }),
    // A desk on the map that is not in service is a mistake the officer should see, not a ghost on the kiosk.
    check: (plan) => {
      const inService = new Set(listPlaces(deps.db, 'desks').items.map((d) => d.number));
      const unknown = plan?.desks.filter((d) => !inService.has(d.number)).map((d) => d.number) ?? [];
      if (unknown.length)
        throw reject('rule', 'errors.floorPlan.unknownDesk', {
          params: { desks: unknown.slice(0, 10).join(', ') },
        });
    },
  });
  return {
    get: (): FloorPlan | null => record.get(),
    save: (actor: Actor, plan: FloorPlan): FloorPlan => record.update(actor, plan)!,
    reload: () => record.reload(),
  };
};
