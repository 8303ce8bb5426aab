// An admin adds, edits, deactivates and resets officers; each officer changes their own PIN.
import { prepared } from '../../../db/statements';
import type { Officer } from '../../../shared/contract';
import { reject } from '../../../shared/result';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import type { PinHash } from './pin';
import { officerRow, someoneManagesOfficers, toOfficer } from './officerQueries';
import { roleById } from './roles';

export interface OfficerFields {
  readonly fullName: string;
  readonly nip: string | null;
  readonly position: string | null;
  readonly roles: readonly string[];
}

function checkRoles(deps: CommandDeps, fields: OfficerFields): void {
  for (const id of fields.roles) {
    if (roleById(deps.db, id)?.kind !== 'role')
      throw reject('validation', 'errors.role.notFound', { params: { role: id } });
  }
  if (fields.position !== null && roleById(deps.db, fields.position)?.kind !== 'position') {
    throw reject('validation', 'errors.role.notFound', { params: { role: fields.position } });
  }
}

/** Inside a command, after its writes: the site must keep an active officer who can manage officers. */
export function keepAnOfficerManager(deps: CommandDeps): void {
  if (!someoneManagesOfficers(deps.db)) throw reject('rule', 'errors.officer.lastAdmin');
}

const INSERT = `INSERT INTO officers (id, full_name, nip, position, roles, active, pin_salt, pin_hash, must_change_pin,
  is_sample, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`;

/** Writes a new officer inside the caller's transaction (setup, sample data, the admin's form). */
export function insertOfficer(
  deps: CommandDeps,
  fields: OfficerFields,
  pin: PinHash,
  options: { mustChangePin: boolean; sample?: boolean },
  now: number,
) {
  checkRoles(deps, fields);
  const id = deps.ids.id();
  prepared(deps.db, INSERT).run(
    id,
    fields.fullName,
    fields.nip,
    fields.position,
    JSON.stringify(fields.roles),
    pin.salt,
    pin.hash,
    options.mustChangePin ? 1 : 0,
    options.sample ? 1 : 0,
    now,
    now,
  );
  return {
    officer: toOfficer(officerRow(deps.db, id)!),
    op: {
      type: 'officer.created' as const,
      payload: {
        id,
        fullName: fields.fullName,
        nip: fields.nip,
        position: fields.position,
        roles: [...fields.roles],
        active: true,
        pin: { ...pin },
        mustChangePin: options.mustChangePin,
      },
    },
  };
}

/** The admin adds an officer with a first PIN the officer replaces at their first sign-in. */
export function createOfficer(deps: CommandDeps, actor: Actor, fields: OfficerFields, pin: PinHash): Officer {
  return runCommand(deps, actor, 'officers.create', (now) => {
    const { officer, op } = insertOfficer(deps, fields, pin, { mustChangePin: true }, now);
    return {
      value: officer,
      audit: {
        entity: 'officer',
        entityId: officer.id,
        details: { roles: fields.roles, position: fields.position },
      },
      ops: [op],
      topics: ['officers'],
    };
  });
}

function existing(deps: CommandDeps, id: string) {
  const row = officerRow(deps.db, id);
  if (!row) throw reject('not_found', 'errors.officer.notFound');
  return row;
}

const UPDATE =
  'UPDATE officers SET full_name = ?, nip = ?, position = ?, roles = ?, updated_at = ? WHERE id = ?';

export function updateOfficer(deps: CommandDeps, actor: Actor, id: string, fields: OfficerFields): Officer {
  return runCommand(deps, actor, 'officers.update', (now) => {
    const before = existing(deps, id);
    checkRoles(deps, fields);
    prepared(deps.db, UPDATE).run(
      fields.fullName,
      fields.nip,
      fields.position,
      JSON.stringify(fields.roles),
      now,
      id,
    );
    keepAnOfficerManager(deps);
    return {
      value: toOfficer(officerRow(deps.db, id)!),
      audit: {
        entity: 'officer',
        entityId: id,
        details: {
          roles: { from: JSON.parse(before.roles) as unknown, to: fields.roles },
          position: fields.position,
        },
      },
      ops: [{ type: 'officer.updated', payload: { id, ...fields, roles: [...fields.roles] } }],
      topics: ['officers'],
    };
  });
}

const SET_ACTIVE = 'UPDATE officers SET active = ?, updated_at = ? WHERE id = ?';

export function setOfficerActive(deps: CommandDeps, actor: Actor, id: string, active: boolean): Officer {
  return runCommand(deps, actor, active ? 'officers.activate' : 'officers.deactivate', (now) => {
    existing(deps, id);
    prepared(deps.db, SET_ACTIVE).run(active ? 1 : 0, now, id);
    keepAnOfficerManager(deps);
    return {
      value: toOfficer(officerRow(deps.db, id)!),
      audit: { entity: 'officer', entityId: id, details: { active } },
      ops: [{ type: 'officer.activeChanged', payload: { id, active } }],
      topics: ['officers'],
    };
  });
}

const SET_PIN =
  'UPDATE officers SET pin_salt = ?, pin_hash = ?, must_change_pin = ?, updated_at = ? WHERE id = ?';

/** A new PIN: the admin's temporary one (the officer must change it) or the officer's own choice. */
export function setPin(
  deps: CommandDeps,
  actor: Actor,
  action: 'officers.resetPin' | 'officer.changePin',
  id: string,
  pin: PinHash,
): Officer {
  const mustChangePin = action === 'officers.resetPin';
  return runCommand(deps, actor, action, (now) => {
    existing(deps, id);
    prepared(deps.db, SET_PIN).run(pin.salt, pin.hash, mustChangePin ? 1 : 0, now, id);
    return {
      value: toOfficer(officerRow(deps.db, id)!),
      // Never the PIN or its hash in the audit log: only that it changed, and by whom.
      audit: { entity: 'officer', entityId: id, details: { mustChangePin } },
      ops: [{ type: 'officer.pinChanged', payload: { id, pin: { ...pin }, mustChangePin } }],
      topics: ['officers'],
    };
  });
}
