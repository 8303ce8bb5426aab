// Roles and positions, as the site keeps them (issue 8): the built-in ones are written once, then a
// site renames them, edits what they allow, or adds its own.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import {
  builtInRoles,
  permissions as allPermissions,
  type Permission,
  type Role,
} from '../../../shared/contract';
import { reject } from '../../../shared/result';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { keepAnOfficerManager } from './officerCommands';

interface RoleRow {
  id: string;
  name: string;
  kind: Role['kind'];
  permissions: string;
  built_in: number;
}

const LIST = 'SELECT id, name, kind, permissions, built_in FROM roles ORDER BY kind, built_in DESC, name';
const BY_ID = 'SELECT id, name, kind, permissions, built_in FROM roles WHERE id = ?';
const UPSERT = `INSERT INTO roles (id, name, kind, permissions, built_in, updated_at) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, permissions = excluded.permissions,
    updated_at = excluded.updated_at`;
const INSERT_BUILT_IN = `INSERT OR IGNORE INTO roles (id, name, kind, permissions, built_in, updated_at)
  VALUES (?, ?, ?, ?, 1, ?)`;

const known = new Set<string>(allPermissions);
const toRole = (r: RoleRow): Role => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  // A permission a newer Loket added and this one does not know is left out, not trusted.
  permissions: (JSON.parse(r.permissions) as string[]).filter((p): p is Permission => known.has(p)),
  builtIn: r.built_in === 1,
});

export const listRoles = (db: Db): Role[] => (prepared(db, LIST).all() as RoleRow[]).map(toRole);

export function roleById(db: Db, id: string): Role | undefined {
  const row = prepared(db, BY_ID).get(id) as RoleRow | undefined;
  return row && toRole(row);
}

/** Every kiosk starts with the built-in roles; one already there (renamed, edited) is left as it is. */
export function ensureBuiltInRoles(db: Db, now: number): void {
  const insert = prepared(db, INSERT_BUILT_IN);
  for (const r of builtInRoles) insert.run(r.id, r.name, r.kind, JSON.stringify(r.permissions), now);
}

/** The permissions an officer's roles give them (their position gives none: it places them in a chain). */
export function permissionsOf(db: Db, roleIds: readonly string[]): Permission[] {
  const granted = new Set<Permission>();
  for (const id of roleIds) {
    const role = roleById(db, id);
    if (role?.kind === 'role') for (const p of role.permissions) granted.add(p);
  }
  return allPermissions.filter((p) => granted.has(p));
}

export function saveRole(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; name: string; kind: Role['kind']; permissions: readonly Permission[] },
): Role {
  return runCommand(deps, actor, 'roles.save', (now) => {
    const before = roleById(deps.db, input.id);
    // A built-in role stays what it is: renaming is fine, turning the admin role into a position is not.
    if (before?.builtIn && before.kind !== input.kind) throw reject('rule', 'errors.role.builtInKind');
    const perms = input.kind === 'position' ? [] : [...new Set(input.permissions)];
    prepared(deps.db, UPSERT).run(input.id, input.name, input.kind, JSON.stringify(perms), 0, now);
    keepAnOfficerManager(deps);
    return {
      value: roleById(deps.db, input.id)!,
      audit: {
        entity: 'role',
        entityId: input.id,
        details: { name: input.name, kind: input.kind, permissions: perms },
      },
      ops: [
        {
          type: 'role.saved',
          payload: { id: input.id, name: input.name, kind: input.kind, permissions: perms },
        },
      ],
      topics: ['officers'],
    };
  });
}
