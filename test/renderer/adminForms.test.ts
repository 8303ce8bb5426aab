import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import i18next from 'i18next';
import { en } from '../../renderer/src/i18n/en';
import { id } from '../../renderer/src/i18n/id';
import { identityInput, identityValues, logoFileProblem } from '../../renderer/src/admin/identityForm';
import { roleIdFromName } from '../../renderer/src/admin/roleId';
import { auditActionKey, auditActor, auditDetails } from '../../renderer/src/admin/auditFormat';
import { makePlaces, nextNumber, placeErrors, placeInput } from '../../renderer/src/desk/placeRows';
import { initialSetup, setupInput, setupStepErrors, stepOfField } from '../../renderer/src/setup/setupForm';
import { openDaysWords, retentionWords, serviceHoursLine } from '../../renderer/src/kiosk/siteWords';
import { contract } from '../../shared/contract';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: 'id',
  interpolation: { escapeValue: false },
});
const t = i18n.getFixedT('id');
const tEn = i18n.getFixedT('en');

describe('desks and lockers in the editor', () => {
  it('"make 3 desks" numbers them from 1 with the zone, and the contract takes them', () => {
    const rows = makePlaces(3, 'Meja', 'Ruang A');
    expect(placeInput(rows)).toEqual([
      { number: 1, label: 'Meja 1', zone: 'Ruang A' },
      { number: 2, label: 'Meja 2', zone: 'Ruang A' },
      { number: 3, label: 'Meja 3', zone: 'Ruang A' },
    ]);
    expect(contract['desks.replace'].input.safeParse({ items: placeInput(rows) }).success).toBe(true);
    expect(nextNumber(rows)).toBe(4);
    expect(placeInput(makePlaces(1, 'Loker', ' '))[0]!.zone).toBeNull();
  });

  it('names the row and field of a number used twice, a blank label and a bad number', () => {
    const rows = [
      { number: 1, label: 'Meja 1', zone: '' },
      { number: 1, label: 'Meja 2', zone: '' },
      { number: 3, label: '   ', zone: '' },
      { number: '', label: 'Meja 4', zone: '' },
    ];
    expect(placeErrors(rows, 'desks')).toEqual({
      'desks.1.number': 'errors.places.duplicateNumber',
      'desks.2.label': 'errors.field.labelRequired',
      'desks.3.number': 'admin.places.numberInvalid',
    });
  });

  it('finds no problem in any list "make N" builds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.string({ maxLength: 40 }), (n, zone) => {
        expect(placeErrors(makePlaces(n, 'Meja', zone.replace(/\s/g, 'x')), 'items')).toEqual({});
      }),
    );
  });
});

describe('the office identity form', () => {
  it('sends only the letterhead lines written, and maps an error back to its line', () => {
    const values = identityValues(null);
    values.siteName = 'Startup Hub';
    values.officeName = 'Diskominfo';
    values.letterhead = ['', 'Jl. Rahadi Usman 3', '', 'x'.repeat(200)];
    const { input, lineOf } = identityInput(values);
    expect(input.letterhead).toEqual(['Jl. Rahadi Usman 3', 'x'.repeat(200)]);
    expect(lineOf).toEqual([1, 3]);
    const setup = { ...initialSetup(), site: values };
    expect(setupStepErrors(setup, 'office')).toEqual({
      'site.letterhead.3': 'errors.field.letterheadTooLong',
    });
  });

  it('refuses a logo of the wrong type or over 256 KiB before reading it', () => {
    expect(logoFileProblem({ type: 'image/svg+xml', size: 100 })).toBe('errors.site.logoType');
    expect(logoFileProblem({ type: 'image/png', size: 256 * 1024 + 1 })).toBe('errors.site.logoTooLarge');
    expect(logoFileProblem({ type: 'image/webp', size: 256 * 1024 })).toBeNull();
  });
});

describe('the first-run setup', () => {
  const filled = () => {
    const v = initialSetup();
    v.site.siteName = 'Startup Hub & Pontive Center';
    v.site.officeName = 'Diskominfo Kota Pontianak';
    v.admin = { fullName: 'Rina Wulandari', pin: '482915', pinRepeat: '482915' };
    v.desks = makePlaces(4, 'Meja', 'Ruang A');
    return v;
  };

  it('checks each step on its own, with the contract’s keys', () => {
    const v = initialSetup();
    expect(setupStepErrors(v, 'office')).toEqual({
      'site.siteName': 'errors.field.siteNameRequired',
      'site.officeName': 'errors.field.officeNameRequired',
    });
    v.admin = { fullName: 'R', pin: '1234', pinRepeat: '1234' };
    expect(setupStepErrors(v, 'admin')).toEqual({
      'admin.fullName': 'errors.field.nameTooShort',
      'admin.pin': 'errors.field.pinWeak',
    });
    v.admin = { fullName: 'Rina', pin: '482915', pinRepeat: '482916' };
    expect(setupStepErrors(v, 'admin')).toEqual({ 'admin.pinRepeat': 'setup.pinMismatch' });
    expect(setupStepErrors(v, 'places')).toEqual({ desks: 'errors.setup.desksRequired' });
    v.calendar = { ...v.calendar, opensAt: '16:00', closesAt: '15:45', openDays: [] };
    expect(setupStepErrors(v, 'hours')).toEqual({
      'calendar.closesAt': 'board.rules.closesBeforeOpens',
      'calendar.openDays': 'board.rules.noOpenDay',
    });
  });

  it('what passes every step is what setup.complete accepts', () => {
    const v = filled();
    for (const step of ['office', 'admin', 'places', 'hours', 'check'] as const)
      expect(setupStepErrors(v, step)).toEqual({});
    const parsed = contract['setup.complete'].input.safeParse(setupInput(v));
    expect(parsed.success).toBe(true);
    expect(setupInput(v).admin).toEqual({ fullName: 'Rina Wulandari', pin: '482915' });
  });

  it('sends a refusal from the core back to the step of its field', () => {
    expect(stepOfField('site.logo')).toBe('office');
    expect(stepOfField('admin.pin')).toBe('admin');
    expect(stepOfField('desks.2.label')).toBe('places');
    expect(stepOfField('calendar.opensAt')).toBe('hours');
  });
});

describe('role codes', () => {
  it('are made from the name as the contract wants them', () => {
    expect(roleIdFromName('Kepala Seksi (PK&AI)')).toBe('kepala_seksi_pk_ai');
    expect(roleIdFromName('Sekretariat / TU')).toBe('sekretariat_tu');
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (name) => {
        const id = roleIdFromName(name);
        expect(id === '' || id.length === 1 || /^[a-z0-9_]{2,40}$/.test(id)).toBe(true);
        expect(id.startsWith('_') || id.endsWith('_')).toBe(false);
      }),
    );
  });
});

describe('audit rows on the desk', () => {
  it('name the officer, or the kiosk or the system', () => {
    expect(auditActor(t, { actor: 'officer:o1', actorName: 'Rina Wulandari' })).toBe('Rina Wulandari');
    expect(auditActor(t, { actor: 'kiosk', actorName: null })).toBe('Kios (pengunjung)');
    expect(auditActor(tEn, { actor: 'system', actorName: null })).toBe('System');
  });
  it('put details in one line and read known actions in words', () => {
    expect(auditDetails({ reason: 'Pindah', desk: 3, ok: true })).toBe('reason: Pindah · desk: 3 · ok: true');
    expect(auditDetails({})).toBe('–');
    expect(t(auditActionKey('officer.signInFailed'))).toBe('Gagal masuk (PIN salah)');
    expect(t(auditActionKey('read:visits.board'))).toBe('Lihat papan meja');
  });
});

describe('what the kiosk says about the site', () => {
  it('says the open days as a run or a list, and the hours with a dot', () => {
    expect(openDaysWords(t, [1, 2, 3, 4, 5])).toBe('Senin–Jumat');
    expect(openDaysWords(t, [1, 3, 5])).toBe('Senin, Rabu, Jumat');
    expect(openDaysWords(tEn, [6, 7])).toBe('Saturday, Sunday');
    expect(
      serviceHoursLine(t, {
        timeZone: 'Asia/Pontianak',
        openDays: [1, 2, 3, 4, 5],
        opensAt: '07:00',
        closesAt: '15:45',
        holidays: [],
      }),
    ).toBe('Layanan: Senin–Jumat, 07.00–15.45 WIB. Gratis.');
  });
  it('says the retention in years when it is whole years', () => {
    expect(retentionWords(t, 365)).toBe('1 tahun');
    expect(retentionWords(tEn, 730)).toBe('2 years');
    expect(retentionWords(tEn, 90)).toBe('90 days');
  });
});
