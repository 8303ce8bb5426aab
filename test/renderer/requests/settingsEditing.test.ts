// Settings → Permohonan's pure parts: codes no one else holds, moving and removing a chain's steps,
// new rooms, types and steps that the contract accepts once the admin fills the blanks, the form's
// errors under the right inputs (a number's bounds in the form's words, a twice-used code on both
// rows), the part of the form each error is in, and the role select's choices; and the texts the same
// keys in both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultRequestSettings,
  requestSettingsSchema,
  singkawangRequestSettings,
  type RequestSettings,
} from '../../../shared/requests/requestSettings';
import {
  addStep,
  chainMinutes,
  errorsByPart,
  formPaths,
  moveItem,
  newRoom,
  newType,
  partOf,
  removeAt,
  roleChoices,
  settingsErrors,
  uniqueSlug,
} from '../../../renderer/src/requests/settings/settingsEditing';
import { requestSettingsText } from '../../../renderer/src/requests/settings/requestSettingsText';

// As the core sends them (JSON): the defaults share one chain array between types, a copy must not.
const copy = (s: RequestSettings): RequestSettings => JSON.parse(JSON.stringify(s)) as RequestSettings;

describe('codes and lists', () => {
  it('gives the first code not taken', () => {
    expect(uniqueSlug('ruang_3', ['pontive', 'rapat'])).toBe('ruang_3');
    expect(uniqueSlug('step_1', ['step_1', 'step_1_2'])).toBe('step_1_3');
  });

  it('moves an item one place up or down and leaves the ends alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('keeps every item once whatever moves are made', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(12), fc.constantFrom(-1, 1)), { maxLength: 20 }),
        (list, moves) => {
          let current = list;
          for (const [i, d] of moves) current = moveItem(current, i, d);
          expect([...current].sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('adds a blank step with its own code, never past ten', () => {
    const chain = defaultRequestSettings.types[0]!.chain;
    const next = addStep(chain);
    expect(next).toHaveLength(chain.length + 1);
    expect(next.at(-1)).toEqual({ id: 'step_6', title: '', roleId: '', standardMinutes: 15 });
    expect(new Set(next.map((s) => s.id)).size).toBe(next.length);
    let full = chain;
    for (let i = 0; i < 12; i++) full = addStep(full);
    expect(full).toHaveLength(10);
    expect(new Set(full.map((s) => s.id)).size).toBe(10);
    expect(chainMinutes(chain)).toBe(75);
    expect(chainMinutes([{ standardMinutes: '' }, { standardMinutes: 15 }])).toBe(15);
  });

  it('makes a new room and type the contract accepts once named', () => {
    const s = copy(defaultRequestSettings);
    const room = newRoom(s.rooms);
    expect(room.id).toBe('ruang_3');
    const type = newType(s.types);
    expect(s.types.map((t) => t.id)).not.toContain(type.id);
    // The chain is a copy: editing it leaves the first type's alone.
    type.chain[0]!.title = 'Berubah';
    expect(s.types[0]!.chain[0]!.title).toBe('Sekretariat (surat masuk)');
    s.rooms.push(room);
    s.types.push(type);
    expect(Object.keys(settingsErrors(s)).sort()).toEqual([
      'rooms.2.name',
      'types.4.name.en',
      'types.4.name.id',
    ]);
    room.name = 'Ruang Diskusi';
    type.name = { id: 'Peminjaman ruang diskusi', en: 'Discussion room loan' };
    expect(settingsErrors(s)).toEqual({});
    expect(requestSettingsSchema.safeParse(s).success).toBe(true);
  });
});

describe('the form errors', () => {
  it('has none for the two default sets', () => {
    expect(settingsErrors(copy(defaultRequestSettings))).toEqual({});
    expect(settingsErrors(copy(singkawangRequestSettings))).toEqual({});
  });

  it('puts each error under its input with words the catalogue has', () => {
    const s = copy(defaultRequestSettings);
    s.rooms[0]!.capacity = 0;
    s.types[0]!.leadTime.days = '' as unknown as number;
    s.types[0]!.setupMinutes = 300;
    s.types[0]!.defaultMinutes = 10;
    s.types[1]!.chain[2]!.roleId = '';
    s.types[1]!.chain[3]!.standardMinutes = 0;
    s.types[2]!.name.id = '   ';
    s.types[3]!.chain = [];
    s.numbering.pattern = '{kode}/{unit}/{tahun}';
    expect(settingsErrors(s)).toEqual({
      'rooms.0.capacity': 'requests.settings.error.capacity',
      'types.0.leadTime.days': 'requests.settings.error.days',
      'types.0.setupMinutes': 'requests.settings.error.minutes',
      'types.0.defaultMinutes': 'requests.settings.error.defaultMinutes',
      'types.1.chain.2.roleId': 'requests.settings.error.roleRequired',
      'types.1.chain.3.standardMinutes': 'requests.settings.error.standardMinutes',
      'types.2.name.id': 'errors.requests.labelRequired',
      'types.3.chain': 'requests.settings.error.chainEmpty',
      'numbering.pattern': 'errors.requests.numberPatternNeedsSequence',
    });
  });

  it('marks a code used twice on both rows, even while other fields are wrong', () => {
    const s = copy(defaultRequestSettings);
    s.rooms[1]!.id = 'pontive';
    s.types[3]!.id = 'visit';
    expect(settingsErrors(s)).toEqual({
      'rooms.0.id': 'requests.settings.error.idTwice',
      'rooms.1.id': 'requests.settings.error.idTwice',
      'types.1.id': 'requests.settings.error.idTwice',
      'types.3.id': 'requests.settings.error.idTwice',
    });
    s.rooms[0]!.name = '';
    expect(settingsErrors(s)['rooms.1.id']).toBe('requests.settings.error.idTwice');
    s.rooms[1]!.id = 'Ruang Rapat';
    expect(settingsErrors(s)['rooms.1.id']).toBe('errors.requests.slugInvalid');
  });

  it('counts the errors by the part of the form they are in', () => {
    expect(partOf('rooms.1.name')).toBe('rooms');
    expect(partOf('types.3.chain.0.title')).toBe('type:3');
    expect(partOf('numbering.pattern')).toBe('numbering');
    expect(partOf('types')).toBeNull();
    const counts = errorsByPart({
      'rooms.0.id': 'x',
      'types.1.name.id': 'x',
      'types.1.chain.0.roleId': 'x',
      'types.2.id': null,
      'numbering.pattern': 'x',
    });
    expect(Object.fromEntries(counts)).toEqual({ rooms: 1, 'type:1': 2, numbering: 1 });
  });

  it('lists every path the schema may refuse among the form paths', () => {
    const s = copy(defaultRequestSettings);
    const paths = new Set(formPaths(s));
    // Break every text and number the schema bounds: each refused path is one the form shows.
    s.rooms.forEach((r) => Object.assign(r, { id: 'X X', name: '', capacity: 0 }));
    s.types.forEach((t) => {
      Object.assign(t, { id: 'X', name: { id: '', en: '' }, setupMinutes: -1, clearMinutes: -1 });
      Object.assign(t, { prepareMinutes: -1, defaultMinutes: 0, leadTime: { ...t.leadTime, days: 99 } });
      t.chain.forEach((c) => Object.assign(c, { title: '', roleId: '', standardMinutes: 0 }));
    });
    s.numbering.pattern = '';
    for (const path of Object.keys(settingsErrors(s))) expect(paths, path).toContain(path);
  });
});

describe('the role choices', () => {
  const roles = [
    { id: 'petugas', name: 'Petugas / Admin layanan', kind: 'role' as const },
    { id: 'kasi', name: 'Kasi PK&AI', kind: 'role' as const },
    { id: 'kepala_dinas', name: 'Kepala Dinas', kind: 'position' as const },
    { id: 'sekretariat', name: 'Sekretariat / TU', kind: 'position' as const },
  ];
  const words = { positions: 'Jabatan', roles: 'Peran', unknown: (id: string) => `${id} (tidak terdaftar)` };

  it('lists positions first, then roles, each by name, with a code the site no longer has kept', () => {
    expect(roleChoices(roles, ['kabid', 'kasi', 'kabid', ''], words)).toEqual([
      {
        group: 'Jabatan',
        items: [
          { value: 'kepala_dinas', label: 'Kepala Dinas' },
          { value: 'sekretariat', label: 'Sekretariat / TU' },
        ],
      },
      {
        group: 'Peran',
        items: [
          { value: 'kasi', label: 'Kasi PK&AI' },
          { value: 'petugas', label: 'Petugas / Admin layanan' },
          { value: 'kabid', label: 'kabid (tidak terdaftar)' },
        ],
      },
    ]);
  });

  it('leaves out an empty group', () => {
    expect(roleChoices(roles.slice(0, 2), [], words).map((g) => g.group)).toEqual(['Peran']);
  });
});

describe('the texts', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('has the same keys in Indonesian and English, none empty', () => {
    expect(keys(requestSettingsText.en).sort()).toEqual(keys(requestSettingsText.id).sort());
    for (const lang of [requestSettingsText.id, requestSettingsText.en])
      for (const k of keys(lang)) {
        const value = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], lang);
        expect(typeof value === 'string' && value.trim().length > 0, k).toBe(true);
      }
  });

  it('has a message for every error key the form itself gives', () => {
    const s = copy(defaultRequestSettings);
    s.rooms[0]!.capacity = 0;
    s.rooms[1]!.id = 'pontive';
    s.types[0]!.leadTime.days = 99;
    s.types[0]!.setupMinutes = 999;
    s.types[0]!.defaultMinutes = 1;
    s.types[0]!.chain[0]!.roleId = '';
    s.types[0]!.chain[1]!.standardMinutes = 0;
    s.types[1]!.chain = [];
    const own = Object.values(settingsErrors(s)).filter((k) => k.startsWith('requests.settings.'));
    expect(own.length).toBeGreaterThan(5);
    for (const key of own) {
      const name = key.replace('requests.settings.error.', '') as keyof typeof requestSettingsText.id.error;
      expect(requestSettingsText.id.error[name], key).toBeTruthy();
    }
  });
});
