// The pure parts of Settings → Permohonan: new rooms, types and chain steps with codes no one else
// holds, moving a step, the form's errors (the contract's schema, with the form's own words where the
// schema has only a number's bounds, and a twice-used code marked on both rows), which part of the
// form each error is in, and the role select's choices. No React, so test/renderer/requests/
// settingsEditing.test.ts checks them.
import type { Role } from '../../../../shared/contract';
import {
  requestSettingsSchema,
  type ChainStep,
  type RequestSettings,
  type RequestType,
  type Room,
} from '../../../../shared/requests/requestSettings';

const MAX_STEPS = 10;
const K = 'requests.settings.error';

/** `base`, else `base_2`, `base_3`…: the first code not in `taken`. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** `list` with the item at `index` moved `delta` places; unchanged when that leaves the list. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A blank step at the chain's end (the title and role for the admin to fill); full chains stay. */
export function addStep(chain: readonly ChainStep[]): ChainStep[] {
  if (chain.length >= MAX_STEPS) return [...chain];
  const step: ChainStep = {
    id: uniqueSlug(
      `step_${chain.length + 1}`,
      chain.map((s) => s.id),
    ),
    title: '',
    roleId: '',
    standardMinutes: 15,
  };
  return [...chain, step];
}

export function newRoom(rooms: readonly Room[]): Room {
  return {
    id: uniqueSlug(
      `ruang_${rooms.length + 1}`,
      rooms.map((r) => r.id),
    ),
    name: '',
    capacity: 20,
    active: true,
  };
}

/**
 * A new type: a room type with the usual contact, letter and slot fields, its chain copied from the
 * first type (a site's chains are mostly alike), not on the portal until the admin says so.
 */
export function newType(types: readonly RequestType[]): RequestType {
  return {
    id: uniqueSlug(
      `jenis_${types.length + 1}`,
      types.map((t) => t.id),
    ),
    name: { id: '', en: '' },
    kind: 'room',
    serviceId: null,
    active: true,
    onPortal: false,
    leadTime: { days: 1, basis: 'calendar', from: 'entered' },
    required: [
      'office',
      'contactName',
      'contactPhone',
      'subject',
      'letterNumber',
      'letterDate',
      'room',
      'day',
      'time',
      'participants',
    ],
    requireNoBuffet: false,
    setupMinutes: 30,
    clearMinutes: 15,
    prepareMinutes: 30,
    connectionTest: false,
    defaultMinutes: 120,
    chain: types[0]?.chain.map((s) => ({ ...s })) ?? [
      { id: 'step_1', title: '', roleId: '', standardMinutes: 15 },
    ],
  };
}

/** The form's key for a number out of its bounds (or not a number), by the field's name. */
const NUMBER_KEYS: Record<string, string> = {
  capacity: `${K}.capacity`,
  days: `${K}.days`,
  setupMinutes: `${K}.minutes`,
  clearMinutes: `${K}.minutes`,
  prepareMinutes: `${K}.minutes`,
  defaultMinutes: `${K}.defaultMinutes`,
  standardMinutes: `${K}.standardMinutes`,
};

function duplicateRows(ids: readonly string[]): number[] {
  const count = new Map<string, number>();
  for (const id of ids) count.set(id, (count.get(id) ?? 0) + 1);
  return ids.flatMap((id, i) => ((count.get(id) ?? 0) > 1 ? [i] : []));
}

/**
 * The form's errors, by form path ('types.0.chain.2.title'), each a message key. The schema's keys
 * (errors.requests.*) are kept; a number's bounds and a missing role get the form's own words; a
 * code used twice is marked on every row holding it (the schema's refinement names no row).
 */
export function settingsErrors(values: RequestSettings): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed = requestSettingsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.path.length === 0) continue;
      const path = issue.path.map(String).join('.');
      const field = String(issue.path[issue.path.length - 1]);
      let key: string;
      if (field === 'roleId') key = `${K}.roleRequired`;
      else if (field === 'chain') key = `${K}.chainEmpty`;
      else if (NUMBER_KEYS[field]) key = NUMBER_KEYS[field];
      else if (issue.message.startsWith('errors.')) key = issue.message;
      else key = `${K}.invalid`;
      errors[path] ??= key;
    }
  }
  for (const i of duplicateRows(values.rooms.map((r) => r.id))) errors[`rooms.${i}.id`] ??= `${K}.idTwice`;
  for (const i of duplicateRows(values.types.map((t) => t.id))) errors[`types.${i}.id`] ??= `${K}.idTwice`;
  return errors;
}

/** The parts of the form, as the side list shows them: the rooms, one per type, the numbering. */
export type SettingsPart = 'rooms' | 'numbering' | `type:${number}`;

export function partOf(path: string): SettingsPart | null {
  const [head, index] = path.split('.');
  if (head === 'rooms' || head === 'numbering') return head;
  if (head === 'types' && index !== undefined && /^\d+$/.test(index)) return `type:${Number(index)}`;
  return null;
}

/** How many errors each part holds, for the red marks on the side list. */
export function errorsByPart(errors: Readonly<Record<string, unknown>>): Map<SettingsPart, number> {
  const counts = new Map<SettingsPart, number>();
  for (const [path, error] of Object.entries(errors)) {
    if (!error) continue;
    const part = partOf(path);
    if (part) counts.set(part, (counts.get(part) ?? 0) + 1);
  }
  return counts;
}

/** Every path a value may be refused at: the server's refusals are shown under these inputs. */
export function formPaths(values: RequestSettings): string[] {
  const paths = ['rooms', 'types', 'numbering.pattern', 'numbering.code', 'numbering.unit'];
  values.rooms.forEach((_, i) => paths.push(...['id', 'name', 'capacity'].map((f) => `rooms.${i}.${f}`)));
  values.types.forEach((t, i) => {
    const p = `types.${i}`;
    paths.push(
      ...[
        'id',
        'name.id',
        'name.en',
        'leadTime.days',
        'required',
        'setupMinutes',
        'clearMinutes',
        'prepareMinutes',
        'defaultMinutes',
        'chain',
      ].map((f) => `${p}.${f}`),
    );
    t.chain.forEach((_, j) =>
      paths.push(...['title', 'roleId', 'standardMinutes'].map((f) => `${p}.chain.${j}.${f}`)),
    );
  });
  return paths;
}

export interface RoleChoice {
  readonly value: string;
  readonly label: string;
}
export interface RoleGroup {
  readonly group: string;
  readonly items: RoleChoice[];
}

/**
 * The role select's choices: the site's positions first (a chain names positions: Kepala Dinas,
 * Sekretariat), then its roles; a code the chain holds that the site no longer has stays choosable,
 * marked, so the step still shows what it was.
 */
export function roleChoices(
  roles: readonly Pick<Role, 'id' | 'name' | 'kind'>[],
  inUse: readonly string[],
  words: { positions: string; roles: string; unknown: (id: string) => string },
): RoleGroup[] {
  const of = (kind: Role['kind']) =>
    roles
      .filter((r) => r.kind === kind)
      .map((r) => ({ value: r.id, label: r.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  const known = new Set(roles.map((r) => r.id));
  const unknown = [...new Set(inUse.filter((id) => id !== '' && !known.has(id)))].map((id) => ({
    value: id,
    label: words.unknown(id),
  }));
  const groups: RoleGroup[] = [
    { group: words.positions, items: of('position') },
    { group: words.roles, items: [...of('role'), ...unknown] },
  ];
  return groups.filter((g) => g.items.length > 0);
}

/** The sum of a chain's standard minutes (blank numbers count as nothing while typing). */
export const chainMinutes = (chain: readonly { standardMinutes: unknown }[]): number =>
  chain.reduce((sum, s) => sum + (typeof s.standardMinutes === 'number' ? s.standardMinutes : 0), 0);
