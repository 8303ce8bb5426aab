import type { HandlersFor } from '../../../shared/contract';
import type { officerMethods } from '../../../shared/contract/officers';
import { reject } from '../../../shared/result';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import { createOfficer, setOfficerActive, setPin, updateOfficer } from './officerCommands';
import { activeOfficers, listOfficers, officerRow, pinOf } from './officerQueries';
import type { OfficerSessions } from './officerSessions';
import type { PinHasher } from './pin';
import { listRoles, roleById, saveRole } from './roles';

/** The officer a signed-in call is made by (the dispatcher has checked there is one). */
const me = (ctx: HandlerContext) => {
  if (!ctx.officerId) throw reject('unauthorized', 'errors.officer.locked');
  return ctx.officerId;
};

export const officerHandlers = (
  deps: CommandDeps,
  sessions: OfficerSessions,
  pins: PinHasher,
): HandlersFor<typeof officerMethods, HandlerContext> => ({
  'officers.signInList': () => ({
    items: activeOfficers(deps.db).map((o) => ({
      id: o.id,
      fullName: o.full_name,
      positionName: o.position === null ? null : (roleById(deps.db, o.position)?.name ?? null),
    })),
  }),
  'officer.unlock': ({ officerId, pin }) => sessions.unlock(officerId, pin),
  'officer.lock': (_input, ctx) => {
    if (ctx.session) sessions.lock(ctx.session);
    return {};
  },
  'officer.me': (_input, ctx) => sessions.signedInInfo(me(ctx)),
  'officer.changePin': async ({ currentPin, newPin }, ctx) => {
    const id = me(ctx);
    const row = officerRow(deps.db, id)!;
    if (!(await pins.matches(currentPin, pinOf(row))))
      throw reject('unauthorized', 'errors.officer.wrongCurrentPin');
    if (currentPin === newPin)
      throw reject('validation', 'errors.officer.samePin', { fields: { newPin: 'errors.officer.samePin' } });
    setPin(deps, ctx.actor, 'officer.changePin', id, await pins.hash(newPin));
    return {};
  },
  'officers.list': () => ({ items: listOfficers(deps.db) }),
  'officers.create': async ({ pin, ...fields }, ctx) =>
    createOfficer(deps, ctx.actor, fields, await pins.hash(pin)),
  'officers.update': ({ id, ...fields }, ctx) => updateOfficer(deps, ctx.actor, id, fields),
  'officers.setActive': ({ id, active }, ctx) => {
    const officer = setOfficerActive(deps, ctx.actor, id, active);
    if (!active) sessions.endAllOf(id);
    return officer;
  },
  'officers.resetPin': async ({ id, pin }, ctx) => {
    const officer = setPin(deps, ctx.actor, 'officers.resetPin', id, await pins.hash(pin));
    sessions.endAllOf(id); // whoever was signed in with the old PIN signs in again
    return officer;
  },
  'roles.list': () => ({ items: listRoles(deps.db) }),
  'roles.save': (input, ctx) => saveRole(deps, ctx.actor, input),
});
