// What a site sets about the requests it takes (permohonan): its rooms, and for each type of request
// (a Pontive room loan, a Pontive visit, a video conference, a meeting with internet access, an
// application built or upgraded) its rules and its disposition chain. Nothing here is Pontianak's
// alone: the defaults are Pontianak's documents (SOP 2020 Pontive, decree 18/2024 standards 12 and
// 13, SOP 100/2020), and Singkawang's TCM Room SOP is a second default set (singkawangRequestSettings).
import { z } from 'zod';
import { boundedText } from '../contract/fields';

const E = 'errors.requests';
const slug = z.string().regex(/^[a-z0-9_]{1,40}$/, { error: `${E}.slugInvalid` });
const label = (max: number) => boundedText(E, 'label', max);

/** The fields of a request a type may require; the rules list the missing ones by these names. */
export const requestFieldIds = [
  'office',
  'contactName',
  'contactPhone',
  'contactEmail',
  'subject',
  'letterNumber',
  'letterDate',
  'letterReceivedOn',
  'letterFile',
  'room',
  'day',
  'time',
  'participants',
  'layout',
  'equipment',
  'application',
  'connectionTest',
] as const;
export type RequestFieldId = (typeof requestFieldIds)[number];

/**
 * One step of the disposition chain: the position that acts (its title as the letter names it), the
 * role an officer must hold to act on it (roles from the officers' settings), and the SOP's standard
 * time for the step, counted in service minutes from the step before.
 */
export const chainStepSchema = z.object({
  id: slug,
  title: label(120),
  roleId: slug,
  standardMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
});
export type ChainStep = z.infer<typeof chainStepSchema>;

/** How far ahead a request must come: N days, calendar or working, from its entry or its letter's receipt. */
export const leadTimeSchema = z.object({
  days: z.number().int().min(0).max(60),
  basis: z.enum(['calendar', 'working']),
  from: z.enum(['entered', 'letterReceived']),
});
export type LeadTime = z.infer<typeof leadTimeSchema>;

export const requestTypeSchema = z.object({
  id: slug,
  name: z.object({ id: label(80), en: label(80) }),
  /** A room kind books a room for a time; an application request has no slot, it ends accepted or rejected. */
  kind: z.enum(['room', 'application']),
  /** The service standard it falls under (shared/serviceStandards/serviceIds.ts), if any. */
  serviceId: z.string().max(40).nullable(),
  active: z.boolean(),
  /** Offered on the portal's form (else typed in at the desk only, e.g. from Srikandi). */
  onPortal: z.boolean(),
  leadTime: leadTimeSchema,
  required: z.array(z.enum(requestFieldIds)).max(requestFieldIds.length),
  /** The requester must confirm that no buffet food (prasmanan) will be served. */
  requireNoBuffet: z.boolean(),
  /** Minutes the room is taken before and after the event (setting up, clearing): clashes count them. */
  setupMinutes: z.number().int().min(0).max(240),
  clearMinutes: z.number().int().min(0).max(240),
  /** The room is ready this long before the event (soft-copy material, computer). */
  prepareMinutes: z.number().int().min(0).max(240),
  /** A connection test with the requester before the meeting (internet meetings). */
  connectionTest: z.boolean(),
  /** The length proposed when the requester gives only a start. */
  defaultMinutes: z
    .number()
    .int()
    .min(15)
    .max(12 * 60),
  chain: z.array(chainStepSchema).min(1).max(10),
});
export type RequestType = z.infer<typeof requestTypeSchema>;

export const roomSchema = z.object({
  id: slug,
  name: label(80),
  capacity: z.number().int().min(1).max(2000),
  active: z.boolean(),
});
export type Room = z.infer<typeof roomSchema>;

/**
 * The numbering of the letters Loket writes (replies, notices), a pattern as the seeds number theirs:
 * "000.8.3.3/21/AI-A/2023" is `{kode}/{urut}/{unit}/{tahun}`; "97 / TKPBET.DKI / 2020" is
 * `{urut} / {unit} / {tahun}`.
 */
export const letterNumberingSchema = z.object({
  pattern: z
    .string()
    .max(80)
    .refine((p) => p.includes('{urut}'), { error: `${E}.numberPatternNeedsSequence` }),
  code: z.string().max(40),
  unit: z.string().max(40),
});
export type LetterNumbering = z.infer<typeof letterNumberingSchema>;

export const requestSettingsSchema = z
  .object({
    rooms: z.array(roomSchema).max(30),
    types: z.array(requestTypeSchema).min(1).max(20),
    numbering: letterNumberingSchema,
  })
  .refine((s) => new Set(s.types.map((t) => t.id)).size === s.types.length, {
    error: `${E}.typeIdTwice`,
  })
  .refine((s) => new Set(s.rooms.map((r) => r.id)).size === s.rooms.length, {
    error: `${E}.roomIdTwice`,
  });
export type RequestSettings = z.infer<typeof requestSettingsSchema>;

const CONTACT: RequestFieldId[] = ['office', 'contactName', 'contactPhone', 'subject'];
const LETTER: RequestFieldId[] = ['letterNumber', 'letterDate', 'letterReceivedOn', 'letterFile'];
const SLOT: RequestFieldId[] = ['room', 'day', 'time', 'participants'];

/** Pontive Center's chain (SOP 2020): about 15 minutes a step. */
const pontiveChain: ChainStep[] = [
  { id: 'registry', title: 'Sekretariat (surat masuk)', roleId: 'sekretariat', standardMinutes: 15 },
  { id: 'head', title: 'Kepala Dinas', roleId: 'kepala_dinas', standardMinutes: 15 },
  { id: 'division', title: 'Kabid TKPBET', roleId: 'kabid', standardMinutes: 15 },
  { id: 'section', title: 'Kasi PK&AI / Sub Koordinator PKAI', roleId: 'kasi', standardMinutes: 15 },
  { id: 'admin', title: 'Admin Pontive Center', roleId: 'petugas', standardMinutes: 15 },
];

function roomType(
  id: string,
  name: { id: string; en: string },
  serviceId: string | null,
  extra: Partial<RequestType> = {},
): RequestType {
  return {
    id,
    name,
    kind: 'room',
    serviceId,
    active: true,
    onPortal: true,
    // H-1: the event's date (WIB) after the date the request was entered.
    leadTime: { days: 1, basis: 'calendar', from: 'entered' },
    required: [...CONTACT, 'letterNumber', 'letterDate', 'letterFile', ...SLOT],
    requireNoBuffet: true,
    setupMinutes: 30,
    clearMinutes: 15,
    prepareMinutes: 30,
    connectionTest: false,
    defaultMinutes: 120,
    chain: pontiveChain,
    ...extra,
  };
}

export const defaultRequestSettings: RequestSettings = {
  rooms: [
    { id: 'pontive', name: 'Ruang Pontive Center', capacity: 40, active: true },
    { id: 'rapat', name: 'Ruang Rapat Startup Hub', capacity: 16, active: true },
  ],
  types: [
    roomType(
      'room_loan',
      { id: 'Peminjaman ruangan Pontive Center', en: 'Pontive Center room loan' },
      'room-loan',
      {
        required: [...CONTACT, 'letterNumber', 'letterDate', 'letterFile', ...SLOT, 'layout', 'equipment'],
      },
    ),
    roomType('visit', { id: 'Kunjungan Pontive Center', en: 'Pontive Center visit' }, 'pontive-visit'),
    roomType('video_conference', { id: 'Video conference', en: 'Video conference' }, 'room-loan', {
      required: [...CONTACT, 'letterNumber', 'letterDate', 'letterFile', ...SLOT, 'application'],
      connectionTest: true,
    }),
    {
      id: 'application',
      name: {
        id: 'Permohonan pembangunan/pengembangan aplikasi',
        en: 'Application build or upgrade request',
      },
      kind: 'application',
      serviceId: null,
      active: true,
      onPortal: true,
      leadTime: { days: 0, basis: 'calendar', from: 'entered' },
      required: [...CONTACT, ...LETTER.filter((f) => f !== 'letterReceivedOn')],
      requireNoBuffet: false,
      setupMinutes: 0,
      clearMinutes: 0,
      prepareMinutes: 0,
      connectionTest: false,
      defaultMinutes: 60,
      // SOP 100: disposition to the Kabid; the Kasi analyses and discusses it with the office (60 min).
      chain: [
        { id: 'registry', title: 'Sekretariat (surat masuk)', roleId: 'sekretariat', standardMinutes: 15 },
        { id: 'head', title: 'Kepala Dinas', roleId: 'kepala_dinas', standardMinutes: 15 },
        { id: 'division', title: 'Kabid TKPBET', roleId: 'kabid', standardMinutes: 30 },
        {
          id: 'analysis',
          title: 'Kasi PK&AI (analisis dan pembahasan teknis)',
          roleId: 'kasi',
          standardMinutes: 60,
        },
      ],
    },
  ],
  numbering: { pattern: '{kode}/{urut}/{unit}/{tahun}', code: '000.8.3.3', unit: 'AI-A' },
};

/** Singkawang's TCM Room (SOP 2023): letters through Srikandi, at least 3 days ahead, 5/5/30/30 minutes a step. */
export const singkawangRequestSettings: RequestSettings = {
  rooms: [{ id: 'tcm', name: 'Ruang TCM (Tele Conference Meeting)', capacity: 30, active: true }],
  types: [
    {
      id: 'internet_meeting',
      name: { id: 'Rapat dengan akses internet', en: 'Meeting with internet access' },
      kind: 'room',
      serviceId: null,
      active: true,
      onPortal: true,
      // "selambat-lambatnya 3 (tiga) hari sebelum pelaksanaan", counted from the letter's receipt.
      leadTime: { days: 3, basis: 'calendar', from: 'letterReceived' },
      required: [...CONTACT, ...LETTER, ...SLOT, 'layout', 'equipment', 'application', 'connectionTest'],
      requireNoBuffet: false,
      setupMinutes: 30,
      clearMinutes: 15,
      prepareMinutes: 30,
      connectionTest: true,
      defaultMinutes: 120,
      chain: [
        { id: 'registry', title: 'TU (registrasi Srikandi)', roleId: 'sekretariat', standardMinutes: 5 },
        { id: 'head', title: 'Kepala Dinas', roleId: 'kepala_dinas', standardMinutes: 5 },
        { id: 'division', title: 'Kabid Aptika', roleId: 'kabid', standardMinutes: 30 },
        { id: 'subcoordinator', title: 'Subkor ILE', roleId: 'kasi', standardMinutes: 30 },
        { id: 'room_team', title: 'Tim TCMR', roleId: 'petugas', standardMinutes: 30 },
      ],
    },
  ],
  numbering: { pattern: '{kode}/{urut}/{unit}/{tahun}', code: '000.1.2.3', unit: 'DKIS-SKW' },
};
