// Reading officer accounts.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { Officer } from '../../../shared/contract';
import type { PinHash } from './pin';
import { permissionsOf } from './roles';

export interface OfficerRow {
  id: string;
  full_name: string;
  nip: string | null;
  position: string | null;
  roles: string;
  active: number;
  pin_salt: string;
  pin_hash: string;
  must_change_pin: number;
  is_sample: number;
}

const COLUMNS = 'id, full_name, nip, position, roles, active, pin_salt, pin_hash, must_change_pin, is_sample';
const BY_ID = `SELECT ${COLUMNS} FROM officers WHERE id = ?`;
const ALL = `SELECT ${COLUMNS} FROM officers ORDER BY active DESC, full_name`;
const ACTIVE = `SELECT ${COLUMNS} FROM officers WHERE active = 1 ORDER BY full_name`;

export const toOfficer = (r: OfficerRow): Officer => ({
  id: r.id,
  fullName: r.full_name,
  nip: r.nip,
  position: r.position,
  roles: JSON.parse(r.roles) as string[],
  active: r.active === 1,
  mustChangePin: r.must_change_pin === 1,
});

export const officerRow = (db: Db, id: string) => prepared(db, BY_ID).get(id) as OfficerRow | undefined;
export const pinOf = (r: OfficerRow): PinHash => ({ salt: r.pin_salt, hash: r.pin_hash });
export const listOfficers = (db: Db): Officer[] => (prepared(db, ALL).all() as OfficerRow[]).map(toOfficer);
export const activeOfficers = (db: Db): OfficerRow[] => prepared(db, ACTIVE).all() as OfficerRow[];

/** Whether the site still has someone who can manage officers: without one, nobody could fix anything. */
export const someoneManagesOfficers = (db: Db): boolean =>
  activeOfficers(db).some((o) =>
    permissionsOf(db, JSON.parse(o.roles) as string[]).includes('officers.manage'),
  );
