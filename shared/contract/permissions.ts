// What an officer may do is data, not code (issue 8): a role is a name and a list of these
// permissions; a site renames roles, adds its own and edits what each may do (officers.manage). The
// dispatcher checks the method's permission against the signed-in officer's roles, in one place.
import { z } from 'zod';

export const permissions = [
  /** Reservations: the list, the QR again (personal data). */
  'reservations.read',
  /** Reservations: make, move, cancel. */
  'reservations.write',
  /** The board and the visit history (personal data). */
  'visits.read',
  /** Check in by hand, move a desk, lockers, confirm or close a visit. */
  'visits.write',
  /** Slips, the print queue and its answers. */
  'printing.use',
  /** The daily recap and the reports. */
  'reports.read',
  /** Scanners and printers. */
  'devices.manage',
  /** Coworking rules, desks and lockers, the office's identity, idle lock, retention. */
  'settings.manage',
  /** Officer accounts, their roles, PIN resets; the roles themselves. */
  'officers.manage',
  /** The audit log and its export. */
  'audit.read',
  /** One visitor's data: find, export, erase (UU 27/2022). */
  'visitors.manage',
  /** The guest book: the queue of waiting guests, serving and closing them, the guest lists. */
  'guests.serve',
  /** Complaints: see, assign, answer and close them. */
  'complaints.handle',
  /** The equipment inventory: items, labels, stock, problems and repairs, stock counts (issue 12). */
  'inventory.manage',
  /** Prepare the monthly, quarterly and yearly reports and submit them for review (SOP 97 step 2). */
  'recaps.prepare',
  /** Review a submitted report: correct it, return it or forward it (the Kasi, SOP 97 step 3). */
  'recaps.review',
  /** Acknowledge a forwarded report (the Kabid, SOP 97 step 3). */
  'recaps.receive',
  /** See the requests (room loans, visits, meetings, applications) and act on one's own chain steps. */
  'requests.read',
  /** Type requests in, schedule them, prepare the room, report on the event, write the letters (issue 13). */
  'requests.manage',
] as const;
export type Permission = (typeof permissions)[number];
export const permissionSchema = z.enum(permissions);

/** A role gives permissions; a position places an officer in a disposition chain (the booking services). */
export const roleKinds = ['role', 'position'] as const;
export type RoleKind = (typeof roleKinds)[number];

export interface RoleDefinition {
  readonly id: string;
  readonly name: string;
  readonly kind: RoleKind;
  readonly permissions: readonly Permission[];
}

/**
 * The roles and positions every site starts with (SOP 97/2020, SOP 100/2020, the Pontive SOP and
 * Singkawang's TCM Room SOP), which it may rename, edit or add to.
 */
export const builtInRoles: readonly RoleDefinition[] = [
  {
    id: 'petugas',
    name: 'Petugas / Admin layanan',
    kind: 'role',
    permissions: [
      'reservations.read',
      'reservations.write',
      'visits.read',
      'visits.write',
      'printing.use',
      'reports.read',
      'devices.manage',
      'guests.serve',
      'complaints.handle',
      'inventory.manage',
      'recaps.prepare',
      'requests.read',
      'requests.manage',
    ],
  },
  {
    id: 'kasi',
    name: 'Kasi PK&AI',
    kind: 'role',
    permissions: [
      'reservations.read',
      'visits.read',
      'reports.read',
      'complaints.handle',
      'recaps.review',
      'requests.read',
    ],
  },
  {
    id: 'kabid',
    name: 'Kabid TKPBET',
    kind: 'role',
    permissions: ['reports.read', 'recaps.receive', 'requests.read'],
  },
  { id: 'admin', name: 'Administrator', kind: 'role', permissions: [...permissions] },
  { id: 'sekretariat', name: 'Sekretariat / TU', kind: 'position', permissions: [] },
  { id: 'kepala_dinas', name: 'Kepala Dinas', kind: 'position', permissions: [] },
  { id: 'sub_koordinator', name: 'Sub-Koordinator', kind: 'position', permissions: [] },
  { id: 'operator', name: 'Operator', kind: 'position', permissions: [] },
];
